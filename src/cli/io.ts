import { parseArgs, type ParseArgsConfig } from 'node:util'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { errorMessage, type SourceLocation } from '../errors.js'

/**
 * Everything a command touches of the outside world, passed in (STYLE.md: effects at the
 * edges): tests call `runCli(argv, io)` in-process with a fake, `src/cli.ts` hands in the
 * real process.
 */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  env: NodeJS.ProcessEnv
  /** The repository root the command works in; relative paths are resolved from it. */
  cwd: string
  /** Colour escapes only when writing to a terminal (and NO_COLOR is unset). */
  color: boolean
}

/** Exit codes, the same for every command (documented in `--help` and the README). */
export const EXIT = {
  /** Done, nothing wrong. */
  ok: 0,
  /** The command ran and found a problem: an invalid config, a failed workflow, a replay difference, a migration that could not be written. */
  problem: 1,
  /** The command could not start: unknown flag, missing argument, a file named on the command line missing or unreadable, no credentials. */
  usage: 2
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** An error the CLI prints as one line (`file:line: message`) and exits with its code. */
export class CliError extends Error {
  override name = 'CliError'
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.problem,
    readonly location?: SourceLocation,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** A wrong command line: exit 2, with a pointer to `--help`. */
export class UsageError extends CliError {
  override name = 'UsageError'
  constructor(message: string, location?: SourceLocation) {
    super(message, EXIT.usage, location)
  }
}

/** `file:line: message`, the one shape every CLI error line has. */
export function formatLocated(message: string, location?: SourceLocation): string {
  if (!location?.file) return message
  return `${location.file}${location.line ? `:${location.line}` : ''}: ${withoutLocation(message, location)}`
}

/** Messages built for annotations often start with their file already: say it once. */
export function withoutLocation(message: string, location: SourceLocation): string {
  for (const prefix of [`${location.file}:${location.line}: `, `${location.file}: `]) {
    if (message.startsWith(prefix)) return message.slice(prefix.length)
  }
  return message
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>

/**
 * node:util `parseArgs`, strict: an unknown flag or a missing value is a one-line
 * UsageError naming the flag, never parseArgs' own multi-sentence message.
 */
export function parseCommandArgs<O extends OptionSpec>(command: string, argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true })
  } catch (error) {
    const code = (error as { code?: string }).code
    // Read `message` directly: under a test runner's VM context the error is not `instanceof Error` here.
    const message = typeof (error as { message?: unknown }).message === 'string' ? (error as { message: string }).message : errorMessage(error)
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1]
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`${command}: unknown option ${flag ?? message}: see hybrid-coordinator ${command} --help`)
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`${command}: option ${flag ?? ''} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}: see hybrid-coordinator ${command} --help`)
    throw new UsageError(`${command}: ${message.split('\n')[0]}`)
  }
}

/** A whole number flag (`--max-traces 3`), or a UsageError naming it. */
export function wholeNumber(command: string, flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`${command}: --${flag} needs a whole number of at least ${min}, got "${value}"`)
  return n
}

/** A path from the command line, resolved against the working directory. */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path)
}

/** A path as users should read it: relative to the working directory when under it. */
export function displayPath(io: CliIo, path: string): string {
  const full = resolve(io.cwd, path)
  const rel = relative(io.cwd, full)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : full
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1, cyan: 36 } as const
export type Colour = keyof typeof CODES

/** Wraps text in an ANSI colour when the output is a terminal; plain text otherwise. */
export function paint(io: Pick<CliIo, 'color'>, colour: Colour, text: string): string {
  return io.color ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text
}

/** Writes lines to stdout. */
export function say(io: CliIo, ...lines: string[]): void {
  for (const line of lines) io.stdout(`${line}\n`)
}

/** Writes lines to stderr. */
export function warn(io: CliIo, ...lines: string[]): void {
  for (const line of lines) io.stderr(`${line}\n`)
}
