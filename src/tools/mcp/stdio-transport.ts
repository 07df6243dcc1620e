import { spawn, type ChildProcess } from 'node:child_process'
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js'
import { ReadBuffer, serializeMessage } from '@modelcontextprotocol/sdk/shared/stdio.js'

/** How much of a server's stderr is kept for error messages. */
const STDERR_TAIL = 4000
/** After stdin closes, how long a server may take to exit before its group is killed. */
const EXIT_GRACE_MS = 200

export interface StdioServerOptions {
  command: string
  args: readonly string[]
  env: Record<string, string>
  cwd: string
}

/**
 * The SDK's stdio transport, but the server leads its own process group, so that when the
 * workflow ends the whole group is killed, not only the direct child: `npx pkg` or
 * `sh -c ...` leave grandchildren that outlive their parent otherwise. The framing
 * (newline-delimited JSON-RPC) is the SDK's own ReadBuffer and serializeMessage.
 */
export class ProcessGroupStdioTransport implements Transport {
  onclose?: () => void
  onerror?: (error: Error) => void
  onmessage?: (message: JSONRPCMessage) => void
  #child: ChildProcess | undefined
  readonly #buffer = new ReadBuffer()
  #stderr = ''
  #exit: { code: number | null; signal: NodeJS.Signals | null } | undefined
  #closed: Promise<void> | undefined
  #spawned = false

  constructor(readonly options: StdioServerOptions) {}

  get pid(): number | undefined {
    return this.#child?.pid
  }

  /** The end of what the server wrote to stderr (for errors naming why it failed). */
  get stderrTail(): string {
    return this.#stderr.trim()
  }

  /** How the process ended, once it has (undefined if it never started: the spawn error says why). */
  get exit(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.#spawned ? this.#exit : undefined
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.options.command, [...this.options.args], {
        env: this.options.env,
        cwd: this.options.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
        shell: false
      })
      this.#child = child
      let started = false
      child.once('error', (error) => {
        if (!started) reject(error)
        else this.onerror?.(error)
      })
      child.once('spawn', () => {
        started = true
        this.#spawned = true
        resolve()
      })
      child.stdout!.on('data', (chunk: Buffer) => {
        this.#buffer.append(chunk)
        for (;;) {
          let message: JSONRPCMessage | null
          try {
            message = this.#buffer.readMessage()
          } catch (error) {
            this.onerror?.(error as Error)
            continue
          }
          if (!message) break
          this.onmessage?.(message)
        }
      })
      child.stderr!.on('data', (chunk: Buffer) => {
        this.#stderr = (this.#stderr + chunk.toString('utf8')).slice(-STDERR_TAIL)
      })
      child.stdin!.on('error', (error) => this.onerror?.(error))
      this.#closed = new Promise((done) =>
        child.once('close', (code, signal) => {
          this.#exit = { code, signal }
          this.#killGroup('SIGKILL') // grandchildren that outlived it
          done()
          this.onclose?.()
        })
      )
    })
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.#child?.stdin
      if (!stdin || this.#exit) return reject(new Error('the server is not running'))
      if (stdin.write(serializeMessage(message))) resolve()
      else stdin.once('drain', resolve)
    })
  }

  /** Closes stdin (servers exit on EOF), then kills the group: TERM at once if it lingers, KILL soon after. */
  async close(): Promise<void> {
    const child = this.#child
    if (!child || this.#exit) return
    child.stdin?.end()
    const exited = this.#closed!
    const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref())
    await Promise.race([exited, wait(EXIT_GRACE_MS)])
    if (!this.#exit) this.#killGroup('SIGTERM')
    await Promise.race([exited, wait(EXIT_GRACE_MS * 5)])
    if (!this.#exit) this.#killGroup('SIGKILL')
    await Promise.race([exited, wait(EXIT_GRACE_MS * 5)])
  }

  /** Kills now, whatever it is doing (the workflow has ended and will not wait). */
  kill(): void {
    this.#killGroup('SIGKILL')
  }

  #killGroup(signal: NodeJS.Signals): void {
    const pid = this.#child?.pid
    if (!pid) return
    try {
      process.kill(-pid, signal)
    } catch {
      // ESRCH: the group is gone already.
    }
  }
}
