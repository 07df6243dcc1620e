import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { runEngine } from '../engine.js'
import { WorkspaceSource } from '../config/source.js'
import { guessEventName, triggerFromPayload, type Trigger } from '../trigger.js'
import { loadWorkflowConfigs } from '../config/load.js'
import { selectWorkflows } from '../config/match.js'
import { missingCredentials } from './credentials.js'
import type { ClientSettings } from '../clients/index.js'
import { DEFAULT_MODEL, DEFAULT_SLACK_API_URL } from '../inputs.js'
import { errorMessage } from '../errors.js'
import { CliError, EXIT, UsageError, displayPath, paint, parseCommandArgs, resolvePath, say, type CliIo, type ExitCode } from './io.js'
import { renderTerminalSummary } from './render.js'

export const RUN_HELP = `Usage: hybrid-coordinator run --event FILE [--event-name NAME] [--workflow NAME]
                              [--dry-run] [--sandbox] [--config-dir DIR] [--trace-dir DIR]

Runs the workflows a saved GitHub event selects, with the action's own engine, and prints
the summary. Without --sandbox it talks to the real services with tokens from the
environment: GITHUB_TOKEN (or GH_TOKEN), SLACK_BOT_TOKEN (or SLACK_TOKEN),
ANTHROPIC_API_KEY; GITHUB_API_URL, SLACK_API_URL and ANTHROPIC_BASE_URL when set.

Options:
  --event FILE         the event's JSON payload (as in GITHUB_EVENT_PATH)
  --event-name NAME    pull_request, schedule, ... (default: guessed from the payload)
  --workflow NAME      run only this workflow, whatever the event
  --dry-run            record mutating tool calls, send none
  --sandbox            run against the built-in sandbox (fake Slack, GitHub and Messages
                       API with the demo seed; the model's part is scripted): no tokens
  --config-dir DIR     folder of workflow configs (default .github/coordinator)
  --trace-dir DIR      where the JSONL trace goes (default $RUNNER_TEMP or the temp dir,
                       under hybrid-coordinator/)
  --model MODEL        default model of llm workflows (default ${DEFAULT_MODEL})
  --python PATH        interpreter for .py scripts (default python3)
  -h, --help           this text

Exit: 0 every selected workflow succeeded (or none matched), 1 a workflow failed or a
config is invalid, 2 usage error (flags, unreadable event file, a credential a selected
workflow needs missing from the environment: nothing runs).`

