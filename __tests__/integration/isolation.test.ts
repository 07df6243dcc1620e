import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO, seedDemoState } from '../../src/sandbox/state.js'
import type { ActionRun } from '../../src/sandbox/run-action.js'
import { itOnNode24, makeWorkspace, runAgainstSandbox, useSandbox } from '../helpers/workspace.js'
import { processesTagged } from '../helpers/processes.js'
import { describeRun, readTrace, reactionsOn, traceText } from '../fixtures/run-helpers.js'

/**
 * Scripts run isolated (SPEC section 5), tried the way an attacker or a buggy script would:
 * through the bundled action, against the sandbox. Each test here failed on the in-process
 * runtime (and on Python started with `-c` in the checkout).
 */

const PYTHON = process.env.HC_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')
const TARGET_TS = '1732403000.000100'

let sandbox: Sandbox
useSandbox({}, (s) => {
  sandbox = s
})

/** A folder outside every workspace where planted code would leave its mark. */
const marks = mkdtempSync(join(tmpdir(), 'hc-marks-'))
const marked = () => readdirSync(marks)
const spawned: number[] = []
afterAll(() => {
  for (const pid of spawned) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // gone, as it should be
    }
  }
})

/** Lines the runner would act on as workflow commands: it honours `::stop-commands::TOKEN` ... `::TOKEN::`. */
function effectiveCommands(stdout: string): string[] {
  const commands: string[] = []
  let stopped: string | undefined
  for (const line of stdout.split('\n')) {
    if (stopped) {
      if (line === `::${stopped}::`) stopped = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) stopped = stop[1]
    else if (line.startsWith('::')) commands.push(line)
  }
  return commands
}

/** The tokens a text holds, `::add-mask::` lines aside (the runner consumes them, and they must carry the secret). */
function tokensIn(text: string): string[] {
  const log = text
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  return Object.values(sandbox.tokens).filter((t) => log.includes(t))
}

const workflow = (name: string, script: string, extra = '') =>
  `name: ${name}\non: [pull_request, pull_request_target]\ncoordinator: script\ncoordinator_script: ${script}\ntools: [slack.add_reacji, slack.get_messages]\nslack: { channel: ${DEMO.channel} }\n${extra}`

