import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runScriptCoordinator } from '../../src/coordinators/script/script.js'
import { prestartJavaScript } from '../../src/coordinators/script/node-process.js'
import { Toolbox } from '../../src/tools/toolbox.js'
import { Guards } from '../../src/tools/guards.js'
import { findTool } from '../../src/tools/registry.js'
import { VirtualFileStore } from '../../src/virtual-files.js'
import { ScriptError } from '../../src/errors.js'
import type { Subagent } from '../../src/coordinators/subagent.js'
import { makeWorkspace } from '../helpers/workspace.js'

const trigger = { event: 'push', action: null, payload: { ref: 'refs/heads/main' }, repository: 'o/r', ref: 'refs/heads/main', sha: 'abc', actor: 'me' }
const noSubagent: Subagent = {
  run: async () => 'ran',
  json: async () => ({}),
  summarize: async () => '',
  call: async () => ''
}

async function runScript(files: Record<string, string>, entry: string, onStarted?: () => void, root = makeWorkspace(files)) {
  const store = new VirtualFileStore([['notes.md', 'hello']])
  const toolbox = new Toolbox({
    workflow: 'w',
    tools: ['files.list', 'files.read'].map((n) => findTool(n)!),
    dryRun: false,
    callIdPrefix: 'x',
    guards: new Guards({ limits: {}, allow: {}, repository: 'o/r' }),
    context: {
      trigger,
      files: store,
      github: async () => {
        throw new Error('no github')
      },
      slack: async () => {
        throw new Error('no slack')
      }
    }
  })
  const result = runScriptCoordinator({ script: entry, localPath: join(root, entry), root, trigger, toolbox, files: store, subagent: noSubagent, onStarted })
  return { root, result, toolbox }
}

describe('script coordinator (JS/TS)', () => {
  it('says once when the script has what it needs to start (the clients warm then), and not for a script that does not compile', async () => {
    const events: string[] = []
    const ok = await runScript({ 'scripts/ok.ts': 'export default async (t: unknown, tools: any) => (await tools.files.list()).length\n' }, 'scripts/ok.ts', () => events.push('started'))
    await expect(ok.result.then((n) => (events.push('result'), n))).resolves.toBe(1)
    expect(events).toEqual(['started', 'result'])
    const bad: string[] = []
    const broken = await runScript({ 'scripts/bad.ts': 'export default async (: number) => 1\n' }, 'scripts/bad.ts', () => bad.push('started'))
    await expect(broken.result).rejects.toThrow(ScriptError)
    expect(bad).toEqual([])
  })

  it('compiles TypeScript with relative imports (./x.js meaning ./x.ts, and extensionless), and cleans up', async () => {
    const { root, result } = await runScript(
      {
        'scripts/main.ts':
          "import { double } from './lib/math.js'\nimport { greet } from './lib/greet'\nenum Mode { A = 'a' }\nexport default async function (t: { event: string }, tools: any, files: any) {\n  return { d: double(21), g: greet(t.event), files: await tools.files.list(), read: files.read('notes.md'), mode: Mode.A }\n}\n",
        'scripts/lib/math.ts': 'export const double = (n: number): number => n * 2\n',
        'scripts/lib/greet.ts': "import { double } from './math.ts'\nexport function greet(s: string): string { return `${s}:${double(1)}` }\n"
      },
      'scripts/main.ts'
    )
    await expect(result).resolves.toEqual({ d: 42, g: 'push:2', files: ['notes.md'], read: 'hello', mode: 'a' })
    const leftovers = readdirSync(join(root, 'scripts'), { recursive: true }).filter((f) => String(f).includes('.hc-'))
    expect(leftovers).toEqual([])
  })

  it('finds a named `handler`, a CommonJS module.exports, and exports.handler', async () => {
    await expect((await runScript({ 's.mjs': 'export async function handler() { return 1 }' }, 's.mjs')).result).resolves.toBe(1)
    await expect((await runScript({ 's.cjs': 'module.exports = async () => 2' }, 's.cjs')).result).resolves.toBe(2)
    await expect((await runScript({ 's.cjs': 'exports.handler = async () => 3' }, 's.cjs')).result).resolves.toBe(3)
  })

  it('passes positional and named arguments to the same tool', async () => {
    const { result, toolbox } = await runScript(
      { 's.ts': "export default async (_t: unknown, tools: any) => [await tools.files.read('notes.md'), await tools.files.read({ name: 'notes.md' })]" },
      's.ts'
    )
    await expect(result).resolves.toEqual(['hello', 'hello'])
    expect(toolbox.records.map((r) => r.input)).toEqual([
      { name: 'notes.md', offset: 0, limit: 20000 },
      { name: 'notes.md', offset: 0, limit: 20000 }
    ])
  })

  it('a tool the workflow lacks is a clear error, not "undefined is not a function"', async () => {
    const { result } = await runScript({ 's.ts': "export default async (_t: unknown, tools: any) => tools.slack.post_message('hi')" }, 's.ts')
    await expect(result).rejects.toThrow(/slack.post_message is not in this workflow's tools list/)
  })

  it('names the TypeScript file and line of a throw, through an imported module', async () => {
    const { result } = await runScript(
      { 'a.ts': "import { fail } from './b.ts'\nexport default async () => {\n  fail()\n}\n", 'b.ts': "type X = { n: number }\n\nexport function fail(): X {\n  throw new Error('bad thing')\n}\n" },
      'a.ts'
    )
    const error = await result.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScriptError)
    expect((error as ScriptError).location).toEqual({ file: 'b.ts', line: 4 })
    expect((error as Error).message).toBe('b.ts:4: the script threw: bad thing')
  })

  it("names the script's line under 30 frames of a package's own (the runner keeps 50 frames of a stack, Node's default 10)", async () => {
    const { result } = await runScript(
      {
        'node_modules/deep/package.json': '{ "name": "deep", "type": "module", "exports": "./index.js" }',
        'node_modules/deep/index.js': "export function dive(n) {\n  if (n === 0) throw new Error('hit bottom')\n  return dive(n - 1) + 1\n}\n",
        's.mjs': "import { dive } from 'deep'\n\nexport default async () => {\n  return dive(30)\n}\n"
      },
      's.mjs'
    )
    const error = await result.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ScriptError)
    expect((error as ScriptError).location).toEqual({ file: 's.mjs', line: 4 })
    expect((error as Error).message).toBe('s.mjs:4: the script threw: hit bottom')
  })

  it('reports a non-Error throw and a non-JSON result', async () => {
    await expect((await runScript({ 's.js': 'export default () => { throw "plain string" }' }, 's.js')).result).rejects.toThrow(/the script threw: plain string/)
    await expect((await runScript({ 's.js': 'export default () => ({ when: new Date(0) })' }, 's.js')).result).rejects.toThrow(/result.when is a Date instance/)
    await expect((await runScript({ 's.js': 'export default () => { const a = {}; a.self = a; return a }' }, 's.js')).result).rejects.toThrow(/refers to itself/)
    await expect((await runScript({ 's.js': 'export default () => undefined' }, 's.js')).result).resolves.toBeNull()
  })

  it('reports a JavaScript syntax error with its line', async () => {
    const error = await (await runScript({ 's.mjs': 'export default () => {\n  return (\n}\n' }, 's.mjs')).result.catch((e: unknown) => e)
    expect((error as ScriptError).message).toMatch(/s.mjs:3: syntax error/)
    expect((error as ScriptError).location.file).toBe('s.mjs')
    expect((error as ScriptError).location.line).toBe(3)
    expect(existsSync('s.mjs')).toBe(false)
  })
})

