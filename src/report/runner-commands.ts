import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { AnnotationProps, CoreLike } from '../main.js'

/**
 * The runner's workflow and file commands the action uses, written the way `@actions/core`
 * 3.x writes them (command.ts, file-command.ts, core.ts, summary.ts). Importing
 * `@actions/core` itself loads its OIDC helper, and with it `@actions/http-client` and
 * undici (about 430 KB parsed at every start) for a feature this action never uses.
 */

type Env = NodeJS.ProcessEnv
type Write = (text: string) => void

/** The step summary: text gathered, then appended to GITHUB_STEP_SUMMARY in one write. */
interface Summary {
  addRaw(text: string, addEOL?: boolean): Summary
  write(): Promise<void>
}

/** `%`, CR and LF in a command's message (`escapeData` in @actions/core's command.ts). */
export function escapeData(value: unknown): string {
  return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value also escapes `:` and `,`, the command's own separators (`escapeProperty`). */
export function escapeProperty(value: unknown): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** Strings as they are, nothing as '', anything else as JSON (`toCommandValue` in utils.ts). */
export function toCommandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string' || value instanceof String) return String(value)
  return JSON.stringify(value)
}

/**
 * `::name key=value,key=value::message`. As in @actions/core's Command, falsy values are
 * left out, and a space follows the name whenever the properties object has keys.
 */
export function formatCommand(command: string, properties: Record<string, unknown>, message: unknown): string {
  const keys = Object.keys(properties)
  const props = keys.filter((key) => properties[key]).map((key) => `${key}=${escapeProperty(properties[key])}`)
  return `::${command}${keys.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`
}

/**
 * A delimiter like @actions/core's `ghadelimiter_<uuid>`, from Math.random: loading
 * node:crypto costs more at start-up than everything else in this file. Safe because a
 * value or name that contains the delimiter is refused below, so even a guessed one
 * cannot end a block early.
 */
export function randomDelimiter(): string {
  let hex = ''
  while (hex.length < 32)
    hex += Math.floor(Math.random() * 0x100000000)
      .toString(16)
      .padStart(8, '0')
  return `ghadelimiter_${hex}`
}

/**
 * `name<<delimiter`, the value, the delimiter: the multi-line form of GITHUB_OUTPUT. A
 * value cannot end the block early and forge another output.
 */
export function formatKeyValue(key: string, value: unknown, delimiter = randomDelimiter()): string {
  const text = toCommandValue(value)
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}`
}

/** Annotation properties under the runner's names (`toCommandProperties`). */
function annotationProperties(props: AnnotationProps = {}): Record<string, unknown> {
  if (!Object.keys(props).length) return {}
  return { title: props.title, file: props.file, line: props.startLine }
}

/** The runner's `INPUT_<NAME>` variable for an input: spaces become `_`, upper case, trimmed. */
export function getInput(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** `CoreLike` over the runner's environment, writing commands to stdout (redacted by main). */
export function createRunnerCommands(env: Env = process.env, write: Write = (text) => void process.stdout.write(text)): CoreLike {
  const command = (name: string, props: Record<string, unknown>, message: unknown) => write(formatCommand(name, props, message) + EOL)
  const fileCommand = (variable: string, message: string) => {
    const file = env[variable]
    if (!file) return false
    appendFileSync(file, message + EOL, 'utf8')
    return true
  }
  const error = (message: string, props?: AnnotationProps) => command('error', annotationProperties(props), message)
  let buffered = ''
  const summary: Summary = {
    addRaw(text, addEOL = false) {
      buffered += addEOL ? text + EOL : text
      return summary
    },
    async write() {
      const file = env.GITHUB_STEP_SUMMARY
      if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
      appendFileSync(file, buffered, 'utf8')
      buffered = ''
    }
  }
  return {
    getInput: (name) => getInput(env, name),
    setSecret: (secret) => command('add-mask', {}, secret),
    setOutput(name, value) {
      if (fileCommand('GITHUB_OUTPUT', formatKeyValue(name, value))) return
      // Runners older than GITHUB_OUTPUT (and local runs) read the deprecated command.
      write(EOL)
      command('set-output', { name }, value)
    },
    setFailed(message) {
      process.exitCode = 1
      error(message)
    },
    info: (message) => write(message + EOL),
    notice: (message, props) => command('notice', annotationProperties(props), message),
    warning: (message, props) => command('warning', annotationProperties(props), message),
    error,
    summary
  }
}
