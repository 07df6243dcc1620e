import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type { GitHubClient } from '../clients/types.js'
import type { ClientSettings } from '../clients/index.js'
import type { WorkspaceSource } from '../config/source.js'
import type { WorkflowConfig } from '../config/workflow-config.js'
import { DEFAULT_MAX_TRACES, draftScript } from '../cli/migrate.js'
import { agreesEnough, replayOnRuns, type Evidence } from './evidence.js'
import { describeSkipped, type Gathered } from './gather.js'
import { DEFAULT_MIN_AGREEING_RUNS, switchedToScript, tallyShadow, withShadowScript } from './stage.js'
import { upgradeBody, upgradeTitle } from './body.js'
import { Redactor } from '../report/redact.js'
import { ProposeStop, inspectBranch, publishUpgrade, refuseTheirs, upgradeBranch, type BranchState, type PublishedUpgrade, type UpgradeChange } from './pull-request.js'

export interface ProposeInput {
  workflow: WorkflowConfig
  gathered: Gathered
  source: WorkspaceSource
  /** Repository root on disk (the checkout). */
  root: string
  python: string
  /** The drafting model. */
  settings: ClientSettings
  model: string
  /** Where the pull request goes; absent: nothing is read or written on GitHub (the CLI without --open). */
  github?: { client: GitHubClient; repository: string }
  /** Print what would be proposed; write nothing. */
  dryRun: boolean
  /** Secrets the run knows: replaced by *** in the model's prompt and in everything proposed. */
  secrets?: string[]
}

export type ProposeOutcome =
  /** No pull request, and nothing wrong: the shadow needs more runs, or nothing is new. */
  | { kind: 'waiting'; reason: string; published?: Pick<PublishedUpgrade, 'url' | 'number'> }
  /** The draft is not good enough to propose: it does not compile, or most runs disagree. */
  | { kind: 'rejected'; reason: string; problems: string[]; evidence?: Evidence }
  | { kind: 'proposed'; stage: 1 | 2; change: UpgradeChange; evidence: Evidence; published?: PublishedUpgrade }

/**
 * SPEC section 8: the recorded runs of an llm workflow become one pull request. Stage 1
 * drafts a script (as migrate does), replays it on every run, and proposes it as the
 * workflow's shadow_script; stage 2, once the shadow has agreed on enough live runs and
 * differed on none, proposes the switch to coordinator: script.
 */
