import { describe, expect, it } from '@jest/globals'
import { renderSummary, SUMMARY_LIMIT_BYTES, type RunSummary } from '../../src/report/summary.js'
import type { WorkflowReport } from '../../src/run-workflow.js'
import type { ToolCallRecord } from '../../src/tools/toolbox.js'
import { emptyUsage } from '../../src/usage.js'

function call(i: number, outcome: ToolCallRecord['outcome'] = 'read'): ToolCallRecord {
  return {
    id: `c${i}`,
    workflow: 'w',
    caller: 'script',
    tool: 'files.read',
    mutates: outcome === 'sent',
    input: { name: `file-${i}.md`, pad: 'x'.repeat(100) },
    outcome,
    sent: outcome !== 'refused',
    output: 'y'.repeat(100),
    target: outcome === 'sent' ? `o/r#${i}` : undefined,
    started_at: '',
    duration_ms: 1
  }
}

function report(name: string, calls: ToolCallRecord[], status: 'succeeded' | 'failed' = 'succeeded'): WorkflowReport {
  return {
    workflow: name,
    coordinator: 'script',
    status,
    result: null,
    error: status === 'failed' ? 'it broke' : null,
    tool_calls: calls.length,
    turns: 0,
    usage: emptyUsage(),
    file: `${name}.yml`,
    dryRun: false,
    tools: ['files.read'],
    calls,
    durationMs: 1,
    notes: [],
    costUsd: null,
    unpricedModels: []
  }
}

const summary = (reports: WorkflowReport[]): RunSummary => ({
  source: 'workspace',
  event: 'push',
  action: null,
  matched: reports.map((r) => r.workflow),
  reports,
  configErrors: [],
  traceFile: '/tmp/trace.jsonl',
  mode: 'run'
})

describe('the step summary size cap', () => {
  it('leaves a small summary whole', () => {
    const text = renderSummary(summary([report('a', [call(1), call(2)])]))
    expect(text).toContain('| 2 | `files.read`')
    expect(text).not.toContain('not shown')
  })

  it('stays under 1 MiB with every workflow status when the calls would not fit, and says what it cut', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => call(i, i % 2 ? 'sent' : 'read'))
    const text = renderSummary(summary([report('big', many), report('small', [call(1)], 'failed')]))
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES)
    expect(text).toContain('### ✅ big: succeeded')
    expect(text).toContain('### ❌ small: failed')
    expect(text).toContain('- **error**: it broke')
    expect(text).toMatch(/\*… \d+ more not shown: the summary is capped below GitHub's 1 MiB limit; the trace has every call\.\*/)
    // The small workflow's one call still shows.
    expect(text).toContain('`file-1.md`'.slice(1, -1))
  })

  it('falls back to status lines when even those are too many for the limit', () => {
    const reports = Array.from({ length: 50 }, (_, i) => report(`w${i}`, [call(i)], i % 2 ? 'failed' : 'succeeded'))
    const text = renderSummary(summary(reports), 2_000)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(2_000)
    expect(text).toContain('- ✅ w0: succeeded')
    expect(text).toContain('- ❌ w1: failed')
  })
})
