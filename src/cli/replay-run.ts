import type { Writable } from 'node:stream'
import type { FileSource } from '../config/source.js'
import type { WorkflowConfig } from '../config/workflow-config.js'
import type { ToolDefinition } from '../tools/define.js'
import { recordedReadsFrom, type ToolCallRecord } from '../tools/toolbox.js'
import { prepareRun } from '../prepare-run.js'
import { offlineMcpTools } from '../tools/mcp/offline.js'
import { withDeadline } from '../deadline.js'
import { scriptRuntime } from '../coordinators/runtimes.js'
import type { Subagent } from '../coordinators/subagent.js'
import { ScriptError, errorMessage, type SourceLocation } from '../errors.js'
import type { TracedCall, TracedRun, TracedSubagent, TracedWorkflow } from './trace-file.js'

/** A mutation, named as replay compares them: the tool and where it lands. */
export interface Mutation {
  tool: string
  /** `C0123 1712.0001 :merged:`, `octo-org/web#12` */
  target: string
  /** Stopped by a guard: attempted, never sent. */
  refused: boolean
}

/** One line of the comparison: the same mutation on both sides, or on one only. */
export interface MutationRow {
  recorded?: Mutation
  planned?: Mutation
}

export interface ReplayOutcome {
  workflow: string
  script: string
  rows: MutationRow[]
  /** Reads the script made that the trace has no answer for. */
  unrecordedReads: { tool: string; input: unknown }[]
  /** Subagent calls beyond what the trace recorded. */
  unrecordedSubagents: string[]
  /** The script threw, timed out or returned something that is not JSON. */
  scriptError?: { message: string; location?: SourceLocation }
  recordedStatus: 'succeeded' | 'failed'
  recordedError?: string
  result: unknown
  /** Every call the script made, as the toolbox recorded it. */
  calls: ToolCallRecord[]
  /** Nothing differs: the same effects (refused attempts aside), no unrecorded read, and the script did not fail where the recording did not. */
  agree: boolean
}

export interface ReplayInput {
  run: TracedRun
  traced: TracedWorkflow
  /** The workflow's config as it is now: its guards, tools and virtual files apply. */
  config: WorkflowConfig
  /** The script to replay, repository-relative (or as given), and where it is on disk. */
  script: string
  scriptPath: string
  source: FileSource
  /** Repository root on disk. */
  root: string
  /** Interpreter for .py scripts. */
  python: string
  /** Where a Python script's own print() output goes (kept off the comparison on stdout). */
  scriptOutput?: Writable
}

/** Calls of the recorded workflow itself: a shadow candidate's dry runs in the same trace are not what happened. */
export function recordedCalls(traced: TracedWorkflow): TracedCall[] {
  return traced.calls.filter((c) => c.caller !== 'shadow')
}

/** The mutations a call list holds: sent or dry-run effects, and refused attempts. */
export function mutationsOf(calls: readonly Pick<TracedCall, 'tool' | 'mutates' | 'outcome' | 'target'>[]): Mutation[] {
  return calls
    .filter((c) => c.mutates && (c.outcome === 'sent' || c.outcome === 'dry' || c.outcome === 'refused'))
    .map((c) => ({ tool: c.tool, target: c.target ?? '?', refused: c.outcome === 'refused' }))
}

const keyOf = (m: Mutation) => `${m.tool}\u0000${m.target}\u0000${m.refused}`

/** Pairs recorded with planned mutations (as multisets, in the recorded order, then the planned-only ones). */
export function compareMutations(recorded: readonly Mutation[], planned: readonly Mutation[]): MutationRow[] {
  const left = [...planned]
  const rows: MutationRow[] = []
  for (const r of recorded) {
    const i = left.findIndex((p) => keyOf(p) === keyOf(r))
    if (i >= 0) rows.push({ recorded: r, planned: left.splice(i, 1)[0] })
    else rows.push({ recorded: r })
  }
  for (const p of left) rows.push({ planned: p })
  return rows
}

/**
 * Re-runs a script coordinator on a recorded run's trigger, in dry run, with no network:
 * reads are answered from the trace's recorded results (a read it lacks fails, and is
 * reported), mutations are recorded by the toolbox behind the config's guards, and the
 * planned mutations are compared with the recorded ones.
 */
