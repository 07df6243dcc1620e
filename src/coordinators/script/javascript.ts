import { realpathSync } from 'node:fs'
import { relative, sep } from 'node:path'
import type { Writable } from 'node:stream'
import type { Caller } from '../../tools/toolbox.js'
import type { ScriptRun } from './script.js'
import { ScriptError, errorMessage, type SourceLocation } from '../../errors.js'
import { compileScript, locateInStack, ScriptLoadError, toLoadError, type CompiledScript } from './ts-loader.js'
import { runBridge, type ErrorMessage } from './bridge.js'
import { assetPath, discardPrestarted, prestartIsolated, signalGroup } from './process.js'
import { pausedFrames } from './hung-at.js'

// ncc copies a file referenced this way into dist/ and rewrites the URL to the copy's path.
const RUNNER = assetPath(new URL('./runner.mjs', import.meta.url))

/**
 * On a timeout, the most to wait for the hung script to say where it is before it is killed:
 * with the kill and the pipes' close it stays inside the deadline's grace (TIMEOUT_GRACE_MS,
 * 1.5 s), so the located error is the one reported.
 */
const HUNG_AT_MS = 800

/** The script's heap cap unless the run says otherwise: a hog fails its workflow, not the runner. */
export const DEFAULT_MEMORY_MB = 1024

/** `root` is the folder the script's source sits in on disk (the checkout, or a temp copy of the default branch). */
export interface JavaScriptRun extends ScriptRun {
  /** Secrets the script's environment must not hold. */
  secrets: readonly string[]
  /** Bare imports resolve only to Node built-ins, files only under `root` (the source is not the workspace). */
  restrictImports: boolean
  memoryMb?: number
  signal?: AbortSignal
  /** Called once the start message is on its way to the script's process. */
  onStarted?: () => void
  caller?: Caller
  stdout?: Writable
  stderr?: Writable
  commands?: Writable | null
}

/**
 * Whether this Node runs the script under its permission model: where it has both
 * `--permission` and `--allow-inspector` (the runner's node24 does; Node 20 has the model
 * only as an experiment, without a way to keep the inspector a timeout needs, hung-at.ts).
 */
export const SCRIPT_PERMISSIONS = process.allowedNodeEnvironmentFlags.has('--permission') && process.allowedNodeEnvironmentFlags.has('--allow-inspector')

/**
 * Node's permission model for the script's process: it reads the runner and its source's
 * folder (`root`: the checkout, or the temp copy of the default branch) and nothing else
 * (not `/proc/<action>/environ`, not the runner's home); it writes no file and starts no
 * process, worker, addon or WASI module. Its own inspector stays allowed for the timeout's
 * "where did it hang" (Node warns that this weakens the model; the warning stays out of
 * the log). Node calls the model a seat belt for trusted code, not a sandbox: the first
 * defence is still that only reviewed scripts run (`trust`).
 */
function permissionArgs(root: string): string[] {
  if (!SCRIPT_PERMISSIONS) return []
  // Each path as given and as its real path: Node's module loader reads a file at its real
  // path, and resolving a symlinked folder (macOS's /var of the temp dir) reads the link.
  const readable = [...new Set([RUNNER, root].flatMap((p) => [p, realPath(p)]))]
  return ['--permission', '--allow-inspector', '--disable-warning=SecurityWarning', ...readable.map((p) => `--allow-fs-read=${p}`)]
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path)
  } catch {
    return path
  }
}

/** How a script's Node process is started: the same binary as the action, running the runner. */
function scriptProcess(memoryMb: number, root: string): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: process.execPath,
    // --inspect-port only says where an inspector would listen: none starts unless a timeout asks (hung-at.ts).
    args: [...permissionArgs(root), `--max-old-space-size=${memoryMb}`, '--stack-trace-limit=50', '--inspect-port=127.0.0.1:0', RUNNER],
    // The action's NODE_OPTIONS are not the script's (a --require would run before it).
    env: { NODE_OPTIONS: '' }
  }
}

/**
 * Starts the process the run's first workflow, a JavaScript/TypeScript script, will run in,
 * ahead of the run machinery (process.ts, `prestartIsolated`). A run whose settings differ
 * (heap cap, secrets) starts its own. `discard` kills it if no run took it.
 */
export function prestartJavaScript(options: { memoryMb?: number; secrets: readonly string[]; root: string }): { pid: number | undefined; discard(): void } {
  const { command, args, env } = scriptProcess(options.memoryMb ?? DEFAULT_MEMORY_MB, options.root)
  const proc = prestartIsolated(command, args, { secrets: options.secrets, env })
  return { pid: proc.child.pid, discard: discardPrestarted }
}

/**
 * Runs a JavaScript or TypeScript coordinator in its own Node process (the same binary as
 * the action), speaking the script protocol: tools run here behind the guards, the script
 * holds no secret, and whatever it does (exit, throw from a timer, loop forever, exhaust its
 * heap) ends as a ScriptError naming its file and line.
 */
