import * as z from 'zod/mini'
import type { WebClient } from '@slack/web-api'
import { defineTool, type ToolContext } from './define.js'
import { ToolError } from '../errors.js'
import { sleepUnlessAborted } from '../clients/cancel.js'

/** A Slack message as `slack.get_messages` returns it. */
export interface SlackMessage {
  channel: string
  ts: string
  text: string
  user: string | null
}

const channelId = z.string().check(z.regex(/^[A-Z0-9]{2,}$/, 'a Slack channel id like C0123456789'), z.describe('Channel id, e.g. C0123456789'))
const ts = z.string().check(z.regex(/^\d+\.\d+$/, 'a Slack message timestamp like 1712345678.000100'))

function channelOf(given: string | undefined, ctx: ToolContext, tool: string): string {
  const channel = given ?? ctx.slackChannel
  if (!channel) throw new ToolError('no channel given and the workflow has no slack.channel: pass channel or set slack.channel in the config', tool)
  return channel
}

/** Slack answers `{ ok: false, error }`; the SDK throws with `data.error`. Keep that code in the message. */
function slackErrorCode(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error
}

export const getMessages = defineTool({
  name: 'slack.get_messages',
  description: "The channel's latest messages, newest first, each { channel, ts, text, user }.",
  input: z.strictObject({
    limit: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(200)), 10).check(z.describe('How many messages, newest first (default 10)')),
    channel: z.optional(channelId).check(z.describe("Channel id (default the config's slack.channel)"))
  }),
  params: ['limit', 'channel'],
  returns: 'newest first: `{ channel, ts, text, user }`',
  outputType: 'SlackMessage[]',
  mutates: false,
  target: (input, ctx) => {
    const channel = channelOf(input.channel, ctx, 'slack.get_messages')
    return { kind: 'slack_channel', value: channel, label: channel }
  },
  async run(input, ctx): Promise<SlackMessage[]> {
    const channel = channelOf(input.channel, ctx, 'slack.get_messages')
    const answer = await (await ctx.slack()).conversations.history({ channel, limit: input.limit })
    return (answer.messages ?? []).slice(0, input.limit).map((m) => ({
      channel,
      ts: m.ts ?? '',
      text: m.text ?? '',
      user: m.user ?? m.bot_id ?? null
    }))
  }
})

