import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Redactor } from './redact.js'
import { errorMessage } from '../errors.js'

/** Bumped when a trace line changes shape; replay refuses formats it does not know. */
export const TRACE_FORMAT = 1

/** One JSON line of the trace (SPEC section 6). Every line carries `type` and `time`. */
export type TraceEvent =
  | { type: 'run'; format: number; run_id: string; version: string; source: string; source_sha?: string; dry_run: boolean; mode: string }
  | { type: 'trigger'; trigger: unknown }
  | { type: 'config_error'; file: string; line?: number; key?: string; message: string }
  | { type: 'workflow_start'; workflow: string; coordinator: string; file: string; tools: string[]; dry_run: boolean; script?: string; model?: string }
  | { type: 'tool_call'; workflow: string; [key: string]: unknown }
  /** `cost_usd`: the response at list price (null: the model has no price); `duration_ms`: the model call (SDK retries included); `overhead_ms`: the loop's own work since the previous llm_request line; `thinking`: the model's thinking text (its notes between tool calls). */
  | {
      type: 'llm_request'
      workflow: string
      caller: string
      model: string
      turn: number
      stop_reason?: string
      usage: unknown
      cost_usd?: number | null
      duration_ms: number
      overhead_ms?: number
      request_id?: string
      error?: string
      thinking?: string[]
    }
  | { type: 'subagent'; workflow: string; method: string; name?: string; input: unknown; output?: unknown; error?: string; notice?: string }
  | { type: 'shadow'; workflow: string; [key: string]: unknown }
  | { type: 'workflow_end'; workflow: string; status: 'succeeded' | 'failed'; result?: unknown; error?: string; turns: number; usage: unknown; cost_usd?: number | null; duration_ms: number }

/** Buffered bytes past which the writer flushes without waiting for a workflow's end. */
const FLUSH_AT_CHARS = 64 * 1024

/** Writers with lines not yet on disk, flushed together on exit or by a crash handler. */
const open = new Set<TraceWriter>()
let exitHookInstalled = false

/**
 * Writes every trace's buffered lines now, synchronously. Runs on process exit; a crash
 * handler calls it too, before it exits.
 */
export function flushTraces(): void {
  for (const writer of open) {
    // On the way out, a trace that cannot be written (its folder removed, the disk full) is
    // one line on stderr, not a second crash over the first one's message.
    try {
      writer.flush()
    } catch (error) {
      process.stderr.write(`Hybrid Coordinator: the trace ${writer.file} could not be written: ${errorMessage(error)}\n`)
    }
  }
}

/**
 * Writes trace lines to a JSONL file, buffered: one append per workflow (at its
 * `workflow_end`) rather than one per line, which cost about 34 us a tool call. Lines still
 * reach the disk on exit or a crash (flushTraces), so a failed run keeps its trace.
 * Secrets are replaced before anything reaches the disk or the buffer.
 */
export class TraceWriter {
  #lines: string[] = []
  #chars = 0

  constructor(
    readonly file: string,
    readonly redact: Redactor
  ) {
    mkdirSync(dirname(file), { recursive: true })
    if (!exitHookInstalled) {
      exitHookInstalled = true
      process.on('exit', flushTraces)
    }
  }

  write(event: TraceEvent): void {
    const line = this.redact.text(JSON.stringify({ ...event, time: new Date().toISOString() }, jsonSafe)) + '\n'
    this.#lines.push(line)
    this.#chars += line.length
    open.add(this)
    if (event.type === 'workflow_end' || this.#chars >= FLUSH_AT_CHARS) this.flush()
  }

  /** Appends the buffered lines to the file in one write. */
  flush(): void {
    open.delete(this)
    if (!this.#lines.length) return
    const text = this.#lines.join('')
    this.#lines = []
    this.#chars = 0
    appendFileSync(this.file, text)
  }
}

/** Keeps the trace writable whatever a tool returned (bigint, errors). */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Error) return { name: value.name, message: value.message }
  return value
}
