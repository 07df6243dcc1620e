import { describe, expect, it } from '@jest/globals'
import { withDeadline } from '../src/deadline.js'
import { BudgetError, ScriptError } from '../src/errors.js'

describe('withDeadline', () => {
  it('returns what finishes in time', async () => {
    await expect(
      withDeadline(
        1,
        'the workflow',
        () => undefined,
        async () => 42
      )
    ).resolves.toBe(42)
  })

  it('rejects with a BudgetError naming the cap, after closing and aborting', async () => {
    const seen: string[] = []
    const run = withDeadline(
      0.05,
      'the workflow',
      (e) => seen.push(`closed: ${e.message}`),
      (signal) => new Promise(() => signal.addEventListener('abort', () => seen.push('aborted'))),
      20
    )
    await expect(run).rejects.toThrow(new BudgetError('timed out: the workflow ran past timeout_seconds (0.05 s)', 'timeout_seconds'))
    expect(seen).toEqual(['closed: timed out: the workflow ran past timeout_seconds (0.05 s)', 'aborted'])
  })

  it('prefers an error that says where the work hung, if it comes within the grace period', async () => {
    const run = withDeadline(
      0.05,
      'the workflow',
      () => undefined,
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => setTimeout(() => reject(new ScriptError('x.py:7: timed out', { file: 'x.py', line: 7 })), 5)))
    )
    await expect(run).rejects.toMatchObject({ name: 'ScriptError', location: { file: 'x.py', line: 7 } })
  })

  it('still counts work that finishes after the deadline as timed out', async () => {
    const run = withDeadline(
      0.05,
      'the script',
      () => undefined,
      (signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve('late')))
    )
    await expect(run).rejects.toBeInstanceOf(BudgetError)
  })
})
