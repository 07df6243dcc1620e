import { describe, expect, it } from '@jest/globals'
import { actionNode, actionPath, makeWorkspace } from '../helpers/workspace.js'
import { runAction, type ActionRun } from '../../src/sandbox/run-action.js'

/**
 * A JavaScript or TypeScript script killed at its timeout_seconds names the line it was
 * running, as a Python one does (issue 10): the action asks the stuck process through
 * Node's inspector (script/hung-at.ts), then kills it.
 */

// 3 s, not 1: on a loaded machine a script may still be starting after 1 s, and a script
// stopped before it reaches its own code has no line of its own to name.
const workflow = (name: string, script: string, seconds = 3) => `name: ${name}\non: workflow_dispatch\ncoordinator: script\ncoordinator_script: ${script}\ntimeout_seconds: ${seconds}\n`

describe('a JS/TS script stuck past timeout_seconds', () => {
  let run: ActionRun
  const result = (name: string) => run.results.find((r) => r.workflow === name)
  const failedAt = (name: string) => run.annotations.find((a) => a.title === `Hybrid Coordinator: ${name} failed`)

  it('runs every workflow to its own end', async () => {
    const ws = makeWorkspace({
      '.github/coordinator/a.yml': workflow('a-loop', 'scripts/loop.mjs'),
      'scripts/loop.mjs': 'export default async function () {\n  let n = 0\n  while (true) {}\n}\n',
      // The loop sits in a TypeScript helper, below type-only lines that compiling removes.
      '.github/coordinator/b.yml': workflow('b-ts', 'scripts/spin.ts'),
      'scripts/spin.ts':
        "import { spin } from './lib/spin.js'\n\ninterface Options {\n  limit: number\n}\n\nexport default async function (): Promise<number> {\n  const options: Options = { limit: 3 }\n  return spin(options.limit)\n}\n",
      'scripts/lib/spin.ts':
        'type Count = number\n\nenum Mode {\n  Forever\n}\n\nexport function spin(limit: Count): number {\n  let i: Count = 0\n  const mode: Mode = Mode.Forever\n  while (mode === Mode.Forever) i = (i + 1) % limit\n  return i\n}\n',
      // Only erasable TypeScript: Node 24 strips the types itself, blanking them in place.
      '.github/coordinator/e.yml': workflow('e-strip', 'scripts/strip.ts'),
      'scripts/strip.ts': 'type Tick = {\n  n: number\n}\n\nexport default async function (): Promise<Tick> {\n  const tick: Tick = { n: 0 }\n  for (;;) tick.n++\n}\n',
      // Idle, awaiting what never comes: no JavaScript runs, so there is no line to name.
      '.github/coordinator/c.yml': workflow('c-idle', 'scripts/idle.mjs', 1),
      'scripts/idle.mjs': 'export default async function () {\n  await new Promise((resolve) => setTimeout(resolve, 60_000))\n}\n',
      '.github/coordinator/d.yml': `name: d-after\non: workflow_dispatch\ncoordinator: script\ncoordinator_script: scripts/after.mjs\n`,
      'scripts/after.mjs': 'export default async () => "ran after"\n'
    })
    run = await runAction({ action: actionPath(), workspace: ws, eventName: 'workflow_dispatch', event: {}, inputs: { trust: 'workspace' }, node: actionNode() })
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-loop', 'failed'],
      ['b-ts', 'failed'],
      ['c-idle', 'failed'],
      ['d-after', 'succeeded'],
      ['e-strip', 'failed']
    ])
  }, 120_000)

  it('names the line of `while (true) {}` in the error and the annotation, as Python does', () => {
    expect(result('a-loop')!.error).toBe("scripts/loop.mjs:3: timed out: the workflow ran past timeout_seconds (3 s); the script's process was killed")
    expect(failedAt('a-loop')).toMatchObject({ file: 'scripts/loop.mjs', line: 3 })
    expect(run.stderr).toContain('hybrid-coordinator: scripts/loop.mjs timed out at scripts/loop.mjs:3\n')
  })

  it('names the TypeScript source line, in the helper the loop is in', () => {
    expect(result('b-ts')!.error).toBe("scripts/lib/spin.ts:10: timed out: the workflow ran past timeout_seconds (3 s); the script's process was killed")
    expect(failedAt('b-ts')).toMatchObject({ file: 'scripts/lib/spin.ts', line: 10 })
  })

  it('names the line of a script whose types Node strips (Node 24) or sucrase compiles (Node 20)', () => {
    expect(result('e-strip')!.error).toBe("scripts/strip.ts:7: timed out: the workflow ran past timeout_seconds (3 s); the script's process was killed")
    expect(failedAt('e-strip')).toMatchObject({ file: 'scripts/strip.ts', line: 7 })
  })

  it('names no line when it was idle, awaiting something (no JavaScript was running), as before', () => {
    expect(result('c-idle')!.error).toBe('timed out: the workflow ran past timeout_seconds (1 s)')
    expect(failedAt('c-idle')).toMatchObject({ file: 'scripts/idle.mjs' })
    expect(failedAt('c-idle')!.line).toBeUndefined()
  })

  it("keeps Node's inspector banners out of the log", () => {
    expect(run.stdout + run.stderr).not.toMatch(/Debugger listening|Debugger attached|nodejs\.org\/en\/docs\/inspector/)
  })
})
