// `npm run bench [-- --write-readme] [-- --quick]`: speed and memory on Node 20 and Node 24,
// each figure beside github-script v8 or a floor measured in the same run. The machine is
// shared and noisy: variants run interleaved (paired), figures are medians, and CPU time
// (user + system, read with wait4) is printed beside wall time because it holds still when
// other users keep the cores busy. Only the figures from one run are ever compared.
import { execFile } from 'node:child_process'
import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { cpus, loadavg, tmpdir } from 'node:os'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Limiter } from '../src/clients/limiter.js'
import { startSandbox, type Sandbox } from '../src/sandbox/server.js'
import { Toolbox } from '../src/tools/toolbox.js'
import { Guards } from '../src/tools/guards.js'
import { findTool } from '../src/tools/registry.js'
import { VirtualFileStore } from '../src/virtual-files.js'
import { createScriptTools } from '../src/coordinators/script/script-face.js'
import { createSlackClient } from '../src/clients/slack.js'
import { createHttpFetch } from '../src/clients/http-fetch.js'
import { cancellableFetch, RequestRegistry } from '../src/clients/cancel.js'
import { proxyAwareFetch } from '../src/clients/proxy.js'
import { Redactor } from '../src/report/redact.js'
import { TraceWriter } from '../src/report/trace.js'
import { extraBenches } from './extra.js'
import { childEnv, median, ms, nodeBinaries, paired, pairedRatio, ratio, runProcess, verdict, workspace, type ProcessCost } from './lib.js'

const argv = process.argv.slice(2)
const writeReadme = argv.includes('--write-readme')
const quick = argv.includes('--quick')
const runs = (n: number) => (quick ? Math.min(n, 3) : n)
// `--only=b,e` runs only the sections whose letter or name contains one of the words.
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .filter(Boolean)
const wanted = (name: string) => !only || only.some((o) => (o.length === 1 ? name.includes(`(${o})`) : name.toLowerCase().includes(o.toLowerCase())))

const root = resolve(process.env.HC_ROOT ?? '.')
const action = resolve(process.env.HC_ACTION ?? join(root, 'dist/index.js'))
const { nodes, missing } = nodeBinaries(root)
const startLoad = loadavg()[0]

interface Row {
  what: string
  node: string
  measured: string
  beside: string
  verdict: string
}
const rows: Row[] = []
const notes: string[] = []
const record = (row: Row) => {
  rows.push(row)
  process.stdout.write(`${row.what} [${row.node}]: ${row.measured} | ${row.beside} | ${row.verdict}\n`)
}
const note = (text: string) => {
  notes.push(text)
  process.stdout.write(`note: ${text}\n`)
}
for (const m of missing) note(m)
if (startLoad > cpus().length) {
  note(`load average ${startLoad.toFixed(1)} on ${cpus().length} cores: wall times are mostly waiting for a core, so compare the CPU figures; the wall targets need a quieter machine`)
}

const wallCpu = (costs: ProcessCost[]) => `${ms(median(costs.map((c) => c.wallMs)))} (CPU ${ms(median(costs.map((c) => c.cpuMs)))})`
const wall = (costs: ProcessCost[]) => costs.map((c) => c.wallMs)
const cpu = (costs: ProcessCost[]) => costs.map((c) => c.cpuMs)
const diffs = (a: ProcessCost[], b: ProcessCost[], pick: (c: ProcessCost) => number) => a.map((x, i) => pick(x) - pick(b[i]))
const diffs2 = (a: number[], b: number[]) => a.map((x, i) => x - b[i])

/** Runs a bench script (bench/*.mjs) with `node` in the repository and reads the JSON line it ends its output with. */
function lastJsonLine(node: string, args: string[], env: NodeJS.ProcessEnv): Promise<unknown> {
  return new Promise((done, fail) => execFile(node, args, { cwd: root, env: childEnv(env) }, (error, stdout) => (error ? fail(error) : done(JSON.parse(stdout.trim().split('\n').pop()!)))))
}

/** One section of the bench: a failure is printed as a row, and the others still run. */
async function section(name: string, body: () => Promise<void>): Promise<void> {
  if (!wanted(name)) return
  try {
    await body()
  } catch (error) {
    record({ what: name, node: '-', measured: 'failed', beside: error instanceof Error ? error.message.split('\n')[0] : String(error), verdict: 'not measured' })
  }
}

// ---- Environments ---------------------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'hc-bench-'))
writeFileSync(join(scratch, 'event-opened.json'), JSON.stringify({ action: 'opened', repository: { full_name: 'octo-org/web' } }))
writeFileSync(join(scratch, 'event-closed.json'), JSON.stringify({ action: 'closed', number: 12, repository: { full_name: 'octo-org/web', default_branch: 'main' }, sender: { login: 'octocat' } }))

