import { describe, expect, it } from '@jest/globals'
import { cli, exampleWorkspace } from './helpers.js'

const BROKEN = {
  '.github/coordinator/unknown_key.yml': 'name: unknown-key\non: push\ncoordinator: script\ncoordinator_script: scripts/pr_merged.ts\ntoolz:\n  - slack.get_messages\n',
  '.github/coordinator/bad_script.yml': 'name: bad-script\non: push\ncoordinator: script\ncoordinator_script: scripts/bad.ts\ntools: []\n',
  'scripts/bad.ts': 'const handler = async () => {\n  return { ok: \n}\nexport default handler\n'
}

describe('hybrid-coordinator validate', () => {
  it('passes valid configs and scripts, with exit 0', async () => {
    const r = await cli(exampleWorkspace(), ['validate'])
    expect(r).toEqual({ code: 0, out: '.github/coordinator: 2 workflow config(s) valid.\n', err: '' })
  })

  it('prints one file:line: message per problem, with exit 1', async () => {
    const r = await cli(exampleWorkspace(BROKEN), ['validate'])
    expect(r.code).toBe(1)
    const lines = r.out.trim().split('\n')
    expect(lines).toContain('.github/coordinator/unknown_key.yml:5: toolz: unknown key: expected one of ' + lines.find((l) => l.includes('toolz'))!.split('expected one of ')[1])
    expect(lines.find((l) => l.startsWith('scripts/bad.ts:'))).toMatch(/^scripts\/bad\.ts:\d+: TypeScript does not compile: /)
    expect(lines.at(-1)).toBe('.github/coordinator: 2 problem(s).')
    // Never a stack trace.
    expect(r.out + r.err).not.toMatch(/\n\s+at /)
  })

  it('prints ::error annotations inside GitHub Actions', async () => {
    const r = await cli(exampleWorkspace(BROKEN), ['validate'], { GITHUB_ACTIONS: 'true' })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^::error file=\.github\/coordinator\/unknown_key\.yml,line=5,title=Hybrid Coordinator%3A invalid config::toolz: unknown key: expected one of /m)
    expect(r.out).toMatch(/^::error file=scripts\/bad\.ts,line=\d+,title=Hybrid Coordinator%3A invalid config::TypeScript does not compile: /m)
  })

  it('checks another folder with --config-dir, and refuses a missing one with exit 2', async () => {
    const root = exampleWorkspace({ 'other/a.yml': 'on: push\ncoordinator: script\ncoordinator_script: scripts/missing.ts\n' })
    const r = await cli(root, ['validate', '--config-dir', 'other'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('other/a.yml:3: coordinator_script: "scripts/missing.ts" does not exist: expected a file in the repository')
    const missing = await cli(root, ['validate', '--config-dir', 'nope'])
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/^validate: config-dir "nope" cannot be read: .*expected a folder of workflow configs/)
    expect(missing.err.trim().split('\n')).toHaveLength(1)
  })
})
