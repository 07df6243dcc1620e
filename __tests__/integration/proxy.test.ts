import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { reactedTs, runAgainstSandbox, useSandbox } from '../helpers/workspace.js'
import { startLoopbackProxy, type LoopbackProxy } from '../helpers/proxy.js'

// A self-hosted runner behind a proxy: the runner exports HTTP(S)_PROXY and NO_PROXY, and
// every API call must go through the proxy unless NO_PROXY exempts its host.
let sandbox: Sandbox
let proxy: LoopbackProxy
useSandbox({}, (s) => {
  sandbox = s
})
beforeAll(async () => {
  proxy = await startLoopbackProxy(Number(new URL(sandbox.githubUrl).port))
})
afterAll(async () => {
  await proxy.close()
})

describe('the action behind a proxy', () => {
  it('runs pr_merged with its GitHub and Slack calls all through the proxy', async () => {
    proxy.seen.length = 0
    const run = await runAgainstSandbox(sandbox, resolve('.'), {
      inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji', 'slack-api-url': 'http://slack.corp.test/slack/api/' },
      env: { GITHUB_API_URL: 'http://api.github.corp.test/github', HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: 'localhost,internal.corp.test' }
    })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(reactedTs(sandbox)).toEqual([...DEMO.expectMergedTs].sort())
    const targets = new Set(proxy.seen.map((s) => s.target))
    expect(targets).toEqual(new Set(['api.github.corp.test:80', 'slack.corp.test:80']))
    // Every call the sandbox answered came through the proxy (nothing reached it directly but via the tunnel).
    expect(sandbox.callsTo('slack', '/reactions.add').length).toBeGreaterThan(0)
  })

  it('sends nothing through the proxy for a host NO_PROXY names', async () => {
    proxy.seen.length = 0
    const run = await runAgainstSandbox(sandbox, resolve('.'), {
      inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji', 'slack-api-url': 'http://slack.corp.test/slack/api/' },
      env: { GITHUB_API_URL: 'http://api.github.corp.test/github', HTTP_PROXY: proxy.url, NO_PROXY: '.corp.test', HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS: '2000' }
    })
    // Direct, the made-up host cannot resolve: the run fails, and the proxy saw nothing.
    expect(run.exitCode).toBe(1)
    expect(proxy.seen).toEqual([])
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(0)
  }, 60_000)
})
