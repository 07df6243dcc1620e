import { lookupModel } from './models/capabilities.js'
import type { WorkflowConfig } from './config/workflow-config.js'
import type { Toolbox, ToolCallRecord } from './tools/toolbox.js'
import type { CoordinatorOutcome, CoordinatorRun, RunServices, Runtime } from './coordinators/contract.js'
import { runtimeKind } from './coordinators/runtimes.js'
import { effectiveTools, prepareRun } from './prepare-run.js'
import { BudgetError, ConfigError, ScriptError, errorMessage, type SourceLocation } from './errors.js'
import { withDeadline } from './deadline.js'
import { emptyUsage, type Usage } from './usage.js'
import type { Subagent } from './coordinators/subagent.js'
import { openMcpSession, type McpSession } from './tools/mcp/open.js'
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
  /** Set when the workflow's model is outside the model table (or deprecated): an annotation. */
  modelNotice?: string
}

export type { CoordinatorOutcome, CoordinatorRun, Coordinator } from './coordinators/contract.js'
export { effectiveTools, fillVirtualFiles } from './prepare-run.js'

/** What is the same for every workflow of a run: the services, and how to load a runtime and a subagent. */
export interface RunEnvironment extends RunServices {
  /** Picks the runtime for a workflow; loaded lazily so unused ones cost nothing. */
  runtimeFor(workflow: WorkflowConfig): Promise<Runtime>
  /** Builds the subagent handle for a workflow run. */
  subagentFor(run: Omit<CoordinatorRun, 'subagent'>): Promise<Subagent>
  /** The step's environment, for `${NAME}` in mcp_servers (default: none). */
  processEnv?: Readonly<Record<string, string | undefined>>
  /** Masks and redacts a secret learnt while running (a `${NAME}` value of mcp_servers). */
  addSecret?(value: string): void
}

/** The `dry-run` input is a floor: a config may turn dry run on for itself, never off. */
export function effectiveDryRun(workflow: Pick<WorkflowConfig, 'dryRun'>, env: Pick<RunEnvironment, 'dryRun'>): boolean {
  return env.dryRun || workflow.dryRun === true
}

/** The model table's notice for a workflow that talks to a model (llm, or a config that names one). */
function modelNoticeOf(workflow: WorkflowConfig, env: RunEnvironment): { modelNotice?: string } {
  if (workflow.coordinator !== 'llm' && !workflow.model) return {}
  const notice = lookupModel(workflow.model ?? env.defaultModel).notice
  return notice ? { modelNotice: notice } : {}
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
  // MCP servers: declared, not started (that waits for first use); nothing loads without them.
  let mcp: McpSession | undefined
  let mcpError: unknown
  try {
    mcp = await openMcpSession(workflow, { ...env, root: env.source.localRoot })
  } catch (error) {
    mcpError = error
  }
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
    calls: [],
    durationMs: 0,
    notes: [],
    costUsd: 0,
    unpricedModels: [],
    ...modelNoticeOf(workflow, env)
  }

  let toolbox: Toolbox | undefined
  try {
    const missing = missingCredential(workflow, env)
    if (missing) throw new ConfigError(missing, { file: workflow.file })
    if (mcpError !== undefined) throw mcpError
    const [runtime, prepared] = await Promise.all([env.runtimeFor(workflow), prepareRun(workflow, env, { dryRun, dynamicTools: mcp })])
    toolbox = prepared.toolbox
    report.calls = toolbox.records
    const box = toolbox
    const outcome = await withDeadline(
      workflow.timeoutSeconds,
      'the workflow',
      (error) => box.close(error.message),
      async (signal) => {
        const base = { workflow, trigger: env.trigger, toolbox: box, files: prepared.files, usage, signal, warm: prepared.warm }
        mcp?.bind(signal)
        // The model is offered every tool in its first request: its MCP servers start now.
        if (mcp && workflow.coordinator === 'llm') await box.loadDynamicTools()
        const subagent = await env.subagentFor(base)
        const outcome = await runtime.run({ ...base, subagent }, env)
        // A server that died fails the workflow, even if the script caught the call's error.
        if (mcp?.failure) throw mcp.failure
        return outcome
      }
    )
    report.status = 'succeeded'
    report.result = outcome.result ?? null
    report.turns = outcome.turns ?? 0
    report.notes.push(...(outcome.notes ?? []))
  } catch (thrown) {
    // A script that called a dead MCP server failed because of it: say so, not "the script threw".
    const error = mcp?.failure && !(thrown instanceof BudgetError) ? mcp.failure : thrown
    report.error = errorMessage(error)
    report.errorLocation = locationOf(error, workflow)
    const partial = (error as { outcome?: CoordinatorOutcome }).outcome
    if (partial) {
      report.turns = partial.turns ?? report.turns
      report.notes.push(...(partial.notes ?? []))
    }
    toolbox?.close(`the workflow already failed: ${report.error}`)
  } finally {
    await mcp?.close()
  }
  if (toolbox) {
    await settleCalls(toolbox)
    report.tools = toolbox.tools.map((t) => t.name)
  }
  report.tool_calls = report.calls.length
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

/** How long a workflow's end waits for its calls still running to be answered and recorded. */
const IN_FLIGHT_WAIT_MS = 5_000
/** After cancelling them, how long it gives the cancelled calls to record themselves. */
const CANCEL_WAIT_MS = 250

/**
 * Before the workflow is reported (and the next one starts, or the process exits): a call
 * still running is given a bounded wait to be answered (a timed-out or failed workflow's
 * calls were cancelled already, and end at once); one still running then is cancelled and
 * recorded as abandoned. Then the toolbox is sealed: every record comes before the
 * workflow's end line, so results, trace and summary count the same calls, and the
 * workflow's requests are aborted, so nothing of it lands unrecorded later.
 */
export async function settleCalls(toolbox: Toolbox, waitMs = IN_FLIGHT_WAIT_MS): Promise<void> {
  if (toolbox.inFlight) await toolbox.settle(waitMs)
  if (toolbox.inFlight) {
    const reason = `abandoned: still running ${waitMs / 1000} s after the workflow ended`
    toolbox.close(reason)
    await toolbox.settle(CANCEL_WAIT_MS)
    toolbox.abandon(reason)
  }
  toolbox.seal()
}

function locationOf(error: unknown, workflow: WorkflowConfig): SourceLocation {
  if (error instanceof ScriptError || error instanceof ConfigError) return error.location
  return { file: workflow.script ?? workflow.file }
}

/** The runtime a workflow's config names: llm, or a script by its extension. */
export const coordinatorKind = runtimeKind