export async function runCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('run', argv, {
    event: { type: 'string' },
    'event-name': { type: 'string' },
    workflow: { type: 'string' },
    'dry-run': { type: 'boolean' },
    sandbox: { type: 'boolean' },
    'config-dir': { type: 'string' },
    'trace-dir': { type: 'string' },
    model: { type: 'string' },
    python: { type: 'string' }
  })
  if (values.help) return (say(io, RUN_HELP), EXIT.ok)
  if (positionals.length) throw new UsageError(`run: unexpected argument "${positionals[0]}": see hybrid-coordinator run --help`)
  const eventFile = values.event as string | undefined
  if (!eventFile) throw new UsageError('run: --event FILE is required: the JSON payload of the event to run on')
  const payload = readEventFile(io, eventFile)
  const given = values['event-name'] as string | undefined
  if (given !== undefined && !/^[a-z_]+$/.test(given)) throw new UsageError(`run: --event-name "${given}" is not a GitHub event name like pull_request`)
  const eventName = given ?? guessEventName(payload)
  const sandboxOn = Boolean(values.sandbox)

  const trigger = triggerFromPayload(eventName, payload, io.env)
  const box = sandboxOn ? await (await import('./sandbox.js')).startCliSandbox('pr-merged') : undefined
  try {
    if (box && !trigger.repository) {
      const { DEMO } = await import('../sandbox/state.js')
      trigger.repository = DEMO.repo
    }
    const clients = box?.clients ?? clientsFromEnv(io.env)
    const configDir = (values['config-dir'] as string | undefined) ?? '.github/coordinator'
    if (!box) await checkCredentials(io, trigger, configDir, values.workflow as string | undefined, clients)
    const label = `${trigger.event}${trigger.action ? `.${trigger.action}` : ''}`
    say(
      io,
      paint(io, 'dim', `event ${label}${given ? '' : ' (guessed from the payload: pass --event-name to choose)'} from ${displayPath(io, eventFile)}`),
      paint(
        io,
        'dim',
        box
          ? `services: the built-in sandbox at ${box.sandbox.url} (demo seed; the model's part is scripted, not a real model)`
          : 'services: the real GitHub, Slack and Anthropic APIs, with tokens from the environment'
      )
    )
    const outcome = await runEngine({
      trigger,
      source: new WorkspaceSource(io.cwd),
      configDir,
      workflow: values.workflow as string | undefined,
      dryRun: Boolean(values['dry-run']),
      model: (values.model as string | undefined) ?? DEFAULT_MODEL,
      python: (values.python as string | undefined) ?? 'python3',
      traceDir: values['trace-dir'] ? resolvePath(io, values['trace-dir'] as string) : join(io.env.RUNNER_TEMP || tmpdir(), 'hybrid-coordinator'),
      mode: 'run',
      // Outside Actions, a script's output is printed as it is, with no stop-commands block.
      workflowCommands: io.env.GITHUB_ACTIONS === 'true',
      clients,
      secrets: box ? [] : [clients.githubToken, clients.slackToken, clients.anthropicApiKey].filter((s): s is string => Boolean(s))
    })
    say(io, '', ...renderTerminalSummary(io, outcome, label, displayPath(io, outcome.traceFile)))
    if (box) {
      const { describeSandboxWorld, missingFromSandbox } = await import('../sandbox/world.js')
      const missing = missingFromSandbox(box.sandbox.state, trigger.repository, payload)
      if (missing.length) say(io, '', paint(io, 'yellow', `The event names ${missing.join(' and ')}, which the sandbox does not have.`), ...describeSandboxWorld(box.sandbox.state))
    }
    if (box) say(io, paint(io, 'dim', `sandbox: ${box.sandbox.calls.length} API call(s) answered`))
    return outcome.failed ? EXIT.problem : EXIT.ok
  } finally {
    await box?.close()
  }
}

/** Exit 2 before running anything when a selected workflow lacks a credential, naming the variables to set. */
async function checkCredentials(io: CliIo, trigger: Trigger, configDir: string, only: string | undefined, clients: ClientSettings): Promise<void> {
  const { workflows } = await loadWorkflowConfigs(new WorkspaceSource(io.cwd), configDir)
  const missing = missingCredentials(selectWorkflows(workflows, trigger, only), clients)
  if (missing.length) {
    throw new CliError(`run: no credentials: ${missing.join('; ')}. Set them in the environment, or pass --sandbox to run against the built-in sandbox with no tokens`, EXIT.usage)
  }
}

/** The saved event payload; a missing or malformed file is a usage error naming it. */
export function readEventFile(io: CliIo, file: string): Record<string, unknown> {
  let text: string
  try {
    text = readFileSync(resolvePath(io, file), 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new CliError(
      `${file}: ${code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${errorMessage(error)})`}: expected the event's JSON payload`,
      EXIT.usage
    )
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (error) {
    throw new CliError(`${file}: is not JSON (${errorMessage(error)}): expected the event's JSON payload`, EXIT.usage)
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload))
    throw new CliError(`${file}: holds ${Array.isArray(payload) ? 'a list' : String(payload)}: expected the event's JSON object`, EXIT.usage)
  return payload as Record<string, unknown>
}

/** Tokens and API bases from the environment, under the names each service's own tools use. */
export function clientsFromEnv(env: NodeJS.ProcessEnv): ClientSettings {
  return {
    githubToken: env.GITHUB_TOKEN || env.GH_TOKEN || undefined,
    githubApiUrl: env.GITHUB_API_URL || undefined,
    slackToken: env.SLACK_BOT_TOKEN || env.SLACK_TOKEN || undefined,
    slackApiUrl: env.SLACK_API_URL || DEFAULT_SLACK_API_URL,
    anthropicApiKey: env.ANTHROPIC_API_KEY || undefined,
    anthropicBaseUrl: env.ANTHROPIC_BASE_URL || undefined
  }
}
