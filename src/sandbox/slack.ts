import type { SandboxRequest, SandboxResponse, ServiceHandler } from './types.js'
import type { SandboxState, SlackChannelState, SlackMessageMetadata, SlackMessageState, SlackState } from './state.js'

export interface SlackFakeOptions {
  /** The one token the fake accepts. */
  token: string
  /** Milliseconds since the epoch; new message ts derive from it. */
  now?: () => number
}

type SlackResult = { ok: true; [key: string]: unknown } | { ok: false; error: string; [key: string]: unknown }
type Args = Record<string, unknown>

interface MethodContext {
  args: Args
  slack: SlackState
  nextTs: () => string
}

type Method = (ctx: MethodContext) => SlackResult

const fail = (error: string): SlackResult => ({ ok: false, error })

/** Slack arguments arrive as form strings or JSON values; read them as strings either way. */
function str(args: Args, key: string): string | undefined {
  const value = args[key]
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

const TS = /^(\d+)\.(\d{6})$/

/** A ts as an exact integer of microseconds, so ordering never suffers float rounding. */
function tsKey(ts: string): bigint {
  const match = TS.exec(ts)
  return match ? BigInt(match[1] as string) * 1_000_000n + BigInt(match[2] as string) : -1n
}

function tsFromKey(key: bigint): string {
  return `${key / 1_000_000n}.${String(key % 1_000_000n).padStart(6, '0')}`
}

const newestFirst = (a: SlackMessageState, b: SlackMessageState): number => (tsKey(b.ts) > tsKey(a.ts) ? 1 : tsKey(b.ts) < tsKey(a.ts) ? -1 : 0)

const isReply = (m: SlackMessageState): boolean => m.thread_ts !== undefined && m.thread_ts !== m.ts

/** Channel ids work everywhere; names (`#deploys`, `deploys`) only where Slack takes them too. */
function findChannel(slack: SlackState, channel: string | undefined, allowName = false): SlackChannelState | undefined {
  if (!channel) return undefined
  const byId = slack.channels[channel]
  if (byId || !allowName) return byId
  const name = channel.replace(/^#/, '')
  return Object.values(slack.channels).find((c) => c.name === name)
}

/** Metadata is listed only when asked for with `include_all_metadata`, as Slack does. */
function withMetadata(args: Args, channel: SlackChannelState, m: SlackMessageState, json: ReturnType<typeof messageJson>) {
  const wanted = ['1', 'true'].includes(str(args, 'include_all_metadata') ?? '')
  return wanted && m.metadata ? { ...json, metadata: m.metadata } : json
}

function messageJson(slack: SlackState, channel: SlackChannelState, m: SlackMessageState) {
  const replies = channel.messages.filter((r) => isReply(r) && r.thread_ts === m.ts)
  return {
    type: 'message',
    user: m.user,
    ...(m.user === slack.bot_user_id ? { bot_id: slack.bot_id } : {}),
    text: m.text,
    ts: m.ts,
    team: slack.team_id,
    ...(m.blocks !== undefined ? { blocks: m.blocks } : {}),
    ...(isReply(m) ? { thread_ts: m.thread_ts, parent_user_id: channel.messages.find((p) => p.ts === m.thread_ts)?.user } : {}),
    ...(replies.length > 0 ? { thread_ts: m.ts, reply_count: replies.length, latest_reply: replies.map((r) => r.ts).sort((a, b) => (tsKey(a) < tsKey(b) ? 1 : -1))[0] } : {}),
    ...(m.reactions.length > 0 ? { reactions: m.reactions.map((r) => ({ name: r.name, users: [...r.users], count: r.users.length })) } : {})
  }
}

// Cursors look like Slack's own: base64 of `next_ts:<ts>`, the first message of the next page.
const encodeCursor = (ts: string): string => Buffer.from(`next_ts:${ts}`).toString('base64')
function decodeCursor(cursor: string): bigint | undefined {
  const match = /^next_ts:(\d+\.\d{6})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  return match ? tsKey(match[1] as string) : undefined
}

/** `limit` as Slack reads it: default when absent or 0, capped at the method's maximum. */
function readLimit(args: Args, fallback: number, max: number): number | undefined {
  const raw = str(args, 'limit')
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw)) return undefined
  const n = Number(raw)
  return n === 0 ? fallback : Math.min(n, max)
}

