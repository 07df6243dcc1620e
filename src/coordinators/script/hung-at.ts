import { randomBytes } from 'node:crypto'
import { connect, type Socket } from 'node:net'
import { signalPid, type IsolatedProcess } from './process.js'
import type { OutputTail } from './output.js'

/**
 * Where a JavaScript script that ran out of `timeout_seconds` was running, asked of the
 * script's own Node process while its main thread is stuck (`while (true) {}` answers no
 * message, and runs no timer or signal handler).
 *
 * The child starts with `--inspect-port=127.0.0.1:0`, which costs nothing until used: on
 * SIGUSR1 Node starts its inspector on a thread of its own, on a random loopback port,
 * and prints the address on stderr. The action connects (a minimal WebSocket client: Node
 * 20 has none built in), sends `Debugger.pause`, which V8 handles at its next interrupt
 * check, inside any loop, and reads the call frames of `Debugger.paused`. The process is
 * killed right after, so it never runs on under the debugger. A diagnostic report on a
 * signal, the other candidate, is written by a JavaScript listener: it never runs while
 * the main thread is stuck. A watchdog worker started with every script would answer too,
 * but costs about 35 ms of CPU on every start.
 */

export interface PausedFrame {
  /** The script's URL (`file:///...`) or path, as the inspector names it. */
  url: string
  /** 1-based. */
  line: number
  column: number
  functionName: string
}

/** After the pause was accepted, how long a script that is running JavaScript takes to stop (an idle one never does). */
const PAUSE_WAIT_MS = 150

/**
 * The stuck script's call frames, innermost first; undefined when it cannot tell within
 * `deadlineMs` (the script was idle awaiting something, blocked in native code, or turned
 * the inspector off by taking SIGUSR1 for itself).
 */
export async function pausedFrames(proc: IsolatedProcess, tail: OutputTail, deadlineMs: number): Promise<PausedFrame[] | undefined> {
  const pid = proc.child.pid
  if (!pid || proc.child.exitCode !== null || proc.child.signalCode !== null) return undefined
  const deadline = Date.now() + deadlineMs
  const mark = tail.mark()
  proc.inspecting = true
  // The script's process alone: its descendants are not ours to debug (and SIGUSR1 ends most programs).
  signalPid(pid, 'SIGUSR1')
  const url = await new Promise<string | undefined>((resolve) => {
    const look = () => {
      const found = /ws:\/\/127\.0\.0\.1:\d+\/[\w-]+/.exec(tail.since(mark))?.[0]
      if (found || Date.now() >= deadline || proc.child.exitCode !== null || proc.child.signalCode !== null) return resolve(found)
      setTimeout(look, 10).unref()
    }
    look()
  })
  if (!url) return undefined
  return askPaused(url, deadline)
}

function askPaused(url: string, deadline: number): Promise<PausedFrame[] | undefined> {
  const { hostname, port, pathname } = new URL(url)
  return new Promise((resolve) => {
    let done = false
    const socket: Socket = connect({ host: hostname, port: Number(port) })
    const finish = (frames: PausedFrame[] | undefined) => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      resolve(frames)
    }
    const timer = setTimeout(() => finish(undefined), Math.max(0, deadline - Date.now()))
    timer.unref()
    const scripts = new Map<string, string>()
    const send = (id: number, method: string) => socket.write(encodeFrame(JSON.stringify({ id, method })))
    const key = randomBytes(16).toString('base64')
    socket.on('error', () => finish(undefined))
    socket.on('close', () => finish(undefined))
    socket.once('connect', () =>
      socket.write(`GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`)
    )
    let buffered: Buffer = Buffer.alloc(0)
    let upgraded = false
    const frames = new FrameReader((text) => {
      let message: { id?: number; method?: string; params?: Record<string, unknown> }
      try {
        message = JSON.parse(text)
      } catch {
        return
      }
      if (message.method === 'Debugger.scriptParsed') {
        const p = message.params as { scriptId: string; url: string }
        scripts.set(p.scriptId, p.url)
      } else if (message.method === 'Debugger.paused') {
        const callFrames = (message.params as { callFrames: { functionName: string; url?: string; location: { scriptId: string; lineNumber: number; columnNumber: number } }[] }).callFrames
        finish(
          callFrames.map((f) => ({
            url: f.url || scripts.get(f.location.scriptId) || '',
            line: f.location.lineNumber + 1,
            column: f.location.columnNumber + 1,
            functionName: f.functionName
          }))
        )
      } else if (message.id === 2) {
        // The pause is set: a running script stops at once; an idle one never will.
        setTimeout(() => finish(undefined), PAUSE_WAIT_MS).unref()
      }
    })
    socket.on('data', (chunk: Buffer) => {
      if (upgraded) return frames.push(chunk)
      buffered = Buffer.concat([buffered, chunk])
      const end = buffered.indexOf('\r\n\r\n')
      if (end < 0) return
      if (!/^HTTP\/1\.1 101/.test(buffered.subarray(0, end).toString('latin1'))) return finish(undefined)
      upgraded = true
      send(1, 'Debugger.enable')
      send(2, 'Debugger.pause')
      frames.push(buffered.subarray(end + 4))
    })
  })
}

/** A client's text frame: masked, as RFC 6455 requires of clients. */
export function encodeFrame(text: string): Buffer {
  const payload = Buffer.from(text)
  const mask = randomBytes(4)
  const length = payload.length
  const header = length < 126 ? Buffer.from([0x81, 0x80 | length]) : length < 65536 ? Buffer.from([0x81, 0x80 | 126, length >> 8, length & 0xff]) : Buffer.alloc(10)
  if (length >= 65536) {
    header[0] = 0x81
    header[1] = 0x80 | 127
    header.writeBigUInt64BE(BigInt(length), 2)
  }
  for (let i = 0; i < length; i++) payload[i]! ^= mask[i % 4]!
  return Buffer.concat([header, mask, payload])
}

/** The server's frames, reassembled into text messages (control frames skipped). */
export class FrameReader {
  #buffer: Buffer = Buffer.alloc(0)
  #parts: Buffer[] = []
  constructor(private readonly onText: (text: string) => void) {}

  push(chunk: Buffer): void {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk
    for (;;) {
      const b = this.#buffer
      if (b.length < 2) return
      let length = b[1]! & 0x7f
      let offset = 2
      if (length === 126) {
        if (b.length < 4) return
        length = b.readUInt16BE(2)
        offset = 4
      } else if (length === 127) {
        if (b.length < 10) return
        length = Number(b.readBigUInt64BE(2))
        offset = 10
      }
      const masked = (b[1]! & 0x80) !== 0
      const mask = masked ? b.subarray(offset, offset + 4) : undefined
      if (masked) offset += 4
      if (b.length < offset + length) return
      const payload = Buffer.from(b.subarray(offset, offset + length))
      if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!
      this.#buffer = b.subarray(offset + length)
      const opcode = b[0]! & 0x0f
      const fin = (b[0]! & 0x80) !== 0
      if (opcode === 0x1 || opcode === 0x0) {
        this.#parts.push(payload)
        if (fin) {
          const text = Buffer.concat(this.#parts).toString('utf8')
          this.#parts = []
          this.onText(text)
        }
      }
    }
  }
}
