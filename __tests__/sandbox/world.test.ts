import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { seedDemoState } from '../../src/sandbox/state.js'
import { missingFromSandbox } from '../../src/sandbox/world.js'
import { cli, exampleWorkspace } from '../cli/helpers.js'

// The sandbox explains itself: what it holds, when asked and when an event names
// something it lacks.
describe('the sandbox world', () => {
  it('node dist/sandbox.js --help prints the usage and the world, and starts nothing', () => {
    const r = spawnSync(process.env.HC_NODE24 || process.execPath, [resolve('dist/sandbox.js'), '--help'], { encoding: 'utf8', timeout: 60_000 })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Usage: node dist\/sandbox\.js \[--port N\] \[--latency MS\]/)
    expect(r.stdout).toContain('GitHub repository octo-org/web (default branch main): pull requests #12 merged')
    expect(r.stdout).toMatch(/Slack channel C0123456789 \(#\w+\): 10 message\(s\)/)
  })

  it('names what an event lacks in the sandbox', () => {
    const state = seedDemoState()
    expect(missingFromSandbox(state, 'octo-org/web', { pull_request: { number: 12 } })).toEqual([])
    expect(missingFromSandbox(state, 'someone/else', { pull_request: { number: 12 } })).toEqual(['repository someone/else'])
    expect(missingFromSandbox(state, 'octo-org/web', { pull_request: { number: 999 } })).toEqual(['pull request #999 in octo-org/web'])
    expect(missingFromSandbox(state, 'octo-org/web', { issue: { number: 998, pull_request: {} } })).toEqual(['pull request #998 in octo-org/web'])
  })

  it('run --sandbox prints the world when the event names a repository it does not have', async () => {
    const ws = exampleWorkspace({ 'events/elsewhere.json': JSON.stringify({ action: 'closed', number: 7, pull_request: { number: 7, merged: true }, repository: { full_name: 'my-org/my-repo' } }) })
    const r = await cli(ws, ['run', '--sandbox', '--event', 'events/elsewhere.json', '--workflow', 'pr-merged-reacji'])
    expect(r.out).toContain('The event names repository my-org/my-repo, which the sandbox does not have.')
    expect(r.out).toContain('GitHub repository octo-org/web')
  })

  it('run --sandbox says nothing of the sort when the event fits', async () => {
    const r = await cli(exampleWorkspace(), ['run', '--sandbox', '--event', 'events/closed.json', '--workflow', 'pr-merged-reacji'])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('which the sandbox does not have')
  })
})