/** Whether a process is still running (a zombie, killed and not yet reaped, counts as gone). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function gone(pid: number, ms = 5000): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) if (!running(pid)) return true
  return false
}

describe('the process started ahead of a script run (the run machinery loads meanwhile)', () => {
  const pidScript = { 'scripts/pid.mjs': 'export default async () => process.pid\n' }

  it("is the process the run then uses, when its settings are the run's", async () => {
    const root = makeWorkspace(pidScript)
    const ahead = prestartJavaScript({ secrets: [], root })
    expect(ahead.pid).toEqual(expect.any(Number))
    const { result } = await runScript(pidScript, 'scripts/pid.mjs', undefined, root)
    await expect(result).resolves.toBe(ahead.pid)
    // Used once: the next run starts a process of its own.
    const again = await runScript(pidScript, 'scripts/pid.mjs')
    await expect(again.result).resolves.not.toBe(ahead.pid)
  })

  it('is not used by a run with other secrets (its environment was scrubbed of others) and is killed', async () => {
    const root = makeWorkspace(pidScript)
    const ahead = prestartJavaScript({ secrets: ['another-secret-value'], root })
    const { result } = await runScript(pidScript, 'scripts/pid.mjs', undefined, root)
    await expect(result).resolves.not.toBe(ahead.pid)
    expect(await gone(ahead.pid!)).toBe(true)
  })

  it('is not used once it died, and a discarded one is killed', async () => {
    const root = makeWorkspace(pidScript)
    const dead = prestartJavaScript({ secrets: [], root })
    process.kill(dead.pid!, 'SIGKILL')
    expect(await gone(dead.pid!)).toBe(true)
    const { result } = await runScript(pidScript, 'scripts/pid.mjs', undefined, root)
    await expect(result).resolves.toEqual(expect.any(Number))
    await expect(result).resolves.not.toBe(dead.pid)

    const unused = prestartJavaScript({ secrets: [], root })
    expect(running(unused.pid!)).toBe(true)
    unused.discard()
    expect(await gone(unused.pid!)).toBe(true)
  })
})
