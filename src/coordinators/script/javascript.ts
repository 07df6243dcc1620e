import { relative, sep } from 'node:path'
import type { Writable } from 'node:stream'
import type { Caller } from '../../tools/toolbox.js'
import type { ScriptRun } from './script.js'
import { ScriptError, errorMessage, type SourceLocation } from '../../errors.js'
import { compileScript, locateInStack, ScriptLoadError, toLoadError, type CompiledScript } from './ts-loader.js'
import { runBridge, type ErrorMessage } from './bridge.js'
import { signalGroup } from './process.js'
import { DEFAULT_MEMORY_MB, scriptProcess } from './node-process.js'
import { pausedFrames } from './hung-at.js'

/**
 * On a timeout, the most to wait for the hung script to say where it is before it is killed:
 * with the kill and the pipes' close it stays inside the deadline's grace (TIMEOUT_GRACE_MS,
 * 1.5 s), so the located error is the one reported.
 */
const HUNG_AT_MS = 800

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
