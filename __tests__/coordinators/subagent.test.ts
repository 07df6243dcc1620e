import { describe, expect, it } from '@jest/globals'
import { useSandbox } from '../helpers/workspace.js'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { AnthropicFake } from '../../src/sandbox/anthropic.js'
import type { Policy } from '../../src/sandbox/policies.js'
import { isRecord } from '../../src/sandbox/messages-validate.js'
import { llmConfig, llmRequests, runInProcess } from './llm-helpers.js'

let sandbox: Sandbox
let fake: AnthropicFake

useSandbox({ policy: 'subagent' }, (s, f) => {
  sandbox = s
  fake = f!
})

const scriptConfig = (extra = '') =>
  [
    'name: scripted',
    'on:',
    '  pull_request: { types: [closed] }',
    'coordinator: script',
    'coordinator_script: scripts/candidate.ts',
    'timeout_seconds: 60',
    'tools:',
    '  - slack.get_messages',
    '  - github.get_status',
    'slack:',
    '  channel: C0123456789',
    extra
  ].join('\n')

const SUBAGENTS = [
  'subagents:',
  '  reader:',
  '    description: Reads the channel and says what is in it',
  '    prompt: Read the latest Slack messages and list the PR links in them.',
  '    tools: [slack.get_messages]',
  '    model: claude-haiku-5-5',
  '    max_turns: 3'
].join('\n')

const ALL_METHODS = `
import type { Handler } from 'hybrid-coordinator'

const handler: Handler = async (trigger, tools, files, subagent) => {
  const text = await subagent.run('Say hello to the author.', { author: trigger.actor })
  const label = await subagent.json(
    'Classify this message.',
    'The checkout button does nothing on Safari',
    { type: 'object', properties: { label: { type: 'string', enum: ['bug', 'question', 'other'] } }, required: ['label'] }
  )
  const count = await subagent.json('How many PRs?', 'three PRs', { type: 'integer', minimum: 1 })
  const summary = await subagent.summarize(['line one', 'line two'])
  const read = await subagent.call('reader', 'What is in the channel?', ['trigger.json'])
  return { text, label, count, summary, read }
}
export default handler
`

