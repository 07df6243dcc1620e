import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { request as httpRequest, Agent } from 'node:http'
import { getOctokit } from '@actions/github'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { main, parseSandboxArgs } from '../../src/sandbox/main.js'
import { DEMO, seedDemoState, type SandboxState } from '../../src/sandbox/state.js'
import type { RecordedCall, SandboxRequest } from '../../src/sandbox/types.js'

let sandbox: Sandbox
let octokit: ReturnType<typeof getOctokit>

beforeAll(async () => {
  sandbox = await startSandbox()
  octokit = getOctokit(sandbox.tokens.github, { baseUrl: sandbox.githubUrl })
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => sandbox.reset())

/** Waits for `check` to hold, event-loop turn by turn (bounded by the test's timeout). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10))
}

const getPr = (n = 12) => octokit.rest.pulls.get({ owner: 'octo-org', repo: 'web', pull_number: n })

describe('mounts and URLs', () => {
  it('names one loopback origin and the three service bases', () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(sandbox.githubUrl).toBe(`${sandbox.url}/github`)
    expect(sandbox.slackUrl).toBe(`${sandbox.url}/slack/api/`)
    expect(sandbox.anthropicUrl).toBe(`${sandbox.url}/anthropic`)
    expect(sandbox.tokens).toEqual({ github: 'ghs_sandbox_token', slack: 'xoxb-sandbox-token', anthropic: 'sk-ant-sandbox-key' })
  })

  it('answers 404 JSON for an unmounted Anthropic and for unknown prefixes', async () => {
    const anthropic = await fetch(`${sandbox.anthropicUrl}/v1/messages`, { method: 'POST', body: '{}' })
    expect(anthropic.status).toBe(404)
    expect(await anthropic.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } })
    const elsewhere = await fetch(`${sandbox.url}/elsewhere`)
    expect(elsewhere.status).toBe(404)
    expect(sandbox.callsTo('anthropic')).toHaveLength(1)
  })

  it('mounts a given Anthropic handler with the prefix stripped and the JSON body parsed', async () => {
    const seen: SandboxRequest[] = []
    const withModel = await startSandbox({
      tokens: { anthropic: 'sk-ant-custom' },
      anthropic: (req) => {
        seen.push(req)
        return { status: 200, body: { id: 'msg_1', type: 'message' } }
      }
    })
    try {
      const res = await fetch(`${withModel.anthropicUrl}/v1/messages?beta=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': withModel.tokens.anthropic },
        body: JSON.stringify({ model: 'm', max_tokens: 1 })
      })
      expect(await res.json()).toEqual({ id: 'msg_1', type: 'message' })
      expect(seen[0]).toMatchObject({ service: 'anthropic', method: 'POST', path: '/v1/messages', body: { model: 'm', max_tokens: 1 } })
      expect(seen[0]?.query.get('beta')).toBe('true')
      expect(withModel.tokens.anthropic).toBe('sk-ant-custom')
    } finally {
      await withModel.close()
    }
  })
})

describe('recording', () => {
  it('records every API call in order with status, query and body', async () => {
    await getPr()
    await octokit.rest.issues.listComments({ owner: 'octo-org', repo: 'web', issue_number: 25, per_page: 5 })
    expect(sandbox.calls).toEqual([
      expect.objectContaining({ service: 'github', method: 'GET', path: '/repos/octo-org/web/pulls/12', status: 200 }),
      expect.objectContaining({ path: '/repos/octo-org/web/issues/25/comments', query: { per_page: '5' } })
    ])
    expect(sandbox.callsTo('github', '/pulls/')).toHaveLength(1)
    expect(sandbox.callsTo('slack')).toHaveLength(0)
  })
})

describe('faults', () => {
  it('drops the connection before applying the request', async () => {
    sandbox.inject({ service: 'github', kind: 'drop', method: 'post', path: '/comments' })
    await expect(octokit.rest.issues.createComment({ owner: 'octo-org', repo: 'web', issue_number: 12, body: 'x' })).rejects.toThrow()
    expect(sandbox.state.github.repos['octo-org/web']?.comments['12']).toBeUndefined()
    expect(sandbox.calls[0]).toMatchObject({ status: 0, fault: 'drop' })
  })

  it('matches by service, method and path, and lasts `times` calls', async () => {
    sandbox.inject({ service: 'slack', kind: 'status', status: 500 }) // other service: never matches here
    sandbox.inject({ service: 'github', kind: 'status', status: 503, method: 'POST' }) // other method
    sandbox.inject({ service: 'github', kind: 'status', status: 502, path: '/pulls/12', times: 2 })
    await expect(getPr(15)).resolves.toMatchObject({ status: 200 })
    await expect(getPr()).rejects.toMatchObject({ status: 502 })
    await expect(getPr()).rejects.toMatchObject({ status: 502 })
    await expect(getPr()).resolves.toMatchObject({ status: 200 })
    sandbox.clearFaults()
    await expect(octokit.rest.issues.createComment({ owner: 'octo-org', repo: 'web', issue_number: 12, body: 'x' })).resolves.toMatchObject({ status: 201 })
  })

  it('delays an answer by delayMs', async () => {
    sandbox.inject({ service: 'github', kind: 'delay', delayMs: 150 })
    const started = Date.now()
    await getPr()
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    expect(sandbox.calls[0]).toMatchObject({ status: 200, fault: 'delay' })
  })

  it('records a request its client abandoned mid-delay, and still applies it, as a server that read it may', async () => {
    sandbox.inject({ service: 'github', kind: 'delay', method: 'POST', path: '/issues/12/comments', delayMs: 300 })
    const before = (sandbox.state.github.repos['octo-org/web']!.comments['12'] ?? []).length
    const controller = new AbortController()
    const posting = octokit.rest.issues.createComment({ owner: 'octo-org', repo: 'web', issue_number: 12, body: 'cancelled mid-flight', request: { signal: controller.signal, retries: 0 } })
    await until(() => sandbox.calls.length === 1)
    controller.abort()
    await expect(posting).rejects.toThrow()
    await until(() => sandbox.calls[0]!.clientClosed === true)
    await until(() => (sandbox.state.github.repos['octo-org/web']!.comments['12'] ?? []).length === before + 1)
    expect(sandbox.calls[0]).toMatchObject({ method: 'POST', fault: 'delay', status: 0, clientClosed: true })
    // A request answered in full is not marked.
    await getPr()
    expect(sandbox.calls[1]!.clientClosed).toBeUndefined()
  })

  it('uses each service’s own error body by default', async () => {
    sandbox.inject({ service: 'slack', kind: 'status', status: 500 })
    const res = await fetch(`${sandbox.slackUrl}auth.test`, { method: 'POST' })
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ ok: false, error: 'fatal_error' })
  })
})

describe('control API', () => {
  const control = (path: string, init?: RequestInit) => fetch(`${sandbox.url}/_sandbox/${path}`, init)

  it('serves state and calls as JSON', async () => {
    await getPr()
    const state = (await (await control('state')).json()) as SandboxState
    expect(Object.keys(state.slack.channels)).toEqual([DEMO.channel, DEMO.otherChannel])
    const calls = (await (await control('calls')).json()) as RecordedCall[]
    expect(calls).toHaveLength(1)
  })

  it('queues faults given one at a time or as a list, and refuses bad ones', async () => {
    const one = await control('faults', { method: 'POST', body: JSON.stringify({ service: 'github', kind: 'status', status: 500 }) })
    expect(one.status).toBe(200)
    const list = await control('faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ service: 'github', kind: 'status', status: 502 }])
    })
    expect(await list.json()).toEqual({ ok: true, queued: 2 })
    await expect(getPr()).rejects.toMatchObject({ status: 500 })
    await expect(getPr()).rejects.toMatchObject({ status: 502 })
    const bad = await control('faults', { method: 'POST', body: JSON.stringify({ service: 'github', kind: 'explode' }) })
    expect(bad.status).toBe(400)
  })

  it('resets to the starting state, or to a state it is given', async () => {
    const held = sandbox.state
    await octokit.rest.issues.createComment({ owner: 'octo-org', repo: 'web', issue_number: 12, body: 'x' })
    sandbox.inject({ service: 'github', kind: 'status', status: 500 })
    expect((await control('reset', { method: 'POST' })).status).toBe(200)
    expect(sandbox.calls).toHaveLength(0)
    expect(held.github.repos['octo-org/web']?.comments['12']).toBeUndefined() // same object, fresh contents
    await expect(getPr()).resolves.toMatchObject({ status: 200 }) // the fault went with the reset

    const custom = seedDemoState()
    delete custom.github.repos['octo-org/other']
    await control('reset', { method: 'POST', body: JSON.stringify(custom) })
    expect(Object.keys(sandbox.state.github.repos)).toEqual(['octo-org/web'])
    expect((await control('reset', { method: 'POST', body: '{"nope":1}' })).status).toBe(400)
  })
})

describe('latency', () => {
  it('adds latencyMs to every API answer', async () => {
    const slow = await startSandbox({ latencyMs: 80 })
    try {
      const client = getOctokit(slow.tokens.github, { baseUrl: slow.githubUrl })
      const started = Date.now()
      await client.rest.pulls.get({ owner: 'octo-org', repo: 'web', pull_number: 12 })
      expect(Date.now() - started).toBeGreaterThanOrEqual(75)
    } finally {
      await slow.close()
    }
  })
})

describe('close', () => {
  let extra: Sandbox | undefined
  afterEach(async () => {
    await extra?.close()
    extra = undefined
  })

  it('closes promptly with a keep-alive socket open and a delayed request in flight', async () => {
    extra = await startSandbox()
    const agent = new Agent({ keepAlive: true })
    const get = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${extra?.githubUrl}${path}`, { agent, headers: { authorization: 'token ghs_sandbox_token' } }, (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        })
        req.on('error', reject)
        req.end()
      })
    expect(await get('/repos/octo-org/web')).toBe(200)
    extra.inject({ service: 'github', kind: 'delay', delayMs: 60_000 })
    const pending = get('/repos/octo-org/web').catch(() => 'dropped')
    await new Promise((r) => setTimeout(r, 50))
    const started = Date.now()
    await extra.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(await pending).toBe('dropped')
    agent.destroy()
    await expect(fetch(`${extra.url}/_sandbox/state`)).rejects.toThrow()
    extra = undefined
  })
})

describe('main', () => {
  it('parses --port and --latency', () => {
    expect(parseSandboxArgs([])).toEqual({ port: 0, latencyMs: 0 })
    expect(parseSandboxArgs(['--port', '8123', '--latency=20'])).toEqual({ port: 8123, latencyMs: 20 })
    expect(() => parseSandboxArgs(['--port'])).toThrow('--port needs a whole number')
    expect(() => parseSandboxArgs(['--verbose'])).toThrow('unknown argument --verbose')
  })

  it('starts the demo sandbox and prints one JSON line of URLs', async () => {
    const lines: string[] = []
    const started = await main(['--latency', '0'], { write: (line: string) => lines.push(line) })
    try {
      expect(lines).toHaveLength(1)
      const printed = JSON.parse(lines[0] as string) as Record<string, string>
      expect(printed).toEqual({ url: started.url, githubUrl: started.githubUrl, slackUrl: started.slackUrl, anthropicUrl: started.anthropicUrl })
      const state = (await (await fetch(`${printed.url}/_sandbox/state`)).json()) as SandboxState
      expect(state.slack.channels[DEMO.channel]?.messages).toHaveLength(10)
    } finally {
      await started.close()
    }
  })
})
