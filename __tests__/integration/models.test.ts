import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake, DEFAULT_MODELS, type AnthropicFake } from '../../src/sandbox/anthropic.js'
import { DEMO } from '../../src/sandbox/state.js'
import { makeWorkspace, runAgainstSandbox, useSandbox } from '../helpers/workspace.js'

/**
 * The default model's documented rules (What's new in Claude Sonnet 5.5), through the
 * bundled action and the real SDK, against a fake that enforces them: no forced tool use,
 * thinking on by default, signed thinking blocks that must come back unchanged.
 */

let sandbox: Sandbox
let fake: AnthropicFake

useSandbox({ policy: 'subagent' }, (s, f) => {
  sandbox = s
  fake = f!
})

const SCRIPT = `
import type { Handler } from 'hybrid-coordinator'

const handler: Handler = async (trigger, tools, files, subagent) => {
  const hello = await subagent.run('Say hello to the author.', { author: trigger.actor })
  const label = await subagent.json(
    'Classify this message.',
    'The checkout button does nothing on Safari',
    { type: 'object', properties: { label: { type: 'string', enum: ['bug', 'question', 'other'] }, score: { type: 'integer', minimum: 0, maximum: 10 } }, required: ['label', 'score'] }
  )
  return { hello, label }
}
export default handler
`

const traceOf = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)

describe('the default model through the bundled action', () => {
  it('subagent.run and subagent.json from a script: structured outputs, no forced tool, nothing disabling thinking', async () => {
    const run = await runAgainstSandbox(
      sandbox,
      makeWorkspace({
        '.github/coordinator/classify.yml':
          'name: classify\non: { pull_request: { types: [closed] } }\ncoordinator: script\ncoordinator_script: scripts/classify.ts\ntools: [slack.get_messages]\nslack: { channel: C0123456789 }\n',
        'scripts/classify.ts': SCRIPT
      })
    )
    expect(run.stderr).not.toMatch(/Error/)
    expect(run.exitCode).toBe(0)
    expect(run.results[0]).toEqual(expect.objectContaining({ status: 'succeeded', result: { hello: expect.stringContaining('summary:'), label: { label: 'bug', score: 0 } } }))
    expect(fake.requests).toHaveLength(2)
    for (const request of fake.requests) {
      expect(request.model).toBe('claude-sonnet-5-5')
      expect(request.tool_choice).toBeUndefined()
      expect(request.thinking?.type).not.toBe('disabled')
    }
    expect(fake.requests[1]!.output_config?.format?.type).toBe('json_schema')
    const lines = traceOf(run.outputs['trace-file']!).filter((l) => l.type === 'subagent')
    expect(lines.map((l) => l.method)).toEqual(['run', 'json'])
  })

  it('the LLM example: every tool turn comes back with its signed thinking block, sent back unchanged; the notes in the summary and trace', async () => {
    const run = await runAgainstSandbox(
      sandbox,
      makeWorkspace({
        '.github/coordinator/pr_merged_llm.yml': readFileSync('workflows/pr_merged_llm.yml', 'utf8'),
        'prompts/pr_merged.md': readFileSync('prompts/pr_merged.md', 'utf8') + '\nsandbox-policy: pr-merged\n'
      })
    )
    expect(run.exitCode).toBe(0)
    const merged = sandbox.state.slack.channels[DEMO.channel]!.messages.filter((m) => m.reactions.some((r) => r.name === DEMO.reaction))
      .map((m) => m.ts)
      .sort()
    expect(merged).toEqual([...DEMO.expectMergedTs].sort())
    const last = fake.requests[fake.requests.length - 1]!
    const tooled = last.messages.filter((m) => m.role === 'assistant')
    expect(tooled.length).toBeGreaterThanOrEqual(3)
    for (const turn of tooled) expect((turn.content as Array<{ type: string }>)[0]!.type).toBe('thinking')
    const notes = traceOf(run.outputs['trace-file']!).flatMap((l) => (l.type === 'llm_request' && Array.isArray(l.thinking) ? (l.thinking as string[]) : []))
    expect(notes[0]).toBe('I will read the latest Slack messages first.')
    expect(run.summary).toContain('model note (turn 1): I will read the latest Slack messages first.')
  })
})

describe('a model outside the model table through the bundled action', () => {
  it('runs on the conservative settings, with a notice annotation naming the config', async () => {
    const future = createAnthropicFake({ policy: 'pr-merged', models: [...DEFAULT_MODELS, 'claude-future-9'] })
    const box = await startSandbox({ anthropic: future.handler })
    try {
      const config = readFileSync('workflows/pr_merged_llm.yml', 'utf8') + 'model: claude-future-9\n'
      const run = await runAgainstSandbox(box, makeWorkspace({ '.github/coordinator/pr_merged_llm.yml': config, 'prompts/pr_merged.md': readFileSync('prompts/pr_merged.md', 'utf8') }))
      expect(run.exitCode).toBe(0)
      expect(run.results[0]).toEqual(expect.objectContaining({ status: 'succeeded' }))
      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: 'notice',
          file: '.github/coordinator/pr_merged_llm.yml',
          message: expect.stringMatching(/^pr-merged-llm: model claude-future-9 is not in the action's model table/)
        })
      )
      expect(run.summary).toContain("model claude-future-9 is not in the action's model table")
      for (const request of future.requests) expect(request.thinking).toBeUndefined()
    } finally {
      await box.close()
    }
  })
})
