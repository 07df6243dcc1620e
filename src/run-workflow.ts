import { extname } from 'node:path'
import type { Trigger } from './trigger.js'
import type { WorkflowConfig } from './config/workflow-config.js'
import type { FileSource } from './config/source.js'
import type { Clients } from './clients/index.js'
import type { TraceWriter } from './report/trace.js'
import type { ToolDefinition } from './tools/define.js'
import { ALWAYS_PRESENT, findTool } from './tools/registry.js'
import { Guards } from './tools/guards.js'
import { Toolbox, type ToolCallRecord } from './tools/toolbox.js'
import { VirtualFileStore } from './virtual-files.js'
import { ConfigError, ScriptError, errorMessage, type SourceLocation } from './errors.js'
import { withDeadline } from './deadline.js'
import { emptyUsage, type Usage } from './usage.js'
import type { Subagent } from './coordinators/subagent.js'
import { costTally, knownCost } from './models/cost.js'
import { missingProviderSetting, wrongModelForm } from './clients/provider.js'

/** One workflow's outcome: the public part goes to the `results` output as it is. */
export interface WorkflowResult {
  workflow: string
  coordinator: 'llm' | 'script'
  status: 'succeeded' | 'failed'
  result: unknown
  error: string | null
  tool_calls: number
  turns: number
  usage: Usage
}

/** What the summary and annotations need beside the public result. */
export interface WorkflowReport extends WorkflowResult {
  file: string
  script?: string
  dryRun: boolean
  tools: string[]
  calls: ToolCallRecord[]
  errorLocation?: SourceLocation
  durationMs: number
  /** Free-form lines a coordinator adds to the summary (model notes, shadow comparison). */
  notes: string[]
  /** The LLM tokens at list price (USD), subagents included; null when a model had no price. */
  costUsd: number | null
  /** Models the workflow used that have no list price. */
  unpricedModels: string[]
}

/** What a coordinator hands back: its result, and what the summary needs to know. */
export interface CoordinatorOutcome {
  result: unknown
  turns?: number
  notes?: string[]
}

/** Everything a coordinator gets for one workflow run. */
export interface CoordinatorRun {
  workflow: WorkflowConfig
  trigger: Trigger
  toolbox: Toolbox
  files: VirtualFileStore
  source: FileSource
  /** Repository root on disk (scripts are loaded from under it). */
  root: string
  subagent: Subagent
  usage: Usage
  signal: AbortSignal
  env: RunEnvironment
}

export type Coordinator = (run: CoordinatorRun) => Promise<CoordinatorOutcome>

/** What is the same for every workflow of a run. */
export interface RunEnvironment {
  trigger: Trigger
  source: FileSource
  root: string
  clients: Clients
  trace: TraceWriter
  runId: string
  dryRun: boolean
  defaultModel: string
  python: string
  /** Picks the coordinator for a workflow; loaded lazily so unused ones cost nothing. */
  coordinatorFor(workflow: WorkflowConfig): Promise<Coordinator>
  /** Builds the subagent handle for a workflow run. */
  subagentFor(run: Omit<CoordinatorRun, 'subagent' | 'env'>): Promise<Subagent>
}

/** The tools a workflow gets: its allowlist plus `files.*`. */
export function effectiveTools(workflow: WorkflowConfig): ToolDefinition[] {
  const names = [...new Set([...workflow.tools, ...ALWAYS_PRESENT])]
  return names.map((n) => findTool(n)!).filter(Boolean)
}

/** The `dry-run` input is a floor: a config may turn dry run on for itself, never off. */
export function effectiveDryRun(workflow: Pick<WorkflowConfig, 'dryRun'>, env: Pick<RunEnvironment, 'dryRun'>): boolean {
  return env.dryRun || workflow.dryRun === true
}

/** Credentials a workflow cannot start without; checked before any tool runs. */
function missingCredential(workflow: WorkflowConfig, env: RunEnvironment): string | undefined {
  const s = env.clients.settings
  const provider = s.provider?.provider ?? 'anthropic'
  if (workflow.coordinator === 'llm') {
    if (provider === 'anthropic' && !s.anthropicApiKey) return 'no Anthropic API key: coordinator: llm needs the anthropic-api-key input (or env ANTHROPIC_API_KEY)'
    const missing = s.provider && missingProviderSetting(s.provider)
    if (missing) return missing
    // Every model the workflow names, checked against the provider's id form before any request.
    const models = [workflow.model ?? env.defaultModel, ...Object.values(workflow.subagents).map((d) => d.model)]
    for (const model of models) {
      const wrong = model && wrongModelForm(provider, model)
      if (wrong) return wrong
    }
  }
  const slack = workflow.tools.filter((t) => t.startsWith('slack.'))
  if (slack.length && !s.slackToken) return `slack-token input is empty: this workflow uses ${slack.join(', ')}`
  const github = workflow.tools.filter((t) => t.startsWith('github.'))
  if (github.length && !s.githubToken) return `github-token input is empty: this workflow uses ${github.join(', ')}`
  return undefined
}

/**
 * Runs one workflow inside its own failure boundary: whatever it does (throws, hangs,
 * overspends) ends as a result, never as an exception that stops the other workflows.
 */
