import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { gzipSync } from 'node:zlib'
import { createHttpFetch } from '../../src/clients/http-fetch.js'
import { createGitHubClient } from '../../src/clients/github.js'
import { createSlackClient } from '../../src/clients/slack.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'

// The node:http fetch the GitHub and Slack clients use, against loopback servers: what a
// caller of fetch would check (status, headers, url, body, redirects, aborts, failures).

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
  socket: Socket
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse, seen: Seen) => void): Promise<{ url: string; seen: Seen[]; sockets: Set<Socket>; server: Server }> {
  const seen: Seen[] = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (c: string) => (body += c))
    req.on('end', () => {
      const s = { method: req.method!, url: req.url!, headers: req.headers, body, socket: req.socket }
      seen.push(s)
      handler(req, res, s)
    })
  })
  server.on('connection', (s) => sockets.add(s))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, sockets, server }
}

const fetch = createHttpFetch()
let main: Awaited<ReturnType<typeof listen>>
let other: Awaited<ReturnType<typeof listen>>
/** Requests the main server leaves unanswered until the test's end. */
const hung: ServerResponse[] = []

beforeAll(async () => {
  main = await listen((req, res, seen) => {
    const path = new URL(req.url!, 'http://x').pathname
    switch (path) {
      case '/json':
        res.setHeader('Set-Cookie', ['a=1', 'b=2'])
        res.setHeader('X-Zeta', 'z')
        res.setHeader('X-Alpha', 'a')
        return res.writeHead(201, 'Made', { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ hello: 'wörld' }))
      case '/echo':
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: seen.method, headers: seen.headers, body: seen.body }))
      case '/gzip':
        return res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('squeezed text'))
      case '/see-other':
        return res.writeHead(303, { location: '/echo?after=303' }).end()
      case '/moved':
        return res.writeHead(307, { location: '/echo?after=307' }).end()
      case '/away':
        return res.writeHead(302, { location: `${other.url}/echo` }).end()
      case '/loop':
        return res.writeHead(302, { location: '/loop' }).end()
      case '/empty':
        return res.writeHead(204).end()
      case '/hang':
        hung.push(res)
        return
      case '/half':
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100' })
        res.write('only part of it')
        setTimeout(() => res.socket?.destroy(), 20)
        return
      default:
        return res.writeHead(404, { 'content-type': 'text/plain' }).end('no such path')
    }
  })
  other = await listen((_req, res, seen) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ method: seen.method, headers: seen.headers })))
})

afterAll(async () => {
  for (const res of hung) res.socket?.destroy()
  for (const s of [main, other]) {
    for (const socket of s.sockets) socket.destroy()
    await new Promise((r) => s.server.close(r))
  }
})

