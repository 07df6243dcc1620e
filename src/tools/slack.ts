import { z } from 'zod'
import { defineTool, type ToolContext } from './define.js'
import { ToolError } from '../errors.js'

/** A Slack message as `slack.get_messages` returns it. */
export interface SlackMessage {
  channel: string
  ts: string
  text: string
  user: string | null
}

const channelId = z.string().regex(/^[A-Z0-9]{2,}$/, 'a Slack channel id like C0123456789').describe('Channel id, e.g. C0123456789')
const ts = z.string().regex(/^\d+\.\d+$/, 'a Slack message timestamp like 1712345678.000100')

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
    limit: z.number().int().min(1).max(200).default(10).describe('How many messages, newest first (default 10)'),
    channel: channelId.optional().describe("Channel id (default the config's slack.channel)")
  }),
  params: ['limit', 'channel'],
  returns: 'newest first: `{ channel, ts, text, user }`',
  outputType: 'SlackMessage[]',
  mutates: false,
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
    message: z
      .looseObject({ channel: channelId, ts })
      .describe('The message, as slack.get_messages returns it (only channel and ts are used)'),
    name: z
      .string()
      .regex(/^:?[a-z0-9_+'-]+:?$/, 'an emoji name like merged or :merged:')
      .describe('Emoji name without colons, e.g. merged')
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
    text: z.string().min(1).max(40000).describe('Message text (Slack mrkdwn)'),
    channel: channelId.optional().describe("Channel id (default the config's slack.channel)"),
    thread_ts: ts.optional().describe('Reply in this thread')
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
    const answer = await (await ctx.slack()).chat.postMessage({ channel, text: input.text, ...(input.thread_ts ? { thread_ts: input.thread_ts } : {}) })
    return { channel: answer.channel ?? channel, ts: answer.ts ?? '' }
  }
})

export const slackTools = [getMessages, addReacji, postMessage]