describe('a JS/TS script that exits, crashes, hangs or hogs memory fails its own workflow alone', () => {
  let run: ActionRun
  const byName = (name: string) => run.results.find((r) => r.workflow === name)

  it('runs every workflow, reports each failure clearly, and writes outputs, summary and trace', async () => {
    const ws = makeWorkspace({
      '.github/coordinator/a-exit.yml': workflow('a-exit', 'scripts/exit.mjs'),
      'scripts/exit.mjs': 'export default async function () {\n  process.exit(0)\n}\n',
      '.github/coordinator/b-rejection.yml': workflow('b-rejection', 'scripts/rejection.mjs'),
      'scripts/rejection.mjs': "export default async function () {\n  Promise.reject(new Error('nobody awaited me'))\n  await new Promise((r) => setTimeout(r, 20000))\n}\n",
      '.github/coordinator/c-timer.yml': workflow('c-timer', 'scripts/timer.ts'),
      'scripts/timer.ts':
        "export default async function (): Promise<void> {\n  setTimeout(() => {\n    throw new Error('thrown from a timer')\n  }, 5)\n  await new Promise((r) => setTimeout(r, 20000))\n}\n",
      '.github/coordinator/d-loop.yml': workflow('d-loop', 'scripts/loop.mjs', 'timeout_seconds: 2\n'),
      'scripts/loop.mjs': 'export default async function () {\n  while (true) {}\n}\n',
      '.github/coordinator/e-hog.yml': workflow('e-hog', 'scripts/hog.mjs'),
      'scripts/hog.mjs': "export default async function () {\n  const keep = []\n  for (;;) keep.push(new Array(1e6).fill('x'))\n}\n",
      '.github/coordinator/f-good.yml': workflow('f-good', 'scripts/good.ts'),
      'scripts/good.ts': `export default async function (trigger: unknown, tools: any) {
  const env = Object.entries(process.env).map(([k, v]) => k + '=' + v).join('\\n')
  let parent = ''
  try { parent = (await import('node:fs')).readFileSync('/proc/' + process.ppid + '/cmdline', 'utf8') } catch {}
  console.log('::error file=scripts/good.ts::a fake annotation from the script')
  console.log('::stop-commands::mine')
  console.log('::warning::after my own stop-commands')
  process.stdout.write('::mine::\\n::notice::unbalanced')
  await tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'eyes')
  const unknown = await tools.mcp.tickets.search({ query: 'x' }).then(() => 'called', (e: Error) => e.message)
  return { env, parent, slack: Object.keys(tools.slack).sort(), unknown }
}
`
    })
    run = await runAgainstSandbox(sandbox, ws, { env: { GITHUB_TOKEN: sandbox.tokens.github, MY_COPY_OF_THE_SLACK_TOKEN: sandbox.tokens.slack, HYBRID_COORDINATOR_SCRIPT_MEMORY_MB: '64' } })
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-exit', 'failed'],
      ['b-rejection', 'failed'],
      ['c-timer', 'failed'],
      ['d-loop', 'failed'],
      ['e-hog', 'failed'],
      ['f-good', 'succeeded']
    ])
    expect(run.exitCode).toBe(1)
    expect(byName('a-exit')!.error).toBe('scripts/exit.mjs: the script called process.exit(0) before the handler returned')
    expect(byName('b-rejection')!.error).toBe('scripts/rejection.mjs:2: the script left a promise rejection unhandled: nobody awaited me')
    expect(byName('c-timer')!.error).toBe('scripts/timer.ts:3: the script threw outside the handler (a timer or callback): thrown from a timer')
    expect(byName('d-loop')!.error).toBe("scripts/loop.mjs:2: timed out: the workflow ran past timeout_seconds (2 s); the script's process was killed")
    expect(byName('e-hog')!.error).toBe('scripts/hog.mjs: the script ran out of memory (its heap is capped at 64 MB) and was stopped')
    // Each failure is an annotation on the script's file, at its line where it has one.
    const annotations = run.annotations.filter((a) => a.title?.endsWith('failed'))
    expect(annotations.map((a) => [a.file, a.line])).toEqual([
      ['scripts/exit.mjs', undefined],
      ['scripts/rejection.mjs', 2],
      ['scripts/timer.ts', 3],
      ['scripts/loop.mjs', 2],
      ['scripts/hog.mjs', undefined]
    ])
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toEqual(['eyes'])
    expect(run.outputs['trace-file']).toBeTruthy()
    expect(readTrace(run).filter((l) => l.type === 'workflow_end')).toHaveLength(6)
    expect(run.summary).toContain('### ✅ f-good: succeeded')
    expect(run.summary).toContain('### ❌ e-hog: failed')
  }, 120_000)

  it('the script reads no secret from its environment, under any name', () => {
    const good = byName('f-good')!.result as { env: string; parent: string }
    expect(good.env).toContain('GITHUB_REPOSITORY=octo-org/web')
    expect(good.env).not.toMatch(/^(INPUT_|ACTIONS_|GITHUB_TOKEN=|MY_COPY_OF_THE_SLACK_TOKEN=)/m)
    expect(tokensIn(good.env)).toEqual([])
    // Its parent is the action, not something holding the tokens on its command line.
    expect(tokensIn(good.parent)).toEqual([])
  })

  it("the script sees its workflow's own tools, and any dotted name reaches the toolbox", () => {
    const good = byName('f-good')!.result as { slack: string[]; unknown: string }
    expect(good.slack).toEqual(['add_reacji', 'get_messages'])
    expect(good.unknown).toMatch(/^no tool named "mcp\.tickets\.search": this workflow has slack\.add_reacji, slack\.get_messages/)
  })

  it('nothing the script prints is taken as a workflow command, not even its own stop-commands', () => {
    expect(run.stdout).toContain('::error file=scripts/good.ts::a fake annotation from the script')
    const commands = effectiveCommands(run.stdout)
    expect(commands.join('\n')).not.toMatch(/fake annotation|after my own stop-commands|unbalanced/)
    // Our own annotations still count after the script's output.
    expect(commands.filter((c) => c.startsWith('::error')).length).toBe(6)
    expect(tokensIn(run.stdout + run.stderr + run.summary + traceText(run))).toEqual([])
  })
})

