import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake, DEFAULT_MODELS, type AnthropicFake } from '../../src/sandbox/anthropic.js'
import { isRecord } from '../../src/sandbox/messages-validate.js'
import { DEMO } from '../../src/sandbox/state.js'
import { llmConfig, llmRequests, mergedTs, PR_MERGED_PROMPT, runInProcess } from './llm-helpers.js'

/**
 * The model table at work in the coordinators, against a fake that enforces the table's
 * rules per model: the default model (Sonnet 5.5: no forced tools, thinking on, signed
 * thinking blocks), and a model the table does not know (the fake is told it exists, as
 * a newer API would be), which must run with the conservative settings and a notice.
 */

const FUTURE = 'claude-future-9'
let sandbox: Sandbox
let fake: AnthropicFake

beforeAll(async () => {
  fake = createAnthropicFake({ policy: 'subagent', models: [...DEFAULT_MODELS, FUTURE] })
  sandbox = await startSandbox({ anthropic: fake.handler })
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => {
  sandbox.reset()
  fake.setPolicy('subagent')
  fake.clearCache()
  fake.requests.length = 0
  fake.usageLog.length = 0
})

const scriptConfig = (model?: string) =>
  [
    'name: scripted',
    'on:',
    '  pull_request: { types: [closed] }',
    'coordinator: script',
    'coordinator_script: scripts/candidate.ts',
    'timeout_seconds: 60',
    'tools: [slack.get_messages]',
    'slack:',
    '  channel: C0123456789',
    model ? `model: ${model}` : ''
  ].join('\n')

const jsonScript = (schema: unknown) => `export default async (t, tools, files, subagent) => subagent.json('Classify the message.', 'The checkout button does nothing', ${JSON.stringify(schema)})`
const LABEL = { type: 'object', properties: { label: { type: 'string', enum: ['bug', 'question'] } }, required: ['label'] }

describe('subagent.json and the model table', () => {
  it('on the default model: structured outputs, never a forced tool, the answer checked', async () => {
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': scriptConfig(), 'scripts/candidate.ts': jsonScript(LABEL) })
    expect(run.report.error).toBeNull()
    expect(run.report.result).toEqual({ label: 'bug' })
    expect(fake.requests).toHaveLength(1)
    const [request] = fake.requests
    expect(request!.model).toBe('claude-sonnet-5-5')
    expect(request!.tool_choice).toBeUndefined()
    expect(request!.tools).toBeUndefined()
    expect(request!.thinking).toBeUndefined() // nothing sends thinking: disabled
    expect(request!.output_config?.format).toEqual({ type: 'json_schema', schema: { ...LABEL, additionalProperties: false } })
  })

  it('a bound structured outputs cannot decode is left to our own check: an answer breaking it is retried with the problem', async () => {
    let turn = 0
    fake.setPolicy(() => ({ content: [{ type: 'text', text: JSON.stringify({ value: ++turn === 1 ? 0 : 5 }) }], stop_reason: 'end_turn' }))
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': scriptConfig(), 'scripts/candidate.ts': jsonScript({ type: 'integer', minimum: 1 }) })
    expect(run.report.error).toBeNull()
    expect(run.report.result).toBe(5)
    expect(fake.requests).toHaveLength(2)
    const retry = fake.requests[1]!.messages
    expect(JSON.stringify(retry[retry.length - 1])).toMatch(/does not match the schema: .*(1|minimum|greater)/i)
  })

  it('a schema structured outputs cannot express fails before any request, naming where and what to change', async () => {
    const cases: [unknown, RegExp][] = [
      [
        {
          title: 'Tree',
          type: 'object',
          properties: { node: { $ref: '#/$defs/Node' } },
          required: ['node'],
          $defs: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } }, required: ['children'] } }
        },
        /subagent\.json: the schema "Tree" cannot be used with structured outputs \(claude-sonnet-5-5\): at \$defs\.Node, it refers to itself \(Node -> Node\).*give the nesting a fixed depth/
      ],
      [
        { type: 'object', properties: { labels: { type: 'object', additionalProperties: { type: 'string' } } }, required: ['labels'] },
        /at properties\.labels, it is an open object \(additionalProperties: \{"type":"string"\}\).*list the properties and set additionalProperties: false/
      ],
      [{ type: 'object', properties: { anything: {} }, required: ['anything'] }, /at properties\.anything, it accepts any JSON value.*give it a type/],
      [{ type: 'array', items: [{ type: 'string' }, { type: 'number' }] }, /at its root, it lists one schema per position in items \(a tuple\)/]
    ]
    for (const [schema, message] of cases) {
      const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': scriptConfig(), 'scripts/candidate.ts': jsonScript(schema) })
      expect(run.report.status).toBe('failed')
      expect(run.report.error).toMatch(message)
      expect(run.report.errorLocation?.file).toBe('scripts/candidate.ts')
    }
    expect(fake.requests).toHaveLength(0)
  })

  it('a model outside the table: a notice, no forced tool, no structured outputs, the schema in the prompt, the answer still checked', async () => {
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': scriptConfig(FUTURE), 'scripts/candidate.ts': jsonScript(LABEL) })
    expect(run.report.error).toBeNull()
    expect(run.report.result).toEqual({ label: 'bug' })
    const [request] = fake.requests
    expect(request!.model).toBe(FUTURE)
    expect(request!.tool_choice).toBeUndefined()
    expect(request!.output_config).toBeUndefined()
    expect(request!.thinking).toBeUndefined()
    expect(JSON.stringify(request!.system)).toContain('<json-schema>')
    const line = run.trace.find((l) => l.type === 'subagent')
    expect(line).toEqual(expect.objectContaining({ method: 'json', notice: expect.stringContaining(`model ${FUTURE} is not in the action's model table`) }))
  })

  it('a model outside the table that answers badly twice fails clearly', async () => {
    fake.setPolicy(() => ({ content: [{ type: 'text', text: 'I think it is a bug.' }], stop_reason: 'end_turn' }))
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': scriptConfig(FUTURE), 'scripts/candidate.ts': jsonScript(LABEL) })
    expect(run.report.status).toBe('failed')
    expect(run.report.error).toMatch(/subagent\.json: the model's answer failed the schema twice .*not JSON/)
    expect(fake.requests).toHaveLength(2)
  })
})

