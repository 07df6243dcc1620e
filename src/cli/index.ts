import { VERSION } from '../engine.js'
import { errorMessage } from '../errors.js'
import { CliError, EXIT, UsageError, formatLocated, paint, say, warn, type CliIo, type ExitCode } from './io.js'

export type { CliIo } from './io.js'
export { EXIT } from './io.js'

export const HELP = `Usage: hybrid-coordinator COMMAND [options]

From llm to script, as commands (each shares the action's engine):
  validate   check every workflow config and that every script loads
  run        run workflows locally on a saved event (real services, or --sandbox)
  replay     re-run a script on recorded traces, offline, and compare mutations
  migrate    ask Claude to rewrite an llm workflow as a TypeScript script
  propose    turn an llm workflow's recorded runs into the upgrade pull request
  init       set a repository up: workflow step, example config and script, types

Run \`hybrid-coordinator COMMAND --help\` for a command's options.

Exit codes, for every command:
  0  done, nothing wrong
  1  a problem was found: invalid config, failed workflow, replay difference, migration
     refused or not written
  2  usage error: unknown flag, missing argument, a file named on the command line
     missing, no credentials
  130, 143, 129  stopped by Ctrl-C (SIGINT), SIGTERM or SIGHUP: the scripts it started
     are ended first

Colour is used only when stdout is a terminal and NO_COLOR is unset. Errors are one line
each (file:line: message); set HC_DEBUG=1 to see a stack trace for internal errors.`

type Command = (argv: readonly string[], io: CliIo) => Promise<ExitCode>

// Each command is loaded only when used: `validate` never pays for the sandbox or the SDK.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./validate.js')).validateCommand,
  run: async () => (await import('./run.js')).runCommand,
  replay: async () => (await import('./replay.js')).replayCommand,
  migrate: async () => (await import('./migrate.js')).migrateCommand,
  propose: async () => (await import('./propose.js')).proposeCommand,
  init: async () => (await import('./init.js')).initCommand
}

/**
 * The CLI: `argv` without node and the script, `io` the outside world. Returns the exit
 * code; never throws, never exits (src/cli.ts does).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return await (await COMMANDS[rest[0]]())(['--help'], io)
      say(io, HELP)
      return name === undefined ? EXIT.usage : EXIT.ok
    }
    if (name === '--version' || name === '-V') return (say(io, VERSION), EXIT.ok)
    const load = COMMANDS[name]
    if (!load) {
      throw new UsageError(
        name.startsWith('-')
          ? `unknown option ${name}: expected a command first (validate, run, replay, migrate, propose, init)`
          : `unknown command "${name}": expected validate, run, replay, migrate, propose or init`
      )
    }
    return await (
      await load()
    )(rest, io)
  } catch (error) {
    if (error instanceof CliError) {
      const line = formatLocated(error.message, error.location)
      warn(io, paint(io, 'red', error instanceof UsageError && !line.includes('--help') ? `${line} (see hybrid-coordinator --help)` : line))
      return error.exitCode
    }
    // A bug of ours: still one line, the stack only when asked for.
    warn(io, paint(io, 'red', `hybrid-coordinator: internal error: ${errorMessage(error).split('\n')[0]}`))
    if (io.env.HC_DEBUG) warn(io, (error as Error)?.stack ?? String(error))
    return EXIT.problem
  }
}

/** The real process's io: colour only on a terminal. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
  }
}
