import { appendFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Redactor } from './redact.js'

/** Bumped when a trace line changes shape; replay refuses formats it does not know. */
export const TRACE_FORMAT = 1

/** One JSON line of the trace (SPEC section 6). Every line carries `type` and `time`. */
export type TraceEvent =
  | { type: 'run'; format: number; run_id: string; version: string; source: string; source_sha?: string; dry_run: boolean; mode: string }
  | { type: 'trigger'; trigger: unknown }
  | { type: 'config_error'; file: string; line?: number; key?: string; message: string }
  | { type: 'workflow_start'; workflow: string; coordinator: string; file: string; tools: string[]; dry_run: boolean; script?: string; model?: string }
  | { type: 'tool_call'; workflow: string; [key: string]: unknown }
  /** `cost_usd`: the response at list price (null: the model has no price); `duration_ms`: the model call (SDK retries included); `overhead_ms`: the loop's own work since the previous llm_request line. */
  | { type: 'llm_request'; workflow: string; caller: string; model: string; turn: number; stop_reason?: string; usage: unknown; cost_usd?: number | null; duration_ms: number; overhead_ms?: number; request_id?: string; error?: string }
  | { type: 'subagent'; workflow: string; method: string; name?: string; input: unknown; output?: unknown; error?: string }
  | { type: 'shadow'; workflow: string; [key: string]: unknown }
  | { type: 'workflow_end'; workflow: string; status: 'succeeded' | 'failed'; result?: unknown; error?: string; turns: number; usage: unknown; cost_usd?: number | null; duration_ms: number }

/**
 * Appends trace lines to a JSONL file as they happen, so a crash still leaves a trace.
 * Secrets are replaced before anything reaches the disk.
 */
export class TraceWriter {
  constructor(
    readonly file: string,
    readonly redact: Redactor
  ) {
    mkdirSync(dirname(file), { recursive: true })
  }

  write(event: TraceEvent): void {
    const line = JSON.stringify({ ...event, time: new Date().toISOString() }, jsonSafe)
    appendFileSync(this.file, this.redact.text(line) + '\n')
  }
}

/** Keeps the trace writable whatever a tool returned (bigint, errors). */
function jsonSafe(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Error) return { name: value.name, message: value.message }
  return value
}
