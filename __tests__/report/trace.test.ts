import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TraceWriter, flushTraces } from '../../src/report/trace.js'
import { Redactor } from '../../src/report/redact.js'

const lines = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : []

function writer(secrets: string[] = []) {
  const redact = new Redactor()
  for (const s of secrets) redact.add(s)
  const file = join(mkdtempSync(join(tmpdir(), 'hc-trace-')), 'nested', 'trace.jsonl')
  return { trace: new TraceWriter(file, redact), file }
}

describe('TraceWriter', () => {
  it("writes a workflow's lines together at its end, in order", () => {
    const { trace, file } = writer()
    trace.write({ type: 'workflow_start', workflow: 'w', coordinator: 'script', file: 'workflows/w.yml', tools: [], dry_run: false })
    trace.write({ type: 'tool_call', workflow: 'w', tool: 'files.list' })
    expect(lines(file)).toEqual([])
    trace.write({ type: 'workflow_end', workflow: 'w', status: 'succeeded', turns: 0, usage: null, duration_ms: 1 })
    expect(lines(file).map((l) => l.type)).toEqual(['workflow_start', 'tool_call', 'workflow_end'])
    for (const l of lines(file)) expect(typeof l.time).toBe('string')
  })

  it('flushTraces writes what is buffered (the exit and crash path)', () => {
    const { trace, file } = writer()
    trace.write({ type: 'tool_call', workflow: 'w', tool: 'slack.add_reacji', outcome: 'sent' })
    flushTraces()
    expect(lines(file)).toEqual([expect.objectContaining({ type: 'tool_call', tool: 'slack.add_reacji' })])
    flushTraces()
    expect(lines(file)).toHaveLength(1)
    expect(process.listeners('exit')).toContain(flushTraces)
  })

  it('flushTraces on exit says in one stderr line that a trace could not be written, and throws nothing', () => {
    // The CLI's validate removes its temporary trace folder in a finally; an internal error
    // then left lines buffered, and the exit hook crashed a second time on the missing folder.
    const { trace, file } = writer()
    trace.write({ type: 'tool_call', workflow: 'w', tool: 'files.list' })
    rmSync(join(file, '..', '..'), { recursive: true, force: true })
    const written: string[] = []
    const original = process.stderr.write.bind(process.stderr)
    process.stderr.write = ((chunk: string | Uint8Array) => (written.push(String(chunk)), true)) as typeof process.stderr.write
    try {
      expect(() => flushTraces()).not.toThrow()
    } finally {
      process.stderr.write = original
    }
    expect(written).toEqual([expect.stringMatching(/^Hybrid Coordinator: the trace .*trace\.jsonl could not be written: ENOENT/)])
    expect(existsSync(file)).toBe(false)
    // The writer is no longer pending: a second flush has nothing to say.
    expect(() => flushTraces()).not.toThrow()
  })

  it("does not hold a long workflow's lines without bound", () => {
    const { trace, file } = writer()
    for (let i = 0; i < 2000; i++) trace.write({ type: 'tool_call', workflow: 'w', tool: 'files.read', output: 'x'.repeat(100) })
    expect(lines(file).length).toBeGreaterThan(1000)
    trace.flush()
    expect(lines(file)).toHaveLength(2000)
  })

  it('a secret never reaches the buffer or the file', () => {
    const secret = 'xoxb-1234567890-secret'
    const { trace, file } = writer([secret])
    trace.write({ type: 'tool_call', workflow: 'w', tool: 'slack.post', input: { text: `token ${secret}` } })
    trace.flush()
    const text = readFileSync(file, 'utf8')
    expect(text).not.toContain(secret)
    expect(text).toContain('token ')
  })
})
