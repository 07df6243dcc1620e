import { realpathSync } from 'node:fs'
import { assetPath, discardPrestarted, prestartIsolated } from './process.js'

/**
 * How a JavaScript/TypeScript script's Node process is started, apart from the run
 * machinery (javascript.ts) so that the engine can start it first: this module and
 * process.ts are all it loads for that.
 */

// ncc copies a file referenced this way into dist/ and rewrites the URL to the copy's path.
const RUNNER = assetPath(new URL('./runner.mjs', import.meta.url))

/** The script's heap cap unless the run says otherwise: a hog fails its workflow, not the runner. */
export const DEFAULT_MEMORY_MB = 1024

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
export function scriptProcess(memoryMb: number, root: string): { command: string; args: string[]; env: NodeJS.ProcessEnv; confined: boolean } {
  return {
    command: process.execPath,
    // Under the permission model it can start no process (no --allow-child-process).
    confined: SCRIPT_PERMISSIONS,
    // --inspect-port only says where an inspector would listen: none starts unless a timeout asks (hung-at.ts).
    // No other V8 flag: Node's built-in modules come with compiled code that V8 uses only
    // under the flags it was made with, and every other flag makes the process compile them
    // from source (measured: --stack-trace-limit added 13 to 20 ms to a script's start on
    // both Nodes; the runner sets Error.stackTraceLimit itself). The heap cap is the one
    // flag kept: it costs nothing on Node 24 and about 20 ms on Node 20, which counts it too.
    args: [...permissionArgs(root), `--max-old-space-size=${memoryMb}`, '--inspect-port=127.0.0.1:0', RUNNER],
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
  const { command, args, env, confined } = scriptProcess(options.memoryMb ?? DEFAULT_MEMORY_MB, options.root)
  const proc = prestartIsolated(command, args, { secrets: options.secrets, env, confined })
  return { pid: proc.child.pid, discard: discardPrestarted }
}
