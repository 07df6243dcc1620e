import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { relative, sep } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import type { Coordinator } from '../run-workflow.js'
import type { Caller } from '../tools/toolbox.js'
import type { Subagent } from './subagent.js'
import type { ScriptRun } from './script.js'
import { ConfigError, ScriptError, ToolRefusedError, errorMessage, type SourceLocation } from '../errors.js'

/**
 * The Python bridge (SPEC section 5): a `.py` coordinator runs under the `python` input's
 * interpreter with `hc_runner.py` (shipped beside the bundle), talking JSON lines: requests
 * on the child's fd 3, replies on its stdin. The script's stdout and stderr go to the log.
 * The protocol is described at the top of hc_runner.py.
 */

// ncc copies a file referenced this way into dist/ and rewrites the URL to the copy.
const RUNNER = fileURLToPath(new URL('./python/hc_runner.py', import.meta.url))

/**
 * Checks the version in syntax any Python parses (a 2.7 would choke on the runner's own
 * syntax first), then loads the runner by path (ncc renames it in dist/) as the module
 * `hybrid_coordinator`, which scripts may import for ToolError and friends.
 */
const BOOTSTRAP = [
  'import os, sys',
  'v = sys.version_info',
  'if v < (3, 9):',
  '    os.write(3, (\'{"type": "too_old", "version": "%d.%d.%d"}\\n\' % tuple(v[:3])).encode("ascii"))',
  '    sys.exit(3)',
  'm = type(sys)("hybrid_coordinator")',
  'm.__file__ = sys.argv[1]',
  'sys.modules[m.__name__] = m',
  'exec(compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec"), m.__dict__)',
  'm.main(sys.argv[2:])'
].join('\n')

/** Unbuffered output (-u) so print() reaches the log as it happens; no .pyc written into the checkout (-B). */
const PYTHON_FLAGS = ['-u', '-B']

/** How long a script that has returned may take to exit before its process group is killed. */
const EXIT_GRACE_MS = 2000
/** After SIGUSR1 asks for the hung script's stack, the most to wait for it before SIGKILL. */
const STACK_DUMP_MS = 1000
/** The protocol's lines are JSON; anything this long without a newline is not. */
const MAX_LINE = 256 * 1024 * 1024

export interface PythonScriptRun extends ScriptRun {
  /** The interpreter: the `python` input. */
  python: string
  /** Names of the config's subagents, for `subagent.call`. */
  subagents?: string[]
  /** Aborted on timeout_seconds: the whole process group is killed. */
  signal?: AbortSignal
  /** Where the script's own output goes (the action's stdout and stderr by default). */
  stdout?: Writable
  stderr?: Writable
  caller?: Caller
}

/** `coordinator: script` with a .py file. */
export const pythonCoordinator: Coordinator = async (run) => {
  const script = run.workflow.script!
  const localPath = await run.source.localPath(script)
  const result = await runPythonScript({
    python: run.env.python,
    script,
    localPath,
    root: rootOf(localPath, script, run.root),
    trigger: run.trigger,
    toolbox: run.toolbox,
    files: run.files,
    subagent: run.subagent,
    subagents: Object.keys(run.workflow.subagents ?? {}),
    signal: run.signal
  })
  return { result }
}

/** The folder a repository-relative path was resolved under (a temp copy for API sources). */
function rootOf(localPath: string, script: string, fallback: string): string {
  const tail = script.split('/').join(sep)
  return localPath.endsWith(sep + tail) ? localPath.slice(0, -tail.length) : fallback
}

/** What hc_runner.py reports when the script fails. */
interface ErrorMessage {
  type: 'error'
  kind: 'syntax' | 'load' | 'no_handler' | 'exception' | 'not_json'
  message: string
  exception?: string | null
  file?: string | null
  line?: number | null
}

type Request =
  | { type: 'tool'; id: number; name: string; args?: unknown[]; kwargs?: Record<string, unknown> }
  | { type: 'files'; id: number; op: 'list' | 'read'; args?: unknown[] }
  | { type: 'subagent'; id: number; method: string; args?: unknown[] }

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; kind: string; message: string; tool?: string; guard?: string; target?: string }

/**
 * Runs one Python coordinator script to its end. Resolves with the handler's JSON result;
 * rejects with a ScriptError naming the script's file and line for every way it can fail.
 */
