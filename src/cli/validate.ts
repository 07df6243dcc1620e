import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runEngine } from '../engine.js'
import { WorkspaceSource } from '../config/source.js'
import { loadWorkflowConfigs } from '../config/load.js'
import { DEFAULT_MODEL, DEFAULT_SLACK_API_URL } from '../inputs.js'
import type { ConfigError } from '../errors.js'
import { WHO_MAY_TRIGGER_TITLE } from '../config/author-association.js'
import { escapeData, escapeProperty } from '../report/runner-commands.js'
import { CliError, EXIT, UsageError, formatLocated, withoutLocation, paint, parseCommandArgs, say, type CliIo, type ExitCode } from './io.js'

export const VALIDATE_HELP = `Usage: hybrid-coordinator validate [--config-dir DIR] [--python PATH]

Checks every workflow config in DIR (default .github/coordinator) the way the action's
\`mode: validate\` does: keys, tools, names unique, prompts and virtual files exist, every
coordinator and shadow script loads (TypeScript compiles, Python parses) and exports a
handler. Runs nothing.

Prints one \`file:line: message\` line per problem, and a \`file: warning: message\` line
for an llm workflow anyone who can comment may trigger (no author_association filter);
inside GitHub Actions (GITHUB_ACTIONS=true) prints \`::error\` and \`::warning\`
annotations instead, as the action does, so they show on the pull request's files.
Warnings do not change the exit code.

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
  const { errors, warnings } = await validateConfigs(io, configDir, (values.python as string | undefined) ?? 'python3')
  const unreadable = errors.find((e) => e.key === 'config-dir')
  if (unreadable) throw new CliError(`validate: ${unreadable.message}`, EXIT.usage)
  const count = (await loadWorkflowConfigs(new WorkspaceSource(io.cwd), configDir)).workflows.length
  // Warnings (who may trigger an llm workflow) are printed as the action prints them; they do not fail.
  printConfigErrors(io, warnings, 'warning')
  if (!errors.length) {
    say(io, paint(io, 'green', `${configDir}: ${count} workflow config(s) valid.`))
    return EXIT.ok
  }
  printConfigErrors(io, errors)
  say(io, paint(io, 'red', `${configDir}: ${errors.length} problem(s).`))
  return EXIT.problem
}

/** The engine's own `mode: validate` over the configs in `configDir`: its errors and warnings; the trace it writes is thrown away. */
export async function validateConfigs(io: CliIo, configDir: string, python: string): Promise<{ errors: ConfigError[]; warnings: ConfigError[] }> {
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
    return { errors: outcome.configErrors, warnings: outcome.configWarnings }
  } finally {
    rmSync(traceDir, { recursive: true, force: true })
  }
}

/**
 * `file:line: message` lines (a warning says `warning:`), or `::error`/`::warning`
 * annotations with the action's own titles when running inside GitHub Actions.
 */
export function printConfigErrors(io: CliIo, errors: readonly ConfigError[], level: 'error' | 'warning' = 'error'): void {
  const inActions = io.env.GITHUB_ACTIONS === 'true'
  const title = level === 'error' ? 'Hybrid Coordinator: invalid config' : WHO_MAY_TRIGGER_TITLE
  for (const e of errors) {
    if (!inActions) {
      const line = level === 'error' ? formatLocated(e.message, e.location) : formatLocated(`warning: ${withoutLocation(e.message, e.location)}`, e.location)
      io.stdout(`${paint(io, level === 'error' ? 'red' : 'yellow', line)}\n`)
      continue
    }
    const props = [`file=${escapeProperty(e.location.file)}`, e.location.line ? `line=${e.location.line}` : '', `title=${escapeProperty(title)}`].filter(Boolean)
    io.stdout(`::${level} ${props.join(',')}::${escapeData(withoutLocation(e.message, e.location))}\n`)
  }
}
