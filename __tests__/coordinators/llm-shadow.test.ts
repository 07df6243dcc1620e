import { describe, expect, it } from '@jest/globals'
import { useSandbox } from '../helpers/workspace.js'
import { readFileSync } from 'node:fs'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { compareMutations } from '../../src/coordinators/llm/llm-shadow.js'
import { PR_MERGED_PROMPT, llmConfig, mergedTs, runInProcess } from './llm-helpers.js'

let sandbox: Sandbox

useSandbox({ policy: 'pr-merged' }, (s) => {
  sandbox = s
})

const SCRIPT = readFileSync('scripts/pr_merged.ts', 'utf8')
// The candidate a careless rewrite gives: it forgets that closed PRs count too.
const MISSES_CLOSED = SCRIPT.replace("statuses[i] === 'merged' || statuses[i] === 'closed'", "statuses[i] === 'merged'")

const workspace = (script: string, extra = '') => ({
  '.github/coordinator/w.yml': llmConfig({ prompt: PR_MERGED_PROMPT, extra: `shadow_script: scripts/candidate.ts\n${extra}` }),
  'scripts/candidate.ts': script
})

describe('shadow_script', () => {
  it('reports agreement when the candidate plans exactly what the LLM did, and sends nothing itself', async () => {
    const run = await runInProcess(sandbox, workspace(SCRIPT))
    expect(run.report.status).toBe('succeeded')
    expect(run.report.notes).toContain('shadow `scripts/candidate.ts` (dry run): agrees with the LLM: the same 5 mutation(s)')
    const line = run.trace.find((l) => l.type === 'shadow')!
    expect(line).toEqual(expect.objectContaining({ agree: true, missing: [], extra: [] }))
    expect((line.llm as string[]).length).toBe(5)
    expect(line.script).toEqual(expect.arrayContaining(line.llm as string[]))
    // Only the LLM's reactions reached Slack; the candidate's reads came from the LLM's record.
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(5)
    expect(sandbox.callsTo('slack', '/conversations.history')).toHaveLength(1)
    expect(sandbox.callsTo('github')).toHaveLength(8)
    expect(mergedTs(sandbox)).toEqual([...DEMO.expectMergedTs].sort())
    // Shadow calls are not the workflow's calls.
    expect(run.report.calls.every((c) => c.caller === 'llm')).toBe(true)
    expect(run.trace.filter((l) => l.type === 'tool_call' && l.caller === 'shadow').every((l) => l.dry_run === true)).toBe(true)
  })

  it('reports the difference, without failing, when the candidate misses closed PRs', async () => {
    const run = await runInProcess(sandbox, workspace(MISSES_CLOSED))
    expect(run.report.status).toBe('succeeded')
    const line = run.trace.find((l) => l.type === 'shadow')!
    expect(line.agree).toBe(false)
    const closed = DEMO.messages.filter((m) => m.prState === 'closed').map((m) => `slack.add_reacji on C0123456789 ${m.ts} :merged:`)
    expect((line.missing as string[]).sort()).toEqual(closed.sort())
    expect(line.extra).toEqual([])
    expect(run.report.notes).toContain('shadow `scripts/candidate.ts` (dry run): differs from the LLM: the LLM did 5 mutation(s), the script planned 3')
    expect(run.report.notes.find((n) => n.startsWith('shadow: missing from the script'))).toContain(DEMO.messages.find((m) => m.prState === 'closed')!.ts)
    expect(run.summary).toContain('differs from the LLM')
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(5)
  })

  it('does not count the candidate against the workflow limits', async () => {
    // The limit lets the LLM make its 5 reactions; the candidate's 5 planned ones come on top.
    const run = await runInProcess(sandbox, workspace(SCRIPT, 'limits:\n  slack.add_reacji: 5'))
    expect(run.report.calls.filter((c) => c.outcome === 'refused')).toHaveLength(0)
    expect(run.trace.find((l) => l.type === 'shadow')).toEqual(expect.objectContaining({ agree: true, refused: [] }))
  })

  it('runs a Python candidate the same way', async () => {
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': llmConfig({ prompt: PR_MERGED_PROMPT, extra: 'shadow_script: scripts/candidate.py' }),
      'scripts/candidate.py': readFileSync('scripts/pr_merged.py', 'utf8')
    })
    expect(run.report.status).toBe('succeeded')
    expect(run.trace.find((l) => l.type === 'shadow')).toEqual(expect.objectContaining({ file: 'scripts/candidate.py', agree: true, missing: [], extra: [] }))
    expect(run.report.notes).toContain('shadow `scripts/candidate.py` (dry run): agrees with the LLM: the same 5 mutation(s)')
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(5)
  })

  it('runs after a failed LLM run too, and reports a failing candidate without failing for it', async () => {
    const run = await runInProcess(sandbox, {
      '.github/coordinator/w.yml': llmConfig({ prompt: 'sandbox-policy: refusal', extra: 'shadow_script: scripts/candidate.ts' }),
      'scripts/candidate.ts': `export default async () => { throw new Error('not ready') }`
    })
    expect(run.report.status).toBe('failed')
    expect(run.report.error).toMatch(/refused/)
    expect(run.report.notes.some((n) => /the script failed: .*not ready/.test(n))).toBe(true)
    expect(run.trace.find((l) => l.type === 'shadow')).toEqual(expect.objectContaining({ agree: false, error: expect.stringMatching(/not ready/) }))
  })
})

describe('compareMutations', () => {
  it('compares as multisets', () => {
    expect(compareMutations(['a', 'b', 'b'], ['b', 'a', 'b'])).toEqual({ agree: true, missing: [], extra: [] })
    expect(compareMutations(['a', 'b', 'b'], ['b', 'c'])).toEqual({ agree: false, missing: ['a', 'b'], extra: ['c'] })
  })
})
