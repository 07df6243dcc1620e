import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliIo } from '../../src/cli/index.js'
import { runEngine } from '../../src/engine.js'
import { WorkspaceSource } from '../../src/config/source.js'
import { startSandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake } from '../../src/sandbox/anthropic.js'
import { seedDemoState, type SandboxState } from '../../src/sandbox/state.js'
import { triggerFromPayload } from '../../src/trigger.js'
import { CLOSED_PR_EVENT, makeWorkspace, sandboxClientSettings } from '../helpers/workspace.js'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** Runs the CLI in this process, as `hybrid-coordinator ARGV` run in `cwd`. */
export async function cli(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}, color = false): Promise<CliRun> {
  let out = ''
  let err = ''
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env, cwd, color }
  const code = await runCli(argv, io)
  return { code, out, err }
}

const repoFile = (path: string) => readFileSync(path, 'utf8')

/** The repository's pr_merged example, both ways, under .github/coordinator of a fresh workspace. */
export function exampleWorkspace(extra: Record<string, string> = {}): string {
  return makeWorkspace({
    '.github/coordinator/pr_merged.yml': repoFile('workflows/pr_merged.yml'),
    '.github/coordinator/pr_merged_llm.yml': repoFile('workflows/pr_merged_llm.yml'),
    'prompts/pr_merged.md': repoFile('prompts/pr_merged.md'),
    'scripts/pr_merged.ts': repoFile('scripts/pr_merged.ts'),
    'events/closed.json': JSON.stringify(CLOSED_PR_EVENT),
    ...extra
  })
}

/** The same script minus closed (unmerged) pull requests: the classic rewrite bug replay must catch. */
export const MISSES_CLOSED_SCRIPT = repoFile('scripts/pr_merged.ts').replace("statuses[i] === 'merged' || statuses[i] === 'closed'", "statuses[i] === 'merged'")

/**
 * Records a trace the way the action does: the engine against the sandbox (demo seed,
 * optionally edited), with the Anthropic fake playing the model. Returns the trace path.
 */
export async function recordTrace(root: string, workflow: string, options: { state?: (s: SandboxState) => void; traceDir?: string; dryRun?: boolean } = {}): Promise<string> {
  const state = seedDemoState()
  options.state?.(state)
  const sandbox = await startSandbox({ state, anthropic: createAnthropicFake({ policy: 'pr-merged' }).handler })
  try {
    const traceDir = options.traceDir ?? mkdtempSync(join(tmpdir(), 'hc-traces-'))
    const result = await runEngine({
      trigger: triggerFromPayload('pull_request', CLOSED_PR_EVENT as unknown as Record<string, unknown>),
      source: new WorkspaceSource(root),
      configDir: '.github/coordinator',
      workflow,
      dryRun: options.dryRun ?? false,
      model: 'claude-sonnet-5-5',
      python: 'python3',
      traceDir,
      mode: 'run',
      clients: sandboxClientSettings(sandbox),
      secrets: []
    })
    if (result.failed) throw new Error(`recording ${workflow} failed: ${result.reports.map((r) => r.error).join('; ')}`)
    return result.traceFile
  } finally {
    await sandbox.close()
  }
}

/** Lines of a trace, parsed. */
export function traceLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

/** Writes lines back as a trace (for edited fixtures). */
export function writeTrace(file: string, lines: readonly Record<string, unknown>[], tail = ''): string {
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n' + tail)
  return file
}

/** Files directly in a folder. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir)
}
