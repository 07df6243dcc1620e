import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'

/**
 * The child process a script coordinator runs in (JavaScript and Python alike): its own
 * process group, a fresh temporary working directory, an environment without the action's
 * secrets, and a way to kill it with everything it started.
 */

/** A file shipped beside the code: a URL from source, a plain path once ncc rewrote it in dist/. */
export function assetPath(url: URL | string): string {
  const text = String(url)
  return text.startsWith('file:') ? fileURLToPath(text) : text
}

export interface IsolatedProcess {
  child: ChildProcess
  /** The temporary working directory; removed by `kill`. */
  cwd: string
  /** Marks every descendant's environment, so one that left the group is still found. */
  marker: string
  /** The action is asking the hung script where it is (script/hung-at.ts): Node's inspector banners stay out of the log. */
  inspecting?: boolean
  /** When it started, in clock ticks since boot (/proc/<pid>/stat): none of its descendants is older. */
  startTicks?: number
  /** It may start no process (Node's permission model without --allow-child-process): it has no descendants to look for. */
  confined?: boolean
}

/** How an isolated process is started, besides its command: what its environment must not hold, what it adds. */
export interface SpawnOptions {
  secrets: readonly string[]
  env?: NodeJS.ProcessEnv
  /** The process can start no other (see IsolatedProcess): ending it needs no search of /proc. */
  confined?: boolean
}

/** Environment variables that carry the runner's own credentials, whatever their value. */
const RUNNER_TOKENS = /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|ANTHROPIC_API_KEY|SLACK_TOKEN|SLACK_BOT_TOKEN)$/
const MARKER_NAME = 'HYBRID_COORDINATOR_SCRIPT_RUN'

/**
 * The script's environment: the step's, minus every action input (`INPUT_*`, tokens among
 * them), the runner's `ACTIONS_*` tokens, and every variable whose value is a secret the
 * action knows (or holds one), whatever its name. Scripts reach services through tools.
 */
export function scriptEnv(secrets: readonly string[], base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const known = secrets.filter((s) => s && s.length >= 4)
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || RUNNER_TOKENS.test(k)) continue
    if (known.some((s) => v.includes(s))) continue
    env[k] = v
  }
  return env
}

/**
 * A marker no other process on the machine carries: this action's pid, a count, and a random
 * part. Not a secret (the script reads it in its own environment), so no cryptographic
 * randomness: node:crypto would load before the spawn, which waits for it (7 ms on node24).
 */
let spawned = 0
function newMarker(): string {
  spawned++
  return `${process.pid.toString(36)}.${spawned.toString(36)}.${Math.random().toString(36).slice(2, 12)}`
}

/** Process groups of live scripts, killed if the action exits while they run. */
const live = new Map<number, string>()
let exitHookInstalled = false

/**
 * Starts `command` detached (its own process group, so a timeout kills it and what it
 * started with one signal) in a fresh temporary directory, with fd 3 as the script's
 * request channel and stdin as the action's replies.
 */
export function spawnIsolated(command: string, args: string[], options: SpawnOptions): IsolatedProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'hybrid-coordinator-run-'))
  const marker = newMarker()
  const env = { ...scriptEnv(options.secrets), ...options.env, [MARKER_NAME]: marker }
  const child = spawn(command, args, { detached: true, cwd, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], env })
  const startTicks = child.pid ? statOf(child.pid)?.startTicks : undefined
  if (child.pid) {
    live.set(child.pid, marker)
    if (!exitHookInstalled) {
      exitHookInstalled = true
      process.once('exit', () => {
        for (const [pid, mark] of live) killTree(pid, mark)
      })
    }
  }
  child.once('error', () => rmSync(cwd, { recursive: true, force: true }))
  return { child, cwd, marker, startTicks, confined: options.confined }
}

/**
 * A script's process started ahead of its run: as soon as the run's first workflow is known
 * to be a script, before the run machinery loads, so Node's start-up (the larger part of a
 * short script's cost) overlaps the action's own. It waits for its start message like any
 * other. Only the first workflow gets one (the engine discards it after that workflow):
 * no script has run yet, so nothing of the user's can reach the waiting process.
 */
let prestarted: { key: string; proc: IsolatedProcess; ended: boolean } | undefined

