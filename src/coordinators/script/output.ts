import { randomBytes } from 'node:crypto'
import type { Readable, Writable } from 'node:stream'
import type { IsolatedProcess } from './process.js'

/**
 * What a script's process writes: its stdout and stderr, passed to the log, the tail of its
 * stderr kept for error messages, and the protocol's JSON lines. Apart from process.ts, so
 * that starting the process loads none of it (nor node:crypto, for the log block's token).
 */

/**
 * The script's stdout and stderr, passed to the log inside a `::stop-commands::TOKEN` block
 * with a random token, so nothing the script prints is taken as a workflow command (an
 * annotation, a mask, a stop-commands of its own that would hide ours). Returns the
 * function that ends the block.
 */
export function forwardOutput(proc: IsolatedProcess, out: { stdout: Writable; stderr: Writable; commands: Writable | undefined }, tail: OutputTail): () => void {
  const token = randomBytes(16).toString('hex')
  let opened = false
  let lastNewline = true
  const open = () => {
    if (opened || !out.commands) return
    opened = true
    out.commands.write(`::stop-commands::${token}\n`)
  }
  const pipe = (from: Readable, to: Writable, keepTail: boolean) => {
    from.on('data', (chunk: Buffer) => {
      if (keepTail) tail.add(chunk)
      if (proc.inspecting && keepTail) {
        chunk = Buffer.from(chunk.toString('utf8').replace(INSPECTOR_BANNER, ''))
        if (!chunk.length) return
      }
      open()
      to.write(chunk)
      if (to === out.commands && chunk.length) lastNewline = chunk[chunk.length - 1] === 10
    })
    from.on('error', () => {})
  }
  pipe(proc.child.stdout!, out.stdout, false)
  pipe(proc.child.stderr!, out.stderr, true)
  return () => {
    if (!opened || !out.commands) return
    opened = false
    out.commands.write(`${lastNewline ? '' : '\n'}::${token}::\n`)
  }
}

/** What Node prints on stderr while the action asks a hung script where it is. */
const INSPECTOR_BANNER =
  /^(Debugger listening on ws:\/\/\S+|For help, see: https:\/\/nodejs\.org\/\S+|Debugger attached\.|Debugger ending on ws:\/\/\S+|Waiting for the debugger to disconnect\.\.\.)\r?\n/gm

/** The protocol's lines are JSON; anything this long without a newline is not. */
const MAX_LINE = 256 * 1024 * 1024

/** JSON lines from the channel, as fast as they come. */
export function readLines(stream: Readable, onLine: (line: string) => void, onOverflow: (why: string) => void): void {
  let buffered = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    buffered += chunk
    let nl = buffered.indexOf('\n')
    while (nl >= 0) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      if (line.trim()) onLine(line)
      nl = buffered.indexOf('\n')
    }
    if (buffered.length > MAX_LINE) {
      buffered = ''
      onOverflow(`more than ${MAX_LINE} bytes without a newline`)
    }
  })
  stream.on('end', () => {
    if (buffered.trim()) onLine(buffered)
    buffered = ''
  })
  stream.on('error', () => {})
}

/** The last few KB of the script's stderr, for crash messages and the timeout's stack dump. */
export class OutputTail {
  #text = ''
  #total = 0
  add(chunk: Buffer): void {
    const text = chunk.toString('utf8')
    this.#total += text.length
    this.#text = (this.#text + text).slice(-16384)
  }
  /** A position in the output, for `since`. */
  mark(): number {
    return this.#total
  }
  since(mark: number): string {
    return this.#text.slice(Math.max(0, this.#text.length - (this.#total - mark)))
  }
  text(): string {
    return this.#text
  }
  lastLines(n: number): string {
    return this.#text
      .trim()
      .split('\n')
      .slice(-n)
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' | ')
  }
}
