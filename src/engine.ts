import { join } from 'node:path'
import type { Trigger } from './trigger.js'
import { loadWorkflowConfigs } from './config/load.js'
import { selectWorkflows } from './config/match.js'
import { authorAssociationWarnings } from './config/author-association.js'
import type { FileSource } from './config/source.js'
import type { WorkflowConfig } from './config/workflow-config.js'
import type { ClientSettings } from './clients/index.js'
import { Redactor } from './report/redact.js'
import { TRACE_FORMAT, TraceWriter } from './report/trace.js'
import { renderSummary } from './report/summary.js'
import { lastWords } from './report/last-words.js'
import { ConfigError } from './errors.js'
import { loadRuntime, runtimeKind } from './coordinators/runtimes.js'
import { lazySubagent } from './coordinators/subagent.js'
import type { RunEnvironment, WorkflowReport, WorkflowResult } from './run-workflow.js'

export const VERSION = '0.1.0'

export interface EngineOptions {
  trigger: Trigger
  /** Where configs, prompts, files and scripts are read from (chosen by `trust`). */
  source: FileSource
  configDir: string
  /** Run only this workflow (by name), whatever the event. */
  workflow?: string
  dryRun: boolean
  model: string
  python: string
  traceDir: string
  mode: 'run' | 'validate'
  clients: ClientSettings
  /** Every secret given: redacted from the trace, the summary and error messages. */
  secrets: string[]
  runId?: string
  /** The step's environment, for `${NAME}` in mcp_servers (default: this process's). */
  processEnv?: Readonly<Record<string, string | undefined>>
  /** Called with each secret learnt while running (mcp_servers' `${NAME}` values), to mask it. */
  onSecret?(value: string): void
  /** Heap cap of a JavaScript script's process, in MB. */
  scriptMemoryMb?: number
  /** Whether stdout is a GitHub Actions log (default true): see RunServices. */
  workflowCommands?: boolean
}

export interface EngineResult {
  results: WorkflowResult[]
  reports: WorkflowReport[]
  matched: string[]
  configErrors: ConfigError[]
  /** `mode: validate`: problems that do not fail the check (an llm workflow anyone may trigger). */
  configWarnings: ConfigError[]
  traceFile: string
  summary: string
  /** The step fails when any selected workflow failed or any config was rejected. */
  failed: boolean
  /** Requests still running when the run ended, after a bounded wait: the log names them. */
  abandonedRequests: string[]
}

/** At the run's end, how long requests still out (cancelled ones winding down) are waited for. */
export const EXIT_WAIT_MS = 2_000

/**
 * The run, shared by the action and the CLI: configs -> selection -> one run per
 * workflow (each in its own failure boundary) -> results, trace and summary.
 */
