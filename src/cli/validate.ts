import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runEngine } from '../engine.js'
import { WorkspaceSource } from '../config/source.js'
import { loadWorkflowConfigs } from '../config/load.js'
import { DEFAULT_MODEL, DEFAULT_SLACK_API_URL } from '../inputs.js'
import type { ConfigError } from '../errors.js'
import { escapeData, escapeProperty } from '../report/runner-commands.js'
import { CliError, EXIT, UsageError, formatLocated, withoutLocation, paint, parseCommandArgs, say, type CliIo, type ExitCode } from './io.js'

export const VALIDATE_HELP = `Usage: hybrid-coordinator validate [--config-dir DIR] [--python PATH]

Checks every workflow config in DIR (default .github/coordinator) the way the action's
\`mode: validate\` does: keys, tools, names unique, prompts and virtual files exist, every
coordinator and shadow script loads (TypeScript compiles, Python parses) and exports a
handler. Runs nothing.

Prints one \`file:line: message\` line per problem; inside GitHub Actions
(GITHUB_ACTIONS=true) prints \`::error file=...,line=...::\` annotations instead, so the
problems show on the pull request's files.

Options:
  --config-dir DIR   folder of workflow configs, relative to the current directory
  --python PATH      interpreter used to check .py scripts (default python3)
  -h, --help         this text

Exit: 0 every config is valid, 1 a problem was found, 2 usage error.`

export async function validateCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('validate', argv, {
    'config-dir': { type: 'string' },
    python: { type: 'string' }
  })
  if (values.help) return (say(io, VALIDATE_HELP), EXIT.ok)
  if (positionals.length) throw new UsageError(`validate: unexpected argument "${positionals[0]}": see hybrid-coordinator validate --help`)
  const configDir = (values['config-dir'] as string | undefined) ?? '.github/coordinator'
  const errors = await validateConfigs(io, configDir, (values.python as string | undefined) ?? 'python3')
  const unreadable = errors.find((e) => e.key === 'config-dir')
  if (unreadable) throw new CliError(`validate: ${unreadable.message}`, EXIT.usage)
  const count = (await loadWorkflowConfigs(new WorkspaceSource(io.cwd), configDir)).workflows.length
  if (!errors.length) {
    say(io, paint(io, 'green', `${configDir}: ${count} workflow config(s) valid.`))
    return EXIT.ok
  }
  printConfigErrors(io, errors)
  say(io, paint(io, 'red', `${configDir}: ${errors.length} problem(s).`))
  return EXIT.problem
}

/** The engine's own `mode: validate` over the configs in `configDir`; the trace it writes is thrown away. */
export async function validateConfigs(io: CliIo, configDir: string, python: string): Promise<ConfigError[]> {
  const traceDir = mkdtempSync(join(tmpdir(), 'hc-validate-'))
  try {
    const outcome = await runEngine({
      trigger: { event: 'workflow_dispatch', action: null, payload: {}, repository: '', ref: '', sha: '', actor: '' },
      source: new WorkspaceSource(io.cwd),
      configDir,
      dryRun: true,
      model: DEFAULT_MODEL,
      python,
      traceDir,
      mode: 'validate',
      clients: { slackApiUrl: DEFAULT_SLACK_API_URL },
      secrets: []
    })
    return outcome.configErrors
  } finally {
    rmSync(traceDir, { recursive: true, force: true })
  }
}

/** `file:line: message` lines, or `::error` annotations when running inside GitHub Actions. */
export function printConfigErrors(io: CliIo, errors: readonly ConfigError[]): void {
  const inActions = io.env.GITHUB_ACTIONS === 'true'
  for (const e of errors) {
    const line = formatLocated(e.message, e.location)
    if (!inActions) {
      io.stdout(`${paint(io, 'red', line)}\n`)
      continue
    }
    const props = [`file=${escapeProperty(e.location.file)}`, e.location.line ? `line=${e.location.line}` : '', `title=${escapeProperty('Hybrid Coordinator: invalid config')}`].filter(Boolean)
    io.stdout(`::error ${props.join(',')}::${escapeData(withoutLocation(e.message, e.location))}\n`)
  }
}