export async function runWorkflow(workflow: WorkflowConfig, env: RunEnvironment): Promise<WorkflowReport> {
  const started = Date.now()
  const dryRun = effectiveDryRun(workflow, env)
  const tools = effectiveTools(workflow)
  const usage = emptyUsage()
  const files = new VirtualFileStore()
  // The first API call leaves the CPU idle while it waits: load the workflow's other
  // clients then, rather than on their own first call.
  let warmed = false
  const warm = () => {
    if (warmed) return
    warmed = true
    setTimeout(() => {
      if (workflow.tools.some((t) => t.startsWith('github.'))) env.clients.github().catch(() => undefined)
      if (workflow.tools.some((t) => t.startsWith('slack.'))) env.clients.slack().catch(() => undefined)
    }, 1)
  }
  const toolbox = new Toolbox({
    workflow: workflow.name,
    tools,
    dryRun,
    callIdPrefix: `${env.runId}-${workflow.name}`,
    guards: new Guards({ limits: workflow.limits, allow: workflow.allow, slackChannel: workflow.slackChannel, repository: env.trigger.repository }),
    context: {
      trigger: env.trigger,
      slackChannel: workflow.slackChannel,
      files,
      github: () => (warm(), env.clients.github()),
      slack: () => (warm(), env.clients.slack())
    },
    onCall: (record) => env.trace.write({ type: 'tool_call', ...record, dry_run: dryRun }),
    redactor: env.trace.redact
  })
  env.trace.write({
    type: 'workflow_start',
    workflow: workflow.name,
    coordinator: workflow.coordinator,
    file: workflow.file,
    tools: tools.map((t) => t.name),
    dry_run: dryRun,
    script: workflow.script,
    model: workflow.coordinator === 'llm' ? (workflow.model ?? env.defaultModel) : undefined
  })

  const report: WorkflowReport = {
    workflow: workflow.name,
    coordinator: workflow.coordinator,
    status: 'failed',
    result: null,
    error: null,
    tool_calls: 0,
    turns: 0,
    usage,
    file: workflow.file,
    script: workflow.script,
    dryRun,
    tools: tools.map((t) => t.name),
    calls: toolbox.records,
    durationMs: 0,
    notes: [],
    costUsd: 0,
    unpricedModels: []
  }

  try {
    const missing = missingCredential(workflow, env)
    if (missing) throw new ConfigError(missing, { file: workflow.file })
    const [coordinator] = await Promise.all([env.coordinatorFor(workflow), fillVirtualFiles(files, workflow, env.source, env.trigger)])
    const outcome = await withDeadline(workflow.timeoutSeconds, 'the workflow', (error) => toolbox.close(error.message), async (signal) => {
      const base = { workflow, trigger: env.trigger, toolbox, files, source: env.source, root: env.root, usage, signal }
      const subagent = await env.subagentFor(base)
      return coordinator({ ...base, subagent, env })
    })
    report.status = 'succeeded'
    report.result = outcome.result ?? null
    report.turns = outcome.turns ?? 0
    report.notes.push(...(outcome.notes ?? []))
  } catch (error) {
    report.error = errorMessage(error)
    report.errorLocation = locationOf(error, workflow)
    const partial = (error as { outcome?: CoordinatorOutcome }).outcome
    if (partial) {
      report.turns = partial.turns ?? report.turns
      report.notes.push(...(partial.notes ?? []))
    }
    toolbox.close(`the workflow already failed: ${report.error}`)
  }
  await settleCalls(toolbox)
  report.tool_calls = toolbox.records.length
  report.durationMs = Date.now() - started
  report.costUsd = knownCost(costTally(usage))
  report.unpricedModels = [...costTally(usage).unpriced]
  env.trace.write({
    type: 'workflow_end',
    workflow: workflow.name,
    status: report.status,
    result: report.result,
    error: report.error ?? undefined,
    turns: report.turns,
    usage,
    cost_usd: report.costUsd,
    duration_ms: report.durationMs
  })
  return report
}

/** How long a failed workflow waits for its cancelled calls to be recorded. */
const IN_FLIGHT_WAIT_MS = 5_000

/**
 * Before the workflow is reported (and the next one starts, or the process exits), wait
 * (bounded) for calls still running: cancelled or landed, each is recorded with this
 * workflow, so results, trace and summary agree.
 */
async function settleCalls(toolbox: Toolbox): Promise<void> {
  if (toolbox.inFlight) await toolbox.settle(IN_FLIGHT_WAIT_MS)
}

function locationOf(error: unknown, workflow: WorkflowConfig): SourceLocation {
  if (error instanceof ScriptError || error instanceof ConfigError) return error.location
  return { file: workflow.script ?? workflow.file }
}

/** Reads the workflow's virtual files from the run's source, plus `trigger.json`. */
export async function fillVirtualFiles(files: VirtualFileStore, workflow: WorkflowConfig, source: FileSource, trigger: Trigger): Promise<void> {
  const contents = await Promise.all(workflow.virtualFiles.map(async (f) => ['content' in f ? f.content : await source.readText(f.path), f.name] as const))
  for (const [content, name] of contents) files.add(name, content)
  files.add('trigger.json', JSON.stringify(trigger.payload, null, 2))
}

/** The coordinator a workflow's config names: llm, or a script by its extension. */
export function coordinatorKind(workflow: WorkflowConfig): 'llm' | 'python' | 'javascript' {
  if (workflow.coordinator === 'llm') return 'llm'
  return extname(workflow.script ?? '').toLowerCase() === '.py' ? 'python' : 'javascript'
}
