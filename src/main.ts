import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { buildTrigger, type Trigger } from './trigger.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { chooseSource } from './trust.js'
import { WorkspaceSource, type FileSource } from './config/source.js'
import { Clients, type ClientSettings } from './clients/index.js'
import { runEngine } from './engine.js'
import { errorMessage } from './errors.js'
import { Redactor, redactStream, type WriteStream } from './report/redact.js'
import type { ActionOutputName } from './outputs.js'
import { providerSettingsFromEnv } from './clients/provider.js'
import { runTotals } from './report/totals.js'
import { WHO_MAY_TRIGGER_TITLE } from './config/author-association.js'

/** The part of `@actions/core` the action uses; tests pass a plain fake. */
export interface CoreLike {
  getInput(name: string): string
  setSecret(secret: string): void
  setOutput(name: ActionOutputName, value: string): void
  setFailed(message: string): void
  info(message: string): void
  notice(message: string, props?: AnnotationProps): void
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } }
}

export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
}

export interface Deps {
  core: CoreLike
  env: NodeJS.ProcessEnv
  readFile?: (path: string) => string
  /** Streams whose writes are redacted while the action runs (default: stdout and stderr). */
  streams?: WriteStream[]
}

const SECRET_INPUTS = ['github-token', 'slack-token', 'anthropic-api-key'] as const
/** Cloud credentials the bedrock and vertex providers read from the environment. */
const SECRET_ENV = ['ANTHROPIC_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_BEARER_TOKEN_BEDROCK'] as const

/** The action: inputs -> trigger -> configs -> runs -> outputs, summary, annotations. */
export async function run(deps: Deps): Promise<void> {
  const { core, env } = deps
  // Mask secrets before anything can be logged.
  const redactor = new Redactor()
  for (const value of [...SECRET_INPUTS.map((name) => core.getInput(name)), ...SECRET_ENV.map((name) => env[name])]) {
    if (!value) continue
    core.setSecret(value)
    redactor.add(value)
  }
  // Then redact our own output too (scripts' console.log included): the runner masks the
  // log, but not local runs, and not a secret in a form it does not know.
  const restore = (deps.streams ?? [process.stdout, process.stderr]).map((stream) => redactStream(stream, redactor))
  try {
    await runAction(deps, (value) => {
      core.setSecret(value)
      redactor.add(value)
    })
  } finally {
    for (const undo of restore) undo()
  }
}