describe("a script cannot open the action's inspector", () => {
  // Node answers SIGUSR1 by listening on 127.0.0.1:9229 for a debugger, which may then run
  // any code in that process: a script of the same user could take the tokens that way.
  it('SIGUSR1 to the action from a JS and a Python script: no inspector opens, the run goes on', async () => {
    const ws = makeWorkspace({
      '.github/coordinator/a-js.yml': workflow('a-js', 'scripts/usr1.mjs'),
      'scripts/usr1.mjs': `export default async function (trigger, tools) {
  process.kill(process.ppid, 'SIGUSR1')
  await new Promise((r) => setTimeout(r, 500))
  const targets = await fetch('http://127.0.0.1:9229/json/list').then((r) => r.json()).then((l) => l.map((t) => t.url), (e) => [])
  await tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'eyes')
  return { targets }
}
`,
      '.github/coordinator/b-py.yml': workflow('b-py', 'scripts/usr1.py').replace('tools: [slack.add_reacji, slack.get_messages]', 'tools: [slack.add_reacji]'),
      'scripts/usr1.py': `import json, os, signal, time, urllib.request

def handler(trigger, tools, virtual_files, subagent):
    os.kill(os.getppid(), signal.SIGUSR1)
    time.sleep(0.5)
    try:
        targets = [t["url"] for t in json.load(urllib.request.urlopen("http://127.0.0.1:9229/json/list", timeout=2))]
    except Exception:
        targets = []
    tools.slack.add_reacji({"channel": "${DEMO.channel}", "ts": "${TARGET_TS}"}, "white_check_mark")
    return {"targets": targets}
`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { python: PYTHON }, env: { GITHUB_TOKEN: sandbox.tokens.github } })
    expect(run.results.map((r) => [r.workflow, r.status, r.error])).toEqual([
      ['a-js', 'succeeded', null],
      ['b-py', 'succeeded', null]
    ])
    // Nothing listens for a debugger in the action (another program's inspector on 9229 aside).
    expect(run.stderr).not.toContain('Debugger listening')
    for (const r of run.results) expect(((r.result as { targets: string[] }).targets ?? []).filter((u) => u.includes('index.js'))).toEqual([])
    expect(run.stderr).toContain('ignored SIGUSR1')
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toEqual(expect.arrayContaining(['eyes', 'white_check_mark']))
    expect(tokensIn(run.stdout + run.stderr + run.summary + traceText(run))).toEqual([])
  }, 60_000)
})

describe('a script that signals the action to stop (as a cancelled job does)', () => {
  // A process of the same user may send the action SIGTERM (a script among them, or the
  // runner cancelling the job): the step ends, but says what ran, and leaves nothing running.
  it('SIGTERM from a script: the earlier workflow stays in results and the summary, the step fails, no script process is left', async () => {
    const tag = `hc-stop-${process.pid}-${Date.now()}`
    const ws = makeWorkspace({
      '.github/coordinator/a-first.yml': workflow('a-first', 'scripts/first.mjs'),
      'scripts/first.mjs': `export default async function (trigger, tools) {\n  await tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'eyes')\n  return 'first'\n}\n`,
      '.github/coordinator/b-stop.yml': workflow('b-stop', 'scripts/stop.ts'),
      // TypeScript, so the action has compiled it beside itself when the signal comes.
      'scripts/stop.ts': "export default async function (): Promise<void> {\n  process.kill(process.ppid, 'SIGTERM')\n  await new Promise((r) => setTimeout(r, 30000))\n}\n",
      '.github/coordinator/c-after.yml': workflow('c-after', 'scripts/first.mjs')
    })
    const run = await runAgainstSandbox(sandbox, ws, { env: { HC_TEST_TAG: tag } })
    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.outputs.results!).map((r: { workflow: string; status: string }) => [r.workflow, r.status])).toEqual([['a-first', 'succeeded']])
    expect(run.outputs['trace-file']).toBeTruthy()
    expect(run.summary).toContain('a-first: succeeded')
    expect(run.summary).toContain('stopped by SIGTERM before the run ended')
    expect(run.annotations.map((a) => a.message).join('\n')).toContain('stopped by SIGTERM')
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toEqual(['eyes'])
    // The stopped workflow's script (30 s of waiting left) died with the action.
    await new Promise((r) => setTimeout(r, 300))
    expect(processesTagged(tag)).toEqual([])
    // Nor is its compiled copy left in the checkout (a cancelled local run would leave it in `git status`).
    expect(readdirSync(join(ws, 'scripts')).sort()).toEqual(['first.mjs', 'stop.ts'])
  }, 60_000)
})

