import { describe, expect, it } from '@jest/globals'
import { runInNewContext } from 'node:vm'
import { errorMessage } from '../src/errors.js'

describe('errorMessage: any thrown value as text, never a throw of its own', () => {
  it('gives the message of an Error, also of one from another realm', () => {
    expect(errorMessage(new TypeError('bad input'))).toBe('bad input')
    const foreign: unknown = runInNewContext('new RangeError("from a vm context")')
    expect(foreign instanceof Error).toBe(false)
    expect(errorMessage(foreign)).toBe('from a vm context')
  })

  it('gives strings as they are and other values as JSON', () => {
    expect(errorMessage('plain')).toBe('plain')
    expect(errorMessage({ code: 7 })).toBe('{"code":7}')
    expect(errorMessage({ valueOf: 1, toString: 1 })).toBe('{"valueOf":1,"toString":1}')
    expect(errorMessage(undefined)).toBe('undefined')
  })

  it('names values that neither JSON nor String() can write (a cycle or a bigint, with no prototype)', () => {
    const cycle = Object.create(null) as Record<string, unknown>
    cycle.self = cycle
    expect(() => String(cycle)).toThrow(TypeError)
    expect(errorMessage(cycle)).toBe('[object Object]')
    const big = Object.assign(Object.create(null) as object, { n: 1n })
    expect(errorMessage(big)).toBe('[object Object]')
  })
})
