import { isAbsolute, relative, sep } from 'node:path'
import type { Writable } from 'node:stream'
import type { Caller } from '../../tools/toolbox.js'
import type { ScriptRun } from '../script/script.js'
import { ScriptError, errorMessage, type SourceLocation } from '../../errors.js'
import { runBridge, type ErrorMessage } from '../script/bridge.js'
import { assetPath, signalGroup } from '../script/process.js'

/**
 * The Python bridge (SPEC section 5): a `.py` coordinator runs under the `python` input's
 * interpreter with `hc_runner.py` (shipped beside the bundle), speaking the script protocol
 * (script/bridge.ts). The script's stdout and stderr go to the log.
 */

// ncc copies a file referenced this way into dist/ and rewrites the URL to the copy's path.
export const RUNNER = assetPath(new URL('./hc_runner.py', import.meta.url))

/**
 * Checks the version in syntax any Python parses (a 2.7 would choke on the runner's own
 * syntax first), then loads the runner by path (ncc renames it in dist/) as the module
 * `hybrid_coordinator`, which scripts may import for ToolError and friends. `os` and `sys`
 * are loaded before any path is searched, so nothing can shadow them.
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

/**
 * Isolated mode (-I: no current directory or script folder on the path, no user site, no
 * PYTHON* variables), so no file of the checkout shadows the standard library; unbuffered
 * output (-u) so print() reaches the log as it happens; no .pyc written (-B). The process
 * starts in an empty temporary directory; only the script's own folder joins the path.
 */
export const PYTHON_FLAGS = ['-I', '-B', '-u']

/** After SIGUSR1 asks for the hung script's stack, the most to wait for it before SIGKILL. */
const STACK_DUMP_MS = 1000

export interface PythonScriptRun extends ScriptRun {
  /** The interpreter: the `python` input. */
  python: string
  /** Names of the config's subagents, for `subagent.call`. */
  subagents?: string[]
  /** Secrets the script's environment must not hold. */
  secrets?: readonly string[]
  /** Aborted on timeout_seconds: the whole process group is killed. */
  signal?: AbortSignal
  /** Where the script's own output goes (the action's stdout and stderr by default). */
  stdout?: Writable
  stderr?: Writable
  /** Where `::stop-commands::` goes around that output (stdout by default; null: nowhere). */
  commands?: Writable | null
  caller?: Caller
}

/** The command line that starts the bridge: `python -I -B -u -c BOOTSTRAP hc_runner.py ARGS`. */
export function pythonArgs(args: string[]): string[] {
  return [...PYTHON_FLAGS, '-c', BOOTSTRAP, RUNNER, ...args]
}

/**
 * Runs one Python coordinator script to its end. Resolves with the handler's JSON result;
 * rejects with a ScriptError naming the script's file and line for every way it can fail.
 */
export function runPythonScript(run: PythonScriptRun): Promise<unknown> {
  const stderr = run.stderr ?? process.stderr
  // A traceback's file, as a path of the repository; any other (the standard library, a
  // path the script's process made up on fd 3) is reported at the script, without its line.
  const inRepo = (file: string): string | undefined => {
    const path = isAbsolute(file) ? relative(run.root, file) : ''
    return path && !path.startsWith('..') && !isAbsolute(path) ? path.split(sep).join('/') : undefined
  }
  const at = (file?: string | null, line?: number | null): SourceLocation => {
    const path = file ? inRepo(file) : run.script
    return path ? { file: path, ...(line ? { line } : {}) } : { file: run.script }
  }
  return runBridge({
    script: run.script,
    command: run.python,
    args: pythonArgs(['run']),
    env: { PYTHONIOENCODING: 'utf-8' },
    secrets: run.secrets ?? [],
    start: { script_path: run.localPath, root: run.root, trigger: run.trigger, subagents: run.subagents ?? [] },
    toolbox: run.toolbox,
    files: run.files,
    subagent: run.subagent,
    caller: run.caller,
    signal: run.signal,
    stdout: run.stdout,
    stderr: run.stderr,
    commands: run.commands,
    scriptError: (m) => (m.kind === 'too_old' ? tooOldError(run.python, run.script, m.message) : scriptError(run, m, at)),
    crashed(how, tail) {
      if (knowsNoIsolatedMode(tail.text())) return tooOldError(run.python, run.script, OLDER)
      const last = tail.lastLines(3)
      return new ScriptError(`${run.script}: the Python process ${how} before the handler returned${last ? `: ${last}` : ''}`, { file: run.script })
    },
    startError: (error) => startError(run.python, run.script, error),
    aborted(proc, tail, reason) {
      // Ask for the stack (faulthandler prints it to stderr), then the bridge kills the whole tree.
      return new Promise((resolve) => {
        const mark = tail.mark()
        const deadline = Date.now() + STACK_DUMP_MS
        signalGroup(proc, 'SIGUSR1')
        const report = () => {
          const dump = tail.since(mark)
          // The main thread's stack ends in the bootstrap's frame, `File "<string>"`.
          if (!dump.includes('File "<string>"') && proc.child.exitCode === null && proc.child.signalCode === null && Date.now() < deadline) {
            setTimeout(report, 10).unref()
            return
          }
          const found = hungAt(dump, run.root)
          const where = found && at(found.file, found.line)
          if (where?.line) stderr.write(`hybrid-coordinator: ${run.script} timed out at ${where.file}:${where.line}\n`)
          resolve(timeoutError(run, reason, where))
        }
        setTimeout(report, 10).unref()
      })
    }
  })
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

export function startError(python: string, script: string, error: NodeJS.ErrnoException): ScriptError {
  const why = error.code === 'ENOENT' ? 'not found' : error.code === 'EACCES' ? 'not executable' : errorMessage(error)
  return new ScriptError(
    `${script}: cannot start the Python interpreter "${python}" (the python input): ${why}${error.code ? ` (${error.code})` : ''}. Install Python 3.9 or newer (actions/setup-python) or set the python input to its path`,
    { file: script },
    { cause: error }
  )
}

/** Python 2 stops at -I before the bootstrap can say its version. */
export const OLDER = 'older than 3.4 (it does not know the -I option)'
export function knowsNoIsolatedMode(stderr: string): boolean {
  return /Unknown option: -I|unknown option -I/.test(stderr)
}

export function tooOldError(python: string, script: string, version: string): ScriptError {
  return new ScriptError(`${script}: the python input "${python}" is Python ${version}; .py coordinator scripts need Python 3.9 or newer: set the python input to a newer interpreter`, {
    file: script
  })
}

/** Where faulthandler's dump (most recent call first) says the script was. */
function hungAt(stderrTail: string, root: string): { file: string; line: number } | undefined {
  const base = root.endsWith(sep) ? root : root + sep
  for (const m of stderrTail.matchAll(/File "([^"]+)", line (\d+)/g)) {
    if (m[1] !== RUNNER && m[1].startsWith(base) && !/[/\\](site|dist)-packages[/\\]/.test(m[1])) return { file: m[1], line: Number(m[2]) }
  }
  return undefined
}