describe('subagent from a TypeScript script', () => {
  it('runs run, json, summarize and call, each traced and counted in the usage', async () => {
    // The named subagent reads the channel once, then answers.
    const reader: Policy = (request, ctx) => {
      const system = JSON.stringify(request.system)
      if (system.includes('subagent \\"reader\\"') && ctx.turn === 1) {
        return { content: [{ type: 'tool_use', name: 'slack_get_messages', input: { limit: 3 } }], stop_reason: 'tool_use' }
      }
      if (system.includes('subagent \\"reader\\"')) return { content: [{ type: 'text', text: 'Three messages, two PR links.' }], stop_reason: 'end_turn' }
      const format = request.output_config?.format
      if (format?.type === 'json_schema') {
        const wrapped = isRecord(format.schema.properties) && 'value' in format.schema.properties
        return { content: [{ type: 'text', text: JSON.stringify(wrapped ? { value: 3 } : { label: 'bug' }) }], stop_reason: 'end_turn' }
      }
      return { content: [{ type: 'text', text: 'Hello octocat.' }], stop_reason: 'end_turn' }
    }
    fake.setPolicy(reader)
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': scriptConfig(SUBAGENTS),
      'scripts/candidate.ts': ALL_METHODS
    })
    expect(run.report.error).toBeNull()
    expect(run.report.result).toEqual({ text: 'Hello octocat.', label: { label: 'bug' }, count: 3, summary: 'Hello octocat.', read: 'Three messages, two PR links.' })

    // json: structured outputs on the default model (Sonnet 5.5 refuses forced tools), the
    // non-object schema wrapped in { value }, the bound it cannot decode kept for our own check.
    expect(fake.requests.some((r) => r.tool_choice !== undefined)).toBe(false)
    const jsonRequests = fake.requests.filter((r) => r.output_config?.format)
    expect(jsonRequests).toHaveLength(2)
    expect(jsonRequests[0]!.model).toBe('claude-sonnet-5-5')
    expect(jsonRequests[1]!.output_config!.format!.schema).toEqual({
      type: 'object',
      properties: { value: { type: 'integer', description: 'Also: minimum 1.' } },
      required: ['value'],
      additionalProperties: false
    })
    // call: the subagent's own model, its tool subset only, the file handed over.
    const readerRequests = fake.requests.filter((r) => JSON.stringify(r.system).includes('subagent \\"reader\\"'))
    expect(readerRequests).toHaveLength(2)
    expect(readerRequests[0]!.model).toBe('claude-haiku-5-5')
    expect((readerRequests[0]!.tools as Array<{ name: string }>).map((t) => t.name)).toEqual(['slack_get_messages'])
    expect(JSON.stringify(readerRequests[0]!.messages[0])).toContain('<file name=\\"trigger.json\\">')
    expect(run.report.calls).toEqual([expect.objectContaining({ tool: 'slack.get_messages', caller: 'subagent:reader', outcome: 'read' })])

    // Trace: one subagent line per method call, one llm_request per model call.
    const subagentLines = run.trace.filter((l) => l.type === 'subagent')
    expect(subagentLines.map((l) => l.method)).toEqual(['run', 'json', 'json', 'summarize', 'call'])
    expect(subagentLines[4]).toEqual(expect.objectContaining({ name: 'reader', output: 'Three messages, two PR links.' }))
    const callers = llmRequests(run.trace).map((l) => l.caller)
    expect(callers).toEqual(['subagent.run', 'subagent.json', 'subagent.json', 'subagent.summarize', 'subagent:reader', 'subagent:reader'])
    // Usage: every request of every method, in results.
    const sum = fake.usageLog.reduce((n, e) => n + e.usage.output_tokens, 0)
    expect(run.report.usage.output_tokens).toBe(sum)
    expect(run.results[0]!.usage.input_tokens + run.results[0]!.usage.cache_creation_input_tokens).toBeGreaterThan(0)
  })

  it('fails clearly when json answers fail the schema twice: two model calls, the problem named', async () => {
    fake.setPolicy('subagent-bad-json')
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': scriptConfig(),
      'scripts/candidate.ts': `export default async (t, tools, files, subagent) => subagent.json('Classify.', 'text', { type: 'object', properties: { label: { type: 'string' } }, required: ['label'] })`
    })
    expect(run.report.status).toBe('failed')
    expect(run.report.error).toMatch(/subagent\.json: the model's answer failed the schema twice.*label/)
    expect(run.report.errorLocation?.file).toBe('scripts/candidate.ts')
    expect(fake.requests).toHaveLength(2)
    // The retry told the model what was wrong.
    const retry = fake.requests[1]!.messages
    expect(JSON.stringify(retry[retry.length - 1])).toMatch(/does not match the schema: label/)
    expect(run.trace.filter((l) => l.type === 'subagent')).toEqual([expect.objectContaining({ method: 'json', error: expect.stringMatching(/twice/) })])
  })

  it('accepts a json answer fixed on the retry', async () => {
    const fixes: Policy = (_request, ctx) => ({
      content: [{ type: 'text', text: JSON.stringify(ctx.turn === 1 ? { label: 7 } : { label: 'bug' }) }],
      stop_reason: 'end_turn'
    })
    fake.setPolicy(fixes)
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': scriptConfig(),
      'scripts/candidate.ts': `export default async (t, tools, files, subagent) => subagent.json('Classify.', 'text', { type: 'object', properties: { label: { type: 'string' } }, required: ['label'] })`
    })
    expect(run.report.result).toEqual({ label: 'bug' })
    expect(fake.requests).toHaveLength(2)
  })

  it('a hostile json answer that would break the schema check is a schema failure, retried, never a crash', async () => {
    // zod compares a `length` to a number even after the type failed: this one cannot be compared.
    const hostile: Policy = (_request, ctx) => ({
      content: [{ type: 'text', text: ctx.turn === 1 ? '{"label":{"length":{"valueOf":1,"toString":1}}}' : '{"label":"bug"}' }],
      stop_reason: 'end_turn'
    })
    fake.setPolicy(hostile)
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': scriptConfig(),
      'scripts/candidate.ts': `export default async (t, tools, files, subagent) => subagent.json('Classify.', 'text', { type: 'object', properties: { label: { type: 'string', minLength: 1 } }, required: ['label'] })`
    })
    expect(run.report.status).toBe('succeeded')
    expect(run.report.result).toEqual({ label: 'bug' })
    expect(fake.requests).toHaveLength(2)
    const retry = fake.requests[1]!.messages
    expect(JSON.stringify(retry[retry.length - 1])).toMatch(/does not match the schema: label: Invalid input: expected string, received object/)
  })

  it('names the input when a script calls subagent without an API key, before any request', async () => {
    const run = await runInProcess(
      sandbox,
      { '.github/coordinator/w.yml': scriptConfig(), 'scripts/candidate.ts': `export default async (t, tools, files, subagent) => subagent.run('Hi.')` },
      { anthropicKey: null }
    )
    expect(run.report.status).toBe('failed')
    expect(run.report.error).toMatch(/anthropic-api-key/)
    expect(sandbox.callsTo('anthropic')).toHaveLength(0)
  })

  it('counts subagent calls toward max_total_tokens', async () => {
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': scriptConfig('max_total_tokens: 100'),
      'scripts/candidate.ts': `export default async (t, tools, files, subagent) => { for (let i = 0; i < 5; i++) await subagent.run('Say something long.', 'x'.repeat(400)); return 'done' }`
    })
    expect(run.report.status).toBe('failed')
    expect(run.report.error).toMatch(/max_total_tokens \(100\)/)
    expect(fake.requests.length).toBeLessThan(5)
  })

  it('says which subagents exist when a script names an unknown one', async () => {
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': scriptConfig(SUBAGENTS),
      'scripts/candidate.ts': `export default async (t, tools, files, subagent) => subagent.call('writer', 'hi')`
    })
    expect(run.report.error).toMatch(/no subagent named "writer": the config's subagents are reader/)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('the subagent tool of an llm workflow', () => {
  it('lets the model delegate to a named subagent, on the same budget', async () => {
    const delegating: Policy = (request, ctx) => {
      const system = JSON.stringify(request.system)
      if (system.includes('subagent \\"reader\\"')) return { content: [{ type: 'text', text: 'Nothing urgent.' }], stop_reason: 'end_turn' }
      return ctx.turn === 1
        ? { content: [{ type: 'tool_use', name: 'subagent', input: { name: 'reader', input: 'Anything urgent?' } }], stop_reason: 'tool_use' }
        : { content: [{ type: 'text', text: 'The reader says: nothing urgent.' }], stop_reason: 'end_turn' }
    }
    fake.setPolicy(delegating)
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': llmConfig({ prompt: 'Ask the reader.', tools: ['slack.get_messages'], extra: SUBAGENTS }) })
    expect(run.report.error).toBeNull()
    expect(run.report.result).toBe('The reader says: nothing urgent.')
    const offered = (fake.requests[0]!.tools as Array<{ name: string; description: string }>).map((t) => t.name)
    expect(offered).toContain('subagent')
    expect((fake.requests[0]!.tools as Array<{ name: string; description: string }>).find((t) => t.name === 'subagent')!.description).toContain('reader: Reads the channel')
    expect(llmRequests(run.trace).map((l) => l.caller)).toEqual(['llm', 'subagent:reader', 'llm'])
    expect(run.report.turns).toBe(2)
    expect(run.report.usage.output_tokens).toBe(fake.usageLog.reduce((n, e) => n + e.usage.output_tokens, 0))
  })
})