export function runPythonScript(run: PythonScriptRun): Promise<unknown> {
  const stdout = run.stdout ?? process.stdout
  const stderr = run.stderr ?? process.stderr
  const rel = (file: string | null | undefined): string => (file ? relative(run.root, file).split(sep).join('/') : run.script)
  const at = (file?: string | null, line?: number | null): SourceLocation => ({ file: rel(file), ...(line ? { line } : {}) })

  return new Promise((resolve, reject) => {
    if (run.signal?.aborted) return reject(timeoutError(run, run.signal.reason))
    const child = spawnPython(run.python, ['run'])
    const tail = new OutputTail()
    let outcome: { ok: true; value: unknown } | { ok: false; error: Error } | undefined
    let settled = false
    let aborting = false
    let graceTimer: NodeJS.Timeout | undefined

    const finish = (result: { ok: true; value: unknown } | { ok: false; error: Error }) => {
      if (settled) return
      settled = true
      clearTimeout(graceTimer)
      run.signal?.removeEventListener('abort', onAbort)
      killGroup(child)
      if (result.ok) resolve(result.value)
      else reject(result.error)
    }
    const onAbort = () => {
      if (settled) return
      aborting = true
      // Ask for the stack (faulthandler prints it to stderr), then kill the whole group.
      const mark = tail.mark()
      const deadline = Date.now() + STACK_DUMP_MS
      signalGroup(child, 'SIGUSR1')
      const report = () => {
        const dump = tail.since(mark)
        // The main thread's stack ends in the bootstrap's frame, `File "<string>"`.
        if (!dump.includes('File "<string>"') && child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
          setTimeout(report, 10).unref()
          return
        }
        const where = hungAt(dump, run.root)
        if (where) stderr.write(`hybrid-coordinator: ${run.script} timed out at ${rel(where.file)}:${where.line}\n`)
        finish({ ok: false, error: timeoutError(run, run.signal?.reason, where && at(where.file, where.line)) })
      }
      setTimeout(report, 10).unref()
    }
    run.signal?.addEventListener('abort', onAbort, { once: true })

    child.on('error', (error: NodeJS.ErrnoException) => finish({ ok: false, error: startError(run.python, run.script, error) }))
    forward(child.stdout!, stdout)
    forward(child.stderr!, stderr, tail)
    child.stdin!.on('error', () => {}) // the child may be gone before a reply is written
    const send = (message: unknown) => {
      if (!settled && child.stdin!.writable) child.stdin!.write(`${JSON.stringify(message)}\n`)
    }

    const garbage = (line: string, why: string) =>
      finish({
        ok: false,
        error: new ScriptError(`${run.script}: the Python process wrote ${why} on the coordinator channel (fd 3, reserved for the bridge): ${JSON.stringify(line.slice(0, 120))}`, { file: run.script })
      })

    readLines(child.stdio[3] as Readable, (line) => {
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
          void answer(run, message as unknown as Request).then((reply) => send(run.toolbox.redact(reply)))
          return
        case 'result':
          outcome = { ok: true, value: message.value ?? null }
          break
        case 'error':
          outcome = { ok: false, error: scriptError(run, message as unknown as ErrorMessage, at) }
          break
        case 'too_old':
          outcome = { ok: false, error: tooOldError(run.python, run.script, String(message.version)) }
          break
        default:
          return garbage(line, `a message of unknown type ${JSON.stringify(message.type)}`)
      }
      // The answer is in: give the process a moment to exit, then end it either way.
      clearTimeout(graceTimer)
      graceTimer = setTimeout(() => finish(outcome!), EXIT_GRACE_MS)
      graceTimer.unref()
    }, (why) => garbage('', why))

    child.on('exit', (code, signal) => {
      // Wait for the last output and messages (grandchildren may hold the pipes: kill them first).
      killGroup(child)
      void whenClosed(child, 500).then(() => {
        if (aborting && !outcome) return // the abort reports the timeout
        if (outcome) return finish(outcome)
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
        const last = tail.lastLines(3)
        finish({
          ok: false,
          error: new ScriptError(`${run.script}: the Python process ${how} before the handler returned${last ? `: ${last}` : ''}`, { file: run.script })
        })
      })
    })

    send({
      type: 'start',
      script_path: run.localPath,
      root: run.root,
      trigger: run.trigger,
      tools: run.toolbox.tools.map((t) => ({ name: t.name, params: t.params, mutates: t.mutates, description: t.description })),
      subagents: run.subagents ?? []
    })
  })
}