/** One page of `ordered` starting at the cursor, with Slack's pagination fields. */
function page(
  args: Args,
  ordered: SlackMessageState[],
  fallbackLimit: number,
  startsAt: (m: SlackMessageState, cursor: bigint) => boolean
): { items: SlackMessageState[]; more: Record<string, unknown> } | SlackResult {
  const limit = readLimit(args, fallbackLimit, 1000)
  if (limit === undefined) return fail('invalid_limit')
  const cursorArg = str(args, 'cursor')
  let start = 0
  if (cursorArg) {
    const cursor = decodeCursor(cursorArg)
    if (cursor === undefined) return fail('invalid_cursor')
    start = ordered.findIndex((m) => startsAt(m, cursor))
    if (start < 0) start = ordered.length
  }
  const items = ordered.slice(start, start + limit)
  const next = ordered[start + limit]
  return {
    items,
    more: { has_more: next !== undefined, ...(next ? { response_metadata: { next_cursor: encodeCursor(next.ts) } } : {}) }
  }
}

/** oldest/latest/inclusive, as history and replies take them. */
function inWindow(args: Args): (m: SlackMessageState) => boolean {
  const oldest = str(args, 'oldest')
  const latest = str(args, 'latest')
  const inclusive = ['1', 'true'].includes(str(args, 'inclusive') ?? '')
  const lo = oldest ? tsKey(oldest.includes('.') ? oldest : `${oldest}.000000`) : undefined
  const hi = latest ? tsKey(latest.includes('.') ? latest : `${latest}.000000`) : undefined
  return (m) => {
    const k = tsKey(m.ts)
    if (lo !== undefined && (inclusive ? k < lo : k <= lo)) return false
    if (hi !== undefined && (inclusive ? k > hi : k >= hi)) return false
    return true
  }
}

/** Emoji names as Slack stores them: lowercase, no surrounding colons, optional skin tone. */
const EMOJI_NAME = /^[a-z0-9+'_-]{1,100}(::skin-tone-[2-6])?$/

const METHODS: Record<string, Method> = {
  'auth.test': ({ slack }) => ({
    ok: true,
    url: 'https://sandbox.slack.com/',
    team: 'Sandbox',
    user: 'coordinator',
    team_id: slack.team_id,
    user_id: slack.bot_user_id,
    bot_id: slack.bot_id,
    is_enterprise_install: false
  }),

  'conversations.history': ({ args, slack }) => {
    const channelId = str(args, 'channel')
    if (!channelId) return fail('invalid_arguments')
    const channel = findChannel(slack, channelId)
    if (!channel) return fail('channel_not_found')
    // History lists thread parents only; replies come from conversations.replies.
    const ordered = channel.messages
      .filter((m) => !isReply(m))
      .filter(inWindow(args))
      .sort(newestFirst)
    const result = page(args, ordered, 100, (m, cursor) => tsKey(m.ts) <= cursor)
    if ('ok' in result) return result
    return {
      ok: true,
      messages: result.items.map((m) => withMetadata(args, channel, m, messageJson(slack, channel, m))),
      ...result.more,
      pin_count: 0,
      channel_actions_count: 0
    }
  },

  'conversations.replies': ({ args, slack }) => {
    const channelId = str(args, 'channel')
    const ts = str(args, 'ts')
    if (!channelId || !ts) return fail('invalid_arguments')
    const channel = findChannel(slack, channelId)
    if (!channel) return fail('channel_not_found')
    const target = channel.messages.find((m) => m.ts === ts)
    if (!target) return fail('thread_not_found')
    const root = target.thread_ts ?? target.ts
    const ordered = channel.messages
      .filter((m) => m.ts === root || m.thread_ts === root)
      .filter(inWindow(args))
      .sort((a, b) => -newestFirst(a, b))
    const result = page(args, ordered, 1000, (m, cursor) => tsKey(m.ts) >= cursor)
    if ('ok' in result) return result
    return { ok: true, messages: result.items.map((m) => withMetadata(args, channel, m, messageJson(slack, channel, m))), ...result.more }
  },

  'reactions.add': ({ args, slack }) => {
    const channelId = str(args, 'channel')
    const timestamp = str(args, 'timestamp')
    const name = str(args, 'name')
    if (!channelId || !timestamp || !name) return fail('invalid_arguments')
    const channel = findChannel(slack, channelId)
    if (!channel) return fail('channel_not_found')
    if (!EMOJI_NAME.test(name)) return fail('invalid_name')
    const message = channel.messages.find((m) => m.ts === timestamp)
    if (!message) return fail('message_not_found')
    const reaction = message.reactions.find((r) => r.name === name)
    if (reaction?.users.includes(slack.bot_user_id)) return fail('already_reacted')
    if (reaction) reaction.users.push(slack.bot_user_id)
    else message.reactions.push({ name, users: [slack.bot_user_id] })
    return { ok: true }
  },

  'reactions.get': ({ args, slack }) => {
    const channelId = str(args, 'channel')
    const timestamp = str(args, 'timestamp')
    if (!channelId || !timestamp) return fail('invalid_arguments')
    const channel = findChannel(slack, channelId)
    if (!channel) return fail('channel_not_found')
    const message = channel.messages.find((m) => m.ts === timestamp)
    if (!message) return fail('message_not_found')
    return { ok: true, type: 'message', channel: channel.id, message: messageJson(slack, channel, message) }
  },

  'chat.postMessage': ({ args, slack, nextTs }) => {
    const channel = findChannel(slack, str(args, 'channel'), true)
    if (!channel) return fail('channel_not_found')
    const text = str(args, 'text') ?? ''
    const blocks = parseBlocks(args.blocks)
    if (blocks === null) return fail('invalid_blocks')
    const metadata = parseMetadata(args.metadata)
    if (metadata === null) return fail('invalid_metadata_format')
    if (text.trim() === '' && blocks === undefined && args.attachments === undefined) return fail('no_text')
    if (text.length > 40000) return fail('msg_too_long')
    const threadTs = str(args, 'thread_ts')
    let root: string | undefined
    if (threadTs) {
      const parent = channel.messages.find((m) => m.ts === threadTs)
      if (!parent) return fail('thread_not_found')
      root = parent.thread_ts ?? parent.ts // a reply's ts threads under its parent, as in Slack
    }
    const message: SlackMessageState = {
      ts: nextTs(),
      text,
      user: slack.bot_user_id,
      ...(root ? { thread_ts: root } : {}),
      ...(blocks !== undefined ? { blocks } : {}),
      ...(metadata !== undefined ? { metadata } : {}),
      reactions: []
    }
    channel.messages.push(message)
    channel.messages.sort(newestFirst)
    return { ok: true, channel: channel.id, ts: message.ts, message: messageJson(slack, channel, message) }
  }
}

/** Blocks come JSON-encoded in form bodies and as arrays in JSON bodies; null means malformed. */
function parseBlocks(value: unknown): unknown[] | undefined | null {
  if (value === undefined || value === '') return undefined
  let parsed: unknown = value
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown
    } catch {
      return null
    }
  }
  return Array.isArray(parsed) ? parsed : null
}

