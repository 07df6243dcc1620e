import { WorkspaceSource } from '../config/source.js'
import { Clients, type ClientSettings } from '../clients/index.js'
import { DEFAULT_MODEL } from '../inputs.js'
import { CliError, EXIT, UsageError, displayPath, paint, parseCommandArgs, resolvePath, say, type CliIo, type ExitCode } from './io.js'
import { clientsFromEnv } from './run.js'
import { findWorkflow } from './migrate.js'
import { gatherArtifacts, gatherLocal, describeSkipped, type Gathered } from '../propose/gather.js'
import { proposeUpgrade, type ProposeOutcome } from '../propose/propose.js'
import { ProposeStop, upgradeBranch } from '../propose/pull-request.js'

export const PROPOSE_HELP = `Usage: hybrid-coordinator propose WORKFLOW [--traces DIR] [--open] [--repo OWNER/NAME]
                                  [--config-dir DIR] [--model MODEL] [--sandbox]

SPEC section 8 from the command line: turns the recorded runs of a coordinator: llm
workflow into the pull request \`mode: propose\` would open. Stage 1 drafts a TypeScript
script (as migrate does), replays it on every recorded run (offline: the draft runs only in
replay's toolbox) and proposes it as the workflow's shadow_script; stage 2, once the
shadow has agreed on min_agreeing_runs live runs (default 10) and differed on none,
proposes the switch to coordinator: script. Prints the files and the pull request's body;
with --open (and GITHUB_TOKEN set) opens or updates it on
hybrid-coordinator/upgrade-WORKFLOW.

Options:
  --traces DIR       recorded runs (*.jsonl, searched recursively); without it, the trace
                     artifacts of --repo are read (needs GITHUB_TOKEN)
  --open             open or update the pull request (needs GITHUB_TOKEN with contents:
                     write and pull-requests: write, and --repo or GITHUB_REPOSITORY)
  --repo OWNER/NAME  the repository (default env GITHUB_REPOSITORY)
  --config-dir DIR   folder of workflow configs (default .github/coordinator)
  --model MODEL      the drafting model (default ${DEFAULT_MODEL})
  --python PATH      interpreter for .py scripts (default python3)
  --sandbox          draft with the sandbox's scripted stand-in for Claude (no key needed)
  -h, --help         this text

Exit: 0 proposed (or nothing new, or waiting for shadow runs); 1 nothing proposed: no
usable runs, a draft that does not compile or agrees with fewer than half the runs, a
branch a person edited, a missing permission; 2 usage error.`