/** Answers one request from the script; never throws (errors become error replies). */
async function answer(run: PythonScriptRun, request: Request): Promise<Reply> {
  const id = request.id
  try {
    switch (request.type) {
      case 'tool': {
        if (typeof request.name !== 'string') throw new Error('tool request without a name')
        // None (null) means "not given" in Python: the tool's default applies.
        const args = (request.args ?? []).map((a) => (a === null ? undefined : a))
        while (args.length && args[args.length - 1] === undefined) args.pop()
        const value = await run.toolbox.callWithArgs(request.name, args, run.caller ?? 'script', request.kwargs ?? {})
        return { id, ok: true, value: value ?? null }
      }
      case 'files': {
        const [name] = request.args ?? []
        if (request.op === 'list') return { id, ok: true, value: run.files.list() }
        if (typeof name !== 'string') return { id, ok: false, kind: 'tool_error', message: 'virtual_files.read(name): name must be a string' }
        if (!run.files.has(name)) return { id, ok: false, kind: 'not_found', message: `no virtual file named "${name}": the files are ${run.files.list().map((n) => `"${n}"`).join(', ') || 'none'}` }
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

function scriptError(run: PythonScriptRun, m: ErrorMessage, at: (file?: string | null, line?: number | null) => SourceLocation): ScriptError {
  const where = at(m.file, m.line)
  const prefix = where.line ? `${where.file}:${where.line}` : where.file
  switch (m.kind) {
    case 'syntax':
      return new ScriptError(`${prefix}: the script does not parse: SyntaxError: ${m.message}`, where)
    case 'no_handler':
      return new ScriptError(`${run.script}: defines no handler (${m.message}): expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``, { file: run.script, line: 1 })
    case 'not_json':
      return new ScriptError(`${run.script}: the handler's return value is not JSON: ${m.message}`, where)
    case 'load':
      return new ScriptError(`${prefix}: the script raised ${m.exception ?? 'an error'} while loading: ${m.message}`, where)
    default:
      return new ScriptError(`${prefix}: the script raised ${m.exception ?? 'an error'}${m.message ? `: ${m.message}` : ''}`, where)
  }
}

function timeoutError(run: PythonScriptRun, reason: unknown, where?: SourceLocation): ScriptError {
  const why = reason === undefined ? 'aborted' : errorMessage(reason)
  return new ScriptError(`${where?.line ? `${where.file}:${where.line}` : run.script}: ${why}; the Python process group was killed`, where ?? { file: run.script }, { cause: reason })
}

function startError(python: string, script: string, error: NodeJS.ErrnoException): ScriptError {
  const why = error.code === 'ENOENT' ? 'not found' : error.code === 'EACCES' ? 'not executable' : errorMessage(error)
  return new ScriptError(
    `${script}: cannot start the Python interpreter "${python}" (the python input): ${why}${error.code ? ` (${error.code})` : ''}. Install Python 3.9 or newer (actions/setup-python) or set the python input to its path`,
    { file: script },
    { cause: error }
  )
}

function tooOldError(python: string, script: string, version: string): ScriptError {
  return new ScriptError(`${script}: the python input "${python}" is Python ${version}; .py coordinator scripts need Python 3.9 or newer: set the python input to a newer interpreter`, { file: script })
}

/** Where faulthandler's dump (most recent call first) says the script was. */
function hungAt(stderrTail: string, root: string): { file: string; line: number } | undefined {
  const base = root.endsWith(sep) ? root : root + sep
  for (const m of stderrTail.matchAll(/File "([^"]+)", line (\d+)/g)) {
    if (m[1] !== RUNNER && m[1].startsWith(base) && !/[/\\](site|dist)-packages[/\\]/.test(m[1])) return { file: m[1], line: Number(m[2]) }
  }
  return undefined
}

// ---- the child process -----------------------------------------------------------------

/** Process groups of live bridges, killed if the action exits while they run. */
const live = new Set<number>()
let exitHookInstalled = false

/** Action inputs (tokens among them) stay in the action: the script reaches services through tools. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('INPUT_') || k === 'ACTIONS_RUNTIME_TOKEN' || k === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN') continue
    env[k] = v
  }
  env.PYTHONIOENCODING = 'utf-8'
  return env
}

function spawnPython(python: string, args: string[]): ChildProcess {
  // detached: the child leads its own process group, so a timeout can kill it and every
  // process it started with one signal.
  const child = spawn(python, [...PYTHON_FLAGS, '-c', BOOTSTRAP, RUNNER, ...args], { detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], env: childEnv() })
  if (child.pid) {
    live.add(child.pid)
    if (!exitHookInstalled) {
      exitHookInstalled = true
      process.once('exit', () => {
        for (const pid of live) signalPid(-pid, 'SIGKILL')
      })
    }
  }
  return child
}

function signalPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid) signalPid(-child.pid, signal)
}

/** Kills the child's whole process group (grandchildren too); safe to call more than once. */
function killGroup(child: ChildProcess): void {
  if (!child.pid || !live.has(child.pid)) return
  signalGroup(child, 'SIGKILL')
  live.delete(child.pid)
}

function whenClosed(child: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const streams = [child.stdout, child.stderr, child.stdio[3]].filter(Boolean) as Readable[]
    let open = streams.filter((s) => !s.readableEnded && !s.destroyed).length
    if (!open) return resolve()
    const timer = setTimeout(() => {
      for (const s of streams) s.destroy()
      resolve()
    }, ms)
    for (const s of streams) {
      if (s.readableEnded || s.destroyed) continue
      s.once('close', () => {
        if (--open === 0) {
          clearTimeout(timer)
          resolve()
        }
      })
    }
  })
}

function forward(from: Readable, to: Writable, tail?: OutputTail): void {
  from.on('data', (chunk: Buffer) => {
    to.write(chunk)
    tail?.add(chunk)
  })
  from.on('error', () => {})
}

/** JSON lines from the channel, as fast as they come. */
function readLines(stream: Readable, onLine: (line: string) => void, onOverflow: (why: string) => void): void {
  let buffered = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    buffered += chunk
    let nl = buffered.indexOf('\n')
    while (nl >= 0) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      if (line.trim()) onLine(line)
      nl = buffered.indexOf('\n')
    }
    if (buffered.length > MAX_LINE) {
      buffered = ''
      onOverflow(`more than ${MAX_LINE} bytes without a newline`)
    }
  })
  stream.on('end', () => {
    if (buffered.trim()) onLine(buffered)
    buffered = ''
  })
  stream.on('error', () => {})
}

