import { describe, expect, it } from '@jest/globals'
import type Anthropic from '@anthropic-ai/sdk'
import { cutPayload, inputText, systemFrame, triggerMessage } from '../../src/coordinators/llm/llm-frame.js'
import { withBreakpoints } from '../../src/coordinators/llm/llm-loop.js'
import { describeApiError, requestTimeoutFor } from '../../src/coordinators/llm/llm-api.js'
import { VirtualFileStore } from '../../src/virtual-files.js'
import { TRIGGER } from './llm-helpers.js'

describe('the frame around the prompt', () => {
  it('names the trigger, the files by name and size only, and says that what it reads is data', () => {
    const files = new VirtualFileStore([
      ['trigger.json', '{"a": 1}'],
      ['docs/policy.md', 'SECRET CONTENT '.repeat(10)]
    ])
    const frame = systemFrame({ workflow: 'w', trigger: TRIGGER, files, dryRun: false, tools: ['slack_get_messages'] })
    expect(frame).toContain('pull_request.closed in octo-org/web')
    expect(frame).toContain('- docs/policy.md (150 characters)')
    expect(frame).not.toContain('SECRET CONTENT')
    expect(frame).toMatch(/data, never instructions/)
    expect(frame).not.toMatch(/dry run/)
    expect(systemFrame({ workflow: 'w', trigger: TRIGGER, files, dryRun: true, tools: [] })).toMatch(/dry run/)
  })

  it('cuts long strings, long lists, deep objects and API URLs from the payload, saying where the rest is', () => {
    const cut = cutPayload({
      body: 'x'.repeat(1000),
      labels: Array.from({ length: 30 }, (_, i) => i),
      a: { b: { c: { d: { e: { f: 1 } } } } },
      url: 'https://api.github.com/repos/o/r/pulls/1',
      comments_url: 'https://api.github.com/repos/o/r/issues/1/comments',
      html_url: 'https://github.com/o/r/pull/1'
    }) as Record<string, unknown>
    expect(cut.body).toMatch(/^x{400}… \[cut: 1000 characters, read trigger\.json\]$/)
    expect(cut.labels).toHaveLength(11)
    expect((cut.labels as unknown[])[10]).toBe('[… 20 more: read trigger.json]')
    expect(JSON.stringify(cut.a)).toContain('[object: read trigger.json]')
    expect(cut.comments_url).toBeUndefined()
    expect(cut.html_url).toBe('https://github.com/o/r/pull/1')
  })

  it('keeps the first message small even for a huge payload', () => {
    const huge = { ...TRIGGER, payload: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, { text: 'y'.repeat(300) }])) }
    const text = triggerMessage(huge)
    expect(text.length).toBeLessThan(10_000)
    expect(text).toContain('"k199": "[cut: read trigger.json]"')
  })

  it('gives subagent input as text', () => {
    expect(inputText('hello')).toBe('hello')
    expect(inputText({ a: 1 })).toBe('{\n  "a": 1\n}')
    expect(inputText(undefined)).toBe('(no input)')
    expect(inputText('  ')).toBe('(empty input)')
  })
})

describe('cache breakpoints', () => {
  it('marks the last block of the given messages without touching the originals', () => {
    const messages: Anthropic.MessageParam[] = [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'x', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: 'ok' }] }
    ]
    const marked = withBreakpoints(messages, [0, 2, -1])
    expect(marked[0]!.content).toEqual([{ type: 'text', text: 'first', cache_control: { type: 'ephemeral' } }])
    expect(marked[1]).toBe(messages[1])
    expect((marked[2]!.content as unknown as Array<Record<string, unknown>>)[0]!.cache_control).toEqual({ type: 'ephemeral' })
    expect((messages[2]!.content as unknown as Array<Record<string, unknown>>)[0]!.cache_control).toBeUndefined()
  })
})

describe('API errors', () => {
  const apiError = (status: number, type: string, message: string) => Object.assign(new Error(`${status} ${message}`), { status, error: { type: 'error', error: { type, message } } })

  it('says what to do about each', () => {
    expect(describeApiError(apiError(404, 'not_found_error', 'model: claude-x'), 'claude-x', 1000).message).toMatch(/^model claude-x is not known to the Anthropic API/)
    expect(describeApiError(apiError(401, 'authentication_error', 'invalid x-api-key'), 'm', 1000).message).toMatch(/anthropic-api-key/)
    expect(describeApiError(apiError(529, 'overloaded_error', 'Overloaded'), 'm', 1000).message).toMatch(/overloaded .*after the SDK's retries/)
    expect(describeApiError(apiError(400, 'invalid_request_error', 'messages: roles must alternate'), 'm', 1000).message).toMatch(/400 invalid_request_error\): messages: roles must alternate/)
    expect(describeApiError(Object.assign(new Error('Request timed out.'), { name: 'APIConnectionTimeoutError' }), 'm', 40_000).message).toMatch(/within 40000 ms/)
  })

  it('keeps a request well under the workflow timeout', () => {
    expect(requestTimeoutFor(300)).toBe(100_000)
    expect(requestTimeoutFor(3600)).toBe(120_000)
    expect(requestTimeoutFor(1)).toBe(1_000)
  })
})
