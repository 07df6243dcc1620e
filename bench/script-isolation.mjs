// Worker against child process for the isolated JS/TS script runtime: start-up (start to
// the handler's first request) and the per-call round trip (one tool call answered by the
// parent), medians. The child is the real runner (dist/runner.mjs, JSON lines on fd 3 and
// stdin); the worker is the same handler behind postMessage. Run: `node bench/script-isolation.mjs`
// after `npm run bundle`. Not part of `npm run bench` (kept small on purpose).
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

function child(calls) {
  return new Promise((done) => {
    const t0 = performance.now()
    const proc = spawn(process.execPath, ['--max-old-space-size=1024', resolve('dist/runner.mjs')], { stdio: ['pipe', 'inherit', 'inherit', 'pipe'], cwd: dir, env: { PATH: process.env.PATH } })
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

for (const [name, run] of [
  ['child process (JSON lines)', child],
  ['worker_threads Worker', worker]
]) {
  const starts = [],
    calls = []
  for (let i = 0; i < RUNS; i++) {
    const s = await run(1)
    starts.push(s.startMs)
    calls.push((await run(CALLS)).perCallMs)
  }
  console.log(`${name}: start-up ${median(starts).toFixed(1)} ms, round trip ${(median(calls) * 1000).toFixed(0)} µs per call (medians of ${RUNS}, ${CALLS} calls)`)
}