/** The last few KB of the script's stderr, for crash messages and the timeout's stack dump. */
class OutputTail {
  #text = ''
  #total = 0
  add(chunk: Buffer): void {
    const text = chunk.toString('utf8')
    this.#total += text.length
    this.#text = (this.#text + text).slice(-16384)
  }
  /** A position in the output, for `since`. */
  mark(): number {
    return this.#total
  }
  since(mark: number): string {
    return this.#text.slice(Math.max(0, this.#text.length - (this.#total - mark)))
  }
  lastLines(n: number): string {
    return this.#text.trim().split('\n').slice(-n).map((l) => l.trim()).filter(Boolean).join(' | ')
  }
}

// ---- mode: validate --------------------------------------------------------------------

/**
 * `mode: validate`: the interpreter starts and is 3.9 or newer, the script parses
 * (`ast.parse`, nothing runs) and defines a top-level `handler`.
 */
export async function validatePythonScript(path: string, script: string, python: string): Promise<ConfigError | undefined> {
  const problem = await new Promise<ScriptError | { kind: string; message: string; line?: number } | undefined>((resolve) => {
    const child = spawnPython(python, ['validate', path])
    const tail = new OutputTail()
    let answer: { type: string; kind?: string; message?: string; line?: number; version?: string } | undefined
    const timer = setTimeout(() => {
      killGroup(child)
      resolve({ kind: 'timeout', message: 'checking the script took more than 30 s' })
    }, 30_000)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      resolve(startError(python, script, error))
    })
    child.stdout!.resume()
    forward(child.stderr!, { write: () => true } as unknown as Writable, tail)
    child.stdin!.on('error', () => {})
    child.stdin!.end()
    readLines(child.stdio[3] as Readable, (line) => {
      try {
        answer ??= JSON.parse(line)
      } catch {
        // reported below as an unexpected end
      }
    }, () => {})
    child.on('exit', (code) => {
      killGroup(child)
      void whenClosed(child, 500).then(() => {
        clearTimeout(timer)
        if (answer?.type === 'valid') return resolve(undefined)
        if (answer?.type === 'too_old') return resolve(tooOldError(python, script, String(answer.version)))
        if (answer?.type === 'error') return resolve({ kind: answer.kind ?? 'error', message: answer.message ?? '', line: answer.line ?? undefined })
        resolve({ kind: 'crash', message: `the Python process exited with code ${code} while checking it${tail.lastLines(3) ? `: ${tail.lastLines(3)}` : ''}` })
      })
    })
  })
  if (!problem) return undefined
  if (problem instanceof ScriptError) return new ConfigError(problem.message, { file: script }, 'coordinator_script', { cause: problem })
  const line = problem.line ?? undefined
  const message =
    problem.kind === 'syntax'
      ? `${script}${line ? `:${line}` : ''}: the script does not parse: SyntaxError: ${problem.message}`
      : problem.kind === 'no_handler'
        ? `${script}: defines no handler: expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``
        : `${script}: ${problem.message}`
  return new ConfigError(message, { file: script, ...(line ? { line } : {}) }, 'coordinator_script')
}