export async function proposeUpgrade(input: ProposeInput): Promise<ProposeOutcome> {
  const { workflow, gathered } = input
  const redactor = new Redactor()
  for (const secret of input.secrets ?? []) redactor.add(secret)
  const redact = (text: string) => redactor.text(text)
  if (workflow.coordinator === 'script') {
    throw new ProposeStop(`${workflow.name} is already coordinator: script (${workflow.script}): there is nothing to upgrade`)
  }
  if (!gathered.runs.length) {
    const skipped = describeSkipped(gathered)
    throw new ProposeStop(`no recorded run of ${workflow.name} to learn from${skipped ? ` (left out: ${skipped})` : ''}: turn on \`upload-trace: true\` for its runs, or pass --traces DIR`)
  }

  let branch: BranchState = { kind: 'absent' }
  if (input.github) {
    branch = await inspectBranch(input.github.client, input.github.repository, workflow.name)
    refuseTheirs(branch, workflow.name)
  }
  const configText = await fs.readFile(resolve(input.root, workflow.file), 'utf8')
  const target = { config: workflow, source: input.source, root: input.root, python: input.python }

  if (workflow.shadowScript) {
    const script = workflow.shadowScript
    const needed = workflow.minAgreeingRuns ?? DEFAULT_MIN_AGREEING_RUNS
    const shadow = tallyShadow(gathered.runs, script)
    if (shadow.diverged.length || shadow.agreed < needed) {
      const reason = shadow.diverged.length
        ? `the shadow ${script} differed from the LLM on ${shadow.diverged.length} live run(s) (${shadow.diverged.join(', ')}): fix the script (or the prompt) before the switch is proposed`
        : `the shadow ${script} has agreed on ${shadow.agreed} of the ${needed} live runs min_agreeing_runs asks for: the switch to coordinator: script is proposed once it has`
      return { kind: 'waiting', reason }
    }
    const key = evidenceKey(2, gathered)
    const unchanged = await nothingNew(input, branch, key)
    if (unchanged) return unchanged
    const evidence = await replayOnRuns(gathered.runs, { ...target, script, scriptPath: resolve(input.root, script) })
    const change = changeFor(input, 2, script, { [workflow.file]: switchedToScript(configText, script) }, evidence, key, { ...shadow, needed }, redact)
    return publish(input, 2, change, evidence)
  }

  const key = evidenceKey(1, gathered)
  const unchanged = await nothingNew(input, branch, key)
  if (unchanged) return unchanged
  const out = `scripts/${workflow.name}.ts`
  const draft = await draftScript({
    settings: input.settings,
    model: input.model,
    workflow,
    samples: gathered.runs.slice(0, DEFAULT_MAX_TRACES),
    source: input.source,
    root: input.root,
    out,
    python: input.python,
    redact
  })
  if (!draft.code) return { kind: 'rejected', reason: `the model's reply holds no \`\`\`ts code block: nothing to propose`, problems: [draft.reply.trim().split('\n')[0]?.slice(0, 160) ?? ''] }
  if (draft.problems.length) return { kind: 'rejected', reason: `the drafted ${out} does not compile or exports no handler: nothing is proposed`, problems: draft.problems }

  // The draft runs only here, in replay's offline toolbox, from a temp file beside OUT.
  const outFull = resolve(input.root, out)
  const temp = join(dirname(outFull), `.${basename(outFull, extname(outFull))}.hc-propose-${process.pid}-${Math.random().toString(36).slice(2, 8)}${extname(outFull)}`)
  await fs.mkdir(dirname(temp), { recursive: true })
  await fs.writeFile(temp, draft.code)
  let evidence: Evidence
  try {
    evidence = await replayOnRuns(gathered.runs, { ...target, script: out, scriptPath: temp })
  } finally {
    await fs.rm(temp, { force: true })
  }
  if (!agreesEnough(evidence)) {
    return { kind: 'rejected', reason: `the drafted ${out} agrees with ${evidence.agreed} of ${evidence.total} recorded runs, fewer than half: nothing is proposed`, problems: [], evidence }
  }
  const change = changeFor(input, 1, out, { [out]: redact(draft.code), [workflow.file]: withShadowScript(configText, out) }, evidence, key, undefined, redact)
  return publish(input, 1, change, evidence)
}

/** What the proposal is built from: the stage and the runs. The same key on our branch means nothing is new. */
function evidenceKey(stage: 1 | 2, gathered: Gathered): string {
  const ids = gathered.runs.map((r) => r.run.runId || r.link).sort()
  return createHash('sha256')
    .update(`${stage}\n${ids.join('\n')}`)
    .digest('hex')
    .slice(0, 16)
}

/** Our branch already holds a proposal from exactly these runs: touch nothing (and ask no model). */
async function nothingNew(input: ProposeInput, branch: BranchState, key: string): Promise<ProposeOutcome | undefined> {
  if (branch.kind !== 'ours' || branch.evidenceKey !== key || !input.github) return undefined
  const { client, repository } = input.github
  const [owner, repo] = repository.split('/') as [string, string]
  const { data } = await client.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, head: `${owner}:${upgradeBranch(input.workflow.name)}`, state: 'open', per_page: 10 })
  const pr = (data as { number: number; html_url: string }[])[0]
  if (!pr) return undefined
  return { kind: 'waiting', reason: `nothing new since pull request #${pr.number} was proposed from these runs: it is left as it is`, published: { url: pr.html_url, number: pr.number } }
}

function changeFor(
  input: ProposeInput,
  stage: 1 | 2,
  script: string,
  files: Record<string, string>,
  evidence: Evidence,
  key: string,
  shadow: Parameters<typeof upgradeBody>[0]['shadow'],
  redact: (text: string) => string
): UpgradeChange {
  const body = redact(upgradeBody({ workflow: input.workflow, stage, script, evidence, gathered: input.gathered, shadow }))
  const title = upgradeTitle({ workflow: input.workflow, stage, script })
  return { workflow: input.workflow.name, files, title, body, subject: title, evidenceKey: key }
}

async function publish(input: ProposeInput, stage: 1 | 2, change: UpgradeChange, evidence: Evidence): Promise<ProposeOutcome> {
  if (!input.github || input.dryRun) return { kind: 'proposed', stage, change, evidence }
  const published = await publishUpgrade(input.github.client, input.github.repository, change)
  return { kind: 'proposed', stage, change, evidence, published }
}
