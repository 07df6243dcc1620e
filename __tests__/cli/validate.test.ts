import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { cli, exampleWorkspace } from './helpers.js'
import { actionPath, makeWorkspace } from '../helpers/workspace.js'
import { parseAnnotations, runAction } from '../../src/sandbox/run-action.js'

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

  it('names the file and key of a value the schema cannot compare, never an internal error (found by the property tests)', async () => {
    const r = await cli(exampleWorkspace({ '.github/coordinator/odd.yml': 'name: odd\non: push\nprompt:\n  length: { valueOf: 1, toString: 1 }\n' }), ['validate'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('.github/coordinator/odd.yml:4: prompt: expected string, got a mapping')
    expect(r.out + r.err).not.toContain('internal error')
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

describe('hybrid-coordinator validate: who may trigger (the bundled CLI beside the bundled action)', () => {
  // An llm workflow anyone can start with a comment, one with the filter, and a script one.
  const files = {
    '.github/coordinator/open.yml': 'name: open\non: { issue_comment: { types: [created] }, issues: { types: [opened] } }\ncoordinator: llm\nprompt: Answer the comment.\n',
    '.github/coordinator/filtered.yml': 'name: filtered\non:\n  issue_comment:\n    types: [created]\n    author_association: [OWNER, MEMBER]\ncoordinator: llm\nprompt: Answer.\n',
    '.github/coordinator/script.yml': 'name: script\non: issue_comment\ncoordinator: script\ncoordinator_script: s.mjs\n',
    's.mjs': 'export default async () => 1\n'
  }
  const bin = resolve(process.env.HC_CLI ?? 'dist/cli.js')
  const validate = (cwd: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [bin, 'validate'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 })

  it('prints the warnings mode: validate prints, with the same text and title, and still exits 0', async () => {
    const ws = makeWorkspace(files)
    const action = await runAction({ action: actionPath(), workspace: ws, eventName: 'workflow_dispatch', event: {}, inputs: { mode: 'validate', trust: 'workspace' } })
    const fromAction = action.annotations.filter((a) => a.level === 'warning')
    expect(fromAction.map((a) => a.message)).toEqual([
      'on.issue_comment: anyone who can comment or open an issue can trigger this llm workflow with their own text: add author_association: [OWNER, MEMBER, COLLABORATOR] under issue_comment to say who may',
      'on.issues: anyone who can comment or open an issue can trigger this llm workflow with their own text: add author_association: [OWNER, MEMBER, COLLABORATOR] under issues to say who may'
    ])
    expect(action.exitCode).toBe(0)

    const inActions = validate(ws, { GITHUB_ACTIONS: 'true' })
    expect(inActions.status).toBe(0)
    expect(inActions.stderr).toBe('')
    expect(parseAnnotations(inActions.stdout)).toEqual(fromAction)
    expect(fromAction.every((a) => a.file === '.github/coordinator/open.yml' && a.title === 'Hybrid Coordinator: who may trigger')).toBe(true)

    const local = validate(ws)
    expect(local.status).toBe(0)
    expect(local.stdout.split('\n')).toEqual([...fromAction.map((a) => `.github/coordinator/open.yml: warning: ${a.message}`), '.github/coordinator: 3 workflow config(s) valid.', ''])
  }, 60_000)

  it('prints warnings beside errors, and the errors alone decide the exit code', () => {
    const ws = makeWorkspace({ ...files, '.github/coordinator/broken.yml': 'name: broken\non: push\ncoordinator: script\ncoordinator_script: missing.mjs\n' })
    const r = validate(ws)
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('.github/coordinator/open.yml: warning: on.issue_comment: anyone who can comment')
    expect(r.stdout).toContain('.github/coordinator/broken.yml:4: coordinator_script: "missing.mjs" does not exist')
  })
})
