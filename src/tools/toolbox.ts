import { setMaxListeners } from 'node:events'
import type * as z from 'zod/mini'
import type { ToolContext, ToolDefinition } from './define.js'
import type { Guards } from './guards.js'
import type { Redactor } from '../report/redact.js'
import { argsToInput, findTool, llmToolName } from './registry.js'
import { ToolError, ToolRefusedError, errorMessage } from '../errors.js'
import { safeParse } from '../safe-parse.js'

/** Who asked for a call: the LLM, a script, a named subagent, or a shadow script. */
export type Caller = 'llm' | 'script' | 'shadow' | `subagent:${string}`

/**
 * How a call ended. `read`: a non-mutating call answered; `sent`: a mutation the API
 * confirmed; `dry`: a mutation recorded, not sent; `refused`: stopped by a guard;
 * `error`: it failed (bad input, API error, unknown tool); `cancelled`: the workflow ended
 * (timed out, failed, or left it running) before the service answered. A cancelled
 * mutation whose request was out (`sent: true`) has `landed: 'unknown'`: it may have landed.
 */
export type CallOutcome = 'read' | 'sent' | 'dry' | 'refused' | 'error' | 'cancelled'

export interface ToolCallRecord {
  id: string
  workflow: string
  caller: Caller
  tool: string
  mutates: boolean
  input: unknown
  outcome: CallOutcome
  /** Whether the call went to the service (reads and mutations alike); false when dry, refused or rejected before. */
  sent: boolean
  output?: unknown
  error?: string
  /** Mutations: where it landed (`C0123 1712.0001 :merged:`, `octo-org/web#12`). */
  target?: string
  /**
   * Set on a cancelled mutation whose request had gone out: no answer came, so whether it
   * took effect is unknown (a later run may find it there). Absent everywhere else.
   */
  landed?: 'unknown'
  guard?: string
  /** Answered from a recording (shadow, replay), not the API. */
  replayed?: boolean
  /** A read the recording did not have (replay divergence). */
  unrecorded?: boolean
  started_at: string
  duration_ms: number
}

export interface ToolboxOptions {
  workflow: string
  /** The effective tool list: the config's allowlist plus `files.*`. */
  tools: readonly ToolDefinition[]
  context: Omit<ToolContext, 'callId'>
  guards: Guards
  dryRun: boolean
  /** Prefix of call ids; ids must be unique across runs for comment markers to work. */
  callIdPrefix: string
  onCall?(record: ToolCallRecord): void
  /**
   * Answers non-mutating calls from a record instead of the API (shadow runs, replay).
   * `undefined` means the record has no such read: the call goes live, or, with
   * `liveReads: false`, fails as a read the record never saw.
   */
  recordedReads?: RecordedReads
  liveReads?: boolean
  /**
   * The run's redactor (the one the logs use): a tool's arguments go out, and its results
   * and errors come back to the caller, with every known secret replaced by `***`.
   */
  redactor?: Redactor
  /** Where tools not known in advance come from (MCP servers, started on first use). */
  dynamicTools?: ToolSource
}

/**
 * Tools a workflow gets at run time rather than from the registry: an MCP server's, known
 * only once it has started. The toolbox asks for them on the first call that names one.
 */
export interface ToolSource {
  /** Whether a name (`mcp.tickets.search`) is this source's to answer. */
  covers(name: string): boolean
  /** Starts what it must and returns the tools it adds (every tool of the server `name` is on). */
  load(name: string): Promise<readonly ToolDefinition[]>
  /** Starts everything and returns every tool (an llm workflow needs the list before its first request). */
  loadAll(): Promise<readonly ToolDefinition[]>
}

/** A recorded read's answer: what the tool returned, or the error it gave. */
export type RecordedAnswer = { output: unknown } | { error: string }

export interface RecordedReads {
  lookup(tool: string, input: unknown): RecordedAnswer | undefined
}

/** Reads from earlier call records, matched by tool and input (JSON-equal); each answer is reusable. */
export function recordedReadsFrom(records: readonly Pick<ToolCallRecord, 'tool' | 'input' | 'outcome' | 'output' | 'error' | 'mutates'>[]): RecordedReads {
  const answers = new Map<string, RecordedAnswer>()
  for (const r of records) {
    if (r.mutates || (r.outcome !== 'read' && r.outcome !== 'error') || r.tool.startsWith('files.')) continue
    const key = readKey(r.tool, r.input)
    if (answers.has(key)) continue
    answers.set(key, r.outcome === 'read' ? { output: r.output } : { error: r.error ?? 'error' })
  }
  return { lookup: (tool, input) => answers.get(readKey(tool, input)) }
}

