import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { EXAMPLE_SCRIPT, INIT_FILES } from '../../src/cli/init-files.js'
import { renderScriptTypes } from '../../src/codegen/types.js'
import { workflowProblems } from '../helpers/workflow-parser.js'
import { cli } from './helpers.js'

// `hybrid-coordinator init` in an empty repository: what a new user runs first. The end to
// end case runs the bundled CLI (dist/cli.js, as npx does): init, validate, run --sandbox.

const bin = resolve(process.env.HC_CLI ?? 'dist/cli.js')
const spawnCli = (cwd: string, args: string[]) =>
  spawnSync(process.env.HC_NODE24 || process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' }, timeout: 120_000 })
const emptyRepo = () => mkdtempSync(join(tmpdir(), 'hc-init-'))

/** Every file under a folder, relative, sorted. */
function tree(root: string): string[] {
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(root, f)).isFile()).sort()
}

describe('hybrid-coordinator init (bundled)', () => {
  it('sets up an empty repository that validates and runs green on the sandbox', () => {
    expect(existsSync(bin)).toBe(true)
    const root = emptyRepo()
    const init = spawnCli(root, ['init'])
    expect(init.stderr).toBe('')
    expect(init.status).toBe(0)
    for (const file of INIT_FILES) expect(init.stdout).toContain(file.path)
    expect(init.stdout).toContain('npx hybrid-coordinator validate')
    expect(tree(root)).toEqual(INIT_FILES.map((f) => f.path).sort())

    const validate = spawnCli(root, ['validate'])
    expect(validate.stderr).toBe('')
    expect(validate.stdout).toContain('.github/coordinator: 1 workflow config(s) valid.')
    expect(validate.status).toBe(0)

    const run = spawnCli(root, ['run', '--sandbox', '--event', '.github/coordinator/events/pull_request.closed.json', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-init-trace-'))])
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain('✔ pr-merged-reacji: succeeded')
    expect(run.status).toBe(0)
  })
})

describe('hybrid-coordinator init', () => {
  it('prints what it wrote and the next step', async () => {
    const root = emptyRepo()
    const r = await cli(root, ['init'])
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toMatch(/^Wrote:\n {2}\.github\/workflows\/coordinator\.yml +the workflow step/)
    expect(r.out).toContain('Next:\n  1. Check the configs and scripts:     npx hybrid-coordinator validate')
    expect(r.out).toContain('run --sandbox --event .github/coordinator/events/pull_request.closed.json')
  })

  it('never overwrites: an existing file is kept byte for byte and listed as left alone', async () => {
    const root = emptyRepo()
    mkdirSync(join(root, '.github/workflows'), { recursive: true })
    writeFileSync(join(root, '.github/workflows/coordinator.yml'), 'mine\n')
    const r = await cli(root, ['init'])
    expect(r.code).toBe(0)
    expect(readFileSync(join(root, '.github/workflows/coordinator.yml'), 'utf8')).toBe('mine\n')
    expect(r.out).toMatch(/Left as they are \(they exist; init never overwrites\):\n {2}\.github\/workflows\/coordinator\.yml/)
    expect(existsSync(join(root, '.github/coordinator/pr_merged.yml'))).toBe(true)

    // A second run writes nothing and changes nothing.
    const before = INIT_FILES.map((f) => readFileSync(join(root, f.path), 'utf8'))
    const again = await cli(root, ['init'])
    expect(again.code).toBe(0)
    expect(again.out).not.toContain('Wrote:')
    expect(INIT_FILES.map((f) => readFileSync(join(root, f.path), 'utf8'))).toEqual(before)
  })

  it('never follows a symlink: not a planted file link, not a folder pointing outside the repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'hc-init-outside-'))
    const root = emptyRepo()
    mkdirSync(join(root, '.github/workflows'), { recursive: true })
    symlinkSync(join(outside, 'stolen.yml'), join(root, '.github/workflows/coordinator.yml'))
    symlinkSync(outside, join(root, '.github/coordinator'))
    const r = await cli(root, ['init'])
    expect(r.code).toBe(1)
    expect(r.err).toBe(`init: .github/coordinator leads outside the repository (a symlink to ${outside}): nothing written there\n`)
    expect(readdirSync(outside)).toEqual([])
  })

  it('rejects arguments it does not take', async () => {
    const r = await cli(emptyRepo(), ['init', 'somewhere'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('init: unexpected argument "somewhere"')
  })

  it('writes the repository example script, the generated types, and a workflow GitHub parses', async () => {
    expect(EXAMPLE_SCRIPT).toBe(readFileSync('scripts/pr_merged.ts', 'utf8'))
    const root = emptyRepo()
    await cli(root, ['init'])
    expect(readFileSync(join(root, '.github/coordinator/types/hybrid-coordinator.d.ts'), 'utf8')).toBe(renderScriptTypes())
    expect(await workflowProblems('coordinator.yml', readFileSync(join(root, '.github/workflows/coordinator.yml'), 'utf8'))).toEqual([])
  })

  it('sets editors up: tsc with the written tsconfig type-checks the script against the types, and catches a wrong call', async () => {
    const root = emptyRepo()
    await cli(root, ['init'])
    const tsc = (cwd: string) => spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', '.github/coordinator'], { cwd, encoding: 'utf8', timeout: 120_000 })
    const ok = tsc(root)
    expect(ok.stdout + ok.stderr).toBe('')
    expect(ok.status).toBe(0)
    const script = join(root, '.github/coordinator/scripts/pr_merged.ts')
    writeFileSync(script, readFileSync(script, 'utf8').replace('tools.slack.get_messages({ limit: 10 })', "tools.slack.get_messages({ limit: 'ten' })"))
    const bad = tsc(root)
    expect(bad.status).not.toBe(0)
    expect(bad.stdout).toMatch(/coordinator\/scripts\/pr_merged\.ts\(8,\d+\): error TS\d+/)
    expect(bad.stdout).toContain("Type 'string' is not assignable to type 'number")
  })
})