export const addReacji = defineTool({
  name: 'slack.add_reacji',
  description: 'Add an emoji reaction to a message. Already there counts as done.',
  input: z.strictObject({
    message: z.looseObject({ channel: channelId, ts }).check(z.describe('The message, as slack.get_messages returns it (only channel and ts are used)')),
    name: z.string().check(z.regex(/^:?[a-z0-9_+'-]+:?$/, 'an emoji name like merged or :merged:'), z.describe('Emoji name without colons, e.g. merged'))
  }),
  params: ['message', 'name'],
  returns: '`{ ok: true }`; already there counts as done',
  outputType: '{ ok: true }',
  mutates: true,
  target: (input) => ({
    kind: 'slack_channel',
    value: input.message.channel,
    reaction: reactionName(input.name),
    label: `${input.message.channel} ${input.message.ts} :${reactionName(input.name)}:`
  }),
  async preview() {
    return { ok: true as const }
  },
  async run(input, ctx): Promise<{ ok: true }> {
    try {
      await (await ctx.slack()).reactions.add({ channel: input.message.channel, timestamp: input.message.ts, name: reactionName(input.name) })
    } catch (error) {
      // Idempotent by design: a retry after a lost answer, or a second run, finds it there.
      if (slackErrorCode(error) !== 'already_reacted') throw error
    }
    return { ok: true }
  }
})

function reactionName(name: string): string {
  return name.replace(/^:|:$/g, '')
}

export const postMessage = defineTool({
  name: 'slack.post_message',
  description: 'Post a message to a channel, or a reply in a thread when thread_ts is given.',
  input: z.strictObject({
    text: z.string().check(z.minLength(1), z.maxLength(40000), z.describe('Message text (Slack mrkdwn)')),
    channel: z.optional(channelId).check(z.describe("Channel id (default the config's slack.channel)")),
    thread_ts: z.optional(ts).check(z.describe('Reply in this thread'))
  }),
  params: ['text', 'channel', 'thread_ts'],
  returns: '`{ channel, ts }`',
  outputType: '{ channel: string; ts: string }',
  mutates: true,
  target: (input, ctx) => {
    const channel = channelOf(input.channel, ctx, 'slack.post_message')
    return { kind: 'slack_channel', value: channel, label: input.thread_ts ? `${channel} thread ${input.thread_ts}` : channel }
  },
  async preview(input, ctx) {
    return { channel: channelOf(input.channel, ctx, 'slack.post_message'), ts: 'dry-run' }
  },
  async run(input, ctx): Promise<{ channel: string; ts: string }> {
    const channel = channelOf(input.channel, ctx, 'slack.post_message')
    const client = await ctx.slack()
    const once = oneShotClient(client)
    const metadata = { event_type: POST_METADATA_EVENT, event_payload: { call_id: ctx.callId } }
    const since = Date.now()
    // Retried here, not by the SDK: a post whose answer was lost may have landed, so before
    // each new attempt we look for the message carrying this call's id instead of posting twice.
    for (let attempt = 1; ; attempt++) {
      // Cancelled by the workflow (timeout, failure, end): no new attempt.
      ctx.signal?.throwIfAborted()
      try {
        const answer = await once.chat.postMessage({ channel, text: input.text, metadata, ...(input.thread_ts ? { thread_ts: input.thread_ts } : {}) })
        return { channel: answer.channel ?? channel, ts: answer.ts ?? '' }
      } catch (error) {
        const kind = postFailure(error)
        // Cancelled by the workflow: no more attempts (its client's fetch refuses them too).
        if (kind === 'final' || ctx.signal?.aborted) throw error
        if (kind === 'unknown') {
          // A request that timed out may still be on its way in: give it time to land first.
          if (isTimeout(error)) await sleepUnlessAborted(Math.min(requestTimeoutOf(client), MAX_LANDING_GRACE_MS), ctx.signal)
          const earlier = await findPostedMessage(client, channel, input.thread_ts, ctx.callId, since).catch(() => undefined)
          if (earlier) return earlier
        }
        if (attempt >= POST_ATTEMPTS) throw error
        await sleepUnlessAborted(kind === 'rate-limited' ? Math.min(retryAfterOf(error), 60) * 1000 : Math.min(250 * 2 ** attempt, 4000), ctx.signal)
      }
    }
  }
})

/** The `event_type` of the metadata each post carries, with `event_payload.call_id`. */
export const POST_METADATA_EVENT = 'hybrid_coordinator'
const POST_ATTEMPTS = 4
const MAX_LANDING_GRACE_MS = 10_000

const oneShotClients = new WeakMap<WebClient, WebClient>()

/**
 * The same client with the SDK's retries off (and rate limits reported, not waited out), so
 * every retry of a post goes through the check above. Built from the shared client's own
 * class, so the SDK still loads only when a workflow uses Slack.
 */
function oneShotClient(client: WebClient): WebClient {
  // A stand-in without the SDK's machinery (a test fake) is used as it is.
  if (typeof (client as Partial<WebClient>).apiCall !== 'function') return client
  let once = oneShotClients.get(client)
  if (!once) {
    const Client = client.constructor as typeof WebClient
    once = new Client(client.token, {
      // The shared client's own fetch (its connections, its proxy), bound to the workflow's signal.
      fetch: (client as unknown as { fetchFn?: typeof fetch }).fetchFn,
      slackApiUrl: client.slackApiUrl,
      retryConfig: { retries: 0 },
      timeout: requestTimeoutOf(client),
      rejectRateLimitedCalls: true,
      logLevel: 'error' as never
    })
    oneShotClients.set(client, once)
  }
  return once
}

/** The shared client's per-request timeout (not public in the SDK's types). */
function requestTimeoutOf(client: WebClient): number {
  const timeout = (client as unknown as { timeout?: unknown }).timeout
  return typeof timeout === 'number' && timeout > 0 ? timeout : 30_000
}

/**
 * `rate-limited`: refused before it was applied, safe to send again; `unknown`: the post may
 * have landed (connection lost, timeout, 5xx, Slack's fatal_error); `final`: Slack said no.
 */
function postFailure(error: unknown): 'rate-limited' | 'unknown' | 'final' {
  const e = error as { code?: string; statusCode?: number; data?: { error?: string } }
  if (e.code === 'slack_webapi_rate_limited_error') return 'rate-limited'
  if (e.code === 'slack_webapi_request_error') return 'unknown'
  if (e.code === 'slack_webapi_http_error') return e.statusCode === 429 ? 'rate-limited' : (e.statusCode ?? 500) >= 500 ? 'unknown' : 'final'
  if (e.code === 'slack_webapi_platform_error') {
    const code = e.data?.error ?? ''
    if (code === 'ratelimited') return 'rate-limited'
    return ['fatal_error', 'internal_error', 'request_timeout', 'service_unavailable'].includes(code) ? 'unknown' : 'final'
  }
  return 'final'
}

function isTimeout(error: unknown): boolean {
  const original = (error as { original?: { name?: string } }).original
  return original?.name === 'TimeoutError' || original?.name === 'AbortError'
}

function retryAfterOf(error: unknown): number {
  const e = error as { retryAfter?: unknown; headers?: Record<string, string> }
  const value = typeof e.retryAfter === 'number' ? e.retryAfter : Number(e.headers?.['retry-after'])
  return Number.isFinite(value) && value >= 0 ? value : 1
}

/** The message an earlier attempt of this call posted, found by its metadata. */
async function findPostedMessage(client: WebClient, channel: string, threadTs: string | undefined, callId: string, since: number): Promise<{ channel: string; ts: string } | undefined> {
  // Minutes of slack for clock skew between this runner and Slack.
  const oldest = ((since - 5 * 60_000) / 1000).toFixed(6)
  let cursor: string | undefined
  for (let page = 0; page < 5; page++) {
    const args = { channel, oldest, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }
    const answer = threadTs ? await client.conversations.replies({ ...args, ts: threadTs }) : await client.conversations.history(args)
    const found = (answer.messages ?? []).find((m) => {
      const meta = (m as { metadata?: { event_type?: string; event_payload?: { call_id?: unknown } } }).metadata
      return meta?.event_type === POST_METADATA_EVENT && meta.event_payload?.call_id === callId
    })
    if (found?.ts) return { channel, ts: found.ts }
    cursor = answer.response_metadata?.next_cursor || undefined
    if (!cursor) return undefined
  }
  return undefined
}

export const slackTools = [getMessages, addReacji, postMessage]
