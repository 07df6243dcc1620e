import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { cli, exampleWorkspace } from './helpers.js'
import { processesTagged } from '../helpers/processes.js'

const COMMANDS = ['validate', 'run', 'replay', 'migrate'] as const

describe('hybrid-coordinator (in process)', () => {
  it('prints the overview with the exit codes; no command is a usage error', async () => {
    const root = exampleWorkspace()
    const help = await cli(root, ['--help'])
    expect(help.code).toBe(0)
    for (const c of COMMANDS) expect(help.out).toContain(`  ${c} `)
    expect(help.out).toContain('Exit codes, for every command:')
    const none = await cli(root, [])
    expect(none.code).toBe(2)
    expect(none.out).toContain('Usage: hybrid-coordinator COMMAND')
    expect((await cli(root, ['--version'])).out).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it.each(COMMANDS)('%s --help describes its options and exit codes, as help COMMAND does', async (command) => {
    const root = exampleWorkspace()
    const r = await cli(root, [command, '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain(`Usage: hybrid-coordinator ${command}`)
    expect(r.out).toContain('Exit: 0')
    expect((await cli(root, ['help', command])).out).toBe(r.out)
  })

  it.each(COMMANDS)('%s refuses an unknown flag in one line, exit 2', async (command) => {
    const r = await cli(exampleWorkspace(), [command, '--bogus'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(`${command}: unknown option --bogus: see hybrid-coordinator ${command} --help\n`)
  })

  it('refuses an unknown command, a flag before the command, and a flag missing its value', async () => {
    const root = exampleWorkspace()
    expect((await cli(root, ['shadow'])).err).toBe('unknown command "shadow": expected validate, run, replay, migrate, propose or init (see hybrid-coordinator --help)\n')
    expect((await cli(root, ['--dry-run', 'run'])).code).toBe(2)
    const missing = await cli(root, ['run', '--event'])
    expect(missing.code).toBe(2)
    expect(missing.err).toBe('run: option --event needs a value: see hybrid-coordinator run --help\n')
    const extra = await cli(root, ['validate', 'stray'])
    expect(extra.err).toBe('validate: unexpected argument "stray": see hybrid-coordinator validate --help\n')
  })

  it('uses colour only when told the output is a terminal', async () => {
    const root = exampleWorkspace()
    const plain = await cli(root, ['validate'], {}, false)
    expect(plain.out).not.toContain('\u001b[')
    const tty = await cli(root, ['validate'], {}, true)
    expect(tty.out).toContain('\u001b[32m')
  })
})

/**
 * The bundled CLI, as `npx hybrid-coordinator` runs it: the committed dist/cli.js (CI checks
 * dist/ is fresh), or HC_CLI to test another build.
 */
describe('hybrid-coordinator (bundled, spawned)', () => {
  const bin = resolve(process.env.HC_CLI ?? 'dist/cli.js')

  const spawnCli = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 })

  it('runs the example against the sandbox in a child process, without colour on a pipe', () => {
    expect(existsSync(bin)).toBe(true)
    const root = exampleWorkspace()
    const r = spawnCli(root, ['run', '--event', 'events/closed.json', '--sandbox', '--workflow', 'pr-merged-reacji', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-spawn-'))])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('✔ pr-merged-reacji: succeeded')
    expect(r.stdout).not.toContain('\u001b[')
    const trace = /^trace: (.+)$/m.exec(r.stdout)![1]
    const replay = spawnCli(root, ['replay', trace])
    expect(replay.status).toBe(0)
    expect(replay.stdout).toContain('agrees: 5 mutations on both sides')
  })

  it("prints a script's output plain outside GitHub Actions, and inside a stop-commands block within a workflow step", () => {
    const root = exampleWorkspace({
      'scripts/pr_merged.ts': "export default async function () {\n  console.log('::warning::hello from the script')\n  return 'done'\n}\n"
    })
    const args = ['run', '--event', 'events/closed.json', '--sandbox', '--workflow', 'pr-merged-reacji', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-spawn-'))]
    const local = spawnCli(root, args)
    expect(local.status).toBe(0)
    expect(local.stdout).toContain('::warning::hello from the script\n')
    expect(local.stdout).not.toContain('::stop-commands::')
    // In a workflow step the log takes ::name:: lines as commands: the script's own stay inert.
    const step = spawnCli(root, args, { GITHUB_ACTIONS: 'true' })
    expect(step.status).toBe(0)
    const token = /^::stop-commands::(\w+)$/m.exec(step.stdout)?.[1]
    expect(token).toBeDefined()
    const block = step.stdout.slice(step.stdout.indexOf(`::stop-commands::${token}`), step.stdout.indexOf(`::${token}::`))
    expect(block).toContain('::warning::hello from the script')
  })

  it('Ctrl-C during a run ends the running script and removes its compiled copy, then exits 130', async () => {
    const tag = `hc-cli-stop-${process.pid}-${Date.now()}`
    const root = exampleWorkspace({
      '.github/coordinator/stall.yml': 'name: stall\non: { pull_request: { types: [closed] } }\ncoordinator: script\ncoordinator_script: scripts/stall.ts\ntools: [github.get_status]\n',
      'scripts/stall.ts': "export default async function (): Promise<string> {\n  console.log('stalling')\n  await new Promise((r) => setTimeout(r, 30000))\n  return 'late'\n}\n"
    })
    const child = spawn(process.execPath, [bin, 'run', '--event', 'events/closed.json', '--sandbox', '--workflow', 'stall', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-stop-'))], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HC_TEST_TAG: tag }
    })
    let out = ''
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d))
    const closed = new Promise<number | null>((done) => child.on('close', (code) => done(code)))
    await new Promise<void>((ready) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d
        if (out.includes('stalling')) ready()
      })
    )
    // The script is running: its compiled copy sits beside it.
    expect(readdirSync(join(root, 'scripts')).filter((f) => f.includes('.hc-'))).toHaveLength(1)
    child.kill('SIGINT')
    expect(await closed).toBe(130)
    expect(err).toContain('hybrid-coordinator: stopped by SIGINT')
    expect(readdirSync(join(root, 'scripts')).sort()).toEqual(['pr_merged.ts', 'stall.ts'])
    expect(processesTagged(tag)).toEqual([])
  }, 60_000)

  it('exits 2 with one line for an unknown flag, and never prints a stack trace', () => {
    const r = spawnCli(exampleWorkspace(), ['replay', '--nope'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('replay: unknown option --nope: see hybrid-coordinator replay --help\n')
  })
})