async function runAction({ core, env, readFile = (p) => readFileSync(p, 'utf8') }: Deps, addSecret: (value: string) => void): Promise<void> {
  let inputs: ActionInputs
  let trigger: Trigger
  try {
    inputs = readInputs((name) => core.getInput(name), env)
    trigger = buildTrigger(env, readFile)
  } catch (error) {
    core.setFailed(errorMessage(error))
    return
  }

  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const clients: ClientSettings = {
    githubToken: inputs.githubToken,
    githubApiUrl: env.GITHUB_API_URL,
    slackToken: inputs.slackToken,
    slackApiUrl: inputs.slackApiUrl,
    anthropicApiKey: inputs.anthropicApiKey,
    anthropicBaseUrl: env.ANTHROPIC_BASE_URL || undefined,
    requestTimeoutMs: requestTimeoutMs(env),
    env,
    provider: providerSettingsFromEnv(inputs.provider, env)
  }
  const secrets = [inputs.githubToken, inputs.slackToken, inputs.anthropicApiKey, ...SECRET_ENV.map((name) => env[name] ?? '')].filter(Boolean)

  if (inputs.mode === 'propose') {
    const { runProposeMode } = await import('./propose/action.js')
    await runProposeMode({ core, env, inputs, trigger, clients, workspace })
    return
  }

  let source: FileSource
  const choice = chooseSource(inputs.trust, trigger)
  try {
    source = choice.kind === 'workspace' ? new WorkspaceSource(workspace, trigger.sha || undefined) : await openDefaultBranch(clients, trigger)
  } catch (error) {
    core.setFailed(`cannot read configs from the default branch (${choice.reason}): ${errorMessage(error)}`)
    return
  }
  core.info(`Reading workflow configs from the ${source.description} (${choice.reason}).`)

  const outcome = await runEngine({
    trigger,
    source,
    configDir: inputs.configDir,
    workflow: inputs.workflow || undefined,
    dryRun: inputs.dryRun,
    model: inputs.model,
    python: inputs.python,
    traceDir: inputs.traceDir,
    mode: inputs.mode,
    clients,
    secrets: [...secrets, env.ANTHROPIC_API_KEY ?? ''].filter(Boolean),
    scriptMemoryMb: scriptMemoryMb(env),
    processEnv: env,
    onSecret: addSecret
  })

  for (const e of outcome.configErrors) {
    core.error(e.message, { title: 'Hybrid Coordinator: invalid config', file: e.location.file, startLine: e.location.line })
  }
  for (const w of outcome.configWarnings) {
    core.warning(w.message, { title: WHO_MAY_TRIGGER_TITLE, file: w.location.file, startLine: w.location.line })
  }
  for (const r of outcome.reports) {
    if (r.modelNotice) core.notice(`${r.workflow}: ${r.modelNotice}`, { title: `Hybrid Coordinator: ${r.workflow} model`, file: r.file })
    if (r.status === 'failed') {
      core.error(`${r.workflow}: ${r.error}`, { title: `Hybrid Coordinator: ${r.workflow} failed`, file: r.errorLocation?.file, startLine: r.errorLocation?.line })
    }
  }

  if (outcome.abandonedRequests.length) {
    core.warning(
      `${outcome.abandonedRequests.length} request(s) were still running when the run ended and were abandoned (each was cancelled; whether it reached the service is unknown): ${outcome.abandonedRequests.join(', ')}`,
      { title: 'Hybrid Coordinator: requests abandoned at exit' }
    )
  }

  core.setOutput('results', JSON.stringify(outcome.results))
  core.setOutput('matched', outcome.matched.join(','))
  core.setOutput('trace-file', outcome.traceFile)
  setUsageOutputs(core, outcome.reports)
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outcome.summary, true).write()

  if (inputs.mode === 'run' && !outcome.matched.length && !outcome.configErrors.length) {
    core.notice(`No workflow config in ${inputs.configDir} matched ${trigger.event}${trigger.action ? `.${trigger.action}` : ''}: nothing to run.`)
  }
  if (inputs.uploadTrace) await uploadTrace(core, outcome.traceFile, outcome.matched)

  if (outcome.failed) {
    const failed = outcome.reports.filter((r) => r.status === 'failed').map((r) => r.workflow)
    const parts = [failed.length ? `workflow(s) failed: ${failed.join(', ')}` : '', outcome.configErrors.length ? `${outcome.configErrors.length} config problem(s)` : ''].filter(Boolean)
    core.setFailed(`Hybrid Coordinator: ${parts.join('; ')}`)
  }
}

/** The run's token totals and cost as outputs; a notice names the models with no list price. */
function setUsageOutputs(core: CoreLike, reports: Parameters<typeof runTotals>[0]): void {
  const totals = runTotals(reports)
  core.setOutput('input-tokens', String(totals.usage.input_tokens))
  core.setOutput('output-tokens', String(totals.usage.output_tokens))
  core.setOutput('cache-read-tokens', String(totals.usage.cache_read_input_tokens))
  core.setOutput('cache-write-tokens', String(totals.usage.cache_creation_input_tokens))
  core.setOutput('cost-usd', totals.costUsd ?? '')
  if (totals.unpriced.length) {
    core.notice(`cost-usd is empty: no list price in the action's price table for ${totals.unpriced.join(', ')} (tokens are still counted; see the README's price table)`, {
      title: 'Hybrid Coordinator: cost unknown'
    })
  }
}

/**
 * Env HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS: the per-request timeout of GitHub and Slack
 * calls (default 30 s in the clients). Tests shorten it; a bad value keeps the default.
 */
export function requestTimeoutMs(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS
  const value = raw ? Number(raw) : NaN
  return Number.isInteger(value) && value > 0 ? value : undefined
}

/** Env HYBRID_COORDINATOR_SCRIPT_MEMORY_MB: the heap cap of a JS/TS script's process (default 1024). */
export function scriptMemoryMb(env: NodeJS.ProcessEnv): number | undefined {
  const value = Number(env.HYBRID_COORDINATOR_SCRIPT_MEMORY_MB)
  return Number.isInteger(value) && value >= 16 ? value : undefined
}

async function openDefaultBranch(settings: ClientSettings, trigger: Trigger): Promise<FileSource> {
  const { GitHubSource } = await import('./config/github-source.js')
  return GitHubSource.open(await new Clients(settings).github(), trigger.repository)
}

async function uploadTrace(core: CoreLike, file: string, workflows: string[]): Promise<void> {
  try {
    const { uploadTraceArtifact } = await import('./report/artifact.js')
    const name = await uploadTraceArtifact(file, basename(file, '.jsonl').replace(/^trace-/, ''), workflows)
    core.info(`Uploaded the trace as artifact ${name}.`)
  } catch (error) {
    core.warning(`upload-trace: the trace could not be uploaded: ${errorMessage(error)}`)
  }
}