/** The runner's environment for our action: a fresh output and summary file per run. */
function actionEnv(workspaceDir: string, event: 'opened' | 'closed', inputs: Record<string, string>, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(scratch, 'run-'))
  writeFileSync(join(dir, 'out'), '')
  writeFileSync(join(dir, 'sum'), '')
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(scratch, `event-${event}.json`),
    GITHUB_WORKSPACE: workspaceDir,
    GITHUB_REPOSITORY: 'octo-org/web',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum'),
    INPUT_TRUST: 'workspace',
    ...extra
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return childEnv(env)
}
const coldEnv = () => actionEnv(root, 'opened', { 'config-dir': 'workflows' })

/** github-script v8 beside the repository, as CI lays it out (../shared/anchors/), or HC_ANCHOR. */
function findAnchor(): string | undefined {
  const candidates = [process.env.HC_ANCHOR, resolve(root, '../shared/anchors/github-script-v8/index.js'), resolve(root, '../../shared/anchors/github-script-v8/index.js')]
  return candidates.find((p): p is string => Boolean(p && existsSync(p)))
}
const anchor = findAnchor()
/** Another build to time beside this one in (a), e.g. the previous release's dist/index.js. */
const before = process.env.HC_BEFORE ? resolve(process.env.HC_BEFORE) : undefined
function anchorEnv(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(scratch, 'anchor-'))
  writeFileSync(join(dir, 'out'), '')
  writeFileSync(join(dir, 'sum'), '')
  return childEnv({
    INPUT_SCRIPT: 'return 1',
    'INPUT_GITHUB-TOKEN': 'x',
    'INPUT_RESULT-ENCODING': 'json',
    INPUT_RETRIES: '0',
    'INPUT_RETRY-EXEMPT-STATUS-CODES': '400,401,403,404,422',
    'INPUT_USER-AGENT': 'actions/github-script',
    INPUT_DEBUG: 'false',
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'sum'),
    GITHUB_EVENT_PATH: join(scratch, 'event-opened.json'),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'octo-org/octo-repo'
  })
}
if (anchor) note(`anchor: github-script v8 at ${relative(root, anchor)}`)
else note('anchor: github-script v8 not found (looked in ../shared/anchors/github-script-v8/ and ../../shared/..., or set HC_ANCHOR): (a) is measured against node -e 0 only')

// ---- (a) Cold start on an event that matches nothing, beside github-script `return 1` --

const coldByNode = new Map<string, ProcessCost[]>()
const floorByNode = new Map<string, ProcessCost[]>()
for (const node of wanted('(a) cold start') ? nodes : []) {
  const variants: Record<string, () => Promise<ProcessCost>> = {
    floor: () => runProcess(node.path, ['-e', '0'], childEnv()),
    ours: () => runProcess(node.path, [action], coldEnv(), root)
  }
  if (anchor) variants.anchor = () => runProcess(node.path, [anchor], anchorEnv(), scratch)
  if (before) variants.before = () => runProcess(node.path, [before], coldEnv(), root)
  const r = await paired(runs(15), variants)
  coldByNode.set(node.label, r.ours)
  floorByNode.set(node.label, r.floor)
  const above = median(diffs(r.ours, r.floor, (c) => c.wallMs))
  if (r.anchor) {
    const wallRatio = pairedRatio(wall(r.ours), wall(r.anchor))
    const cpuRatio = pairedRatio(cpu(r.ours), cpu(r.anchor))
    record({
      what: '(a) cold start, event matching nothing, vs github-script v8 `return 1`',
      node: node.version,
      measured: wallCpu(r.ours),
      beside: `github-script ${wallCpu(r.anchor)}; node -e 0 ${wallCpu(r.floor)}`,
      verdict: `ratio ${ratio(wallRatio)} wall: ${verdict(wallRatio <= 1, 'ratio ≤ 1.00')}; ratio ${ratio(cpuRatio)} CPU: ${cpuRatio <= 1 ? 'PASS' : 'MISS'}`
    })
  }
  if (r.before) {
    record({
      what: '(a) cold start, this build vs HC_BEFORE',
      node: node.version,
      measured: wallCpu(r.ours),
      beside: `${relative(root, before!)}: ${wallCpu(r.before)}`,
      verdict: `ratio ${ratio(pairedRatio(wall(r.ours), wall(r.before)))} wall, ${ratio(pairedRatio(cpu(r.ours), cpu(r.before)))} CPU`
    })
  }
  record({ what: '(a) cold start above `node -e 0`', node: node.version, measured: ms(above), beside: `node -e 0 ${wallCpu(r.floor)}`, verdict: verdict(above < 120, '< 120 ms') })
}