describe("a JS/TS script under Node's permission model (the runner's node24)", () => {
  // The script tries what a hostile one would: the action's environment through /proc, a
  // file outside its source, a process, a worker, a file written. Its own imports still work.
  itOnNode24('reads only its own source, writes nothing, starts nothing; its imports and tools work', async (node) => {
    const ws = makeWorkspace({
      '.github/coordinator/perm.yml': workflow('perm', 'scripts/probe.ts', 'timeout_seconds: 20\n'),
      'scripts/lib.ts': "export const own = (): string => 'own import'\n",
      'scripts/probe.ts': `import { own } from './lib.ts'
import fs from 'node:fs'

const attempt = async (what: () => unknown): Promise<string> => {
  try {
    const value = await what()
    return 'ALLOWED: ' + String(value).slice(0, 200)
  } catch (e) {
    return (e as { code?: string }).code ?? String(e)
  }
}

export default async function (trigger: unknown, tools: any) {
  const out = {
    environ: await attempt(() => fs.readFileSync('/proc/' + process.ppid + '/environ', 'latin1')),
    passwd: await attempt(() => fs.readFileSync('/etc/passwd', 'utf8')),
    home: await attempt(() => fs.readdirSync(process.env.HOME ?? '/root')),
    spawn: await attempt(async () => (await import('node:child_process')).execFileSync('cat', ['/proc/' + process.ppid + '/environ'])),
    worker: await attempt(async () => new (await import('node:worker_threads')).Worker('1', { eval: true })),
    // Node's internal process bindings, the way to a process around child_process: closed
    // too, so a confined script has no descendants (the action skips searching /proc for them).
    binding: await attempt(() => (process as any).binding('spawn_sync')),
    write: await attempt(() => fs.writeFileSync(${JSON.stringify(join(marks, 'perm-write'))}, 'x')),
    ownFile: fs.readFileSync(new URL('./lib.ts', import.meta.url), 'utf8').length > 0,
    own: own()
  }
  await tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'lock')
  return out
}
`
    })
    const run = await runAgainstSandbox(sandbox, ws, { node, env: { GITHUB_TOKEN: sandbox.tokens.github } })
    expect(run.results.map((r) => [r.workflow, r.status, r.error])).toEqual([['perm', 'succeeded', null]])
    expect(run.results[0]!.result).toEqual({
      environ: 'ERR_ACCESS_DENIED',
      passwd: 'ERR_ACCESS_DENIED',
      home: 'ERR_ACCESS_DENIED',
      spawn: 'ERR_ACCESS_DENIED',
      worker: 'ERR_ACCESS_DENIED',
      binding: 'ERR_ACCESS_DENIED',
      write: 'ERR_ACCESS_DENIED',
      ownFile: true,
      own: 'own import'
    })
    expect(marked()).not.toContain('perm-write')
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toContain('lock')
    // Node's warning about the inspector the timeout needs stays out of the log.
    expect(run.stderr + run.stdout).not.toMatch(/SecurityWarning|ExperimentalWarning/)
    expect(tokensIn(run.stdout + run.stderr + run.summary + traceText(run))).toEqual([])
  })

  itOnNode24('runs a script whose checkout is reached through a symlink (as the temp dir is on macOS)', async (node) => {
    const ws = makeWorkspace({
      '.github/coordinator/linked.yml': workflow('linked', 'scripts/linked.ts'),
      'scripts/helper.ts': "export const word = (): string => 'through the link'\n",
      'scripts/linked.ts': "import { word } from './helper.ts'\nexport default async function (): Promise<string> {\n  return word()\n}\n"
    })
    const link = join(mkdtempSync(join(tmpdir(), 'hc-link-')), 'checkout')
    symlinkSync(ws, link)
    const run = await runAgainstSandbox(sandbox, link, { node })
    expect(run.results.map((r) => [r.workflow, r.status, r.error, r.result])).toEqual([['linked', 'succeeded', null, 'through the link']])
  })
})

