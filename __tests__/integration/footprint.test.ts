import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { ActionRun } from '../../src/sandbox/run-action.js'
import { makeWorkspace, runAgainstSandbox, scriptWorkflowYaml, useSandbox } from '../helpers/workspace.js'

/**
 * What the bundled action loads, read from the process itself: a preload (`--require`)
 * writes the chunks of dist/ that were required when it exits. Loading is most of a short
 * run's time (README, Performance), so what a run does not need must stay unloaded.
 */

let sandbox: Sandbox
useSandbox({ policy: 'subagent' }, (s) => {
  sandbox = s
})

/** Runs the action with the preload and returns the dist/ chunks it required, with their text. */
async function chunksLoaded(workspace: string, event?: Record<string, unknown>): Promise<{ exitCode: number; chunks: Map<string, string>; results: ActionRun['results'] }> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-footprint-'))
  const list = join(dir, 'loaded.json')
  const preload = join(dir, 'preload.cjs')
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache).filter((f) => /\\.index\\.js$/.test(f)))))\n`)
  const run = await runAgainstSandbox(sandbox, workspace, { event, env: { NODE_OPTIONS: `--require ${preload}` } })
  const files = JSON.parse(readFileSync(list, 'utf8')) as string[]
  return { exitCode: run.exitCode, chunks: new Map(files.map((f) => [basename(f), readFileSync(f, 'utf8')])), results: run.results }
}

/** Whether the tool definitions loaded (a config needs only their names, src/tools/names.ts). */
const toolDefinitions = (chunks: Map<string, string>) => [...chunks.values()].some((text) => text.includes("The channel's latest messages, newest first"))

/** Chunks holding zod's classic API (its schema classes are named without "Mini"). */
const classicZod = (chunks: Map<string, string>) => [...chunks].filter(([, text]) => text.includes('"ZodString"')).map(([name]) => name)

describe("the action's footprint", () => {
  it("a script workflow's run loads no classic zod (the tools and the config are on zod's mini API), no model code and no JSON Schema writer", async () => {
    const ws = makeWorkspace({
      '.github/coordinator/s.yml': scriptWorkflowYaml('reads', 'scripts/s.mjs'),
      'scripts/s.mjs': `export default async (trigger, tools) => (await tools.slack.get_messages({ limit: 2 })).length\n`
    })
    const { exitCode, chunks } = await chunksLoaded(ws)
    expect(exitCode).toBe(0)
    // The run machinery did load (the tool definitions)...
    expect(toolDefinitions(chunks)).toBe(true)
    // ...and none of what it loaded is classic zod, the model code a subagent call would
    // load (the script made none), or zod's JSON Schema writer (a script needs no schema).
    expect(classicZod(chunks)).toEqual([])
    const texts = [...chunks.values()]
    expect(texts.some((text) => text.includes('You are a subagent a workflow script calls'))).toBe(false)
    expect(texts.some((text) => text.includes('readonlyProcessor'))).toBe(false)
  })

  it('a script that asks the model loads the model code then, and gets its answer', async () => {
    const ws = makeWorkspace({
      '.github/coordinator/s.yml': scriptWorkflowYaml('asks', 'scripts/s.mjs'),
      'scripts/s.mjs': `export default async (trigger, tools, files, subagent) => subagent.summarize('PR #12 merged')\n`
    })
    const { exitCode, chunks, results } = await chunksLoaded(ws)
    expect(exitCode).toBe(0)
    expect(results[0]).toMatchObject({ workflow: 'asks', status: 'succeeded' })
    expect(typeof results[0]!.result).toBe('string')
    expect([...chunks.values()].some((text) => text.includes('You are a subagent a workflow script calls'))).toBe(true)
  })

  it('an event that selects nothing loads no tool, client or coordinator', async () => {
    const ws = makeWorkspace({
      '.github/coordinator/s.yml': scriptWorkflowYaml('reads', 'scripts/s.mjs'),
      'scripts/s.mjs': `export default async () => 1\n`
    })
    const { exitCode, chunks } = await chunksLoaded(ws, { action: 'opened', number: 3, repository: { full_name: 'octo-org/web' } })
    expect(exitCode).toBe(0)
    expect(toolDefinitions(chunks)).toBe(false)
    expect([...chunks.values()].some((text) => text.includes('WebClient'))).toBe(false)
    expect(classicZod(chunks)).toEqual([])
  })
})