// V8's compile cache: a runner starts with an empty cache, so only the cold figure counts.
for (const node of nodes.filter((n) => wanted('compile cache') && Number(/^v(\d+)/.exec(n.version)?.[1]) >= 22)) {
  const warmDir = mkdtempSync(join(scratch, 'cache-warm-'))
  await runProcess(node.path, [action], { ...coldEnv(), NODE_COMPILE_CACHE: warmDir }, root)
  const r = await paired(runs(9), {
    none: () => runProcess(node.path, [action], coldEnv(), root),
    cold: () => runProcess(node.path, [action], { ...coldEnv(), NODE_COMPILE_CACHE: mkdtempSync(join(scratch, 'cache-cold-')) }, root),
    warm: () => runProcess(node.path, [action], { ...coldEnv(), NODE_COMPILE_CACHE: warmDir }, root)
  })
  // Decided on CPU time: a cold runner pays the cache's writes and gains no reads.
  const coldRatio = pairedRatio(cpu(r.cold), cpu(r.none))
  record({
    what: 'V8 compile cache (NODE_COMPILE_CACHE), cold start',
    node: node.version,
    measured: `empty cache ${wallCpu(r.cold)}; warm cache ${wallCpu(r.warm)}`,
    beside: `no cache ${wallCpu(r.none)}`,
    verdict: `empty/none ${ratio(pairedRatio(wall(r.cold), wall(r.none)))} wall, ${ratio(coldRatio)} CPU; warm/none ${ratio(pairedRatio(wall(r.warm), wall(r.none)))} wall, ${ratio(pairedRatio(cpu(r.warm), cpu(r.none)))} CPU: ${coldRatio < 0.98 ? 'helps a cold runner' : 'no help on a cold runner (not enabled)'}`
  })
}

// ---- (b) pr_merged, 25 ms per API call; (d) its peak RSS --------------------------------

await section('(b) pr_merged / (d) RSS', async () => {
  const latency = 25
  const sandbox = await startSandbox({ latencyMs: latency })
  const noCalls = workspace({
    'workflows/pr_merged.yml': readFileSync(join(root, 'workflows/pr_merged.yml'), 'utf8'),
    'scripts/pr_merged.ts': `import type { Handler } from 'hybrid-coordinator'\n\nconst handler: Handler = async () => ({ checked: 0, marked: [] as string[] })\n\nexport default handler\n`
  })
  const prInputs = (s: Sandbox) => ({ 'config-dir': 'workflows', workflow: 'pr-merged-reacji', 'github-token': s.tokens.github, 'slack-token': s.tokens.slack, 'slack-api-url': s.slackUrl })
  try {
    for (const node of nodes) {
      const prWith = (build: string) => () => {
        sandbox.reset()
        return runProcess(node.path, [build], actionEnv(root, 'closed', prInputs(sandbox), { GITHUB_API_URL: sandbox.githubUrl }), root)
      }
      // The same workflow with a script that makes no call: what the isolated script
      // runtime costs before the first request (process, compile, import, exit).
      const idle = () => runProcess(node.path, [action], actionEnv(noCalls, 'closed', prInputs(sandbox), { GITHUB_API_URL: sandbox.githubUrl }), noCalls)
      const variants: Record<string, () => Promise<ProcessCost>> = { pr: prWith(action), cold: () => runProcess(node.path, [action], coldEnv(), root), idle }
      if (before) variants.before = prWith(before)
      const r = await paired(runs(7), variants)
      if (sandbox.callsTo('slack', '/reactions.add').length === 0) throw new Error('pr_merged made no reaction in the bench: is dist/ built?')
      if (r.before) {
        record({
          what: '(b)/(d) pr_merged, this build vs HC_BEFORE',
          node: node.version,
          measured: `${wallCpu(r.pr)}, peak RSS ${median(r.pr.map((c) => c.maxRssMb)).toFixed(1)} MB`,
          beside: `${relative(root, before!)}: ${wallCpu(r.before)}, peak RSS ${median(r.before.map((c) => c.maxRssMb)).toFixed(1)} MB`,
          verdict: `ratio ${ratio(pairedRatio(wall(r.pr), wall(r.before)))} wall, ${ratio(pairedRatio(cpu(r.pr), cpu(r.before)))} CPU; this build ${ms(median(diffs(r.before, r.pr, (c) => c.cpuMs)))} CPU less`
        })
      }
      const over = median(diffs(r.pr, r.cold, (c) => c.wallMs)) - 3 * latency
      record({
        what: `(b) pr_merged script, 10 messages, ${latency} ms per API call`,
        node: node.version,
        measured: `${wallCpu(r.pr)}: ${ms(over)} over the critical path; CPU beyond the cold start ${ms(median(diffs(r.pr, r.cold, (c) => c.cpuMs)))}`,
        beside: `critical path = cold start ${ms(median(wall(r.cold)))} + 3 round trips (a sequential script: + 21)`,
        verdict: verdict(over < 60, '< critical path + 60 ms')
      })
      record({
        what: '(b) the same workflow, its TypeScript script making no call',
        node: node.version,
        measured: `${wallCpu(r.idle)}: ${ms(median(diffs(r.idle, r.cold, (c) => c.wallMs)))} over the cold start (CPU ${ms(median(diffs(r.idle, r.cold, (c) => c.cpuMs)))})`,
        beside: `pr_merged ${ms(median(diffs(r.pr, r.idle, (c) => c.wallMs)))} over it, of which 3 round trips ${3 * latency} ms`,
        verdict: 'the script runtime before and after the calls (its process, the compile, the import, the exit, the report): the part of (b) no call can shorten'
      })
      const peak = median(r.pr.map((c) => c.maxRssMb))
      record({
        what: '(d) peak RSS, pr_merged run',
        node: node.version,
        measured: `${peak.toFixed(1)} MB (max ${Math.max(...r.pr.map((c) => c.maxRssMb)).toFixed(1)})`,
        beside: `node -e 0 ${median((floorByNode.get(node.label) ?? []).map((c) => c.maxRssMb)).toFixed(1)} MB`,
        verdict: verdict(peak < 100, '< 100 MB')
      })
    }
  } finally {
    await sandbox.close()
  }
})