export async function replayWorkflow(input: ReplayInput): Promise<ReplayOutcome> {
  const { run, traced, config } = input
  const calls = recordedCalls(traced)
  const recordedOutputs = new Map<string, unknown>()
  for (const c of calls) if (c.mutates && c.target && (c.outcome === 'sent' || c.outcome === 'dry')) recordedOutputs.set(`${c.tool} ${c.target}`, c.output)

  // prepareRun offline: the config's guards and virtual files, no clients, reads from the trace.
  const { toolbox, files } = await prepareRun(
    config,
    { trigger: run.trigger, source: input.source, runId: `replay-${run.runId}` },
    {
      dryRun: true,
      offline: true,
      recordedReads: recordedReadsFrom(calls),
      mapTool: (t) => (t.mutates ? answeredPreview(t, recordedOutputs) : t),
      dynamicTools: offlineMcpTools(config, (t) => answeredPreview(t, recordedOutputs))
    }
  )
  const subagent = recordedSubagent(traced.subagents)

  let result: unknown = null
  let scriptError: ReplayOutcome['scriptError']
  try {
    const script = { script: input.script, localPath: input.scriptPath, root: input.root, trigger: run.trigger, toolbox, files, subagent: subagent.handle }
    // Script output is not the action's log here: no workflow-command guard around it.
    const output = { stdout: input.scriptOutput, stderr: input.scriptOutput, commands: input.scriptOutput ? null : undefined }
    result = await withDeadline(
      config.timeoutSeconds,
      'the script',
      (error) => toolbox.close(error.message),
      (signal) =>
        scriptRuntime(input.script) === 'python'
          ? import('../coordinators/python/index.js').then(({ runPythonScript }) => runPythonScript({ ...script, ...output, python: input.python, subagents: Object.keys(config.subagents), signal }))
          : import('../coordinators/script/javascript.js').then(({ runJavaScriptScript }) => runJavaScriptScript({ ...script, ...output, secrets: [], restrictImports: false, signal }))
    )
  } catch (error) {
    scriptError = { message: errorMessage(error), location: error instanceof ScriptError ? error.location : undefined }
  }

  const rows = compareMutations(mutationsOf(calls), mutationsOf(toolbox.records))
  const unrecordedReads = toolbox.records.filter((r) => r.unrecorded).map((r) => ({ tool: r.tool, input: r.input }))
  const recordedStatus = traced.end?.status ?? 'failed'
  // Refused attempts are shown, not counted: what matters is what would have landed.
  const agree =
    rows.every((r) => (r.recorded && r.planned) || (r.recorded ?? r.planned)!.refused) && !unrecordedReads.length && !subagent.unrecorded.length && !(scriptError && recordedStatus === 'succeeded')
  return {
    workflow: config.name,
    script: input.script,
    rows,
    unrecordedReads,
    unrecordedSubagents: subagent.unrecorded,
    scriptError,
    recordedStatus,
    recordedError: traced.end?.error,
    result,
    calls: toolbox.records,
    agree
  }
}

/** A mutating tool whose dry-run answer is what the recorded run got back for the same target (previews may not read the network here). */
function answeredPreview(tool: ToolDefinition, recorded: Map<string, unknown>): ToolDefinition {
  return {
    ...tool,
    async preview(input, ctx) {
      const key = `${tool.name} ${tool.target!(input, ctx).label}`
      if (recorded.has(key)) return recorded.get(key)
      try {
        return await tool.preview!(input, ctx)
      } catch {
        return null
      }
    }
  }
}

/** The `subagent` handle of a replay: each method answers, in order, what the recorded run got. */
function recordedSubagent(recorded: readonly TracedSubagent[]): { handle: Subagent; unrecorded: string[] } {
  const queues = new Map<string, TracedSubagent[]>()
  for (const s of recorded) {
    const key = `${s.method}${s.name ? ` ${s.name}` : ''}`
    queues.set(key, [...(queues.get(key) ?? []), s])
  }
  const unrecorded: string[] = []
  const answer = async (method: string, name?: string): Promise<unknown> => {
    const key = `${method}${name ? ` ${name}` : ''}`
    const next = queues.get(key)?.shift()
    if (!next) {
      unrecorded.push(`subagent.${method}${name ? `(${JSON.stringify(name)})` : ''}`)
      throw new Error(`subagent.${method}: the trace recorded no answer for this call (replay makes no LLM calls)`)
    }
    if (next.error !== undefined) throw new Error(next.error)
    return next.output
  }
  return {
    unrecorded,
    handle: {
      run: async () => String(await answer('run')),
      json: async () => answer('json'),
      summarize: async () => String(await answer('summarize')),
      call: async (name) => String(await answer('call', name))
    }
  }
}