const keyOf = (command: string, args: readonly string[], options: SpawnOptions) => JSON.stringify([command, args, options.env ?? {}, [...options.secrets].sort(), options.confined === true])

/** Starts the process a later `spawnOrTake` with the same command, arguments, environment and secrets will use. */
export function prestartIsolated(command: string, args: string[], options: SpawnOptions): IsolatedProcess {
  discardPrestarted()
  const entry = { key: keyOf(command, args, options), proc: spawnIsolated(command, args, options), ended: false }
  entry.proc.child.once('error', () => (entry.ended = true))
  entry.proc.child.once('exit', () => (entry.ended = true))
  prestarted = entry
  return entry.proc
}

/**
 * The prestarted process when it was started for exactly this (and is still alive), else a
 * new one. Its output waits in the pipes until the run reads it.
 */
export function spawnOrTake(command: string, args: string[], options: SpawnOptions): IsolatedProcess {
  const entry = prestarted
  prestarted = undefined
  if (entry && !entry.ended && entry.key === keyOf(command, args, options)) return entry.proc
  if (entry) killIsolated(entry.proc)
  return spawnIsolated(command, args, options)
}

/** Kills a prestarted process no run took. */
export function discardPrestarted(): void {
  const entry = prestarted
  prestarted = undefined
  if (entry) killIsolated(entry.proc)
}

export function signalPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}

export function signalGroup(proc: IsolatedProcess, signal: NodeJS.Signals): void {
  if (proc.child.pid) signalPid(-proc.child.pid, signal)
}

/**
 * Kills the script's process group and every descendant, including ones that left the group
 * (`setsid`): found through /proc, by parent (while the tree still hangs together) and by
 * the marker in their environment (after their parent died). A confined process has none,
 * so the search (a read of every process's /proc entry, milliseconds at each script's end)
 * is skipped. Safe to call more than once.
 */
export function killIsolated(proc: IsolatedProcess): void {
  const pid = proc.child.pid
  if (pid && live.has(pid)) {
    live.delete(pid)
    killTree(pid, proc.marker, proc.startTicks, proc.confined)
  }
  rmSync(proc.cwd, { recursive: true, force: true })
}

function killTree(pid: number, marker: string, startTicks?: number, confined?: boolean): void {
  const found = confined ? [] : descendants(pid, marker, startTicks)
  signalPid(-pid, 'SIGKILL')
  signalPid(pid, 'SIGKILL')
  for (const p of found) {
    signalPid(-p, 'SIGKILL')
    signalPid(p, 'SIGKILL')
  }
}

/** A process's parent and start time (clock ticks since boot), from /proc/<pid>/stat. */
function statOf(pid: number): { ppid: number; startTicks: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // After the command name (in parentheses, and which may hold spaces): state, ppid, ... starttime is the 20th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { ppid: Number(fields[1]), startTicks: Number(fields[19]) }
  } catch {
    return undefined // gone, or no /proc
  }
}

/**
 * Every process below `root` by parent link, plus every one whose environment holds the
 * marker. Only processes started no earlier than `root` (`startTicks`) can be its
 * descendants, so only their environments are read (most of a machine's processes are older).
 */
function descendants(root: number, marker: string, startTicks?: number): number[] {
  let pids: number[]
  try {
    pids = readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .map(Number)
  } catch {
    return [] // no /proc (macOS): the process group is all we can reach
  }
  const children = new Map<number, number[]>()
  const marked: number[] = []
  const needle = `${MARKER_NAME}=${marker}\0`
  for (const pid of pids) {
    if (pid === process.pid) continue
    const stat = statOf(pid)
    if (!stat) continue
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid])
    if (startTicks !== undefined && Number.isFinite(startTicks) && stat.startTicks < startTicks) continue
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(needle)) marked.push(pid)
    } catch {
      // not ours to read: not ours to kill either
    }
  }
  const out = new Set<number>(marked)
  const queue = [root]
  while (queue.length) {
    for (const c of children.get(queue.shift()!) ?? []) {
      if (!out.has(c)) queue.push(c)
      out.add(c)
    }
  }
  out.delete(root)
  return [...out]
}

/** Resolves once the child's output pipes closed (or after `ms`, destroying them). */
export function whenClosed(child: ChildProcess, ms: number): Promise<void> {
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