// ---- (c) Tool-call overhead: in process, and through the script runtime end to end -----

await section('(c) in process', async () => {
  const files = new VirtualFileStore([['a.md', 'hello']])
  const tool = findTool('files.read')!
  const ctx = {
    trigger: { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' },
    files,
    github: async () => {
      throw new Error('no')
    },
    slack: async () => {
      throw new Error('no')
    }
  }
  const box = new Toolbox({
    workflow: 'bench',
    tools: [tool, findTool('files.list')!],
    dryRun: false,
    callIdPrefix: 'b',
    guards: new Guards({ limits: {}, allow: {}, repository: 'o/r' }),
    context: ctx as never
  })
  const tools = createScriptTools(box)
  const n = 20_000
  for (let i = 0; i < 2000; i++) await tools.files.read('a.md')
  box.records.length = 0
  let t = performance.now()
  for (let i = 0; i < n; i++) await tool.run({ name: 'a.md', offset: 0, limit: 100 }, { ...ctx, callId: 'x' } as never)
  const direct = (performance.now() - t) / n
  t = performance.now()
  for (let i = 0; i < n; i++) {
    await tools.files.read('a.md')
    if (box.records.length > 1000) box.records.length = 0
  }
  const viaToolbox = (performance.now() - t) / n
  record({
    what: '(c) overhead per tool call in process (script face + toolbox)',
    node: process.version,
    measured: ms(viaToolbox - direct),
    beside: `the tool called directly: ${ms(direct)}`,
    verdict: verdict(viaToolbox - direct < 0.2, '< 0.2 ms')
  })
})

/** A script workflow in a fresh workspace; `body` is the handler's body. */
function scriptWorkspace(name: string, body: string, extraYaml = ''): string {
  return workspace({
    [`workflows/${name}.yml`]: `name: ${name}\non: { pull_request: { types: [closed] } }\ncoordinator: script\ncoordinator_script: scripts/${name}.mjs\ntimeout_seconds: 300\ntools: [slack.get_messages, slack.add_reacji, github.get_status]\nslack: { channel: C0123456789 }\n${extraYaml}`,
    [`scripts/${name}.mjs`]: `export default async (trigger, tools) => {\n${body}\n}\n`
  })
}

await section('(c) through the script runtime', async () => {
  const calls = 2000
  const many = scriptWorkspace('calls', `  for (let i = 0; i < ${calls}; i++) await tools.files.list()\n  return ${calls}`)
  const none = scriptWorkspace('calls', '  return 0')
  for (const node of nodes) {
    const r = await paired(runs(5), {
      many: () => runProcess(node.path, [action], actionEnv(many, 'closed', { 'config-dir': 'workflows', 'slack-token': 'xoxb-unused', 'github-token': 'ghs-unused' }), many),
      none: () => runProcess(node.path, [action], actionEnv(none, 'closed', { 'config-dir': 'workflows', 'slack-token': 'xoxb-unused', 'github-token': 'ghs-unused' }), none)
    })
    const perCall = median(diffs(r.many, r.none, (c) => c.wallMs)) / calls
    const perCallCpu = median(diffs(r.many, r.none, (c) => c.cpuMs)) / calls
    record({
      what: `(c) per tool call through the script runtime, end to end (${calls} × files.list vs none)`,
      node: node.version,
      measured: `${ms(perCall)} (CPU ${ms(perCallCpu)})`,
      beside: `the same script without calls ${wallCpu(r.none)}`,
      verdict: verdict(perCall < 0.5, '< 0.5 ms')
    })
  }
})

// ---- Worker against child process (issue 10: measured, both figures in the README) -------

await section('Worker vs child', async () => {
  for (const node of nodes) {
    // bench/script-isolation.mjs, run by each Node by its path: the runner as the action
    // starts it (permission model where that Node has it) against the same handler in a Worker.
    const r = (await lastJsonLine(node.path, ['bench/script-isolation.mjs', '--json'], { RUNS: String(runs(15)), CALLS: '500' })) as {
      runs: number
      calls: number
      permission: boolean
      child: { startMs: number; perCallMs: number }
      worker: { startMs: number; perCallMs: number }
    }
    record({
      what: `script runtime: child process${r.permission ? ' (permission model)' : ''} vs worker_threads Worker, start-up to first request and round trip per call (medians of ${r.runs}, interleaved)`,
      node: node.version,
      measured: `child process: start-up ${ms(r.child.startMs)}, ${ms(r.child.perCallMs)} per call`,
      beside: `Worker: start-up ${ms(r.worker.startMs)}, ${ms(r.worker.perCallMs)} per call`,
      verdict: `start-up ratio ${ratio(r.child.startMs / r.worker.startMs)}, per call ${ratio(r.child.perCallMs / r.worker.perCallMs)}: the child is kept (a process boundary; README, Script coordinators)`
    })
  }
})

// ---- (e) 1000 sequential slack.add_reacji against the sandbox --------------------------

await section('(e) slack.add_reacji', async () => {
  const names = Array.from({ length: 100 }, (_, i) => `r${i}`)
  const limits = `limits: { slack.add_reacji: 1000 }\nallow: { slack_reactions: [${names.join(', ')}] }\n`
  const loop = `  const messages = await tools.slack.get_messages({ limit: 10 })\n  let n = 0\n  for (const name of ${JSON.stringify(names)}) for (const m of messages) { await tools.slack.add_reacji(m, name); n++ }\n  return n`
  const many = scriptWorkspace('reacji', loop, limits)
  const none = scriptWorkspace('reacji', `  const messages = await tools.slack.get_messages({ limit: 10 })\n  return messages.length`, limits)
  const sandbox = await startSandbox()
  try {
    for (const node of nodes) {
      let answered = 0
      const env = (ws: string) =>
        actionEnv(
          ws,
          'closed',
          { 'config-dir': 'workflows', 'slack-token': sandbox.tokens.slack, 'slack-api-url': sandbox.slackUrl, 'github-token': sandbox.tokens.github },
          { GITHUB_API_URL: sandbox.githubUrl }
        )
      const run = (build: string, ws: string) => async () => {
        sandbox.reset()
        const cost = await runProcess(node.path, [build], env(ws), ws)
        if (ws === many) answered = sandbox.callsTo('slack', '/reactions.add').filter((c) => c.status === 200).length
        return cost
      }
      // The floors (bench/slack-floor.mjs): the same 1000 requests from a bare node:http
      // client, alone and behind the real script runner in a child process.
      const floor = (mode: 'direct' | 'bridged') => async (): Promise<ProcessCost> => {
        sandbox.reset()
        const out = (await lastJsonLine(node.path, ['bench/slack-floor.mjs', sandbox.slackUrl, sandbox.tokens.slack, 'C0123456789'], { MODE: mode })) as { calls: number; perCallMs: number }
        if (out.calls !== 1000) throw new Error(`bench/slack-floor.mjs (${mode}) made ${out.calls} calls, not 1000`)
        return { wallMs: out.perCallMs, cpuMs: NaN, maxRssMb: NaN }
      }
      const variants: Record<string, () => Promise<ProcessCost>> = { many: run(action, many), none: run(action, none), floorDirect: floor('direct'), floorBridged: floor('bridged') }
      if (before) Object.assign(variants, { beforeMany: run(before, many), beforeNone: run(before, none) })
      const r = await paired(runs(3), variants)
      if (r.beforeMany) {
        const per = (m: ProcessCost[], n: ProcessCost[], pick: (c: ProcessCost) => number) => median(diffs(m, n, pick)) / 1000
        record({
          what: '(e) per slack.add_reacji, this build vs HC_BEFORE',
          node: node.version,
          measured: `${ms(per(r.many, r.none, (c) => c.wallMs))} (CPU ${ms(per(r.many, r.none, (c) => c.cpuMs))})`,
          beside: `${relative(root, before!)}: ${ms(per(r.beforeMany, r.beforeNone, (c) => c.wallMs))} (CPU ${ms(per(r.beforeMany, r.beforeNone, (c) => c.cpuMs))})`,
          verdict: `without the calls: ${wallCpu(r.none)} vs ${wallCpu(r.beforeNone)}`
        })
      }
      const perCall = median(diffs(r.many, r.none, (c) => c.wallMs)) / 1000
      const perCallCpu = median(diffs(r.many, r.none, (c) => c.cpuMs)) / 1000
      const direct = median(wall(r.floorDirect))
      const bridged = median(wall(r.floorBridged))
      record({
        what: '(e) 1000 sequential slack.add_reacji on the sandbox, per call',
        node: node.version,
        measured: `${ms(perCall)} (CPU ${ms(perCallCpu)}, action and sandbox in separate processes)`,
        beside: `the same run without the calls ${wallCpu(r.none)}; reactions Slack answered in the last 1000-call run: ${answered}`,
        verdict: verdict(perCall < 0.8, '< 0.8 ms')
      })
      record({
        what: '(e) floor: the same 1000 reactions.add from a bare node:http client in a fresh process, per call',
        node: node.version,
        measured: `alone ${ms(direct)}; behind the script runner in a child process (the isolated runtime, nothing else of ours) ${ms(bridged)}`,
        beside: `the action ${ms(perCall)}`,
        verdict: `the action takes ${ratio(perCall / bridged)} of the isolated floor; ${direct < 0.8 ? (bridged < 0.8 ? 'both floors are under the target' : 'the isolated floor alone is over the 0.8 ms target') : 'the bare client alone is over the 0.8 ms target'}`
      })
    }
  } finally {
    await sandbox.close()
  }
})

// ---- (f) 1000 configs, none matching -------------------------------------------------

await section('(f) configs', async () => {
  const config = (i: number) =>
    `name: w${i}\ndescription: Config ${i} of the bench\non:\n  issues:\n    types: [opened, labeled]\n  workflow_dispatch: {}\ncoordinator: script\ncoordinator_script: scripts/s.mjs\ntimeout_seconds: 120\ntools:\n  - slack.get_messages\n  - slack.add_reacji\n  - github.get_status\nslack:\n  channel: C0123456789\nlimits:\n  slack.add_reacji: 10\nallow:\n  slack_reactions: [merged]\n`
  const files: Record<string, string> = { 'scripts/s.mjs': 'export default async () => 1\n' }
  for (let i = 0; i < 1000; i++) files[`workflows/w${i}.yml`] = config(i)
  const thousand = workspace(files)
  const one = workspace({ 'scripts/s.mjs': files['scripts/s.mjs'], 'workflows/w0.yml': config(0) })
  for (const node of nodes) {
    const r = await paired(runs(5), {
      thousand: () => runProcess(node.path, [action], actionEnv(thousand, 'opened', { 'config-dir': 'workflows' }), thousand),
      one: () => runProcess(node.path, [action], actionEnv(one, 'opened', { 'config-dir': 'workflows' }), one)
    })
    const per = median(diffs(r.thousand, r.one, (c) => c.wallMs)) / 999
    const perCpu = median(diffs(r.thousand, r.one, (c) => c.cpuMs)) / 999
    record({
      what: '(f) 1000 configs, none matching, per config',
      node: node.version,
      measured: `${ms(per)} (CPU ${ms(perCpu)})`,
      beside: `one config ${wallCpu(r.one)}; 1000 configs ${wallCpu(r.thousand)}`,
      verdict: verdict(per < 0.5, '< 0.5 ms')
    })
  }
})

// ---- What the throttling plugin and the Slack SDK cost, in this process ---------------

await section('throttling plugin', async () => {
  const sandbox = await startSandbox({ latencyMs: 25 })
  try {
    // Each variant gets groups of its own queue: the plugin otherwise shares the first
    // instance's groups with every later one.
    const build = (plugins: unknown[], Queue?: any) => {
      const Kit = (Octokit as any).plugin(...plugins)
      const groups = Queue ? { Bottleneck: Queue, global: new Queue.Group({ id: 'octokit-global', maxConcurrent: 10 }) } : {}
      return new Kit({ auth: sandbox.tokens.github, baseUrl: sandbox.githubUrl, retry: { retries: 3 }, throttle: { ...groups, onRateLimit: () => false, onSecondaryRateLimit: () => false } })
    }
    // pr_merged's GitHub part: eight lookups at once.
    const lookups = async (kit: any) => {
      const t = performance.now()
      await Promise.all(Array.from({ length: 8 }, (_, i) => kit.rest.pulls.get({ owner: 'octo-org', repo: 'web', pull_number: [12, 13, 14, 15, 16, 17, 18, 19][i] }).catch(() => undefined)))
      return performance.now() - t
    }
    // The plugin's default queue (untyped: bottleneck ships no types for its light build).
    const Bottleneck = (await import('bottleneck/light.js' as string)).default
    const ours = build([restEndpointMethods, paginateRest, retry, throttling], Limiter)
    const bottleneck = build([restEndpointMethods, paginateRest, retry, throttling], Bottleneck)
    const without = build([restEndpointMethods, paginateRest, retry])
    for (const kit of [ours, bottleneck, without]) await lookups(kit)
    const r = await paired(runs(15), { ours: () => lookups(ours), bottleneck: () => lookups(bottleneck), without: () => lookups(without) })
    record({
      what: 'Throttling plugin: 8 concurrent pulls.get, 25 ms per call',
      node: process.version,
      measured: `with the plugin on our queue (clients/limiter.ts) ${ms(median(r.ours))}`,
      beside: `on its default Bottleneck ${ms(median(r.bottleneck))}; without the plugin ${ms(median(r.without))}`,
      verdict: `our queue costs ${ms(median(r.ours.map((x, i) => x - r.without[i])))} over no plugin (ratio ${ratio(pairedRatio(r.ours, r.without))}), Bottleneck ${ms(median(r.bottleneck.map((x, i) => x - r.without[i])))} (ratio ${ratio(pairedRatio(r.bottleneck, r.without))}): the plugin is kept, it honours GitHub's rate limits`
    })
  } finally {
    await sandbox.close()
  }
})

await section('Slack call path', async () => {
  const sandbox = await startSandbox()
  try {
    const slack = createSlackClient(sandbox.tokens.slack, sandbox.slackUrl, 30_000, createHttpFetch())
    const slackUndici = createSlackClient(sandbox.tokens.slack, sandbox.slackUrl, 30_000, globalThis.fetch)
    const { messages } = (await slack.conversations.history({ channel: 'C0123456789', limit: 10 })) as { messages: Array<{ ts: string }> }
    const pairs = Array.from({ length: 1000 }, (_, i) => ({ ts: messages[i % messages.length].ts, name: `r${Math.floor(i / messages.length)}` }))
    const viaSdk = async (client = slack) => {
      sandbox.reset()
      const t = performance.now()
      for (const p of pairs) await client.reactions.add({ channel: 'C0123456789', timestamp: p.ts, name: p.name })
      return (performance.now() - t) / pairs.length
    }
    const viaFetch = async () => {
      sandbox.reset()
      const t = performance.now()
      for (const p of pairs) {
        const res = await fetch(`${sandbox.slackUrl}reactions.add`, {
          method: 'POST',
          headers: { authorization: `Bearer ${sandbox.tokens.slack}`, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ channel: 'C0123456789', timestamp: p.ts, name: p.name })
        })
        const body = (await res.json()) as { ok: boolean; error?: string }
        if (!body.ok) throw new Error(body.error)
      }
      return (performance.now() - t) / pairs.length
    }
    // The action's own layers over the SDK, as a workflow run builds them (clients/index.ts,
    // prepare-run.ts): the proxy-aware, tracked, cancellable fetch; then the toolbox (input
    // check, guards, redaction of the arguments and the answer, the trace line).
    const controller = new AbortController()
    const registry = new RequestRegistry()
    const chained = createSlackClient(
      sandbox.tokens.slack,
      sandbox.slackUrl,
      30_000,
      cancellableFetch(registry.track(await proxyAwareFetch({}, createHttpFetch())), controller.signal),
      controller.signal
    )
    const redactor = new Redactor()
    for (const secret of [sandbox.tokens.slack, sandbox.tokens.github, 'sk-ant-api03-bench-0123456789']) redactor.add(secret)
    const trace = new TraceWriter(join(scratch, 'call-path-trace.jsonl'), redactor)
    const box = new Toolbox({
      workflow: 'bench',
      tools: [findTool('slack.add_reacji')!],
      dryRun: false,
      callIdPrefix: 'b',
      guards: new Guards({ limits: { 'slack.add_reacji': 1e9 }, allow: {}, repository: 'octo-org/web', slackChannel: 'C0123456789' }),
      context: {
        trigger: { event: 'pull_request', action: 'closed', payload: {}, repository: 'octo-org/web', ref: '', sha: '', actor: '' },
        files: new VirtualFileStore([]),
        github: () => Promise.reject(new Error('not in this bench')),
        slack: async () => chained
      } as never,
      redactor,
      onCall: (record) => trace.write({ type: 'tool_call', ...record, dry_run: false } as never)
    })
    const viaToolbox = async () => {
      sandbox.reset()
      const t = performance.now()
      for (const p of pairs) await box.callWithArgs('slack.add_reacji', [{ channel: 'C0123456789', ts: p.ts, text: 'x', user: 'U1' }, p.name], 'script', {})
      const per = (performance.now() - t) / pairs.length
      box.records.length = 0
      trace.flush()
      return per
    }
    // The floor in process: the same request from a bare node:http keep-alive client.
    const agent = new HttpAgent({ keepAlive: true })
    const bareCall = (ts: string, name: string) =>
      new Promise<void>((done, fail) => {
        const body = new URLSearchParams({ channel: 'C0123456789', timestamp: ts, name }).toString()
        const req = httpRequest(new URL('reactions.add', sandbox.slackUrl), {
          method: 'POST',
          agent,
          headers: { authorization: `Bearer ${sandbox.tokens.slack}`, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }
        })
        req.once('response', (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (text += chunk))
          res.once('end', () => ((JSON.parse(text) as { ok: boolean }).ok ? done() : fail(new Error(text))))
        })
        req.once('error', fail)
        req.end(body)
      })
    const viaBare = async () => {
      sandbox.reset()
      const t = performance.now()
      for (const p of pairs) await bareCall(p.ts, p.name)
      return (performance.now() - t) / pairs.length
    }
    const r = await paired(runs(5), { sdk: () => viaSdk(), undici: () => viaSdk(slackUndici), fetch: viaFetch, chained: () => viaSdk(chained), toolbox: viaToolbox, bare: viaBare })
    agent.destroy()
    record({
      what: 'Slack call path: reactions.add, per call, in process (sandbox in the same process)',
      node: process.version,
      measured: `@slack/web-api over the node:http fetch ${ms(median(r.sdk))}`,
      beside: `@slack/web-api over Node's fetch (undici) ${ms(median(r.undici))}; plain Node fetch, no SDK ${ms(median(r.fetch))}`,
      verdict: `node:http/undici ratio ${ratio(pairedRatio(r.sdk, r.undici))}`
    })
    record({
      what: "Slack call path: the action's layers over the SDK, per call, in process",
      node: process.version,
      measured: `+ proxy-aware, tracked, cancellable fetch ${ms(median(r.chained))}; + the toolbox (input check, guards, redaction, trace line) ${ms(median(r.toolbox))}`,
      beside: `@slack/web-api over the node:http fetch ${ms(median(r.sdk))}; a bare node:http client, no SDK ${ms(median(r.bare))}`,
      verdict: `the SDK adds ${ms(median(diffs2(r.sdk, r.bare)))} a call to the bare client, our layers ${ms(median(diffs2(r.toolbox, r.sdk)))} more (fetch wrappers ${ms(median(diffs2(r.chained, r.sdk)))})`
    })
  } finally {
    await sandbox.close()
  }
})