/** `{ event_type, event_payload }`, JSON-encoded in form bodies; null means malformed. */
function parseMetadata(value: unknown): SlackMessageMetadata | undefined | null {
  if (value === undefined || value === '') return undefined
  let parsed: unknown = value
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown
    } catch {
      return null
    }
  }
  const m = parsed as Partial<SlackMessageMetadata> | null
  if (!m || typeof m !== 'object' || typeof m.event_type !== 'string' || !m.event_payload || typeof m.event_payload !== 'object') return null
  return { event_type: m.event_type, event_payload: m.event_payload }
}

/** Form fields and query parameters both carry arguments in Slack's Web API. */
function readArgs(req: SandboxRequest): Args {
  const args: Args = Object.fromEntries(req.query.entries())
  if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) Object.assign(args, req.body)
  return args
}

function presentedToken(req: SandboxRequest, args: Args): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
  if (match) return match[1]
  return str(args, 'token')
}

/** The Slack Web API fake over `state.slack`: HTTP 200 with `ok`/`error`, as Slack answers. */
export function createSlackFake(state: SandboxState, opts: SlackFakeOptions): ServiceHandler {
  const now = opts.now ?? (() => Date.now())

  /** A ts after every ts in the workspace, so posts order the way Slack's clock would. */
  const nextTs = (): string => {
    let max = BigInt(Math.floor(now())) * 1000n
    for (const channel of Object.values(state.slack.channels)) {
      for (const m of channel.messages) {
        const k = tsKey(m.ts)
        if (k >= max) max = k + 1n
      }
    }
    return tsFromKey(max)
  }

  return (req): SandboxResponse => {
    const name = req.path.replace(/^\/+/, '')
    const method = METHODS[name]
    const headers = { 'x-oauth-scopes': 'channels:history,channels:read,chat:write,reactions:read,reactions:write' }
    if (!method) return { status: 404, headers, body: fail('unknown_method') }

    const args = readArgs(req)
    const token = presentedToken(req, args)
    if (!token) return { status: 200, headers, body: fail('not_authed') }
    if (token !== opts.token) return { status: 200, headers, body: fail('invalid_auth') }

    return { status: 200, headers, body: method({ args, slack: state.slack, nextTs }) }
  }
}
