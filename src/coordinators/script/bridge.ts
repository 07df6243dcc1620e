import type { Readable, Writable } from 'node:stream'
import type { Caller, Toolbox } from '../../tools/toolbox.js'
import type { VirtualFiles } from '../../virtual-files.js'
import type { Subagent } from '../subagent.js'
import { ScriptError, ToolRefusedError, errorMessage } from '../../errors.js'
import { killIsolated, spawnOrTake, whenClosed, type IsolatedProcess } from './process.js'
import { forwardOutput, OutputTail, readLines } from './output.js'

/**
 * The action's side of the script protocol, one for both languages: the script's process
 * writes JSON-line requests on its fd 3 and reads the replies on its stdin; tools run here,
 * in the action, behind the toolbox's guards. One process per workflow run; no per-call
 * spawn. The messages are described at the top of python/hc_runner.py and script/runner.mjs.
 */

/** What the script's runner reports when the script fails. */
export interface ErrorMessage {
  type: 'error'
  kind: string
  message: string
  exception?: string | null
  file?: string | null
  line?: number | null
  stack?: string | null
}

type Request =
  | { type: 'tool'; id: number; name: string; args?: unknown[]; kwargs?: Record<string, unknown> }
  | { type: 'files'; id: number; op: 'list' | 'read'; args?: unknown[] }
  | { type: 'subagent'; id: number; method: string; args?: unknown[] }

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; kind: string; message: string; tool?: string; guard?: string; target?: string }

export interface BridgeRun {
  /** The script, repository-relative, for messages. */
  script: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  /** Secrets the script's environment must not hold. */
  secrets: readonly string[]
  /** The process can start no other (process.ts, SpawnOptions). */
  confined?: boolean
  /** The `start` message's fields; a promise lets the process start while they are prepared (TypeScript compiles). */
  start: Record<string, unknown> | Promise<Record<string, unknown>>
  toolbox: Toolbox
  files: VirtualFiles
  subagent: Subagent
  caller?: Caller
  signal?: AbortSignal
  /** Called once the start message is written: the parent is idle until the first request. */
  onStarted?: () => void
  /** Where the script's output goes (the action's stdout and stderr by default). */
  stdout?: Writable
  stderr?: Writable
  /** Where `::stop-commands::` goes around it: the log the runner reads commands from (stdout by default; null when the output is not the log). */
  commands?: Writable | null
  /** How long a script that has answered may take to exit before it is killed. */
  exitGraceMs?: number
  /** Turns the runner's error message into the workflow's error. */
  scriptError(message: ErrorMessage): ScriptError
  /** The process ended without an answer (`how`: "exited with code 1", "was killed by SIGKILL"). */
  crashed(how: string, tail: OutputTail, code: number | null, signal: NodeJS.Signals | null): ScriptError
  /** The interpreter could not be started. */
  startError(error: NodeJS.ErrnoException): ScriptError
  /** On abort (timeout): the error to report, after asking the process where it hung. */
  aborted(proc: IsolatedProcess, tail: OutputTail, reason: unknown): Promise<ScriptError>
}

const EXIT_GRACE_MS = 2000

/**
 * Runs one script to its end in its own process. Resolves with the handler's JSON result;
 * rejects with a ScriptError for every way it can fail (throw, exit, crash, hang, out of
 * memory): that workflow fails alone.
 */
