import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { summaryAsText } from '../src/report/summary.js'

// `npm run demo` (node dist/demo.js) is the first thing a new user runs: it must succeed,
// and print text, not the HTML entities the step summary uses for GitHub's markdown.
describe('the demo', () => {
  it('runs every example green on the sandbox and prints plain text', () => {
    const r = spawnSync(process.env.HC_NODE24 || process.execPath, [resolve('dist/demo.js')], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 180_000 })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('━━━ workflows/')
    expect(r.stdout).not.toMatch(/&(lt|gt|amp);/)
    expect(r.stdout).toContain('"text":"Shipping <https://gi')
  })

  it('turns the summary entities back into text', () => {
    expect(summaryAsText('a &lt;https://x|y&gt; b')).toBe('a <https://x|y> b')
  })
})