describe('the LLM loop and the model table', () => {
  const prMerged = (extra = '') => llmConfig({ prompt: `${PR_MERGED_PROMPT}\nsandbox-policy: pr-merged`, extra })

  it('on the default model: every tool turn goes back starting with its signed thinking block, and the notes reach the summary and the trace', async () => {
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': prMerged() })
    expect(run.report.error).toBeNull()
    expect(mergedTs(sandbox)).toEqual([...DEMO.expectMergedTs].sort())
    // Adaptive thinking with its notes shown; never disabled.
    for (const request of fake.requests) expect(request.thinking).toEqual({ type: 'adaptive', display: 'summarized' })
    // Every assistant turn sent back is a tool turn that starts with its thinking block, as received.
    const last = fake.requests[fake.requests.length - 1]!
    const assistants = last.messages.filter((m) => m.role === 'assistant')
    expect(assistants.length).toBe(run.report.turns - 1)
    for (const turn of assistants) {
      const blocks = turn.content as unknown as Array<Record<string, unknown>>
      expect(blocks[0]).toEqual(expect.objectContaining({ type: 'thinking', thinking: expect.any(String), signature: expect.any(String) }))
      expect(blocks.some((b) => b.type === 'text')).toBe(false) // the between-tool text came in the thinking block
    }
    // The notes: in the trace (llm_request.thinking) and the summary (one line per note).
    const noted = llmRequests(run.trace).flatMap((l) => (l.thinking as string[] | undefined) ?? [])
    expect(noted).toContain('I will read the latest Slack messages first.')
    expect(run.report.notes).toContain('model note (turn 1): I will read the latest Slack messages first.')
    expect(run.summary).toContain('model note (turn 2): Found 8 pull request links; checking their status.')
  })

  it('a model outside the table runs with no thinking settings and a notice in the summary', async () => {
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': prMerged(`model: ${FUTURE}`) })
    expect(run.report.error).toBeNull()
    expect(mergedTs(sandbox)).toEqual([...DEMO.expectMergedTs].sort())
    for (const request of fake.requests) {
      expect(request.model).toBe(FUTURE)
      expect(request.thinking).toBeUndefined()
    }
    expect(run.report.notes.some((n) => n.includes(`model ${FUTURE} is not in the action's model table`))).toBe(true)
  })

  it('model notes are untrusted text: one line in the summary, markup escaped', async () => {
    fake.setPolicy((request) =>
      request.messages.length === 1
        ? {
            content: [
              { type: 'text', text: 'Reading <img src=x onerror=alert(1)> the | channel\n## now' },
              { type: 'tool_use', name: 'slack_get_messages', input: { limit: 1 } }
            ],
            stop_reason: 'tool_use'
          }
        : { content: [{ type: 'text', text: 'Done.' }], stop_reason: 'end_turn' }
    )
    const run = await runInProcess(sandbox, { '.github/coordinator/w.yml': llmConfig({ prompt: PR_MERGED_PROMPT }) })
    expect(run.report.error).toBeNull()
    const line = run.summary.split('\n').find((l) => l.includes('model note (turn 1)'))!
    expect(line).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(line).not.toContain('<img')
    expect(line).toContain('\\|')
    expect(run.summary).not.toMatch(/^## now/m)
    // The thinking block (text and all) went back as it came, so the fake accepted the second turn.
    expect((fake.requests[1]!.messages[1]!.content as unknown as Array<Record<string, unknown>>)[0]).toEqual(
      expect.objectContaining({ type: 'thinking', thinking: 'Reading <img src=x onerror=alert(1)> the | channel\n## now' })
    )
    expect(isRecord(fake.requests[1]!.messages[1])).toBe(true)
  })
})