export function runBridge(run: BridgeRun): Promise<unknown> {
  const start = Promise.resolve(run.start)
  start.catch(() => undefined) // reported below, or moot when the run never starts
  return new Promise((resolve, reject) => {
    if (run.signal?.aborted) return reject(run.signal.reason instanceof Error ? run.signal.reason : new ScriptError(`${run.script}: aborted`, { file: run.script }))
    const proc = spawnOrTake(run.command, run.args, { secrets: run.secrets, env: run.env, confined: run.confined })
    const { child } = proc
    const tail = new OutputTail()
    const endOutput = forwardOutput(
      proc,
      { stdout: run.stdout ?? process.stdout, stderr: run.stderr ?? process.stderr, commands: run.commands === null ? undefined : (run.commands ?? process.stdout) },
      tail
    )
    let outcome: { ok: true; value: unknown } | { ok: false; error: Error } | undefined
    let settled = false
    let aborting = false
    let graceTimer: NodeJS.Timeout | undefined

    const finish = (result: { ok: true; value: unknown } | { ok: false; error: Error }) => {
      if (settled) return
      settled = true
      clearTimeout(graceTimer)
      run.signal?.removeEventListener('abort', onAbort)
      killIsolated(proc)
      void whenClosed(child, 200).then(() => {
        endOutput()
        if (result.ok) resolve(result.value)
        else reject(result.error)
      })
    }
    const onAbort = () => {
      if (settled) return
      aborting = true
      void run.aborted(proc, tail, run.signal?.reason).then((error) => finish({ ok: false, error }))
    }
    run.signal?.addEventListener('abort', onAbort, { once: true })

    child.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, error: run.startError(error) }))
    child.stdin!.on('error', () => {}) // the child may be gone before a reply is written
    const send = (message: unknown) => {
      if (!settled && child.stdin!.writable) child.stdin!.write(`${JSON.stringify(message)}\n`)
    }
    const garbage = (line: string, why: string) =>
      finish({
        ok: false,
        error: new ScriptError(`${run.script}: the script's process wrote ${why} on the coordinator channel (fd 3, reserved for the bridge): ${JSON.stringify(line.slice(0, 120))}`, {
          file: run.script
        })
      })

    const onMessage = (line: string) => {
      if (settled) return
      let message: Record<string, unknown>
      try {
        message = JSON.parse(line)
      } catch {
        return garbage(line, 'something that is not JSON')
      }
      if (!message || typeof message !== 'object' || Array.isArray(message)) return garbage(line, 'a value that is not a protocol message')
      switch (message.type) {
        case 'tool':
        case 'files':
        case 'subagent':
          if (typeof message.id !== 'number') return garbage(line, 'a request without an id')
          // Replies go through the run's redactor: a script never receives a secret.
          void answer(run, message as unknown as Request)
            .then((reply) => send(run.toolbox.redact(reply)))
            .catch((error: unknown) => garbage(line, `a request the bridge could not answer (${errorMessage(error)})`))
          return
        case 'result':
          outcome = { ok: true, value: message.value ?? null }
          break
        case 'error':
          outcome = { ok: false, error: run.scriptError(errorMessageOf(message)) }
          break
        case 'too_old':
          outcome = { ok: false, error: run.scriptError({ type: 'error', kind: 'too_old', message: textOf(message.version) ?? '' }) }
          break
        default:
          return garbage(line, `a message of unknown type ${JSON.stringify(message.type)}`)
      }
      // The answer is in: give the process a moment to exit, then end it either way.
      clearTimeout(graceTimer)
      graceTimer = setTimeout(() => finish(outcome!), run.exitGraceMs ?? EXIT_GRACE_MS)
      graceTimer.unref()
    }
    readLines(
      child.stdio[3] as Readable,
      // Whatever a line holds fails this workflow at worst: a throw here would be the action's.
      (line) => {
        try {
          onMessage(line)
        } catch (error) {
          garbage(line, `a message the bridge could not read (${errorMessage(error)})`)
        }
      },
      (why) => garbage('', why)
    )

    child.on('exit', (code, signal) => {
      // Wait for the last output and messages (descendants may hold the pipes: kill them first).
      killIsolated(proc)
      void whenClosed(child, 500).then(() => {
        if (aborting && !outcome) return // the abort reports the timeout
        if (outcome) return finish(outcome)
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
        finish({ ok: false, error: run.crashed(how, tail, code, signal) })
      })
    })

    start.then(
      (start) => {
        send({ type: 'start', ...start, tools: run.toolbox.tools.map((t) => ({ name: t.name, params: t.params, mutates: t.mutates, description: t.description })) })
        if (!settled) run.onStarted?.()
      },
      (error: unknown) => finish({ ok: false, error: error instanceof Error ? error : new Error(String(error)) })
    )
  })
}

/**
 * An error message as the script's process wrote it, each field of its declared type. The
 * process runs user code, which can write on fd 3 too: a field that is not text (an object
 * whose `toString` is not a function cannot even become text) is kept as its JSON.
 */
function errorMessageOf(raw: Record<string, unknown>): ErrorMessage {
  return {
    type: 'error',
    kind: typeof raw.kind === 'string' ? raw.kind : 'thrown',
    message: textOf(raw.message) ?? '',
    exception: textOf(raw.exception),
    file: textOf(raw.file),
    line: Number.isSafeInteger(raw.line) && (raw.line as number) > 0 ? (raw.line as number) : null,
    stack: textOf(raw.stack)
  }
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : value === null || value === undefined ? null : errorMessage(value)
}

/** Answers one request from the script; never throws (errors become error replies). */
async function answer(run: BridgeRun, request: Request): Promise<Reply> {
  const id = request.id
  try {
    switch (request.type) {
      case 'tool': {
        if (typeof request.name !== 'string') throw new Error('tool request without a name')
        // None / undefined (null on the wire) means "not given": the tool's default applies.
        const args = (request.args ?? []).map((a) => (a === null ? undefined : a))
        while (args.length && args[args.length - 1] === undefined) args.pop()
        const value = await run.toolbox.callWithArgs(request.name, args, run.caller ?? 'script', request.kwargs ?? {})
        return { id, ok: true, value: value ?? null }
      }
      case 'files': {
        const [name] = request.args ?? []
        if (request.op === 'list') return { id, ok: true, value: run.files.list() }
        if (typeof name !== 'string') return { id, ok: false, kind: 'tool_error', message: 'virtual_files.read(name): name must be a string' }
        if (!run.files.has(name))
          return {
            id,
            ok: false,
            kind: 'not_found',
            message: `no virtual file named "${name}": the files are ${
              run.files
                .list()
                .map((n) => `"${n}"`)
                .join(', ') || 'none'
            }`
          }
        return { id, ok: true, value: run.files.read(name) }
      }
      case 'subagent': {
        const method = request.method as keyof Subagent
        if (!['run', 'json', 'summarize', 'call'].includes(method)) throw new Error(`subagent has no method ${method}`)
        const fn = run.subagent[method] as (...a: unknown[]) => Promise<unknown>
        try {
          return { id, ok: true, value: (await fn.apply(run.subagent, request.args ?? [])) ?? null }
        } catch (error) {
          return { id, ok: false, kind: 'subagent_error', message: errorMessage(error) }
        }
      }
    }
  } catch (error) {
    if (error instanceof ToolRefusedError) return { id, ok: false, kind: 'refused', message: error.message, tool: error.tool, guard: error.guard, target: error.target }
    return { id, ok: false, kind: 'tool_error', message: errorMessage(error), tool: (error as { tool?: string }).tool }
  }
  return { id, ok: false, kind: 'tool_error', message: `unknown request type ${(request as { type: string }).type}` }
}