/** The reviewed default branch: a Python script with a sibling helper, a JS script with a bare import. */
const REVIEWED = {
  '.github/coordinator/py.yml': `name: py\non: [pull_request, pull_request_target]\ncoordinator: script\ncoordinator_script: scripts/check.py\ntools: [slack.add_reacji]\nslack: { channel: ${DEMO.channel} }\n`,
  'scripts/check.py': `import json
from helper import origin

def handler(trigger, tools, virtual_files, subagent):
    tools.slack.add_reacji({"channel": "${DEMO.channel}", "ts": "${TARGET_TS}"}, "eyes")
    return {"origin": origin(), "json": json.dumps([1])}
`,
  'scripts/helper.py': 'def origin():\n    return "default-branch"\n',
  '.github/coordinator/js.yml': `name: js\non: [pull_request, pull_request_target]\ncoordinator: script\ncoordinator_script: scripts/bare.mjs\n`,
  'scripts/bare.mjs': `export default async function () {
  const pkg = await import('left-pad').then(() => 'imported', (e) => e.message)
  const { createHash } = await import('node:crypto')
  return { pkg, builtin: typeof createHash }
}
`,
  'scripts/node_modules/left-pad/package.json': '{ "name": "left-pad", "main": "index.js" }',
  'scripts/node_modules/left-pad/index.js': `require('fs').writeFileSync(${JSON.stringify(join(marks, 'left-pad'))}, 'ran')\n`
}

/** Planted in a fork's checkout: a stdlib shadow at the root and beside the script, and a tampered helper. */
const plant = (name: string) => `import os
open(${JSON.stringify(marks)} + "/${name}", "w").write(open("/proc/%d/environ" % os.getppid(), "rb").read().decode("latin1"))
`
const FORK = {
  'json.py': plant('root-json'),
  'os.py': plant('root-os'),
  'scripts/json.py': plant('sibling-json'),
  'scripts/helper.py': `${plant('helper')}\ndef origin():\n    return "fork"\n`,
  'scripts/check.py': plant('script'),
  'sitecustomize.py': plant('sitecustomize')
}

const repository = { full_name: DEMO.repo, default_branch: 'main' }
const prFrom = (head: string) => ({ number: 31, head: { ref: 'patch-1', sha: 'f'.repeat(40), repo: { full_name: head } }, base: { ref: 'main', repo: { full_name: DEMO.repo } } })
const EVENTS = [
  { name: 'pull_request_target', event: 'pull_request_target', payload: { action: 'opened', number: 31, pull_request: prFrom('mallory/web'), repository, sender: { login: 'mallory' } } },
  { name: "a fork's pull_request", event: 'pull_request', payload: { action: 'opened', number: 31, pull_request: prFrom('mallory/web'), repository, sender: { login: 'mallory' } } }
]

