import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { measurePythonBridge } from '../src/coordinators/python-bench.js'
import { loadScript } from '../src/coordinators/ts-loader.js'

/** Benches of the Python bridge and the LLM coordinator, each added beside the base ones. */
export type BenchRow = [what: string, measured: string, floor: string, verdict: string]
export type Bench = (ctx: { root: string; action: string }) => Promise<BenchRow[]>

const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`
const verdict = (ok: boolean, target: string) => `${ok ? 'PASS' : 'MISS'} (target ${target})`

/** Start-up of a TypeScript coordinator: compile (sucrase, loaded on first use) and import an empty handler. */
async function typescriptStartupMs(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-bench-ts-'))
  const times: number[] = []
  for (let i = 0; i < 15; i++) {
    const file = join(dir, `s${i}.ts`)
    writeFileSync(file, 'export default async (): Promise<number> => 1\n')
    const t = performance.now()
    const loaded = await loadScript(file)
    times.push(performance.now() - t)
    await loaded.dispose()
  }
  return times[0] // the first load pays for the compiler, as a run does
}

const python: Bench = async () => {
  const rows: BenchRow[] = []
  const ts = await typescriptStartupMs()
  for (const interpreter of ['/usr/bin/python3', 'python3'].filter((p) => p === 'python3' || existsSync(p))) {
    const t = await measurePythonBridge(interpreter, 1000)
    rows.push([`Python bridge round trip, median of 1000 (${interpreter})`, ms(t.medianRoundTripMs), 'TypeScript script: in-process, see (c)', verdict(t.medianRoundTripMs < 0.5, '< 0.5 ms')])
    rows.push([`Python bridge start-up beyond the interpreter (${interpreter})`, ms(t.startupMs), `interpreter start ${ms(t.interpreterStartMs)}; TypeScript script start-up (compile + import) ${ms(ts)}`, verdict(t.startupMs < 60, '< 60 ms')])
  }
  return rows
}

export const extraBenches: Bench[] = [python]
