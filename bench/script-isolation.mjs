// Worker against child process for the isolated JS/TS script runtime: start-up (start to
// the handler's first request) and the per-call round trip (one tool call answered by the
// parent), medians. The child is the real runner (dist/runner.mjs, JSON lines on fd 3 and
// stdin), started as the action starts it (under Node's permission model where this Node
// has --permission and --allow-inspector); the worker is the same handler behind
// postMessage. The two run interleaved. Run: `node bench/script-isolation.mjs [--json]`
// after `npm run bundle`; `npm run bench` runs it on Node 20 and Node 24 (the Worker vs
// child rows).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { permissionModel, startRunner } from './runner-child.mjs'

const RUNS = Number(process.env.RUNS ?? 15)
const CALLS = Number(process.env.CALLS ?? 500)
const dir = mkdtempSync(join(tmpdir(), 'hc-bench-iso-'))
const script = join(dir, 'calls.mjs')
writeFileSync(script, `export default async (trigger, tools) => { for (let i = 0; i < trigger.calls; i++) await tools.files.list(); return 'done' }\n`)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function child(calls) {
  return new Promise((done) => {
    const t0 = performance.now()
    let first,
      last,
      n = 0
    const { proc, reply } = startRunner({
      dir,
      entry: script,
      trigger: { calls },
      tools: [{ name: 'files.list' }],
      onMessage: (m) => {
        if (m.type === 'tool') {
          if (n++ === 0) first = performance.now()
          reply({ id: m.id, ok: true, value: [] })
        } else if (m.type === 'result') last = performance.now()
      }
    })
    proc.on('exit', () => done({ startMs: first - t0, perCallMs: (last - first) / Math.max(1, calls - 1) }))
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
if (process.argv.includes('--json')) console.log(JSON.stringify({ node: process.version, runs: RUNS, calls: CALLS, permission: permissionModel, ...out }))
else {
  console.log(
    `child process (JSON lines${permissionModel ? ', permission model' : ''}): start-up ${out.child.startMs.toFixed(1)} ms, round trip ${(out.child.perCallMs * 1000).toFixed(0)} µs per call`
  )
  console.log(`worker_threads Worker: start-up ${out.worker.startMs.toFixed(1)} ms, round trip ${(out.worker.perCallMs * 1000).toFixed(0)} µs per call`)
  console.log(`(medians of ${RUNS}, ${CALLS} calls, ${process.version})`)
}
