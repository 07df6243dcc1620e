import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { AnthropicFake } from '../../src/sandbox/anthropic.js'
import { DEMO } from '../../src/sandbox/state.js'
import { makeWorkspace, runAgainstSandbox, useSandbox } from '../helpers/workspace.js'

/**
 * The llm coordinator through the bundled action, as the runner runs it (child process,
 * INPUT_*, GITHUB_OUTPUT), against the sandbox with the real SDK client. Set HC_ACTION to a
 * private bundle to test uncommitted code.
 */

let sandbox: Sandbox
let fake: AnthropicFake

useSandbox({ policy: 'pr-merged' }, (s, f) => {
  sandbox = s
  fake = f!
})

const EXAMPLE = {
  '.github/coordinator/pr_merged_llm.yml': readFileSync('workflows/pr_merged_llm.yml', 'utf8'),
  'prompts/pr_merged.md': readFileSync('prompts/pr_merged.md', 'utf8')
}

const merged = () =>
  sandbox.state.slack.channels[DEMO.channel]!.messages.filter((m) => m.reactions.some((r) => r.name === DEMO.reaction))
    .map((m) => m.ts)
    .sort()

describe('the pr-merged-llm example through the bundled action', () => {
  it('marks the 5 merged or closed PRs in at most 4 turns, with usage in results and cache reads after turn 1', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE))
    expect(run.stderr).not.toMatch(/Error/)
    expect(run.exitCode).toBe(0)
    const [result] = run.results
    expect(result).toEqual(expect.objectContaining({ workflow: 'pr-merged-llm', coordinator: 'llm', status: 'succeeded', error: null, tool_calls: 1 + 8 + 5 }))
    expect(result!.turns).toBeLessThanOrEqual(4)
    expect(merged()).toEqual([...DEMO.expectMergedTs].sort())
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(DEMO.expectMergedTs.length)

    const usage = result!.usage as Record<string, number>
    expect(Object.keys(usage).sort()).toEqual(['cache_creation_input_tokens', 'cache_read_input_tokens', 'input_tokens', 'output_tokens'])
    expect(usage.output_tokens).toBe(fake.usageLog.reduce((n, e) => n + e.usage.output_tokens, 0))
    expect(usage.cache_read_input_tokens).toBeGreaterThan(0)
    for (const entry of fake.usageLog.slice(1)) expect(entry.usage.cache_read_input_tokens).toBeGreaterThan(0)

    expect(run.summary).toMatch(/LLM: [1-4] turn\(s\); tokens: \d+ input, \d+ output, [1-9]\d* cache read/)
    expect(run.summary).toContain('model claude-sonnet-5-5')
    const trace = readFileSync(run.outputs['trace-file']!, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    const requests = trace.filter((l) => l.type === 'llm_request')
    expect(requests).toHaveLength(result!.turns as number)
    for (const r of requests)
      expect(r).toEqual(expect.objectContaining({ workflow: 'pr-merged-llm', caller: 'llm', model: 'claude-sonnet-5-5', overhead_ms: expect.any(Number), duration_ms: expect.any(Number) }))
  })

  it('recovers from a 529 and from a dropped connection, each reaction applied once', async () => {
    sandbox.inject({ service: 'anthropic', kind: 'status', status: 529, path: '/v1/messages', retryAfter: 0 })
    sandbox.inject({ service: 'anthropic', kind: 'drop', path: '/v1/messages' })
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE))
    expect(run.exitCode).toBe(0)
    expect(sandbox.callsTo('anthropic').filter((c) => c.fault)).toHaveLength(2)
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(DEMO.expectMergedTs.length)
    expect(merged()).toEqual([...DEMO.expectMergedTs].sort())
  })

  it('fails before any model call without an API key, naming the input', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), { inputs: { 'anthropic-api-key': '' } })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/anthropic-api-key/)
    expect(run.annotations.some((a) => a.level === 'error' && /anthropic-api-key/.test(a.message))).toBe(true)
    expect(sandbox.callsTo('anthropic')).toHaveLength(0)
    expect(sandbox.callsTo('slack')).toHaveLength(0)
  })

  it('reports an unknown model as such', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), { inputs: { model: 'claude-nonexistent-9' } })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/model claude-nonexistent-9 is not known to the Anthropic API/)
  })
})

describe('subagent from a TypeScript script through the bundled action', () => {
  it('answers run and json, traced and counted', async () => {
    fake.setPolicy('subagent')
    const ws = makeWorkspace({
      '.github/coordinator/s.yml': [
        'name: scripted',
        'on: { pull_request: { types: [closed] } }',
        'coordinator: script',
        'coordinator_script: scripts/ask.ts',
        'tools: [slack.get_messages]',
        'slack: { channel: C0123456789 }'
      ].join('\n'),
      'scripts/ask.ts': [
        "import type { Handler } from 'hybrid-coordinator'",
        'const handler: Handler = async (trigger, tools, files, subagent) => {',
        "  const label = await subagent.json('Classify.', 'Safari checkout is broken', { type: 'object', properties: { label: { type: 'string', enum: ['bug', 'other'] } }, required: ['label'] })",
        "  const summary = await subagent.summarize('A long text about deploys.')",
        '  return { label, summary }',
        '}',
        'export default handler'
      ].join('\n')
    })
    const run = await runAgainstSandbox(sandbox, ws)
    expect(run.exitCode).toBe(0)
    expect(run.results[0]!.result).toEqual({ label: { label: 'bug' }, summary: expect.stringMatching(/^summary: /) })
    expect((run.results[0]!.usage as Record<string, number>).output_tokens).toBeGreaterThan(0)
    expect(fake.requests).toHaveLength(2)
  })
})
