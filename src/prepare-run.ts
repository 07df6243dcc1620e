import type { WorkflowConfig } from './config/workflow-config.js'
import type { ToolDefinition } from './tools/define.js'
import type { RunServices } from './coordinators/contract.js'
import type { Trigger } from './trigger.js'
import type { FileSource } from './config/source.js'
import type { ServiceClients } from './clients/index.js'
import { ALWAYS_PRESENT, findTool } from './tools/registry.js'
import { Guards } from './tools/guards.js'
import { Toolbox, type Caller, type RecordedReads, type ToolSource } from './tools/toolbox.js'
import { VirtualFileStore } from './virtual-files.js'

/** A workflow run's parts, before any coordinator code runs. */
export interface PreparedRun {
  tools: ToolDefinition[]
  files: VirtualFileStore
  toolbox: Toolbox
  /** Loads the clients the workflow's tools use now, ahead of their first call (once). */
  warm(): void
}

export interface PrepareOptions {
  dryRun: boolean
  /** Reads answered from a recording (shadow: the LLM's reads; replay: the trace's). */
  recordedReads?: RecordedReads
  /** No network at all (replay): reads the recording lacks fail, clients are not reachable. */
  offline?: boolean
  /** Prefix of call ids (default `<runId>-<workflow>`). */
  callIdPrefix?: string
  /** Recorded as the caller in the trace's tool_call lines (shadow). */
  traceCaller?: Caller
  /** Adjusts a tool before it goes into the toolbox (replay answers previews from the trace). */
  mapTool?(tool: ToolDefinition): ToolDefinition
  /** Tools known only at run time (MCP servers; replay's recorded MCP tools). */
  dynamicTools?: ToolSource
}

/** What prepareRun needs of the run's services: offline runs need no clients and no trace. */
export type PrepareServices = Pick<RunServices, 'trigger' | 'source' | 'runId'> & Partial<Pick<RunServices, 'clients' | 'trace'>>

/** The tools a workflow gets: its allowlist plus `files.*`. */
export function effectiveTools(workflow: WorkflowConfig): ToolDefinition[] {
  const names = [...new Set([...workflow.tools, ...ALWAYS_PRESENT])]
  return names.map((n) => findTool(n)!).filter(Boolean)
}

/**
 * Builds the virtual files, the guards and the toolbox of one workflow run: the same for
 * a run, a shadow run and a replay, so all three see the same tools behind the same guards.
 */
export async function prepareRun(workflow: WorkflowConfig, services: PrepareServices, options: PrepareOptions): Promise<PreparedRun> {
  const tools = effectiveTools(workflow).map((t) => options.mapTool?.(t) ?? t)
  const files = new VirtualFileStore()
  await fillVirtualFiles(files, workflow, services.source, services.trigger)
  const offline = (service: string) => () => Promise.reject(new Error(`replay makes no network calls: ${service} is not reachable here`))
  // The workflow's own GitHub and Slack clients, bound to its toolbox's signal: when the
  // workflow times out, fails or ends, their requests are aborted and retry no more.
  let scoped: ServiceClients | undefined
  const clients = options.offline || !services.clients ? undefined : (): ServiceClients => (scoped ??= services.clients!.scoped(toolbox.signal))
  // The first API call leaves the CPU idle while it waits: load the workflow's other
  // clients then, rather than on their own first call (a script runtime warms them
  // earlier, while the script's process starts). They load in the order the config first
  // names their tools: Clients builds one at a time, and the first named is likely the
  // first called.
  let warmed = false
  const warm = () => {
    if (warmed || !clients) return
    warmed = true
    const services = [...new Set(workflow.tools.map((t) => t.split('.')[0]))]
    setTimeout(() => {
      const scope = clients()
      for (const service of services) {
        if (service === 'github') scope.github().catch(() => undefined)
        else if (service === 'slack') scope.slack().catch(() => undefined)
      }
    }, 1)
  }
  const trace = options.offline ? undefined : services.trace
  const toolbox: Toolbox = new Toolbox({
    workflow: workflow.name,
    tools,
    dryRun: options.dryRun,
    callIdPrefix: options.callIdPrefix ?? `${services.runId}-${workflow.name}`,
    guards: new Guards({ limits: workflow.limits, allow: workflow.allow, slackChannel: workflow.slackChannel, repository: services.trigger.repository }),
    context: {
      trigger: services.trigger,
      slackChannel: workflow.slackChannel,
      files,
      github: clients ? () => (warm(), clients().github()) : offline('GitHub'),
      slack: clients ? () => (warm(), clients().slack()) : offline('Slack')
    },
    dynamicTools: options.dynamicTools,
    recordedReads: options.recordedReads,
    liveReads: options.offline ? false : undefined,
    // Arguments going out and results coming back pass the run's redactor (the logs' own).
    redactor: trace?.redact,
    onCall: trace ? (record) => trace.write({ type: 'tool_call', ...record, ...(options.traceCaller ? { caller: options.traceCaller } : {}), dry_run: options.dryRun }) : undefined
  })
  return { tools, files, toolbox, warm }
}

/** Reads the workflow's virtual files from the run's source, plus `trigger.json`. */
export async function fillVirtualFiles(files: VirtualFileStore, workflow: WorkflowConfig, source: FileSource, trigger: Trigger): Promise<void> {
  const contents = await Promise.all(workflow.virtualFiles.map(async (f) => ['content' in f ? f.content : await source.readText(f.path), f.name] as const))
  for (const [content, name] of contents) files.add(name, content)
  files.add('trigger.json', JSON.stringify(trigger.payload, null, 2))
}