function readKey(tool: string, input: unknown): string {
  return `${tool} ${stableJson(input)}`
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are the same read. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The one way both coordinators reach a tool: allowlist, input schema, guards, dry run,
 * then the implementation, and a record of what happened.
 */
export class Toolbox {
  readonly records: ToolCallRecord[] = []
  // The toolbox owns its tool map, so a workflow's dynamic tools (MCP) sit beside the built-in ones.
  readonly #tools: ToolDefinition[]
  readonly #byName = new Map<string, ToolDefinition>()
  #seq = 0
  #closed: string | undefined
  /** Aborted on close: every request a call has in flight is cancelled. */
  readonly #abort = new AbortController()
  /** Calls started and not yet recorded. */
  readonly #inflight = new Set<Promise<unknown>>()
  /** Calls not yet recorded, by id: what `abandon` records should one never settle. */
  readonly #pending = new Map<string, PendingCall>()
  /** Set once the workflow has reported: nothing is recorded any more. */
  #sealed = false

  constructor(readonly options: ToolboxOptions) {
    // Every running call (and each request of the workflow's clients) listens on it: many
    // at once are expected, not a leak (Node warns past 10 listeners otherwise).
    setMaxListeners(0, this.#abort.signal)
    this.#tools = []
    this.add(options.tools)
  }

  /** The workflow's tools: the effective list, plus dynamic ones loaded so far. */
  get tools(): readonly ToolDefinition[] {
    return this.#tools
  }

  get dryRun(): boolean {
    return this.options.dryRun
  }

  /** The tool, by dotted or LLM name, if this workflow has it. */
  get(name: string): ToolDefinition | undefined {
    return this.#byName.get(name)
  }

  /** Adds tools (a dynamic source's) under their dotted and LLM names; a name already there is kept. */
  add(tools: readonly ToolDefinition[]): void {
    for (const tool of tools) {
      if (this.#byName.has(tool.name)) continue
      this.#tools.push(tool)
      this.#byName.set(tool.name, tool)
      this.#byName.set(llmToolName(tool.name), tool)
    }
  }

  /** Loads every dynamic tool now (llm workflows: the model must be offered them all at once). */
  async loadDynamicTools(): Promise<void> {
    if (this.options.dynamicTools) this.add(await this.options.dynamicTools.loadAll())
  }

  /** A tool not loaded yet that a dynamic source covers: load its source, then look again. */
  async #resolve(name: string): Promise<ToolDefinition | undefined> {
    const known = this.get(name)
    const source = this.options.dynamicTools
    if (known || !source?.covers(name)) return known
    this.add(await source.load(name))
    return this.get(name)
  }

  /**
   * Aborted when the workflow closes the toolbox: every request its calls have out is
   * cancelled (the workflow's clients are bound to it, see Clients.scoped).
   */
  get signal(): AbortSignal {
    return this.#abort.signal
  }

  /**
   * After a timeout the abandoned coordinator may still call: every later call is refused,
   * and every running one is cancelled and recorded as such now.
   */
  close(reason: string): void {
    this.#closed = reason
    if (!this.#abort.signal.aborted) this.#abort.abort(new Error(reason))
  }

  /**
   * Records every call still running as cancelled by `reason`, now: it is the workflow's
   * end, and nothing may be recorded after it. The calls' own ends are then ignored.
   */
  abandon(reason: string): void {
    for (const call of [...this.#pending.values()]) call.cancel(reason)
  }

  /**
   * The workflow has reported: its requests are cancelled (a retry loop left behind sends
   * nothing more), a later call is refused without a record, and nothing more is recorded.
   */
  seal(reason = 'the workflow has ended'): void {
    this.abandon(reason)
    this.#sealed = true
    if (!this.#abort.signal.aborted) this.#abort.abort(new Error(reason))
  }

  /** How many calls are still running. */
  get inFlight(): number {
    return this.#inflight.size
  }

  /**
   * Waits until every running call is recorded, at most `ms`: after a timeout, so a call
   * that still landed is counted with its workflow, before the next workflow starts.
   */
  async settle(ms: number): Promise<void> {
    if (!this.#inflight.size) return
    let timer: NodeJS.Timeout | undefined
    const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
    await Promise.race([Promise.allSettled([...this.#inflight]), bound])
    clearTimeout(timer)
  }

  /** Runs a call with named input; returns the tool's output or throws ToolError / ToolRefusedError. */
  call(name: string, input: unknown, caller: Caller = 'script'): Promise<unknown> {
    return this.#track(this.#call(name, () => input, input, caller))
  }

  #track(call: Promise<unknown>): Promise<unknown> {
    const settled = call.then(
      () => undefined,
      () => undefined
    )
    this.#inflight.add(settled)
    void settled.then(() => this.#inflight.delete(settled))
    return call
  }

  /**
   * A script's call: positional arguments (`get_status(url)`), one object of named ones,
   * or (from Python) both, mapped onto the tool's parameters.
   */
  callWithArgs(name: string, args: readonly unknown[], caller: Caller = 'script', kwargs: Record<string, unknown> = {}): Promise<unknown> {
    const given = Object.keys(kwargs).length ? { args, kwargs } : args.length === 1 ? args[0] : args
    return this.#track(this.#call(name, (tool) => ({ ...argsToInput(tool, args), ...kwargs }), given, caller))
  }

  async #call(name: string, toInput: (tool: ToolDefinition) => unknown, given: unknown, caller: Caller): Promise<unknown> {
    const started = Date.now()
    const id = `${this.options.callIdPrefix}-${++this.#seq}`
    if (this.#sealed) throw new ToolError(`${name}: not run: ${this.#closed ?? 'the workflow has ended'}`, name)
    const base: Omit<ToolCallRecord, 'outcome' | 'sent' | 'duration_ms'> = {
      id,
      workflow: this.options.workflow,
      caller,
      tool: name,
      mutates: false,
      input: given,
      started_at: new Date(started).toISOString()
    }
    // Recorded once: by the call's own end, or, should the workflow end first, by `abandon`.
    let done = false
    const finish = (rest: Pick<ToolCallRecord, 'outcome'> & Partial<ToolCallRecord>): void => {
      this.#pending.delete(id)
      if (done || this.#sealed) return
      done = true
      const record: ToolCallRecord = { ...base, sent: false, ...rest, duration_ms: Date.now() - started }
      this.records.push(record)
      this.options.onCall?.(record)
    }
    // Until it runs, a call has sent nothing; once it runs (not dry) a mutation may have landed.
    let ran = false
    let out: { mutates: boolean; target?: string } | undefined
    const cancellation = (reason: string): { error: ToolError; record: Pick<ToolCallRecord, 'outcome'> & Partial<ToolCallRecord> } => {
      const mayHaveLanded = out?.mutates === true
      const error = new ToolError(
        mayHaveLanded ? `${base.tool}: cancelled after its request was sent, so it may have landed: ${reason}` : `${base.tool}: cancelled${ran ? '' : ' before it was sent'}: ${reason}`,
        base.tool
      )
      return { error, record: { outcome: 'cancelled', sent: out !== undefined, error: error.message, target: out?.target, ...(mayHaveLanded ? { landed: 'unknown' as const } : {}) } }
    }
    this.#pending.set(id, { cancel: (reason) => finish(cancellation(reason).record) })

    let tool = this.get(name)
    let loadError: unknown
    if (!tool && !this.#closed) tool = await this.#resolve(name).catch((error: unknown) => void (loadError = error))
    base.tool = tool?.name ?? name
    base.mutates = tool?.mutates ?? false

    if (this.#closed) {
      const error = new ToolError(`${base.tool}: not run: ${this.#closed}`, base.tool)
      finish({ outcome: 'error', error: error.message })
      throw error
    }
    if (loadError !== undefined) {
      const error = asToolError(loadError, name)
      finish({ outcome: 'error', error: error.message })
      throw error
    }
    if (!tool) {
      const error = new ToolError(unknownToolMessage(name, this.tools), name)
      finish({ outcome: 'error', error: error.message })
      throw error
    }
    let mapped: unknown
    try {
      mapped = toInput(tool)
    } catch (error) {
      const wrapped = new ToolError(`${tool.name}: ${errorMessage(error)}`, tool.name)
      finish({ outcome: 'error', error: wrapped.message })
      throw wrapped
    }
    const parsed = safeParse(tool.input, mapped ?? {})
    base.input = parsed.success ? parsed.data : mapped
    if (!parsed.success) {
      const error = new ToolError(`${tool.name}: invalid input: ${formatIssues(parsed.error)}`, tool.name)
      finish({ outcome: 'error', error: error.message })
      throw error
    }
    // No secret leaves in a tool's arguments: a misled model or a script asked to post a
    // token sends `***` instead. files.* stay local and keep names as given.
    const input = tool.name.startsWith('files.') ? parsed.data : this.redact(parsed.data)
    base.input = input
    const ctx: ToolContext = { ...this.options.context, callId: id, signal: this.#abort.signal }

    let target: string | undefined
    if (tool.mutates) {
      let where
      try {
        where = tool.target!(input, ctx)
      } catch (error) {
        finish({ outcome: 'error', error: errorMessage(error) })
        throw asToolError(error, tool.name)
      }
      target = where.label
      const refusal = this.options.guards.admit(tool.name, where)
      if (refusal) {
        const error = new ToolRefusedError(`${tool.name}: ${refusal.message}`, tool.name, refusal.guard, where.label)
        finish({ outcome: 'refused', error: error.message, target, guard: refusal.guard })
        throw error
      }
    } else if (tool.target) {
      // Reads are bounded like writes: text read elsewhere cannot be copied in here.
      let where
      try {
        where = tool.target(input, ctx)
      } catch (error) {
        finish({ outcome: 'error', error: errorMessage(error) })
        throw asToolError(error, tool.name)
      }
      const refusal = this.options.guards.admitRead(tool.name, where)
      if (refusal) {
        const error = new ToolRefusedError(`${tool.name}: ${refusal.message}`, tool.name, refusal.guard, where.label)
        finish({ outcome: 'refused', error: error.message, target: where.label, guard: refusal.guard })
        throw error
      }
    }

    const recorded = !tool.mutates && !tool.name.startsWith('files.') ? this.options.recordedReads : undefined
    if (recorded) {
      const answer = recorded.lookup(tool.name, input)
      if (answer && 'output' in answer) {
        finish({ outcome: 'read', output: answer.output, replayed: true })
        return answer.output
      }
      if (answer) {
        const error = new ToolError(answer.error, tool.name)
        finish({ outcome: 'error', error: answer.error, replayed: true })
        throw error
      }
      if (this.options.liveReads === false) {
        const error = new ToolError(`${tool.name}: the recording has no answer for this read (${stableJson(input)})`, tool.name)
        finish({ outcome: 'error', error: error.message, unrecorded: true })
        throw error
      }
    }

    const dry = tool.mutates && this.options.dryRun
    const signal = this.#abort.signal
    // Closed while the call waited (a dynamic tool's server starting): it never runs.
    if (signal.aborted) {
      const { error, record } = cancellation(this.#closed ?? errorMessage(signal.reason))
      finish({ ...record, target })
      throw error
    }
    ran = true
    if (!dry) out = { mutates: tool.mutates, target }
    try {
      // The call ends when the workflow closes the toolbox, whatever the tool's SDK does
      // then (a Retry-After it sleeps out): its requests are aborted through the signal.
      const output = await untilAborted(dry ? tool.preview!(input, ctx) : tool.run(input, ctx), signal)
      finish({ outcome: dry ? 'dry' : tool.mutates ? 'sent' : 'read', sent: !dry, output, target })
      // An API that echoes a token (some proxies do) hands it to no caller.
      return this.redact(output)
    } catch (error) {
      if (signal.aborted) {
        const cancelled = cancellation(this.#closed ?? errorMessage(signal.reason))
        finish(cancelled.record)
        throw cancelled.error
      }
      const wrapped = this.#redactError(asToolError(error, tool.name))
      finish({ outcome: 'error', sent: !dry, error: wrapped.message, target })
      throw wrapped
    }
  }

  /**
   * `value` with every known secret replaced: what the toolbox hands back, and what a
   * script bridge applies to each reply it sends (tool results, files, subagent answers).
   */
  redact<T>(value: T): T {
    return this.options.redactor ? this.options.redactor.value(value) : value
  }

  /**
   * The error, or when its message holds a secret a new one with the secret replaced and no
   * cause: the caller (a script) could read the secret from the original's message, stack or cause.
   */
  #redactError(error: ToolError): ToolError {
    const redactor = this.options.redactor
    if (!redactor || !redactor.has(`${error.message}\n${error.stack ?? ''}\n${errorMessage(error.cause)}`)) return error
    return new ToolError(redactor.text(error.message), error.tool)
  }
}

/** A call not yet recorded: how the workflow's end records it. */
interface PendingCall {
  cancel(reason: string): void
}

/**
 * `work`, or a rejection as soon as `signal` fires, whichever comes first. What `work`
 * does afterwards is not awaited (its requests are aborted by the same signal), and its
 * late failure is caught here rather than left unhandled.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason instanceof Error ? signal.reason : new Error('cancelled'))
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

function asToolError(error: unknown, tool: string): ToolError {
  if (error instanceof ToolError) return error
  return new ToolError(`${tool}: ${errorMessage(error)}`, tool, { cause: error })
}

function unknownToolMessage(name: string, tools: readonly ToolDefinition[]): string {
  const known = findTool(name)
  const offered = tools.map((t) => t.name).join(', ')
  return known
    ? `${known.name} is not in this workflow's tools list: add it under tools: in the config to use it (this workflow has: ${offered})`
    : `no tool named "${name}": this workflow has ${offered}`
}

/** `limit: expected number, received string` lines, one per problem. */
export function formatIssues(error: z.core.$ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`).join('; ')
}