describe("nothing of a fork's checkout runs", () => {
  it.each(EVENTS)(
    '$name: the reviewed scripts run; no planted module, shadow or package does, and no token leaks',
    async ({ event, payload }) => {
      sandbox.reset(seedDemoState({ files: REVIEWED }))
      const ws = makeWorkspace(FORK)
      const run = await runAgainstSandbox(sandbox, ws, { eventName: event, event: payload, inputs: { trust: 'auto', python: PYTHON }, env: { PYTHONPATH: ws, PYTHONSTARTUP: join(ws, 'json.py') } })
      expect(run.results).toEqual([
        expect.objectContaining({ workflow: 'js', status: 'succeeded', result: { pkg: expect.stringContaining('may import only their own files and Node built-ins'), builtin: 'function' } }),
        expect.objectContaining({ workflow: 'py', status: 'succeeded', result: { origin: 'default-branch', json: '[1]' } })
      ])
      expect(marked()).toEqual([])
      expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toEqual(['eyes'])
      expect(tokensIn(run.stdout + run.stderr + run.summary)).toEqual([])
    },
    60_000
  )

  it.each(EVENTS)(
    '$name, mode: validate: the checks run nothing either',
    async ({ event, payload }) => {
      sandbox.reset(seedDemoState({ files: REVIEWED }))
      const ws = makeWorkspace(FORK)
      const run = await runAgainstSandbox(sandbox, ws, { eventName: event, event: payload, inputs: { trust: 'auto', python: PYTHON, mode: 'validate' } })
      expect({ exit: run.exitCode, annotations: run.annotations.filter((a) => a.level === 'error') }).toEqual({ exit: 0, annotations: [] })
      expect(marked()).toEqual([])
    },
    60_000
  )
})

describe('a script that forges messages on the coordinator channel (fd 3) fails its own workflow alone', () => {
  it('fields of the wrong type (objects that cannot become text) fail that workflow with a clear error; the next one runs', async () => {
    // An object whose valueOf and toString are not functions throws when made into text: the
    // bridge built its error message from these fields with template literals.
    const odd = '{"valueOf":1,"toString":1}'
    const ws = makeWorkspace({
      '.github/coordinator/a-js.yml': workflow('a-js', 'scripts/forge.mjs'),
      'scripts/forge.mjs': `import { writeSync } from 'node:fs'\nexport default async function () {\n  writeSync(3, '{"type":"error","kind":"thrown","message":${odd},"stack":${odd}}\\n')\n  await new Promise((r) => setTimeout(r, 20000))\n}\n`,
      '.github/coordinator/b-old.yml': workflow('b-old', 'scripts/old.mjs'),
      'scripts/old.mjs': `import { writeSync } from 'node:fs'\nexport default async function () {\n  writeSync(3, '{"type":"too_old","version":${odd}}\\n')\n  await new Promise((r) => setTimeout(r, 20000))\n}\n`,
      '.github/coordinator/c-py.yml': workflow('c-py', 'scripts/forge.py'),
      'scripts/forge.py': `import os, time\n\ndef handler(trigger, tools, virtual_files, subagent):\n    os.write(3, b'{"type":"error","kind":"load","exception":${odd},"message":${odd},"file":${odd},"line":"x"}\\n')\n    time.sleep(20)\n`,
      '.github/coordinator/d-good.yml': workflow('d-good', 'scripts/good.mjs'),
      'scripts/good.mjs': `export default async function (trigger, tools) {\n  await tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'eyes')\n  return { odd: JSON.parse('{"length":${odd}}') }\n}\n`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { python: PYTHON } })
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-js', 'failed'],
      ['b-old', 'failed'],
      ['c-py', 'failed'],
      ['d-good', 'succeeded']
    ])
    const errorOf = (name: string) => run.results.find((r) => r.workflow === name)!.error
    expect(errorOf('a-js')).toBe(`scripts/forge.mjs: the script threw: ${odd}`)
    expect(errorOf('b-old')).toMatch(/^scripts\/old\.mjs: .*\{"valueOf":1,"toString":1\}/)
    expect(errorOf('c-py')).toBe(`scripts/forge.py: the script raised ${odd} while loading: ${odd}`)
    expect(run.results.find((r) => r.workflow === 'd-good')!.result).toEqual({ odd: { length: { valueOf: 1, toString: 1 } } })
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toContain('eyes')
    expect(run.stdout + run.stderr).not.toMatch(/internal error|Cannot convert object to primitive value/)
    expect(readTrace(run).filter((l) => l.type === 'workflow_end')).toHaveLength(4)
    expect(run.summary).toContain('d-good: succeeded')
    expect(run.exitCode).toBe(1)
  }, 90_000)
})

