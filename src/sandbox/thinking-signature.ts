import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { isRecord, type MessagesRequest } from './messages-validate.js'

/**
 * Signatures for the fake's thinking blocks. The real API's signature is a keyed MAC over
 * the block that binds it to the model and the conversation ("Thinking blocks are tied to
 * the model and the conversation", What's new in Claude Sonnet 5.5): a block that was
 * altered, or comes from another model or another conversation, is refused. The fake does
 * the same with an HMAC under a key only it holds (a fresh one per fake).
 */

export interface ThinkingSigner {
  sign(model: string, conversation: string, thinking: string): string
  verify(model: string, conversation: string, thinking: string, signature: string): boolean
}

export function createThinkingSigner(key: Buffer = randomBytes(32)): ThinkingSigner {
  const mac = (model: string, conversation: string, thinking: string): Buffer =>
    createHmac('sha256', key)
      .update(JSON.stringify([model, conversation, thinking]))
      .digest()
  return {
    sign: (model, conversation, thinking) => mac(model, conversation, thinking).toString('base64'),
    verify(model, conversation, thinking, signature) {
      const expected = mac(model, conversation, thinking)
      const given = Buffer.from(signature, 'base64')
      return given.length === expected.length && timingSafeEqual(given, expected)
    }
  }
}

const withoutCacheControl = (value: unknown): string => JSON.stringify(value, (key, v: unknown) => (key === 'cache_control' ? undefined : v))

/**
 * What identifies a conversation: its system prompt and first user message (cache
 * breakpoints aside, since a client moves them from turn to turn). Every later request of
 * the same conversation starts with the same two.
 */
export function conversationId(request: MessagesRequest): string {
  const first = request.messages[0]
  const system = typeof request.system === 'string' ? request.system : (request.system ?? []).map((b) => (isRecord(b) ? b.text : ''))
  return createHash('sha256')
    .update(withoutCacheControl([system, first?.content ?? '']))
    .digest('hex')
    .slice(0, 32)
}

const MISSING_THINKING = (i: number, found: string): string =>
  `messages.${i}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${found}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking`

/**
 * The thinking blocks a request sends back: with thinking on, the assistant turn whose
 * tool calls the last user message answers must start with its thinking block (the API's
 * own 400, word for word); every thinking block must carry the signature the fake gave it
 * for this model (and, where the model binds them, this conversation), unchanged. Returns
 * the message of the 400, or undefined.
 */
export function thinkingBlockProblem(request: MessagesRequest, options: { thinking: boolean; boundToConversation: boolean; signer: ThinkingSigner }): string | undefined {
  const { messages } = request
  const conversation = options.boundToConversation ? conversationId(request) : ''
  for (const [i, message] of messages.entries()) {
    if (message.role !== 'assistant' || typeof message.content === 'string') continue
    for (const [j, block] of message.content.entries()) {
      const b = block as unknown as Record<string, unknown>
      if (b.type === 'thinking' && !options.signer.verify(request.model, conversation, String(b.thinking), String(b.signature))) {
        return `messages.${i}.content.${j}: Invalid \`signature\` in \`thinking\` block`
      }
      // The fake never issues redacted blocks, so none can be genuine.
      if (b.type === 'redacted_thinking') return `messages.${i}.content.${j}: Invalid \`data\` in \`redacted_thinking\` block`
    }
  }
  if (!options.thinking) return undefined
  const last = messages[messages.length - 1]
  const answersTools = last?.role === 'user' && Array.isArray(last.content) && (last.content[0] as { type?: string } | undefined)?.type === 'tool_result'
  const turn = messages.length - 2
  const assistant = messages[turn]
  if (!answersTools || assistant?.role !== 'assistant') return undefined
  const first = typeof assistant.content === 'string' ? 'text' : String((assistant.content[0] as { type?: string } | undefined)?.type ?? 'nothing')
  if (first !== 'thinking' && first !== 'redacted_thinking') return MISSING_THINKING(turn, first)
  return undefined
}
