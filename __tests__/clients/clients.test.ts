import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Clients } from '../../src/clients/index.js'

// The order the clients are built in, observed through the fetch they are given (a unit:
// the integration tests run the same clients against the sandbox).
describe('Clients, built on first use', () => {
  const log: string[] = []
  const realFetch = globalThis.fetch
  // Modules loaded beforehand, so the order observed is that of the work Clients schedules,
  // not of how long each SDK takes to load.
  beforeAll(async () => {
    await Promise.all([import('../../src/clients/slack.js'), import('../../src/clients/github.js'), import('../../src/clients/proxy.js')])
  })
  beforeEach(() => {
    log.length = 0
    globalThis.fetch = (async (input: string | URL | Request) => {
      log.push(`request ${new URL(input instanceof Request ? input.url : String(input)).pathname}`)
      return new Response(JSON.stringify({ ok: true, url: 'https://t.slack.com/', team: 'T', user: 'bot', team_id: 'T1', user_id: 'U1' }), { headers: { 'content-type': 'application/json' } })
    }) as typeof fetch
  })
  afterEach(() => {
    globalThis.fetch = realFetch
  })

  // The clients' fetch, routed to the stub above (their default is the node:http one).
  const settings = { githubToken: 'ghs_x', slackToken: 'xoxb-x', slackApiUrl: 'http://slack.test/api/', env: {}, fetch: ((input, init) => globalThis.fetch(input, init)) as typeof fetch }

  it('sends the first Slack request before it builds Octokit asked for at the same time', async () => {
    const clients = new Clients(settings)
    const slack = clients.slack()
    const github = clients.github().then((g) => (log.push('github built'), g))
    const client = await slack
    // The tool checks its input and guards before it sends: a turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve))
    expect((await client.auth.test()).ok).toBe(true)
    await github
    expect(log).toEqual(['request /api/auth.test', 'github built'])
  })

  it('still builds the next client when the first one never sends a request', async () => {
    const clients = new Clients(settings)
    await clients.slack()
    const github = await clients.github()
    expect(typeof github.rest.pulls.get).toBe('function')
    expect(log).toEqual([])
  })

  it('builds each client once', async () => {
    const clients = new Clients(settings)
    const [a, b] = await Promise.all([clients.slack(), clients.slack()])
    expect(a).toBe(b)
    expect(await clients.github()).toBe(await clients.github())
  })

  it('rejects a missing token with what to set, and builds nothing', async () => {
    const clients = new Clients({ slackApiUrl: 'http://slack.test/api/' })
    await expect(clients.github()).rejects.toThrow('github-token is empty')
    await expect(clients.slack()).rejects.toThrow('set the slack-token input')
  })
})