describe('random messages on the coordinator channel (fd 3), one per workflow', () => {
  it('each workflow ends, succeeded or failed, and the action runs the one after them', async () => {
    const json = fc.jsonValue({ maxDepth: 2 })
    const field = fc.oneof(json, fc.constant({ valueOf: 1, toString: 1 }), fc.constant({ length: { valueOf: 1, toString: 1 } }), fc.constant({ __proto__: null }))
    const message = fc.record(
      {
        type: fc.oneof(fc.constantFrom('tool', 'files', 'subagent', 'result', 'error', 'too_old'), json),
        id: fc.oneof(fc.nat(), field),
        name: fc.oneof(fc.constantFrom('slack.get_messages', 'files.read', 'nope'), field),
        op: fc.oneof(fc.constantFrom('list', 'read'), field),
        method: fc.oneof(fc.constantFrom('run', 'json', 'toString', 'constructor'), field),
        args: fc.oneof(fc.array(field, { maxLength: 3 }), field),
        kwargs: field,
        value: field,
        kind: fc.oneof(fc.constantFrom('load', 'no_handler', 'not_json', 'exit', 'thrown', 'syntax'), field),
        message: field,
        exception: field,
        stack: field,
        file: field,
        line: field,
        version: field
      },
      { requiredKeys: ['type'] }
    )
    const seed = Date.now()
    const lines = fc.sample(message, { numRuns: 16, seed }).map((m) => JSON.stringify(m))
    const files: Record<string, string> = {}
    lines.forEach((line, i) => {
      const name = `w${String(i).padStart(2, '0')}`
      const js = i % 2 === 0
      files[`.github/coordinator/${name}.yml`] = workflow(name, js ? `scripts/${name}.mjs` : `scripts/${name}.py`, 'timeout_seconds: 5\n')
      files[js ? `scripts/${name}.mjs` : `scripts/${name}.py`] = js
        ? `import { writeSync } from 'node:fs'\nexport default async function () {\n  writeSync(3, ${JSON.stringify(line + '\n')})\n  await new Promise((r) => setTimeout(r, 300))\n  return 'after'\n}\n`
        : `import os, time\n\ndef handler(trigger, tools, virtual_files, subagent):\n    os.write(3, ${JSON.stringify(line + '\n')}.encode())\n    time.sleep(0.3)\n    return "after"\n`
    })
    files['.github/coordinator/z-good.yml'] = workflow('z-good', 'scripts/z-good.mjs')
    files['scripts/z-good.mjs'] =
      `export default async function (trigger, tools) {\n  await tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'white_check_mark')\n  return 'good'\n}\n`
    const run = await runAgainstSandbox(sandbox, makeWorkspace(files), { inputs: { python: PYTHON } })
    const context = `seed ${seed}; lines:\n${lines.join('\n')}\n${describeRun(run)}`
    expect({ context, names: run.results.map((r) => r.workflow) }).toEqual({ context, names: [...lines.map((_, i) => `w${String(i).padStart(2, '0')}`), 'z-good'] })
    for (const r of run.results) expect(['succeeded', 'failed']).toContain(r.status)
    expect(run.results.at(-1)).toMatchObject({ status: 'succeeded', result: 'good' })
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toContain('white_check_mark')
    // No workflow ran to its timeout: each ended on its message or its own return.
    for (const r of run.results) expect({ context, error: r.error ?? '' }).not.toEqual({ context, error: expect.stringContaining('timed out') })
    expect(run.stdout + run.stderr).not.toMatch(/internal error|Cannot convert object to primitive value/)
    expect(readTrace(run).filter((l) => l.type === 'workflow_end')).toHaveLength(lines.length + 1)
  }, 120_000)
})