export async function runEngine(options: EngineOptions): Promise<EngineResult> {
  const redact = new Redactor()
  for (const secret of options.secrets) redact.add(secret)
  // Unique, not secret: Math.random spares loading node:crypto at start-up.
  const runId =
    options.runId ??
    `${Date.now().toString(36)}${Math.floor(Math.random() * 0x1000000)
      .toString(16)
      .padStart(6, '0')}`
  const traceFile = join(options.traceDir, `trace-${runId}.jsonl`)
  const trace = new TraceWriter(traceFile, redact)
  trace.write({ type: 'run', format: TRACE_FORMAT, run_id: runId, version: VERSION, source: options.source.description, source_sha: options.source.sha, dry_run: options.dryRun, mode: options.mode })
  trace.write({ type: 'trigger', trigger: options.trigger })

  const loaded = await loadWorkflowConfigs(options.source, options.configDir)
  const configErrors = [...loaded.errors]
  if (options.mode === 'validate') {
    const { validateScripts } = await import('./coordinators/validate-scripts.js')
    configErrors.push(...(await validateScripts(loaded.workflows, { source: options.source, python: options.python, secrets: options.secrets })))
  }

  const configWarnings = options.mode === 'validate' ? authorAssociationWarnings(loaded.workflows) : []

  let selected: WorkflowConfig[] = []
  if (options.mode === 'run') {
    selected = selectWorkflows(loaded.workflows, options.trigger, options.workflow || undefined)
    if (options.workflow && !selected.length) {
      const names = loaded.workflows.map((w) => w.name).join(', ') || 'none'
      const rejected = loaded.errors.length ? ` (${new Set(loaded.errors.map((e) => e.location.file)).size} config file(s) were rejected, see above)` : ''
      configErrors.push(
        new ConfigError(
          `workflow input "${options.workflow}" names no valid workflow config in ${options.configDir}: the valid workflows are ${names}${rejected}`,
          { file: options.configDir },
          'workflow'
        )
      )
    }
  }
  for (const e of configErrors) trace.write({ type: 'config_error', file: e.location.file, line: e.location.line, key: e.key, message: e.message })

  // Workflows run one after another: their effects stay in an order users can read, and
  // one workflow's limits never race another's.
  const reports: WorkflowReport[] = []
  // Should the action itself crash mid-run, its handlers write what is known so far.
  lastWords.traceFile = traceFile
  lastWords.results = () => reports.map(publicResult)
  lastWords.redact = (text) => redact.text(text)
  /** The step summary of the run so far, with these config errors. */
  const summaryWith = (errors: ConfigError[]) =>
    redact.text(
      renderSummary({
        source: options.source.description,
        event: options.trigger.event,
        action: options.trigger.action,
        matched: selected.map((w) => w.name),
        reports,
        configErrors: errors,
        traceFile,
        mode: options.mode
      })
    )
  lastWords.summary = () => summaryWith(configErrors)
  let abandonedRequests: string[] = []
  if (selected.length) {
    // A first workflow that is a JavaScript/TypeScript script gets its Node process now, so
    // that Node's start-up runs beside the loading below (process.ts, `prestartIsolated`).
    const secrets = options.secrets.filter(Boolean)
    const first = selected[0]!
    const prestarted =
      runtimeKind(first) === 'javascript'
        ? (await import('./coordinators/script/node-process.js')).prestartJavaScript({ memoryMb: options.scriptMemoryMb, secrets, root: options.source.localRoot })
        : undefined
    // The run machinery (tools, clients, coordinators) loads only when a workflow was
    // selected: an event that matches nothing pays for configs and the summary alone.
    // One at a time: jest's ES module loader (the tests) can lose a shared dependency when
    // imports that share it race; in the bundle each is a synchronous require anyway.
    const { runWorkflow } = await import('./run-workflow.js')
    const { Clients } = await import('./clients/index.js')
    const clients = new Clients(options.clients)
    const env: RunEnvironment = {
      trigger: options.trigger,
      source: options.source,
      clients,
      trace,
      runId,
      dryRun: options.dryRun,
      defaultModel: options.model,
      python: options.python,
      secrets,
      scriptMemoryMb: options.scriptMemoryMb,
      workflowCommands: options.workflowCommands,
      runtimeFor: (workflow) => loadRuntime(runtimeKind(workflow)),
      // Made on the subagent's first call: a script that never asks the model loads no model code.
      subagentFor: async (run) => lazySubagent(() => import('./coordinators/subagent-factory.js').then(({ createSubagent }) => createSubagent(run, { clients, trace, defaultModel: options.model }))),
      processEnv: options.processEnv ?? process.env,
      addSecret: (value) => {
        redact.add(value)
        options.onSecret?.(value)
      }
    }
    try {
      for (const workflow of selected) {
        reports.push(redact.value(await runWorkflow(workflow, env)))
        // Only the first workflow may use the process started for it: a later one starts its own.
        prestarted?.discard()
      }
    } finally {
      prestarted?.discard()
    }
    // Each workflow's requests were cancelled at its end; before the process may exit, wait
    // (bounded) for any still on the wire, so none is cut off unseen: the log names the rest.
    abandonedRequests = (await clients.requests.settle(EXIT_WAIT_MS)).map((r) => redact.text(r))
  }

  trace.flush()
  const redactedErrors = configErrors.map((e) => new ConfigError(redact.text(e.message), e.location, e.key))
  const summary = summaryWith(redactedErrors)
  return {
    results: reports.map(publicResult),
    reports,
    matched: selected.map((w) => w.name),
    configErrors: redactedErrors,
    configWarnings: configWarnings.map((e) => new ConfigError(redact.text(e.message), e.location, e.key)),
    traceFile,
    summary,
    failed: redactedErrors.length > 0 || reports.some((r) => r.status === 'failed'),
    abandonedRequests
  }
}

/** Exactly the SPEC's keys, in its order. */
export function publicResult(r: WorkflowReport): WorkflowResult {
  return { workflow: r.workflow, coordinator: r.coordinator, status: r.status, result: r.result, error: r.error, tool_calls: r.tool_calls, turns: r.turns, usage: r.usage }
}
