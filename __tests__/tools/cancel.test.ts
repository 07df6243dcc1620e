import { describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import { Toolbox, type ToolCallRecord, type ToolSource } from '../../src/tools/toolbox.js'
import { Guards } from '../../src/tools/guards.js'
import { defineTool, type ToolContext, type ToolDefinition } from '../../src/tools/define.js'
import { VirtualFileStore } from '../../src/virtual-files.js'
import { ToolError } from '../../src/errors.js'
import { settleCalls } from '../../src/run-workflow.js'
import { RequestRegistry, cancellableFetch, sleepUnlessAborted } from '../../src/clients/cancel.js'
import { stopWhenAborted } from '../../src/clients/slack.js'

/**
 * The record states of a call its workflow ends before the service answered: cancelled
 * (with `landed: 'unknown'` when a mutation's request was out), abandoned after the wait,
 * and nothing recorded once the workflow has reported.
 */

/** A tool whose call runs until the test says so; `signals` collects what each call got. */
function heldTool(name: string, mutates: boolean, options: { honoursSignal?: boolean } = {}) {
  const release: Array<(value: unknown) => void> = []
  const signals: Array<AbortSignal | undefined> = []
  const tool = defineTool({
    name,
    description: 'held until released',
    input: z.strictObject({ id: z.string().default('x') }),
    params: ['id'],
    returns: 'whatever it is released with',
    outputType: 'unknown',
    mutates,
    target: mutates ? (input) => ({ kind: 'mcp_server' as const, value: 'held', label: `held ${input.id}` }) : undefined,
    preview: mutates ? (_input: unknown, ctx: ToolContext) => hold(ctx) : undefined,
    run: (_input: unknown, ctx: ToolContext) => hold(ctx)
  })
  function hold(ctx: ToolContext): Promise<unknown> {
    signals.push(ctx.signal)
    return new Promise((resolve, reject) => {
      release.push(resolve)
      if (options.honoursSignal) ctx.signal?.addEventListener('abort', () => reject(new Error('aborted by the signal')), { once: true })
    })
  }
  return { tool, release, signals }
}

function toolbox(tools: ToolDefinition[], options: { dryRun?: boolean; dynamicTools?: ToolSource } = {}) {
  const traced: ToolCallRecord[] = []
  const box = new Toolbox({
    workflow: 'w',
    tools,
    dryRun: options.dryRun ?? false,
    callIdPrefix: 'run-w',
    guards: new Guards({ limits: {}, allow: {}, slackChannel: 'C0123456789', repository: 'o/r' }),
    context: {
      trigger: { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' },
      files: new VirtualFileStore(),
      github: () => Promise.reject(new Error('no GitHub here')),
      slack: () => Promise.reject(new Error('no Slack here'))
    },
    dynamicTools: options.dynamicTools,
    onCall: (record) => traced.push(record)
  })
  return { box, traced }
}

const TIMEOUT = 'timed out: the workflow ran past timeout_seconds (1 s)'

describe('a call its workflow cancels', () => {
  it('a mutation whose request was out: cancelled, sent, landed unknown, and the caller is told it may have landed', async () => {
    const held = heldTool('test.write', true)
    const { box, traced } = toolbox([held.tool])
    const call = box.call('test.write', { id: 'a' })
    await until(() => held.signals.length === 1)
    box.close(TIMEOUT)
    await expect(call).rejects.toThrow(new ToolError(`test.write: cancelled after its request was sent, so it may have landed: ${TIMEOUT}`, 'test.write'))
    expect(box.records).toEqual([
      expect.objectContaining({ tool: 'test.write', mutates: true, outcome: 'cancelled', sent: true, landed: 'unknown', target: 'held a', error: expect.stringContaining('may have landed') })
    ])
    // The tool got the toolbox's signal, now aborted (its requests are cancelled through it).
    expect(held.signals[0]).toBe(box.signal)
    expect(box.signal.aborted).toBe(true)
    expect(traced).toEqual(box.records)
    // Its late answer changes nothing.
    held.release[0]!('landed after all')
    await new Promise((r) => setImmediate(r))
    expect(box.records).toHaveLength(1)
  })

  it('a read: cancelled, with no landed field (a read changes nothing)', async () => {
    const held = heldTool('test.read', false)
    const { box } = toolbox([held.tool])
    const call = box.call('test.read', {})
    await until(() => held.signals.length === 1)
    box.close(TIMEOUT)
    await expect(call).rejects.toThrow(`test.read: cancelled: ${TIMEOUT}`)
    expect(box.records[0]).toMatchObject({ outcome: 'cancelled', sent: true })
    expect(box.records[0]!.landed).toBeUndefined()
  })

  it('a dry-run mutation: cancelled, never sent, nothing may have landed', async () => {
    const held = heldTool('test.write', true)
    const { box } = toolbox([held.tool], { dryRun: true })
    const call = box.call('test.write', { id: 'b' })
    await until(() => held.signals.length === 1)
    box.close(TIMEOUT)
    await expect(call).rejects.toThrow(`test.write: cancelled: ${TIMEOUT}`)
    expect(box.records[0]).toMatchObject({ outcome: 'cancelled', sent: false })
    expect(box.records[0]!.landed).toBeUndefined()
  })

  it('a call that completes before the cancel is recorded as it ended (sent), not as cancelled', async () => {
    const held = heldTool('test.write', true)
    const { box } = toolbox([held.tool])
    const call = box.call('test.write', { id: 'c' })
    await until(() => held.signals.length === 1)
    held.release[0]!('ok')
    await expect(call).resolves.toBe('ok')
    box.close(TIMEOUT)
    expect(box.records).toEqual([expect.objectContaining({ outcome: 'sent', sent: true, output: 'ok' })])
  })
})

describe('settleCalls at the workflow end', () => {
  it('waits for a running call that lands within the wait, records it as sent, then seals', async () => {
    const held = heldTool('test.write', true)
    const { box } = toolbox([held.tool])
    const call = box.call('test.write', { id: 'd' })
    await until(() => held.signals.length === 1)
    const settled = settleCalls(box, 10_000)
    held.release[0]!('landed')
    await settled
    await expect(call).resolves.toBe('landed')
    expect(box.records).toEqual([expect.objectContaining({ outcome: 'sent', output: 'landed' })])
    // Sealed: the workflow's clients are cancelled, a later call is refused and not recorded.
    expect(box.signal.aborted).toBe(true)
    await expect(box.call('test.write', { id: 'late' })).rejects.toThrow(/not run/)
    expect(box.records).toHaveLength(1)
  })

  it('cancels a call still running after the wait and records it as abandoned before the end', async () => {
    const held = heldTool('test.write', true)
    const { box, traced } = toolbox([held.tool])
    const call = box.call('test.write', { id: 'e' })
    await until(() => held.signals.length === 1)
    await settleCalls(box, 50)
    await expect(call).rejects.toThrow('test.write: cancelled after its request was sent, so it may have landed: abandoned: still running 0.05 s after the workflow ended')
    expect(traced).toEqual([expect.objectContaining({ outcome: 'cancelled', sent: true, landed: 'unknown', error: expect.stringContaining('abandoned') })])
    held.release[0]!('too late')
    await new Promise((r) => setImmediate(r))
    expect(traced).toHaveLength(1)
  })

  it('records a call stuck before it ran (its tool source never answered) as cancelled before it was sent', async () => {
    const never: ToolSource = { covers: (n) => n.startsWith('mcp.'), load: () => new Promise(() => undefined), loadAll: () => new Promise(() => undefined) }
    const { box, traced } = toolbox([], { dynamicTools: never })
    const call = box.call('mcp.tickets.create', {})
    call.catch(() => undefined)
    await settleCalls(box, 20)
    expect(traced).toEqual([expect.objectContaining({ tool: 'mcp.tickets.create', outcome: 'cancelled', sent: false, error: expect.stringContaining('cancelled before it was sent') })])
    expect(traced[0]!.landed).toBeUndefined()
  })

  it('after a timeout the cancelled calls are already recorded: the end waits for nothing', async () => {
    const held = heldTool('test.write', true, { honoursSignal: true })
    const { box } = toolbox([held.tool])
    const calls = [box.call('test.write', { id: 'f' }), box.call('test.write', { id: 'g' })]
    await until(() => held.signals.length === 2)
    box.close(TIMEOUT)
    await Promise.allSettled(calls)
    expect(box.inFlight).toBe(0)
    await settleCalls(box, 60_000)
    expect(box.records.map((r) => [r.target, r.outcome, r.landed])).toEqual([
      ['held f', 'cancelled', 'unknown'],
      ['held g', 'cancelled', 'unknown']
    ])
  })
})

describe('the fetch a workflow owns', () => {
  let server: Server
  const seen: Array<{ url: string; closed: boolean }> = []
  const start = async () => {
    server = createServer((req, res) => {
      const entry = { url: req.url ?? '', closed: false }
      seen.push(entry)
      res.once('close', () => (entry.closed = !res.writableFinished))
      if (req.url?.startsWith('/fast')) res.end('ok')
      // /slow never answers: only the client can end it.
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  it('aborts a request in flight when the workflow signal fires, refuses any later one, and keeps the request’s own signal', async () => {
    const base = await start()
    try {
      const workflow = new AbortController()
      const registry = new RequestRegistry()
      const fetch = cancellableFetch(registry.track(globalThis.fetch), workflow.signal)
      await expect((await fetch(`${base}/fast`)).text()).resolves.toBe('ok')
      // The request's own signal (an SDK's timeout) still works on its own.
      const own = new AbortController()
      const timedOut = fetch(`${base}/slow?token=secret`, { signal: own.signal })
      await until(() => seen.length === 2)
      own.abort()
      await expect(timedOut).rejects.toThrow()
      // The workflow's signal aborts what is in flight.
      const inFlight = fetch(`${base}/slow`, { method: 'POST', body: 'x' })
      await until(() => seen.length === 3)
      expect(registry.size).toBe(1)
      workflow.abort(new Error(TIMEOUT))
      await expect(inFlight).rejects.toThrow(TIMEOUT)
      await until(() => seen[2]!.closed)
      // And no later attempt (an SDK's retry) reaches the server.
      await expect(fetch(`${base}/fast`)).rejects.toThrow(TIMEOUT)
      expect(seen.map((s) => s.url)).toEqual(['/fast', '/slow?token=secret', '/slow'])
      expect(await registry.settle(1000)).toEqual([])
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('names the requests still out after the bounded wait, without their query', async () => {
    const base = await start()
    try {
      const registry = new RequestRegistry()
      const fetch = registry.track(globalThis.fetch)
      const hung = fetch(`${base}/slow?token=secret`, { method: 'POST' })
      hung.catch(() => undefined)
      await until(() => seen.some((s) => s.url === '/slow?token=secret' && !s.closed))
      const left = await registry.settle(30)
      expect(left).toEqual([`POST ${base.replace('http://', '')}/slow`])
      expect(left.join()).not.toContain('secret')
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('a retry wait ends at the cancel, and the Slack retry hook stops the SDK loop once aborted', async () => {
    const controller = new AbortController()
    const waiting = sleepUnlessAborted(60_000, controller.signal)
    const hook = stopWhenAborted(controller.signal)
    expect(() => hook()).not.toThrow()
    controller.abort(new Error(TIMEOUT))
    await expect(waiting).rejects.toThrow(TIMEOUT)
    expect(() => hook()).toThrow(TIMEOUT)
    await expect(sleepUnlessAborted(1, controller.signal)).rejects.toThrow(TIMEOUT)
  })
})

/** Waits for `check` to hold, turn by turn (bounded by the test's timeout). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5))
}
