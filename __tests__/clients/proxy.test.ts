import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { bypassesProxy, proxyAwareFetch, proxyFor } from '../../src/clients/proxy.js'
import { Clients } from '../../src/clients/index.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { startLoopbackProxy, type LoopbackProxy } from '../helpers/proxy.js'

describe('which proxy a request takes (the runner toolkit rules)', () => {
  const url = (u: string) => new URL(u)

  it('https requests take HTTPS_PROXY, http ones HTTP_PROXY; lowercase names win', () => {
    const env = { HTTPS_PROXY: 'http://secure:3128', HTTP_PROXY: 'http://plain:3128' }
    expect(proxyFor(url('https://api.github.com/repos'), env)?.href).toBe('http://secure:3128/')
    expect(proxyFor(url('http://ghes.corp/api/v3'), env)?.href).toBe('http://plain:3128/')
    expect(proxyFor(url('https://slack.com/api/'), { ...env, https_proxy: 'http://lower:8080' })?.href).toBe('http://lower:8080/')
    expect(proxyFor(url('https://api.anthropic.com'), { HTTP_PROXY: 'http://plain:3128' })).toBeUndefined()
    expect(proxyFor(url('https://api.anthropic.com'), {})).toBeUndefined()
  })

  it('a proxy without a scheme is an HTTP proxy', () => {
    expect(proxyFor(url('https://api.github.com'), { HTTPS_PROXY: 'proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/')
    expect(proxyFor(url('https://api.github.com'), { HTTPS_PROXY: 'HTTP://Proxy.corp:3128' })?.href).toBe('http://proxy.corp:3128/')
  })

  it('a proxy value that is no URL is an error that says what was expected', () => {
    expect(() => proxyFor(url('https://api.github.com'), { HTTPS_PROXY: 'http://[bad' })).toThrow('the proxy variable for https requests is not a URL: expected http://host:port')
  })

  it('NO_PROXY: hosts, domains, host:port, *, case-insensitive, spaces around entries', () => {
    const env = (noProxy: string) => ({ HTTPS_PROXY: 'http://p:1', NO_PROXY: noProxy })
    expect(bypassesProxy(url('https://api.github.com'), env('api.github.com'))).toBe(true)
    expect(bypassesProxy(url('https://api.github.com'), env('github.com'))).toBe(true)
    expect(bypassesProxy(url('https://api.github.com'), env('.github.com'))).toBe(true)
    expect(bypassesProxy(url('https://api.github.com'), env('other.com, API.GitHub.com '))).toBe(true)
    expect(bypassesProxy(url('https://api.github.com'), env('api.github.com:443'))).toBe(true)
    expect(bypassesProxy(url('https://api.github.com'), env('api.github.com:8443'))).toBe(false)
    expect(bypassesProxy(url('https://slack.com'), env('*'))).toBe(true)
    // A suffix that is not a domain boundary does not match.
    expect(bypassesProxy(url('https://notgithub.com'), env('github.com'))).toBe(false)
    expect(bypassesProxy(url('https://api.github.com'), env(''))).toBe(false)
    expect(bypassesProxy(url('https://api.github.com'), { no_proxy: 'github.com', NO_PROXY: 'slack.com' })).toBe(true)
  })

  it('loopback always goes direct', () => {
    for (const u of ['http://localhost:4000', 'http://127.0.0.1:4000', 'http://[::1]:4000']) expect(proxyFor(url(u), { HTTP_PROXY: 'http://p:1' })).toBeUndefined()
  })
})

describe('proxyAwareFetch', () => {
  let sandbox: Sandbox
  let proxy: LoopbackProxy
  beforeAll(async () => {
    sandbox = await startSandbox()
    proxy = await startLoopbackProxy(Number(new URL(sandbox.githubUrl).port))
  })
  afterAll(async () => {
    await proxy.close()
    await sandbox.close()
  })
  beforeEach(() => {
    sandbox.reset()
    proxy.seen.length = 0
  })

  it("is Node's own fetch when no proxy is set: nothing extra is loaded", async () => {
    expect(await proxyAwareFetch({ NO_PROXY: 'github.com' })).toBe(globalThis.fetch)
  })

  it('sends a request through the proxy, with the credentials of the proxy URL', async () => {
    const fetch = await proxyAwareFetch({ HTTP_PROXY: proxy.url.replace('http://', 'http://runner:p%40ss@') })
    const res = await fetch('http://slack.example.test/slack/api/auth.test', { method: 'POST', headers: { authorization: `Bearer ${sandbox.tokens.slack}` } })
    expect(await res.json()).toMatchObject({ ok: true })
    expect(proxy.seen).toEqual([{ method: 'CONNECT', target: 'slack.example.test:80', authorization: `Basic ${Buffer.from('runner:p@ss').toString('base64')}` }])
  })

  it('NO_PROXY hosts and loopback go direct: the proxy sees none of them', async () => {
    const fetch = await proxyAwareFetch({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.test' })
    // Direct, so the name must resolve itself; .test never does, and nothing reached the proxy.
    const error = await fetch('http://slack.example.test/slack/api/auth.test', { method: 'POST' }).catch((e: Error) => e)
    expect((error as Error).message).toBe('fetch failed')
    expect(String((error as Error & { cause?: { code?: string } }).cause?.code)).toMatch(/ENOTFOUND|EAI_AGAIN/)
    const res = await fetch(`${sandbox.slackUrl}auth.test`, { method: 'POST', headers: { authorization: `Bearer ${sandbox.tokens.slack}` } })
    expect(res.status).toBe(200)
    expect(proxy.seen).toEqual([])
  })

  it("the caller's abort signal still ends a proxied request", async () => {
    const fetch = await proxyAwareFetch({ HTTP_PROXY: proxy.url })
    const controller = new AbortController()
    controller.abort(new Error('run cancelled'))
    await expect(fetch('http://slack.example.test/slack/api/auth.test', { method: 'POST', signal: controller.signal })).rejects.toThrow('run cancelled')
  })
})

describe('the real clients behind a proxy', () => {
  let sandbox: Sandbox
  let proxy: LoopbackProxy
  beforeAll(async () => {
    sandbox = await startSandbox()
    proxy = await startLoopbackProxy(Number(new URL(sandbox.githubUrl).port))
  })
  afterAll(async () => {
    await proxy.close()
    await sandbox.close()
  })

  it('Octokit, Slack and Anthropic all go through HTTP_PROXY, each to its own host', async () => {
    const clients = new Clients({
      githubToken: sandbox.tokens.github,
      githubApiUrl: 'http://api.github.test/github',
      slackToken: sandbox.tokens.slack,
      slackApiUrl: 'http://slack.test/slack/api/',
      anthropicApiKey: sandbox.tokens.anthropic,
      anthropicBaseUrl: 'http://api.anthropic.test/anthropic',
      env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }
    })
    const pull = await (await clients.github()).rest.pulls.get({ owner: 'octo-org', repo: 'web', pull_number: 12 })
    expect(pull.data.number).toBe(12)
    const auth = await (await clients.slack()).auth.test()
    expect(auth.ok).toBe(true)
    const models = await (await clients.anthropic()).models.list().catch((e: Error) => e)
    const targets = proxy.seen.map((s) => s.target)
    expect(targets).toContain('api.github.test:80')
    expect(targets).toContain('slack.test:80')
    // The Anthropic fake may or may not serve /v1/models; either way the request went through the proxy.
    expect(models).toBeDefined()
    expect(targets).toContain('api.anthropic.test:80')
    expect(proxy.seen.every((s) => s.method === 'CONNECT')).toBe(true)
  })
})
