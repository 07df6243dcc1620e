// `npm run bench`: speed and memory, each measured against a floor taken in the same run
// (these machines are noisy, so absolute numbers mean little; ratios and differences do).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startSandbox } from '../src/sandbox/server.js'
import { runAction } from '../src/sandbox/run-action.js'
import { Toolbox } from '../src/tools/toolbox.js'
import { Guards } from '../src/tools/guards.js'
import { findTool } from '../src/tools/registry.js'
import { VirtualFileStore } from '../src/virtual-files.js'
import { createScriptTools } from '../src/coordinators/script/script-face.js'
import { extraBenches } from './extra.js'

const root = resolve(process.env.HC_ROOT ?? '.')
const action = resolve(root, 'dist/index.js')
const rows: Array<[string, string, string, string]> = []
const record = (what: string, measured: string, floor: string, verdict: string) => {
  rows.push([what, measured, floor, verdict])
  process.stdout.write(`${what}: ${measured} (floor ${floor}) ${verdict}\n`)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`
const pass = (ok: boolean, target: string) => `${ok ? 'PASS' : 'MISS'} (target ${target})`

function timeProcess(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const t = performance.now()
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' })
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`)
  return performance.now() - t
}

// (a) Cold start on an event that matches nothing, against `node -e 0`.
{
  const dir = mkdtempSync(join(tmpdir(), 'hc-bench-'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ action: 'opened', repository: { full_name: 'octo-org/web' } }))
  const env = {
    GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_WORKSPACE: root, GITHUB_REPOSITORY: 'octo-org/web',
    'INPUT_CONFIG-DIR': 'workflows', 'INPUT_TRUST': 'workspace', RUNNER_TEMP: dir, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'sum')
  }
  const floor: number[] = []
  const cold: number[] = []
  for (let i = 0; i < 21; i++) {
    floor.push(timeProcess(['-e', '0']))
    cold.push(timeProcess([action], env))
  }
  const above = median(cold) - median(floor)
  record('(a) cold start, event matching nothing', ms(median(cold)), `node -e 0: ${ms(median(floor))}`, `${ms(above)} above floor: ${pass(above < 120, '< 120 ms above')}`)
}

// (b) pr_merged on the sandbox with 25 ms per API call and 10 messages.
{
  const latency = 25
  const sandbox = await startSandbox({ latencyMs: latency })
  const runs: number[] = []
  const colds: number[] = []
  const dir = mkdtempSync(join(tmpdir(), 'hc-bench-'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ action: 'opened', repository: { full_name: 'octo-org/web' } }))
  for (let i = 0; i < 7; i++) {
    sandbox.reset()
    const run = await runAction({
      action, workspace: root, eventName: 'pull_request', event: { action: 'closed', repository: { full_name: 'octo-org/web' } },
      inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji', 'github-token': sandbox.tokens.github, 'slack-token': sandbox.tokens.slack, 'slack-api-url': sandbox.slackUrl, trust: 'workspace' },
      env: { GITHUB_API_URL: sandbox.githubUrl }
    })
    if (run.exitCode !== 0) throw new Error(`pr_merged failed in the bench: ${run.stdout}`)
    runs.push(run.durationMs)
    colds.push(timeProcess([action], { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_WORKSPACE: root, 'INPUT_CONFIG-DIR': 'workflows', RUNNER_TEMP: dir, GITHUB_OUTPUT: join(dir, 'o'), GITHUB_STEP_SUMMARY: join(dir, 's') }))
  }
  await sandbox.close()
  const critical = median(colds) + 3 * latency
  record('(b) pr_merged script, 10 messages, 25 ms per API call', ms(median(runs)), `critical path (cold start + 3 round trips) ${ms(critical)}; sequential would be cold start + 21 round trips = ${ms(median(colds) + 21 * latency)}`, `${ms(median(runs) - critical)} above the critical path: ${pass(median(runs) < critical + 100, '< critical path + 100 ms')}`)
}

// (c) In-process overhead per tool call: the toolbox (schema, guards, record) and the script
// face, against calling the same implementation directly.
{
  const files = new VirtualFileStore([['a.md', 'hello']])
  const tool = findTool('files.read')!
  const ctx = { trigger: { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' }, files, github: async () => { throw new Error('no') }, slack: async () => { throw new Error('no') } }
  const box = new Toolbox({ workflow: 'bench', tools: [tool, findTool('files.list')!], dryRun: false, callIdPrefix: 'b', guards: new Guards({ limits: {}, allow: {}, repository: 'o/r' }), context: ctx })
  const tools = createScriptTools(box)
  const n = 20_000
  for (let i = 0; i < 2000; i++) await tools.files.read('a.md')
  box.records.length = 0
  let t = performance.now()
  for (let i = 0; i < n; i++) await tool.run({ name: 'a.md', offset: 0, limit: 100 }, { ...ctx, callId: 'x' })
  const direct = (performance.now() - t) / n
  t = performance.now()
  for (let i = 0; i < n; i++) {
    await tools.files.read('a.md')
    if (box.records.length > 1000) box.records.length = 0
  }
  const viaToolbox = (performance.now() - t) / n
  record('(c) overhead per tool call (script face + toolbox)', ms(viaToolbox - direct), `direct call: ${ms(direct)}`, pass(viaToolbox - direct < 0.2, '< 0.2 ms'))
}

// (d) Peak RSS of the pr_merged run, against a bare node process.
{
  const sandbox = await startSandbox()
  const hook = join(mkdtempSync(join(tmpdir(), 'hc-bench-')), 'rss.mjs')
  writeFileSync(hook, "import { writeSync } from 'node:fs'\nprocess.on('exit', () => writeSync(2, `\\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\\n`))\n")
  const run = await runAction({
    action, workspace: root, eventName: 'pull_request', event: { action: 'closed', repository: { full_name: 'octo-org/web' } },
    inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji', 'github-token': sandbox.tokens.github, 'slack-token': sandbox.tokens.slack, 'slack-api-url': sandbox.slackUrl, trust: 'workspace' },
    env: { GITHUB_API_URL: sandbox.githubUrl, NODE_OPTIONS: `--import ${hook}` }
  })
  await sandbox.close()
  const peak = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024
  const floorRun = spawnSync(process.execPath, ['--import', hook, '-e', '0'], { encoding: 'utf8' })
  const floor = Number(/PEAK_RSS_KB=(\d+)/.exec(floorRun.stderr)?.[1] ?? NaN) / 1024
  record('(d) peak RSS, pr_merged run', `${peak.toFixed(1)} MB`, `node -e 0: ${floor.toFixed(1)} MB`, pass(peak < 120, '< 120 MB'))
}

for (const bench of extraBenches) {
  for (const [what, measured, floor, verdict] of await bench({ root, action })) record(what, measured, floor, verdict)
}

process.stdout.write('\n| measure | measured | floor, same run | verdict |\n| --- | --- | --- | --- |\n')
for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`)