describe('the node:http fetch', () => {
  it('gives status, status text, url, headers as fetch shows them, and a JSON body', async () => {
    const res = await fetch(`${main.url}/json?q=1`)
    expect(res.status).toBe(201)
    expect(res.statusText).toBe('Made')
    expect(res.ok).toBe(true)
    expect(res.url).toBe(`${main.url}/json?q=1`)
    expect(res.redirected).toBe(false)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2')
    expect(res.headers.get('x-missing')).toBeNull()
    const names = [...res.headers].map(([k]) => k)
    expect(names).toEqual([...names].sort())
    expect(names).toEqual(expect.arrayContaining(['x-alpha', 'x-zeta', 'content-type']))
    expect(Object.fromEntries(res.headers.entries())['x-alpha']).toBe('a')
    expect(await res.json()).toEqual({ hello: 'wörld' })
    expect(res.bodyUsed).toBe(true)
    await expect(res.text()).rejects.toThrow(TypeError)
  })

  it('sends the method, headers and a string body, with a content length and the default headers fetch adds', async () => {
    const res = await fetch(`${main.url}/echo`, { method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: '{"a":1}' })
    const echo = (await res.json()) as { method: string; headers: Record<string, string>; body: string }
    expect(echo.method).toBe('POST')
    expect(echo.body).toBe('{"a":1}')
    expect(echo.headers).toMatchObject({ authorization: 'Bearer t', 'content-type': 'application/json', 'content-length': '7', accept: '*/*' })
    expect(echo.headers['accept-encoding']).toContain('gzip')
  })

  it('sends URLSearchParams as a form, and a Headers object or header pairs as given', async () => {
    const form = await fetch(`${main.url}/echo`, { method: 'POST', headers: new Headers({ 'X-One': '1' }), body: new URLSearchParams({ channel: 'C1', name: 'merged' }) })
    const echo = (await form.json()) as { headers: Record<string, string>; body: string }
    expect(echo.body).toBe('channel=C1&name=merged')
    expect(echo.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8')
    expect(echo.headers['x-one']).toBe('1')
    const pairs = (await (await fetch(`${main.url}/echo`, { headers: [['X-Two', '2']] })).json()) as { method: string; headers: Record<string, string> }
    expect(pairs.method).toBe('GET')
    expect(pairs.headers['x-two']).toBe('2')
  })

  it('decodes a gzip body', async () => {
    const res = await fetch(`${main.url}/gzip`)
    expect(await res.text()).toBe('squeezed text')
  })

  it('gives bytes as an ArrayBuffer, and no body for a 204', async () => {
    const bytes = await (await fetch(`${main.url}/json`)).arrayBuffer()
    expect(JSON.parse(Buffer.from(bytes).toString('utf8'))).toEqual({ hello: 'wörld' })
    const empty = await fetch(`${main.url}/empty`, { method: 'DELETE' })
    expect(empty.status).toBe(204)
    expect(empty.body).toBeNull()
    expect(await empty.text()).toBe('')
  })

  it('gives an error status as a response, not a rejection', async () => {
    const res = await fetch(`${main.url}/nothing`)
    expect(res.status).toBe(404)
    expect(res.ok).toBe(false)
    expect(await res.text()).toBe('no such path')
  })

  it('follows redirects as fetch does: a 303 becomes a GET without a body, a 307 keeps both', async () => {
    const seeOther = await fetch(`${main.url}/see-other`, { method: 'POST', body: 'x' })
    const a = (await seeOther.json()) as { method: string; body: string }
    expect(a).toMatchObject({ method: 'GET', body: '' })
    expect(seeOther.url).toBe(`${main.url}/echo?after=303`)
    expect(seeOther.redirected).toBe(true)
    const moved = await fetch(`${main.url}/moved`, { method: 'POST', body: 'kept' })
    expect(await moved.json()).toMatchObject({ method: 'POST', body: 'kept' })
  })

  it('drops the Authorization header when a redirect leaves the origin', async () => {
    const res = await fetch(`${main.url}/away`, { headers: { authorization: 'token secret', 'x-kept': 'yes' } })
    const echo = (await res.json()) as { headers: Record<string, string> }
    expect(res.url).toBe(`${other.url}/echo`)
    expect(echo.headers['x-kept']).toBe('yes')
    expect(echo.headers.authorization).toBeUndefined()
  })

  it("refuses a redirect under redirect: 'error', returns it under 'manual', and stops a redirect loop", async () => {
    await expect(fetch(`${main.url}/moved`, { redirect: 'error' })).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' })
    const manual = await fetch(`${main.url}/moved`, { redirect: 'manual' })
    expect(manual.status).toBe(307)
    expect(manual.headers.get('location')).toBe('/echo?after=307')
    await expect(fetch(`${main.url}/loop`)).rejects.toMatchObject({ message: 'fetch failed', cause: expect.objectContaining({ message: 'redirect count exceeded' }) })
  })

  it("rejects with the signal's reason: aborted before, while waiting for the answer, and on a timeout", async () => {
    const before = new AbortController()
    before.abort(new Error('stopped early'))
    await expect(fetch(`${main.url}/json`, { signal: before.signal })).rejects.toThrow('stopped early')

    const during = new AbortController()
    const waiting = fetch(`${main.url}/hang`, { signal: during.signal })
    while (hung.length === 0) await new Promise((r) => setTimeout(r, 5))
    during.abort()
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' })
    // The request's connection is closed, so the server's answer goes nowhere.
    await new Promise<void>((r) => (hung[0].socket?.destroyed ? r() : hung[0].once('close', () => r())))

    await expect(fetch(`${main.url}/hang`, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it("fails as fetch fails: TypeError('fetch failed') with the network error as its cause", async () => {
    const closed = await listen(() => undefined)
    const port = (closed.server.address() as AddressInfo).port
    await new Promise((r) => closed.server.close(r))
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: expect.objectContaining({ code: 'ECONNREFUSED' }) })
    await expect(fetch('not a url')).rejects.toThrow(TypeError)
  })

  it('rejects reading a body whose connection drops half way', async () => {
    const res = await fetch(`${main.url}/half`)
    expect(res.status).toBe(200)
    await expect(res.text()).rejects.toThrow(TypeError)
  })

  it('keeps the connection alive between calls, and never sends a request twice when its connection drops', async () => {
    const server = await listen((req, res) => {
      // The third request on a connection finds it dropped (applied or not, the client cannot tell).
      const socket = req.socket as Socket & { n?: number }
      socket.n = (socket.n ?? 0) + 1
      if (socket.n === 3) return req.socket.destroy()
      res.writeHead(200, { 'content-type': 'text/plain' }).end(String(socket.n))
    })
    try {
      expect(await (await fetch(`${server.url}/a`)).text()).toBe('1')
      expect(await (await fetch(`${server.url}/b`)).text()).toBe('2')
      expect(server.sockets.size).toBe(1)
      await expect(fetch(`${server.url}/c`, { method: 'POST', body: 'x' })).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' })
      expect(server.seen.filter((s) => s.url === '/c')).toHaveLength(1)
    } finally {
      for (const s of server.sockets) s.destroy()
      await new Promise((r) => server.server.close(r))
    }
  })

  it("closes an idle connection a second before the server's Keep-Alive timeout, and the next call opens a new one", async () => {
    const server = await listen((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'))
    server.server.keepAliveTimeout = 2_000 // announced as Keep-Alive: timeout=2
    try {
      const first = await fetch(`${server.url}/a`)
      expect(first.headers.get('keep-alive')).toBe('timeout=2')
      await first.text()
      const [socket] = server.sockets
      await new Promise<void>((r) => socket.once('close', () => r()))
      expect(await (await fetch(`${server.url}/b`)).text()).toBe('ok')
      expect(server.sockets.size).toBe(2)
    } finally {
      for (const s of server.sockets) s.destroy()
      await new Promise((r) => server.server.close(r))
    }
  })

  it('hands a body it does not implement (FormData) to the fallback fetch', async () => {
    const calls: unknown[] = []
    const withFallback = createHttpFetch(async (input, init) => {
      calls.push([input, init?.body])
      return new Response('from the fallback')
    })
    const form = new FormData()
    form.append('file', new Blob(['x']), 'x.txt')
    expect(await (await withFallback(`${main.url}/echo`, { method: 'POST', body: form })).text()).toBe('from the fallback')
    expect(calls).toHaveLength(1)
  })

  it('says when each request has left for the server: not at the call, once per hop, before the answer; a fallback request at its call', async () => {
    const events: string[] = []
    const watched = createHttpFetch(async () => new Response('from the fallback'), { onSent: () => events.push('sent') })
    const pending = watched(`${main.url}/echo`, { method: 'POST', body: 'x' })
    events.push('called')
    const response = await pending
    events.push(`answered ${response.status}`)
    expect(events).toEqual(['called', 'sent', 'answered 200'])

    events.length = 0
    await watched(`${main.url}/see-other`, { method: 'POST', body: 'x' })
    expect(events).toEqual(['sent', 'sent'])

    events.length = 0
    const form = new FormData()
    form.append('a', 'b')
    const viaFallback = watched(`${main.url}/echo`, { method: 'POST', body: form })
    expect(events).toEqual(['sent'])
    expect(await (await viaFallback).text()).toBe('from the fallback')
  })
})

describe('the SDKs over the node:http fetch, against the sandbox', () => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox()
  })
  afterAll(async () => {
    await sandbox.close()
  })

  it('Octokit reads a pull request, and a missing one is a 404 RequestError', async () => {
    const github = createGitHubClient(sandbox.tokens.github, sandbox.githubUrl, 10_000, createHttpFetch())
    const pr = await github.rest.pulls.get({ owner: 'octo-org', repo: 'web', pull_number: 12 })
    expect(pr.status).toBe(200)
    expect(pr.data.number).toBe(12)
    expect(pr.headers['content-type']).toContain('application/json')
    await expect(github.rest.pulls.get({ owner: 'octo-org', repo: 'web', pull_number: 999_999 })).rejects.toMatchObject({ status: 404 })
  })

  it('@slack/web-api reads the channel and adds a reaction, and a Slack error keeps its code', async () => {
    const slack = createSlackClient(sandbox.tokens.slack, sandbox.slackUrl, 10_000, createHttpFetch())
    const history = (await slack.conversations.history({ channel: DEMO.channel, limit: 10 })) as { ok: boolean; messages: Array<{ ts: string }> }
    expect(history.ok).toBe(true)
    expect(history.messages).toHaveLength(10)
    const ts = history.messages[0].ts
    expect((await slack.reactions.add({ channel: DEMO.channel, timestamp: ts, name: 'merged' })).ok).toBe(true)
    await expect(slack.reactions.add({ channel: DEMO.channel, timestamp: ts, name: 'merged' })).rejects.toMatchObject({ data: expect.objectContaining({ error: 'already_reacted' }) })
    expect(sandbox.callsTo('slack', '/reactions.add').filter((c) => c.status === 200)).toHaveLength(2)
  })
})
