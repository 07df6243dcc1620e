import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { switchedToScript, tallyShadow, withShadowScript } from '../../src/propose/stage.js'
import type { RecordedRun } from '../../src/propose/gather.js'

const LLM = readFileSync('workflows/pr_merged_llm.yml', 'utf8')

describe('the config edits propose makes', () => {
  it('stage 1 adds shadow_script after coordinator and keeps comments and flow style', () => {
    const out = withShadowScript(LLM, 'scripts/x.ts')
    expect(out).toContain('coordinator: llm\nshadow_script: scripts/x.ts\nprompt_file: prompts/pr_merged.md')
    expect(out).toContain('# The same job as pr_merged.yml')
    expect(out).toContain('types: [closed]')
    expect(out.replace('shadow_script: scripts/x.ts\n', '')).toBe(LLM)
  })

  it('stage 2 switches to coordinator: script, names the script and drops every llm-only key', () => {
    const out = switchedToScript(withShadowScript(`${LLM}min_agreeing_runs: 3\n`, 'scripts/x.ts'), 'scripts/x.ts')
    expect(out).toContain('coordinator: script\ncoordinator_script: scripts/x.ts\nmax_total_tokens: 100000')
    for (const key of ['prompt_file', 'max_turns', 'max_tokens', 'shadow_script', 'min_agreeing_runs']) expect(out).not.toMatch(new RegExp(`^${key}:`, 'm'))
    expect(out).toContain('allow:\n  slack_reactions: [merged]')
  })
})

describe('the shadow record', () => {
  const run = (link: string, shadows: { file: string; agree: boolean }[], dryRun = false) => ({ link, run: { dryRun, workflows: [] }, traced: { dryRun: false, shadows } }) as unknown as RecordedRun
  it('counts live runs where the shadow agreed, names those where it differed, and ignores dry runs and other scripts', () => {
    const tally = tallyShadow(
      [
        run('a', [{ file: 's.ts', agree: true }]),
        run('b', [{ file: 's.ts', agree: false }]),
        run('c', [{ file: 's.ts', agree: true }], true),
        run('d', [{ file: 'old.ts', agree: true }]),
        run('e', [])
      ],
      's.ts'
    )
    expect(tally).toEqual({ agreed: 1, diverged: ['b'] })
  })
})
