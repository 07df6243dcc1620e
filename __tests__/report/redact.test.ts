import { describe, expect, it } from '@jest/globals'
import { Redactor, redactStream, type WriteStream } from '../../src/report/redact.js'

const SECRET = 'ghs_SPLITsecretTOKEN123456'

function sink(): WriteStream & { out: string[] } {
  const out: string[] = []
  return {
    out,
    write(chunk: unknown, ...rest: unknown[]) {
      out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'))
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined
      cb?.()
      return true
    }
  }
}

function redactor(): Redactor {
  const r = new Redactor()
  r.add(SECRET)
  return r
}

describe('redactStream', () => {
  it('masks a secret split across two writes', () => {
    const stream = sink()
    const restore = redactStream(stream, redactor())
    stream.write(`token: ${SECRET.slice(0, 9)}`)
    stream.write(`${SECRET.slice(9)} end\n`)
    restore()
    expect(stream.out.join('')).toBe('token: *** end\n')
  })

  it('masks a secret split across two byte chunks, mid character too', () => {
    const stream = sink()
    const restore = redactStream(stream, redactor())
    const bytes = Buffer.from(`é ${SECRET} é\n`, 'utf8')
    stream.write(bytes.subarray(0, 1)) // half of the é
    stream.write(bytes.subarray(1, 12))
    stream.write(bytes.subarray(12))
    restore()
    expect(stream.out.join('')).toBe('é *** é\n')
  })

  it('flushes the last partial line when restored, redacted', () => {
    const stream = sink()
    const restore = redactStream(stream, redactor())
    stream.write(`no newline ${SECRET}`)
    expect(stream.out.join('')).not.toContain(SECRET)
    restore()
    expect(stream.out.join('')).toBe('no newline ***')
    stream.write('after restore\n')
    expect(stream.out.at(-1)).toBe('after restore\n')
  })

  it('still calls a write callback when the chunk is held back', () => {
    const stream = sink()
    const restore = redactStream(stream, redactor())
    let called = false
    stream.write('partial', () => (called = true))
    expect(called).toBe(true)
    restore()
  })

  it('writes a very long line without a newline, keeping a tail that could start a secret', () => {
    const stream = sink()
    const restore = redactStream(stream, redactor())
    const long = 'x'.repeat(70 * 1024)
    stream.write(long + SECRET.slice(0, 5))
    stream.write(SECRET.slice(5) + '\n')
    restore()
    expect(stream.out.join('')).toBe(`${long}***\n`)
  })
})
