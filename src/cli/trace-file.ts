import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { TRACE_FORMAT } from '../report/trace.js'
import type { Trigger } from '../trigger.js'
import type { ToolCallRecord } from '../tools/toolbox.js'
import { errorMessage, type SourceLocation } from '../errors.js'

/** A tool call as a trace's `tool_call` line holds it. */
export type TracedCall = Pick<ToolCallRecord, 'workflow' | 'caller' | 'tool' | 'mutates' | 'input' | 'outcome' | 'output' | 'error' | 'target' | 'guard'> & { id?: string }

/** A subagent call as a trace's `subagent` line holds it. */
export interface TracedSubagent {
  method: string
  name?: string
  input: unknown
  output?: unknown
  error?: string
}

/** One workflow of a recorded run. */
export interface TracedWorkflow {
  name: string
  coordinator: string
  /** The config file the run read, repository-relative. */
  configFile: string
  script?: string
  tools: string[]
  dryRun: boolean
  calls: TracedCall[]
  subagents: TracedSubagent[]
  /** The shadow_script's verdicts on this run (llm workflows with a shadow): which script, and whether it agreed. */
  shadows: { file: string; agree: boolean; error?: string }[]
  /** Absent when the trace stops before the workflow ended. */
  end?: { status: 'succeeded' | 'failed'; result?: unknown; error?: string; line: number }
}

/** A recorded run: one trace file, one event. */
export interface TracedRun {
  file: string
  runId: string
  time?: string
  trigger: Trigger
  dryRun: boolean
  workflows: TracedWorkflow[]
  /** The last line was cut off (a run that crashed or a partial copy). */
  truncatedAt?: number
}

/** A trace that cannot be used, with the place in it. */
export class TraceError extends Error {
  override name = 'TraceError'
  constructor(
    message: string,
    readonly location: SourceLocation
  ) {
    super(message)
  }
}

/**
 * Parses a trace's JSON lines. Refuses what is not a trace or is of another format; a cut
 * last line is noted (`truncatedAt`), not fatal: whether what is complete can be used
 * depends on the workflow asked for (see `completeWorkflow`).
 */
export function parseTrace(file: string, text: string): TracedRun {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  if (!lines.length || !lines.some((l) => l.trim())) throw new TraceError('is empty: expected a Hybrid Coordinator trace (JSON lines)', { file })
  const events: { line: number; value: Record<string, unknown> }[] = []
  let truncatedAt: number | undefined
  lines.forEach((text, i) => {
    if (!text.trim()) return
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      if (i === lines.length - 1 && i > 0) {
        truncatedAt = i + 1
        return
      }
      throw new TraceError(i === 0 ? 'is not a Hybrid Coordinator trace: its first line is not JSON' : `is not valid JSON (${errorMessage(error)}): the trace is damaged`, { file, line: i + 1 })
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new TraceError('is not a trace line: expected a JSON object with a "type"', { file, line: i + 1 })
    events.push({ line: i + 1, value: value as Record<string, unknown> })
  })

  const head = events[0]?.value
  if (!head || head.type !== 'run') throw new TraceError('is not a Hybrid Coordinator trace: its first line is not the {"type":"run"} header', { file, line: 1 })
  const format = head.format
  if (format !== TRACE_FORMAT) {
    const which = typeof format !== 'number' || format < TRACE_FORMAT ? 'an older' : 'a newer'
    const fix = which === 'an older' ? 're-record it with this version' : 'replay it with the version that wrote it, or update hybrid-coordinator'
    throw new TraceError(`is ${which} trace format (${format === undefined ? 'none given' : JSON.stringify(format)}) than this version reads (format ${TRACE_FORMAT}): ${fix}`, { file, line: 1 })
  }
  const triggerLine = events.find((e) => e.value.type === 'trigger')
  if (!triggerLine) {
    const where = truncatedAt ? `is truncated at line ${truncatedAt} before its trigger line` : 'has no trigger line'
    throw new TraceError(`${where}: it cannot be replayed`, { file, line: truncatedAt })
  }

  const byName = new Map<string, TracedWorkflow>()
  for (const { line, value: v } of events) {
    const name = typeof v.workflow === 'string' ? v.workflow : undefined
    if (v.type === 'workflow_start' && name) {
      byName.set(name, {
        name,
        coordinator: String(v.coordinator ?? ''),
        configFile: String(v.file ?? ''),
        script: typeof v.script === 'string' ? v.script : undefined,
        tools: Array.isArray(v.tools) ? v.tools.map(String) : [],
        dryRun: v.dry_run === true,
        calls: [],
        subagents: [],
        shadows: []
      })
      continue
    }
    const w = name ? byName.get(name) : undefined
    if (!w) continue
    if (v.type === 'tool_call') w.calls.push(v as unknown as TracedCall)
    else if (v.type === 'subagent') w.subagents.push(v as unknown as TracedSubagent)
    else if (v.type === 'shadow') w.shadows.push({ file: String(v.file ?? ''), agree: v.agree === true, error: typeof v.error === 'string' ? v.error : undefined })
    else if (v.type === 'workflow_end') w.end = { status: v.status === 'succeeded' ? 'succeeded' : 'failed', result: v.result, error: typeof v.error === 'string' ? v.error : undefined, line }
  }
  return {
    file,
    runId: String(head.run_id ?? ''),
    time: typeof head.time === 'string' ? head.time : undefined,
    trigger: triggerLine.value.trigger as Trigger,
    dryRun: head.dry_run === true,
    workflows: [...byName.values()],
    truncatedAt
  }
}

/**
 * The workflow, if its run is complete in the trace. A truncated trace is usable for a
 * workflow that ended before the cut; otherwise the error says what is missing.
 */
export function completeWorkflow(run: TracedRun, name: string): TracedWorkflow {
  const w = run.workflows.find((x) => x.name === name)
  if (!w) {
    const names = run.workflows.map((x) => x.name)
    throw new TraceError(names.length ? `is a trace of ${names.join(', ')}, not of workflow ${name}` : `holds no workflow run (the event matched none): nothing of ${name} to replay`, {
      file: run.file
    })
  }
  if (!w.end) {
    if (run.truncatedAt) throw new TraceError(`is truncated (line ${run.truncatedAt} is cut off) before workflow ${name} ended: it cannot be replayed`, { file: run.file, line: run.truncatedAt })
    throw new TraceError(`has no workflow_end line for ${name}: the run stopped before the workflow ended, so it cannot be replayed`, { file: run.file })
  }
  return w
}

/** Reads and parses one trace file; unreadable files are TraceErrors too. */
export async function readTraceFile(path: string, shown: string = path): Promise<TracedRun> {
  let text: string
  try {
    text = await fs.readFile(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new TraceError(code === 'ENOENT' ? 'does not exist' : `cannot be read: ${errorMessage(error)}`, { file: shown })
  }
  return parseTrace(shown, text)
}

/** Every `*.jsonl` under a folder, recursively (`gh run download` makes one folder per artifact), sorted. */
export async function findTraceFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (d: string, depth: number): Promise<void> => {
    if (depth > 8) return
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue
      const full = join(d, e.name)
      if (e.isDirectory()) await walk(full, depth + 1)
      else if (e.isFile() && e.name.endsWith('.jsonl')) found.push(full)
    }
  }
  await walk(dir, 0)
  return found.sort()
}