for (const bench of extraBenches) {
  await section('Python bridge / LLM loop', async () => {
    for (const [what, measured, beside, v] of await bench({ root, action })) record({ what, node: process.version, measured, beside, verdict: v })
  })
}

// ---- The table -------------------------------------------------------------------------

const date = new Date().toISOString().slice(0, 16).replace('T', ' ')
const header = [
  `Run on ${date} UTC, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), load average ${startLoad.toFixed(1)} at the start; ${nodes.map((n) => `${n.label} = ${n.version}`).join(', ')}.`,
  "Wall times are medians of runs interleaved with what they are compared to; CPU is the child's user + system time. Children start without `NODE_EXTRA_CA_CERTS`.",
  ...notes.map((n) => `Note: ${n}.`)
]
const table = [
  '| measure | Node | measured | beside it, same run | verdict |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${[r.what, r.node, r.measured, r.beside, r.verdict].map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`)
]
const block = [...header, '', ...table].join('\n')
process.stdout.write(`\n${block}\n`)

if (writeReadme) {
  const readme = join(root, 'README.md')
  const text = readFileSync(readme, 'utf8')
  const start = text.indexOf('<!-- bench -->')
  const end = text.indexOf('<!-- /bench -->')
  if (start < 0 || end < start) throw new Error('README.md has no <!-- bench --> ... <!-- /bench --> block to write the figures into')
  writeFileSync(readme, `${text.slice(0, start)}<!-- bench -->\n${block}\n${text.slice(end)}`)
  process.stdout.write(`\nWrote the figures into ${readme}.\n`)
}
