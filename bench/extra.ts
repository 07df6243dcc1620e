import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { measurePythonBridge } from '../src/coordinators/python-bench.js'
import { loadScript } from '../src/coordinators/script/ts-loader.js'
import { startSandbox } from '../src/sandbox/server.js'
import { createAnthropicFake } from '../src/sandbox/anthropic.js'
import { runAction } from '../src/sandbox/run-action.js'

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
    rows.push([
      `Python bridge start-up beyond the interpreter (${interpreter})`,
      ms(t.startupMs),
      `interpreter start ${ms(t.interpreterStartMs)}; TypeScript script start-up (compile + import, compiler loaded) ${ms(ts)}`,
      verdict(t.startupMs < 60, '< 60 ms')
    ])
  }
  return rows
}

/**
 * The pr_merged llm workflow on the sandbox, 10 messages, the model's part scripted: turns,
 * input tokens per turn with and without cache reads, and the loop's own time per turn
 * (the trace's `overhead_ms`: our work between model calls, model latency excluded).
 */
const llm: Bench = async ({ root, action }) => {
  const anthropic = createAnthropicFake({ policy: 'pr-merged' })
  const sandbox = await startSandbox({ anthropic: anthropic.handler })
  const overheads: number[] = []
  let turns = 0
  let perTurn = ''
  try {
    for (let i = 0; i < 5; i++) {
      sandbox.reset()
      anthropic.clearCache()
      const run = await runAction({
        action,
        workspace: root,
        eventName: 'pull_request',
        event: { action: 'closed', repository: { full_name: 'octo-org/web' } },
        inputs: {
          'config-dir': 'workflows',
          workflow: 'pr-merged-llm',
          'github-token': sandbox.tokens.github,
          'slack-token': sandbox.tokens.slack,
          'slack-api-url': sandbox.slackUrl,
          'anthropic-api-key': sandbox.tokens.anthropic,
          trust: 'workspace'
        },
        env: { GITHUB_API_URL: sandbox.githubUrl, ANTHROPIC_BASE_URL: sandbox.anthropicUrl }
      })
      if (run.exitCode !== 0) throw new Error(`pr_merged_llm failed in the bench: ${run.stdout}`)
      const lines = readFileSync(run.outputs['trace-file'], 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, any>)
      const requests = lines.filter((l) => l.type === 'llm_request')
      turns = requests.length
      overheads.push(...requests.map((r) => Number(r.overhead_ms ?? NaN)))
      perTurn = requests
        .map((r, n) => {
          const u = r.usage
          const all = u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens
          return `turn ${n + 1}: ${all} prompt tokens, ${u.cache_read_input_tokens} from cache, ${u.input_tokens + u.cache_creation_input_tokens} sent uncached`
        })
        .join('; ')
    }
  } finally {
    await sandbox.close()
  }
  const sorted = overheads.filter(Number.isFinite).sort((a, b) => a - b)
  const medianOverhead = sorted[Math.floor(sorted.length / 2)]
  return [
    ['LLM pr_merged, model turns (10 messages)', String(turns), 'read, look up all, react all, finish', verdict(turns <= 4, '<= 4')],
    ['LLM pr_merged, input tokens per turn', perTurn, 'without cache every prompt token is sent uncached', 'cache reads from turn 2 on'],
    ['LLM loop overhead per turn, model latency excluded (median)', ms(medianOverhead), `max ${ms(sorted.at(-1) ?? NaN)}`, verdict(medianOverhead < 2, '< 2 ms')]
  ]
}

export const extraBenches: Bench[] = [python, llm]
