import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { LogLevel, WebClient, type WebAPICallResult } from '@slack/web-api'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'

let sandbox: Sandbox
let slack: WebClient

const clientFor = (token: string | undefined): WebClient =>
  new WebClient(token, {
    slackApiUrl: sandbox.slackUrl,
    retryConfig: { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 50 },
    timeout: 2000,
    logLevel: LogLevel.ERROR // the SDK's retry chatter is expected here
  })

beforeAll(async () => {
  sandbox = await startSandbox()
  slack = clientFor(sandbox.tokens.slack)
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => sandbox.reset())

/** The Slack error code a call fails with (`data.error` of the SDK's platform error). */
async function slackError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (err) {
    const e = err as { code?: string; data?: { error?: string }; statusCode?: number }
    return e.data?.error ?? `${e.code}:${e.statusCode}`
  }
  throw new Error('expected the call to fail')
}

const channel = DEMO.channel
const messageAt = (ts: string) => sandbox.state.slack.channels[channel]?.messages.find((m) => m.ts === ts)

describe('auth', () => {
  it('answers auth.test with the bot identity', async () => {
    const res = await slack.auth.test()
    expect(res).toMatchObject({ ok: true, user_id: DEMO.botUserId })
  })

  it('says invalid_auth for a wrong token and not_authed for none', async () => {
    expect(await slackError(clientFor('xoxb-wrong').auth.test())).toBe('invalid_auth')
    expect(await slackError(clientFor(undefined).conversations.history({ channel }))).toBe('not_authed')
  })

  it('accepts the token as a form field too', async () => {
    const res = await fetch(`${sandbox.slackUrl}auth.test`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${sandbox.tokens.slack}`
    })
    expect(await res.json()).toMatchObject({ ok: true })
  })
})

describe('conversations.history', () => {
  it('lists the seed newest first with the existing merged reaction', async () => {
    const res = await slack.conversations.history({ channel, limit: 10 })
    expect(res.messages?.map((m) => m.ts)).toEqual(DEMO.messages.map((m) => m.ts))
    expect(res.has_more).toBe(false)
    const already = res.messages?.find((m) => m.reactions?.some((r) => r.name === 'merged'))
    expect(already?.ts).toBe(DEMO.messages.find((m) => m.alreadyMerged)?.ts)
    expect(res.messages?.[0]).toMatchObject({ type: 'message', user: expect.any(String), text: expect.stringContaining('<https://github.com/octo-org/web/pull/12|#12>') })
  })

  it('paginates with cursors', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const res = await slack.conversations.history({ channel, limit: 3, cursor })
      seen.push(...(res.messages ?? []).map((m) => m.ts as string))
      cursor = res.response_metadata?.next_cursor || undefined
      expect(res.has_more).toBe(cursor !== undefined)
      pages++
    } while (cursor)
    expect(pages).toBe(4)
    expect(seen).toEqual(DEMO.messages.map((m) => m.ts))
  })

  it('rejects unknown channels, missing channels and bad cursors', async () => {
    expect(await slackError(slack.conversations.history({ channel: 'C0NOPE' }))).toBe('channel_not_found')
    expect(await slackError(slack.apiCall('conversations.history', {}))).toBe('invalid_arguments')
    expect(await slackError(slack.conversations.history({ channel, cursor: 'garbage' }))).toBe('invalid_cursor')
  })
})

describe('reactions', () => {
  const target = DEMO.newlyMergedTs[0] as string

  it('adds a reaction once, then says already_reacted', async () => {
    await expect(slack.reactions.add({ channel, timestamp: target, name: 'merged' })).resolves.toMatchObject({ ok: true })
    expect(await slackError(slack.reactions.add({ channel, timestamp: target, name: 'merged' }))).toBe('already_reacted')
    expect(messageAt(target)?.reactions).toEqual([{ name: 'merged', users: [DEMO.botUserId] }])
    const got = await slack.reactions.get({ channel, timestamp: target })
    expect((got as WebAPICallResult & { message: { reactions: unknown[] } }).message.reactions).toEqual([{ name: 'merged', users: [DEMO.botUserId], count: 1 }])
  })

  it('counts the seeded merged reaction as the bot’s own', async () => {
    const ts = DEMO.messages.find((m) => m.alreadyMerged)?.ts as string
    expect(await slackError(slack.reactions.add({ channel, timestamp: ts, name: 'merged' }))).toBe('already_reacted')
  })

  it('is strict about arguments', async () => {
    expect(await slackError(slack.reactions.add({ channel, timestamp: target, name: ':merged:' }))).toBe('invalid_name')
    expect(await slackError(slack.reactions.add({ channel, timestamp: '1.000000', name: 'merged' }))).toBe('message_not_found')
    expect(await slackError(slack.reactions.add({ channel: 'C0NOPE', timestamp: target, name: 'merged' }))).toBe('channel_not_found')
    expect(await slackError(slack.apiCall('reactions.add', { channel, timestamp: target }))).toBe('invalid_arguments')
    expect(messageAt(target)?.reactions).toEqual([])
  })
})

describe('chat.postMessage', () => {
  it('returns ever-increasing ts above every seeded one, newest first in history', async () => {
    const a = await slack.chat.postMessage({ channel, text: 'one' })
    const b = await slack.chat.postMessage({ channel, text: 'two' })
    expect(a).toMatchObject({ ok: true, channel, message: { text: 'one', user: DEMO.botUserId } })
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts))
    expect(Number(a.ts)).toBeGreaterThan(Number(DEMO.messages[0]?.ts))
    expect(a.ts).toMatch(/^\d+\.\d{6}$/)
    const history = await slack.conversations.history({ channel, limit: 2 })
    expect(history.messages?.map((m) => m.text)).toEqual(['two', 'one'])
  })

  it('posts to another channel, by id or by name', async () => {
    const byName = await slack.chat.postMessage({ channel: '#random', text: 'elsewhere' })
    expect(byName.channel).toBe(DEMO.otherChannel)
    expect(sandbox.state.slack.channels[DEMO.otherChannel]?.messages[0]?.text).toBe('elsewhere')
    expect(sandbox.state.slack.channels[channel]?.messages).toHaveLength(10)
  })

  it('threads replies under existing messages only', async () => {
    const parent = DEMO.messages[3]?.ts as string
    const reply = await slack.chat.postMessage({ channel, text: 'in thread', thread_ts: parent })
    expect(reply.message?.thread_ts).toBe(parent)
    const replies = await slack.conversations.replies({ channel, ts: parent })
    expect(replies.messages?.map((m) => m.ts)).toEqual([parent, reply.ts])
    const history = await slack.conversations.history({ channel })
    expect(history.messages).toHaveLength(10) // replies stay out of history
    expect(history.messages?.find((m) => m.ts === parent)).toMatchObject({ reply_count: 1, thread_ts: parent })
    expect(await slackError(slack.chat.postMessage({ channel, text: 'x', thread_ts: '1.000001' }))).toBe('thread_not_found')
  })

  it('needs text or blocks and a known channel', async () => {
    expect(await slackError(slack.apiCall('chat.postMessage', { channel }))).toBe('no_text')
    expect(await slackError(slack.chat.postMessage({ channel: 'C0NOPE', text: 'x' }))).toBe('channel_not_found')
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'hi' } }]
    const res = await slack.chat.postMessage({ channel, blocks, text: 'fallback' })
    expect(res.message?.blocks).toEqual(blocks)
  })

  it('records form bodies as string fields', async () => {
    await slack.chat.postMessage({ channel, text: 'recorded', unfurl_links: false })
    const [call] = sandbox.callsTo('slack', '/chat.postMessage')
    expect(call?.body).toMatchObject({ channel, text: 'recorded', unfurl_links: 'false' })
  })
})

describe('unknown methods and faults', () => {
  it('answers unknown methods with 404 unknown_method', async () => {
    const res = await fetch(`${sandbox.slackUrl}nope.nope`, { method: 'POST', headers: { authorization: `Bearer ${sandbox.tokens.slack}` } })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ ok: false, error: 'unknown_method' })
  })

  it('retries a 429 with Retry-After through the SDK and applies the call once', async () => {
    sandbox.inject({ service: 'slack', kind: 'status', status: 429, retryAfter: 1, path: '/reactions.add' })
    const target = DEMO.newlyMergedTs[1] as string
    const started = Date.now()
    await expect(slack.reactions.add({ channel, timestamp: target, name: 'merged' })).resolves.toMatchObject({ ok: true })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(messageAt(target)?.reactions).toEqual([{ name: 'merged', users: [DEMO.botUserId] }])
    const calls = sandbox.callsTo('slack', '/reactions.add')
    expect(calls.map((c) => [c.status, c.fault])).toEqual([
      [429, 'status'],
      [200, undefined]
    ])
  })

  it('duplicates a post when its response is lost and the SDK retries (drop-after)', async () => {
    sandbox.inject({ service: 'slack', kind: 'drop-after', path: '/chat.postMessage' })
    const res = await slack.chat.postMessage({ channel, text: 'at least once' })
    expect(res.ok).toBe(true)
    const copies = sandbox.state.slack.channels[channel]?.messages.filter((m) => m.text === 'at least once')
    expect(copies).toHaveLength(2)
  })
})
