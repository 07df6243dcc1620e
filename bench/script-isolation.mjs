// Worker against child process for the isolated JS/TS script runtime: start-up (start to
// the handler's first request) and the per-call round trip (one tool call answered by the
// parent), medians. The child is the real runner (dist/runner.mjs, JSON lines on fd 3 and
// stdin), started as the action starts it (under Node's permission model where this Node
// has --permission and --allow-inspector); the worker is the same handler behind
// postMessage. The two run interleaved. Run: `node bench/script-isolation.mjs [--json]`
// after `npm run bundle`; `npm run bench` runs it on Node 20 and Node 24 (the Worker vs
// child rows).
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'

const RUNS = Number(process.env.RUNS ?? 15)
const CALLS = Number(process.env.CALLS ?? 500)
const dir = mkdtempSync(join(tmpdir(), 'hc-bench-iso-'))
const script = join(dir, 'calls.mjs')
writeFileSync(script, `export default async (trigger, tools) => { for (let i = 0; i < trigger.calls; i++) await tools.files.list(); return 'done' }\n`)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const RUNNER = resolve('dist/runner.mjs')
const flags = process.allowedNodeEnvironmentFlags
const PERMISSION =
  flags.has('--permission') && flags.has('--allow-inspector') ? ['--permission', '--allow-inspector', '--disable-warning=SecurityWarning', `--allow-fs-read=${RUNNER}`, `--allow-fs-read=${dir}`] : []

function child(calls) {
  return new Promise((done) => {
    const t0 = performance.now()
    const proc = spawn(process.execPath, [...PERMISSION, '--max-old-space-size=1024', '--stack-trace-limit=50', '--inspect-port=127.0.0.1:0', RUNNER], {
      stdio: ['pipe', 'inherit', 'inherit', 'pipe'],
      cwd: dir,
      env: { PATH: process.env.PATH }
    })
    let first,
      last,
      buf = '',
      n = 0
    proc.stdio[3].setEncoding('utf8')
    proc.stdio[3].on('data', (chunk) => {
      buf += chunk
      let nl
      while ((nl = buf.indexOf('\n')) >= 0) {
        const m = JSON.parse(buf.slice(0, nl))
        buf = buf.slice(nl + 1)
        if (m.type === 'tool') {
          if (n++ === 0) first = performance.now()
          proc.stdin.write(JSON.stringify({ id: m.id, ok: true, value: [] }) + '\n')
        } else if (m.type === 'result') last = performance.now()
      }
    })
    proc.on('exit', () => done({ startMs: first - t0, perCallMs: (last - first) / Math.max(1, calls - 1) }))
    proc.stdin.write(JSON.stringify({ type: 'start', entry: script, root: dir, trigger: { calls }, tools: [{ name: 'files.list' }], files: [], restrict: false }) + '\n')
  })
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const waiting = new Map(); let seq = 0
parentPort.on('message', (m) => { const w = waiting.get(m.id); waiting.delete(m.id); w(m.value) })
const tools = { files: { list: () => new Promise((r) => { const id = ++seq; waiting.set(id, r); parentPort.postMessage({ type: 'tool', id, name: 'files.list' }) }) } }
import(workerData.entry).then(async (mod) => { const value = await mod.default({ calls: workerData.calls }, tools); parentPort.postMessage({ type: 'result', value }) })
`
function worker(calls) {
  return new Promise((done) => {
    const t0 = performance.now()
    const w = new Worker(WORKER, { eval: true, workerData: { entry: 'file://' + script, calls }, resourceLimits: { maxOldGenerationSizeMb: 1024 }, env: { PATH: process.env.PATH } })
    let first,
      n = 0
    w.on('message', (m) => {
      if (m.type === 'tool') {
        if (n++ === 0) first = performance.now()
        w.postMessage({ id: m.id, value: [] })
      } else {
        const last = performance.now()
        void w.terminate().then(() => done({ startMs: first - t0, perCallMs: (last - first) / Math.max(1, calls - 1) }))
      }
    })
  })
}

const variants = { child, worker }
const figures = Object.fromEntries(Object.keys(variants).map((k) => [k, { starts: [], calls: [] }]))
for (let i = 0; i < RUNS; i++) {
  // Interleaved, in turns, so a burst of load from the machine's other users hits both alike.
  for (const name of i % 2 ? ['worker', 'child'] : ['child', 'worker']) {
    figures[name].starts.push((await variants[name](1)).startMs)
    figures[name].calls.push((await variants[name](CALLS)).perCallMs)
  }
}
const out = Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, { startMs: median(f.starts), perCallMs: median(f.calls) }]))
if (process.argv.includes('--json')) console.log(JSON.stringify({ node: process.version, runs: RUNS, calls: CALLS, permission: PERMISSION.length > 0, ...out }))
else {
  console.log(
    `child process (JSON lines${PERMISSION.length ? ', permission model' : ''}): start-up ${out.child.startMs.toFixed(1)} ms, round trip ${(out.child.perCallMs * 1000).toFixed(0)} µs per call`
  )
  console.log(`worker_threads Worker: start-up ${out.worker.startMs.toFixed(1)} ms, round trip ${(out.worker.perCallMs * 1000).toFixed(0)} µs per call`)
  console.log(`(medians of ${RUNS}, ${CALLS} calls, ${process.version})`)
}