export async function proposeCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('propose', argv, {
    traces: { type: 'string' },
    open: { type: 'boolean' },
    repo: { type: 'string' },
    'config-dir': { type: 'string' },
    model: { type: 'string' },
    python: { type: 'string' },
    sandbox: { type: 'boolean' }
  })
  if (values.help) return (say(io, PROPOSE_HELP), EXIT.ok)
  if (positionals.length !== 1) throw new UsageError(`propose: ${positionals.length ? 'takes one WORKFLOW' : 'needs the WORKFLOW to upgrade'}: see hybrid-coordinator propose --help`)
  const configDir = (values['config-dir'] as string | undefined) ?? '.github/coordinator'
  const tracesDir = values.traces as string | undefined
  const open = Boolean(values.open)
  const repository = (values.repo as string | undefined) ?? io.env.GITHUB_REPOSITORY
  const env = clientsFromEnv(io.env)
  if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new UsageError(`propose: --repo ${repository}: expected OWNER/NAME`)
  const needsGitHub = open || !tracesDir
  if (needsGitHub && !env.githubToken) throw new CliError(`propose: ${open ? '--open' : 'reading trace artifacts (no --traces DIR)'} needs GITHUB_TOKEN`, EXIT.usage)
  if (needsGitHub && !repository) throw new UsageError(`propose: ${open ? '--open' : 'reading trace artifacts (no --traces DIR)'} needs --repo OWNER/NAME (or GITHUB_REPOSITORY)`)

  const source = new WorkspaceSource(io.cwd)
  const workflow = await findWorkflow(io, source, configDir, positionals[0]!, 'propose')
  const github = needsGitHub ? await new Clients(env).github() : undefined

  let gathered: Gathered
  if (tracesDir) {
    try {
      gathered = await gatherLocal(resolvePath(io, tracesDir), (f) => displayPath(io, f), workflow.name)
    } catch {
      throw new CliError(`${tracesDir}: does not exist: expected a folder of traces (*.jsonl)`, EXIT.usage)
    }
  } else {
    gathered = await gatherArtifacts({ github: github!, repository: repository!, serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com' }, workflow.name)
  }
  const skipped = describeSkipped(gathered)
  say(io, paint(io, 'dim', `${gathered.runs.length} recorded run(s) of ${workflow.name}${skipped ? `; left out: ${skipped}` : ''}.`))

  const box = values.sandbox ? await (await import('./sandbox.js')).startCliSandbox('migrate') : undefined
  let outcome: ProposeOutcome
  try {
    const settings: ClientSettings = box?.clients ?? env
    if (box && !workflow.shadowScript) say(io, paint(io, 'dim', "Drafting with the sandbox's scripted stand-in for Claude (policy migrate, not a real model)…"))
    if (!settings.anthropicApiKey && !workflow.shadowScript)
      throw new CliError("no Anthropic API key: set ANTHROPIC_API_KEY (or pass --sandbox to draft with the sandbox's scripted stand-in)", EXIT.usage)
    outcome = await proposeUpgrade({
      workflow,
      gathered,
      source,
      root: io.cwd,
      python: (values.python as string | undefined) ?? 'python3',
      settings,
      model: (values.model as string | undefined) ?? DEFAULT_MODEL,
      github: github && repository ? { client: github, repository } : undefined,
      dryRun: !open,
      secrets: [env.githubToken, env.slackToken, env.anthropicApiKey].filter((s): s is string => Boolean(s))
    })
  } catch (error) {
    if (error instanceof ProposeStop) throw new CliError(`propose: ${error.message}`, EXIT.problem, undefined, { cause: error })
    throw error
  } finally {
    await box?.close()
  }
  return printOutcome(io, outcome, workflow.name, open)
}

function printOutcome(io: CliIo, outcome: ProposeOutcome, workflow: string, open: boolean): ExitCode {
  if (outcome.kind === 'waiting') {
    say(io, paint(io, 'yellow', `No pull request: ${outcome.reason}.`), ...(outcome.published ? [outcome.published.url] : []))
    return EXIT.ok
  }
  if (outcome.kind === 'rejected') {
    for (const p of outcome.problems) say(io, paint(io, 'red', p))
    if (outcome.evidence) {
      for (const d of outcome.evidence.divergences) say(io, paint(io, 'red', `  ≠ ${d.link}: ${d.tool} ${d.target} (${d.side})`))
      for (const r of outcome.evidence.unrecordedReads) say(io, paint(io, 'red', `  ≠ ${r.link}: read the trace never recorded: ${r.tool} ${JSON.stringify(r.input)}`))
    }
    throw new CliError(`propose: ${outcome.reason}`, EXIT.problem)
  }
  const { change, published } = outcome
  if (!published) {
    say(io, paint(io, 'bold', `The pull request propose would open on ${upgradeBranch(workflow)}${open ? '' : ' (pass --open to open it)'}:`), '')
    for (const [path, content] of Object.entries(change.files)) say(io, paint(io, 'bold', `--- ${path}`), content.trimEnd(), '')
    say(io, paint(io, 'bold', `--- title`), change.title, '', paint(io, 'bold', '--- body'), change.body.trimEnd())
    return EXIT.ok
  }
  const what = published.pull === 'created' ? 'Opened' : published.pull === 'updated' ? 'Updated' : published.committed ? 'Pushed a new commit to' : 'Nothing new for'
  say(io, paint(io, 'green', `${what} pull request #${published.number} (stage ${outcome.stage} of 2): ${published.url}`))
  return EXIT.ok
}
