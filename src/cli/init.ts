import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, sep } from 'node:path'
import { renderScriptTypes } from '../codegen/types.js'
import { errorMessage } from '../errors.js'
import { INIT_FILES, type InitFile } from './init-files.js'
import { CliError, EXIT, UsageError, paint, parseCommandArgs, say, type CliIo, type ExitCode } from './io.js'

export const INIT_HELP = `Usage: hybrid-coordinator init

Sets the current repository up for Hybrid Coordinator:
  .github/workflows/coordinator.yml                  the workflow step (validate on pull
                                                     requests; run, in dry run, on merge)
  .github/coordinator/pr_merged.yml                  an example workflow config
  .github/coordinator/scripts/pr_merged.ts           its script coordinator
  .github/coordinator/types/hybrid-coordinator.d.ts  the typed script API
  .github/coordinator/tsconfig.json                  so editors find those types
  .github/coordinator/events/pull_request.closed.json  an event to try it on

Never overwrites: a file that exists is left as it is, and said so.

Exit: 0 done (even when every file already existed), 1 a file could not be written,
2 usage error.`

/** What init did with one file. */
interface Outcome {
  file: InitFile
  result: 'written' | 'exists'
}

export async function initCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('init', argv, {})
  if (values.help) return (say(io, INIT_HELP), EXIT.ok)
  if (positionals.length) throw new UsageError(`init: unexpected argument "${positionals[0]}": see hybrid-coordinator init --help`)

  const root = realpathSync(io.cwd)
  const outcomes: Outcome[] = []
  for (const file of INIT_FILES) {
    const text = file.path.endsWith('hybrid-coordinator.d.ts') ? renderScriptTypes() : file.content
    outcomes.push({ file, result: writeNew(root, file.path, text) })
  }

  const width = Math.max(...outcomes.map((o) => o.file.path.length))
  const written = outcomes.filter((o) => o.result === 'written')
  const kept = outcomes.filter((o) => o.result === 'exists')
  if (written.length) say(io, 'Wrote:', ...written.map((o) => `  ${paint(io, 'green', o.file.path.padEnd(width))}  ${o.file.what}`))
  if (kept.length) say(io, 'Left as they are (they exist; init never overwrites):', ...kept.map((o) => `  ${paint(io, 'yellow', o.file.path.padEnd(width))}  ${o.file.what}`))
  say(
    io,
    '',
    'Next:',
    '  1. Check the configs and scripts:     npx hybrid-coordinator validate',
    '  2. Try the example on the sandbox:    npx hybrid-coordinator run --sandbox --event .github/coordinator/events/pull_request.closed.json',
    '  3. Set slack.channel in .github/coordinator/pr_merged.yml to your channel id, add the',
    '     repository secret SLACK_BOT_TOKEN (and ANTHROPIC_API_KEY for llm workflows), commit',
    '     and push. The workflow runs in dry run until you remove `dry-run: true` from it.'
  )
  return EXIT.ok
}

/**
 * Creates `path` under `root` with `text`, never replacing anything: `wx` fails on any
 * existing entry (a dangling symlink included, never followed), and a folder on the way
 * that resolves outside the repository (a symlink) is refused.
 */
function writeNew(root: string, path: string, text: string): Outcome['result'] {
  const full = join(root, path)
  try {
    // Check the deepest folder that exists before creating any below it.
    let existing = dirname(full)
    while (!existsSync(existing)) existing = dirname(existing)
    const real = realpathSync(existing)
    const rel = relative(root, real)
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
      throw new CliError(`init: ${relative(root, existing)} leads outside the repository (a symlink to ${real}): nothing written there`, EXIT.problem)
    try {
      mkdirSync(dirname(full), { recursive: true })
    } catch (error) {
      throw new CliError(`init: cannot create the folder ${dirname(path)}: ${errorMessage(error)}`, EXIT.problem, undefined, { cause: error })
    }
    writeFileSync(full, text, { flag: 'wx' })
    return 'written'
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return 'exists'
    if (error instanceof CliError) throw error
    throw new CliError(`init: cannot write ${path}: ${errorMessage(error)}`, EXIT.problem, undefined, { cause: error })
  }
}