export async function runJavaScriptScript(run: JavaScriptRun): Promise<unknown> {
  const rel = (file: string) => relative(run.root, file).split(sep).join('/')
  // The process starts while TypeScript compiles: Node's start-up is the larger cost.
  let compiled: CompiledScript = { entry: run.localPath, sources: new Map(), dispose: async () => {} }
  const compiling = compileScript(run.localPath).then(
    (done) => (compiled = done),
    (error: unknown) => {
      if (error instanceof ScriptLoadError)
        throw new ScriptError(`${rel(error.file)}${error.line ? `:${error.line}` : ''}: ${error.message}`, { file: rel(error.file), line: error.line }, { cause: error })
      throw new ScriptError(`${run.script}: cannot be loaded: ${errorMessage(error)}`, { file: run.script }, { cause: error })
    }
  )
  const memoryMb = run.memoryMb ?? DEFAULT_MEMORY_MB
  const located = (stack: string | null | undefined): SourceLocation | undefined => {
    const at = locateInStack(stack ?? undefined, compiled.sources, run.root)
    return at && { file: rel(at.file), line: at.line }
  }
  const prefix = (where: SourceLocation) => (where.line ? `${where.file}:${where.line}` : where.file)
  try {
    return await runBridge({
      script: run.script,
      ...scriptProcess(memoryMb, run.root),
      secrets: run.secrets,
      start: compiling.then(({ entry }) => ({
        entry,
        script: run.script,
        root: run.root,
        trigger: run.trigger,
        files: run.files.list().map((n) => [n, run.files.read(n)]),
        restrict: run.restrictImports
      })),
      toolbox: run.toolbox,
      files: run.files,
      subagent: run.subagent,
      caller: run.caller,
      signal: run.signal,
      onStarted: run.onStarted,
      stdout: run.stdout,
      stderr: run.stderr,
      commands: run.commands,
      scriptError(m: ErrorMessage) {
        switch (m.kind) {
          case 'load': {
            const error = Object.assign(new Error(m.message), { name: m.exception ?? 'Error', stack: m.stack ?? undefined })
            if (m.exception === 'SyntaxError') Object.setPrototypeOf(error, SyntaxError.prototype)
            const e = toLoadError(error, run.localPath, compiled.sources)
            const where = { file: rel(e.file), ...(e.line ? { line: e.line } : {}) }
            return new ScriptError(`${prefix(where)}: ${e.message}`, where)
          }
          case 'no_handler':
            return new ScriptError(`${run.script}: exports no handler: expected \`export default async function (trigger, tools, virtualFiles, subagent)\` or \`export async function handler(...)\``, {
              file: run.script,
              line: 1
            })
          case 'not_json':
            return new ScriptError(`${run.script}: the handler's return value is not JSON: ${m.message}`, { file: run.script })
          case 'exit':
            return new ScriptError(`${run.script}: ${m.message}`, { file: run.script })
          default: {
            const where = located(m.stack) ?? { file: run.script }
            const how = m.kind === 'uncaught' ? 'threw outside the handler (a timer or callback)' : m.kind === 'unhandled' ? 'left a promise rejection unhandled' : 'threw'
            return new ScriptError(`${prefix(where)}: the script ${how}: ${m.message}`, where)
          }
        }
      },
      crashed(how, tail) {
        const text = tail.text()
        if (/heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/i.test(text)) {
          return new ScriptError(`${run.script}: the script ran out of memory (its heap is capped at ${memoryMb} MB) and was stopped`, { file: run.script })
        }
        const last = tail.lastLines(3)
        return new ScriptError(`${run.script}: the script's Node process ${how} before the handler returned${last ? `: ${last}` : ''}`, { file: run.script })
      },
      startError(error) {
        return new ScriptError(`${run.script}: cannot start Node.js (${process.execPath}) for the script: ${errorMessage(error)}`, { file: run.script }, { cause: error })
      },
      async aborted(proc, tail, reason) {
        // Where it hung, as the Python runtime says it: the innermost frame in the script's own files.
        const frames = await pausedFrames(proc, tail, HUNG_AT_MS).catch(() => undefined)
        signalGroup(proc, 'SIGKILL')
        const where = frames && located(frames.map((f) => `    at ${f.functionName || '<anonymous>'} (${f.url}:${f.line}:${f.column})`).join('\n'))
        if (where) (run.stderr ?? process.stderr).write(`hybrid-coordinator: ${run.script} timed out at ${prefix(where)}\n`)
        const why = reason === undefined ? 'aborted' : errorMessage(reason)
        return new ScriptError(`${where ? prefix(where) : run.script}: ${why}; the script's process was killed`, where ?? { file: run.script }, { cause: reason })
      }
    })
  } finally {
    await compiling.catch(() => undefined)
    await compiled.dispose()
  }
}
