import { describe, expect, it } from '@jest/globals'
import { EventEmitter } from 'node:events'
import { installCrashHandlers, lastWords } from '../../src/report/last-words.js'

/** A core that records what the crash handler said, as the runner would read it. */
function fakeCore() {
  const said: { outputs: Record<string, string>; failed: string[]; summary: string[] } = { outputs: {}, failed: [], summary: [] }
  const core = {
    setOutput: (name: string, value: string) => void (said.outputs[name] = value),
    setFailed: (message: string) => void said.failed.push(message),
    summary: { addRaw: (text: string) => ({ write: async () => void said.summary.push(text) }) }
  }
  return { core, said }
}

describe('process-wide crash handlers', () => {
  it.each([
    ['uncaughtException', 'an uncaught exception'],
    ['unhandledRejection', 'an unhandled promise rejection']
  ] as const)('on %s: writes the results, trace file and summary so far, fails the step and exits 1', async (event, what) => {
    const proc = new EventEmitter()
    const { core, said } = fakeCore()
    const exited = new Promise<number>((resolve) => installCrashHandlers(core, { process: proc, exit: resolve, hasSummary: true }))
    let flushed = 0
    Object.assign(lastWords, {
      results: () => [{ workflow: 'done-before', status: 'succeeded' }],
      traceFile: '/tmp/trace.jsonl',
      summary: () => '## Hybrid Coordinator\n\n### ✅ done-before: succeeded',
      flush: [() => void flushed++],
      redact: (text: string) => text.split('s3cr3t').join('***')
    })
    proc.emit(event, new Error('boom with s3cr3t'))
    expect(await exited).toBe(1)
    expect(flushed).toBe(1)
    expect(JSON.parse(said.outputs.results!)).toEqual([{ workflow: 'done-before', status: 'succeeded' }])
    expect(said.outputs['trace-file']).toBe('/tmp/trace.jsonl')
    expect(said.failed).toEqual([`Hybrid Coordinator crashed (${what}): boom with ***`])
    expect(said.summary.join('')).toContain('done-before: succeeded')
    expect(said.summary.join('')).toContain(`crashed (${what}): boom with ***`)
  })

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'])('on %s (a cancelled job, or a process of the same user): writes what ran so far, fails the step and exits 1', async (signal) => {
    const proc = new EventEmitter()
    const { core, said } = fakeCore()
    const exited = new Promise<number>((resolve) => installCrashHandlers(core, { process: proc, exit: resolve, hasSummary: true }))
    Object.assign(lastWords, {
      results: () => [{ workflow: 'done-before', status: 'succeeded' }],
      traceFile: '/tmp/trace.jsonl',
      summary: () => '### ✅ done-before: succeeded',
      flush: [],
      redact: (t: string) => t
    })
    proc.emit(signal)
    expect(await exited).toBe(1)
    expect(JSON.parse(said.outputs.results!)).toEqual([{ workflow: 'done-before', status: 'succeeded' }])
    expect(said.failed).toEqual([
      `Hybrid Coordinator was stopped by ${signal} before the run ended (the job was cancelled, or a process of the same user sent it); the outputs and the summary hold what ran until then`
    ])
    expect(said.summary.join('')).toContain('done-before: succeeded')
  })

  it('a non-Error rejection is reported too, and a second crash while reporting exits at once', async () => {
    const proc = new EventEmitter()
    const { core, said } = fakeCore()
    const exits: number[] = []
    let reported: () => void
    const both = new Promise<void>((resolve) => (reported = resolve))
    installCrashHandlers(core, { process: proc, exit: (code) => void (exits.push(code) === 2 && reported()), hasSummary: false })
    Object.assign(lastWords, { results: () => [], flush: [], redact: (t: string) => t, traceFile: undefined })
    proc.emit('unhandledRejection', { code: 42 })
    proc.emit('uncaughtException', new Error('again'))
    expect(exits).toEqual([1])
    await both
    expect(exits).toEqual([1, 1])
    expect(said.failed).toEqual(['Hybrid Coordinator crashed (an unhandled promise rejection): {"code":42}'])
  })
})