describe('mode: validate runs no user code', () => {
  it('top-level code of a JS, TS and Python script never runs, yet their problems are found', async () => {
    const mark = (name: string) => JSON.stringify(join(marks, name))
    const ws = makeWorkspace({
      '.github/coordinator/js.yml': workflow('js', 'scripts/side.mjs'),
      'scripts/side.mjs': `import { writeFileSync } from 'node:fs'\nwriteFileSync(${mark('validate-js')}, JSON.stringify(process.env))\nexport default async () => 1\n`,
      '.github/coordinator/ts.yml': workflow('ts', 'scripts/side.ts'),
      'scripts/side.ts': `import { writeFileSync } from 'node:fs'\nwriteFileSync(${mark('validate-ts')}, 'ran')\nexport async function handler(): Promise<number> { return 1 }\n`,
      '.github/coordinator/cjs.yml': workflow('cjs', 'scripts/side.cjs'),
      'scripts/side.cjs': `require('fs').writeFileSync(${mark('validate-cjs')}, 'ran')\nmodule.exports = async () => 1\n`,
      '.github/coordinator/py.yml': workflow('py', 'scripts/side.py'),
      'scripts/side.py': `open(${mark('validate-py')}, "w").write("ran")\ndef handler(trigger, tools, virtual_files, subagent):\n    return 1\n`,
      '.github/coordinator/upper.yml': workflow('upper', 'scripts/upper.PY'),
      'scripts/upper.PY': `open(${mark('validate-upper')}, "w").write("ran")\ndef handler(trigger, tools, virtual_files, subagent):\n    return 1\n`,
      '.github/coordinator/nohandler.yml': workflow('nohandler', 'scripts/nohandler.mjs'),
      'scripts/nohandler.mjs': `import { writeFileSync } from 'node:fs'\nwriteFileSync(${mark('validate-nohandler')}, 'ran')\nexport const notTheHandler = 1\n`,
      '.github/coordinator/broken.yml': workflow('broken', 'scripts/broken.ts'),
      'scripts/broken.ts': `import { writeFileSync } from 'node:fs'\nwriteFileSync(${mark('validate-broken')}, 'ran')\nexport default async () => {\n  return (\n}\n`,
      'json.py': plant('validate-root-json')
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { mode: 'validate', python: PYTHON } })
    expect(marked().filter((m) => m.startsWith('validate'))).toEqual([])
    const errors = run.annotations.filter((a) => a.level === 'error' && a.title?.includes('invalid config'))
    expect(errors.map((a) => [a.file, a.line])).toEqual([
      ['scripts/broken.ts', 5],
      ['scripts/nohandler.mjs', 1]
    ])
    expect(errors[0]!.message).toMatch(/^scripts\/broken\.ts:5: TypeScript does not compile: Unexpected token/)
    expect(errors[1]!.message).toBe('scripts/nohandler.mjs: exports no handler: expected a default export or a function named handler')
    expect(run.exitCode).toBe(1)
  }, 60_000)
})

describe('the Python process and everything it started is gone when the workflow ends', () => {
  it('a grandchild that left the process group (setsid) is found and killed', async () => {
    const pidFile = join(marks, 'grandchild.pid')
    const ws = makeWorkspace({
      '.github/coordinator/py.yml': workflow('py', 'scripts/escape.py'),
      'scripts/escape.py': `import os, subprocess, sys, time

def handler(trigger, tools, virtual_files, subagent):
    subprocess.Popen([sys.executable, "-c", "import os, time; os.setsid(); open(%r, 'w').write(str(os.getpid())); time.sleep(120)" % ${JSON.stringify(pidFile)}], start_new_session=False)
    while not os.path.exists(${JSON.stringify(pidFile)}) or not open(${JSON.stringify(pidFile)}).read():
        time.sleep(0.02)
    print("::error::from python")
    return int(open(${JSON.stringify(pidFile)}).read())
`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { python: PYTHON } })
    expect(run.results[0]).toMatchObject({ status: 'succeeded' })
    const pid = run.results[0]!.result as number
    spawned.push(pid)
    expect(alive(pid)).toBe(false)
    expect(effectiveCommands(run.stdout).join('\n')).not.toContain('from python')
    expect(run.stdout).toContain('::error::from python')
  }, 60_000)
})

/** Running, not gone nor a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

export { describeRun }
