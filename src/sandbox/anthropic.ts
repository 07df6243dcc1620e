import { createHash, randomBytes } from 'node:crypto'
import type { SandboxRequest, SandboxResponse, ServiceHandler } from './types.js'
import { ApiError, blocksOf, isRecord, thinkingDisplay, thinkingOn, validateMessagesRequest, type ApiErrorType, type MessagesRequest } from './messages-validate.js'
import { policies, type ContentBlock, type Policy, type PolicyStopReason } from './policies.js'
import { capabilitiesOf, KNOWN_MODELS, type ModelCapabilities } from '../models/capabilities.js'
import { conversationId, createThinkingSigner, thinkingBlockProblem, type ThinkingSigner } from './thinking-signature.js'

/**
 * A loopback fake of the Anthropic Messages API (`POST /v1/messages`). It is as strict as
 * the real API about what it accepts, answers with the real shapes (errors included), counts
 * tokens roughly and models prompt caching, while a named policy plays the model.
 */

export const DEFAULT_SANDBOX_API_KEY = 'sk-ant-sandbox-key'
/** The models the fake answers for: every model of the model table, whose rules it enforces. */
export const DEFAULT_MODELS: readonly string[] = KNOWN_MODELS

export interface AnthropicFakeOptions {
  /** The only key accepted, as `x-api-key` or `Authorization: Bearer`. */
  apiKey?: string
  /** Policy playing the model unless a request names another; default `pr-merged`. */
  policy?: string | Policy
  /** Model ids that exist; any other is a 404 as on the real API. */
  models?: readonly string[]
  /** Clock in ms, for cache expiry; tests pass their own. */
  now?: () => number
}

export interface MessageUsage {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number }
  service_tier: 'standard'
}

export interface UsageRecord {
  requestId: string
  messageId: string
  model: string
  policy: string
  turn: number
  stopReason: PolicyStopReason
  usage: MessageUsage
  at: number
}

export interface AnthropicFake {
  handler: ServiceHandler
  /** Sets the policy for requests that do not name their own. Throws on an unknown name. */
  setPolicy(policy: string | Policy): void
  /** Every request body that passed validation, in arrival order. */
  readonly requests: MessagesRequest[]
  /** Usage of every answered message, in arrival order. */
  readonly usageLog: UsageRecord[]
  /** Forgets every cached prompt prefix. */
  clearCache(): void
}

// ---------------------------------------------------------------- ids and errors

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

function randomId(prefix: string, length: number): string {
  const bytes = randomBytes(length)
  let id = prefix
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}

const newRequestId = (): string => randomId('req_011C', 20)
const newMessageId = (): string => randomId('msg_01', 22)
const newToolUseId = (): string => randomId('toolu_01', 22)

function jsonResponse(status: number, body: unknown, requestId: string): SandboxResponse {
  return { status, headers: { 'content-type': 'application/json', 'request-id': requestId }, body }
}

function errorResponse(status: number, type: ApiErrorType, message: string, requestId: string): SandboxResponse {
  return jsonResponse(status, { type: 'error', error: { type, message }, request_id: requestId }, requestId)
}

// ---------------------------------------------------------------- token counting and caching

/** Rough, like the brief of the fake: four characters a token. */
const tokensOf = (chars: number): number => Math.ceil(chars / 4)
const FIVE_MINUTES = 5 * 60_000
const ONE_HOUR = 60 * 60_000
/** The real API looks back this many blocks from a breakpoint for an earlier cache hit. */
const LOOKBACK_BLOCKS = 20

/** Shortest prefix the API caches; shorter ones are silently not cached. */
function minCacheableTokens(model: string): number {
  return model.includes('haiku') ? 2048 : 1024
}

/** One block of the prompt in cache order (tools, system, messages) and its breakpoint. */
interface PromptPiece {
  json: string
  ttl?: '5m' | '1h'
}

const withoutCacheControl = (value: unknown): string => JSON.stringify(value, (key, v: unknown) => (key === 'cache_control' ? undefined : v))

function ttlOf(block: unknown): '5m' | '1h' | undefined {
  if (!isRecord(block) || !isRecord(block.cache_control)) {
    // A breakpoint inside a tool_result's content marks the tool_result block.
    if (isRecord(block) && Array.isArray(block.content)) {
      const inner = block.content.map(ttlOf).filter((t) => t !== undefined)
      return inner.includes('1h') ? '1h' : inner[0]
    }
    return undefined
  }
  return block.cache_control.ttl === '1h' ? '1h' : '5m'
}

function promptPieces(request: MessagesRequest): PromptPiece[] {
  const pieces: PromptPiece[] = []
  const add = (value: unknown, ttl: '5m' | '1h' | undefined): void => {
    pieces.push(ttl ? { json: withoutCacheControl(value), ttl } : { json: withoutCacheControl(value) })
  }
  for (const tool of request.tools ?? []) add(tool, ttlOf(tool))
  if (typeof request.system === 'string') add(request.system, undefined)
  else for (const block of request.system ?? []) add(block, ttlOf(block))
  for (const message of request.messages) {
    if (typeof message.content === 'string') add({ role: message.role, content: message.content }, undefined)
    else for (const block of blocksOf(message)) add({ role: message.role, block }, ttlOf(block))
  }
  // Top-level cache_control is automatic caching: a breakpoint on the last block.
  const top = (request as { cache_control?: unknown }).cache_control
  const last = pieces[pieces.length - 1]
  if (isRecord(top) && last && !last.ttl) last.ttl = top.ttl === '1h' ? '1h' : '5m'
  return pieces
}

/** Prefix hashes with their ages: what a workspace's prompt cache holds. */
class PromptCache {
  private readonly entries = new Map<string, { expiresAt: number; ttlMs: number }>()

  lookup(hash: string, now: number): boolean {
    const entry = this.entries.get(hash)
    if (!entry) return false
    if (entry.expiresAt <= now) {
      this.entries.delete(hash)
      return false
    }
    entry.expiresAt = now + entry.ttlMs // a hit refreshes the entry, as on the real API
    return true
  }

  store(hash: string, ttl: '5m' | '1h', now: number): void {
    const ttlMs = ttl === '1h' ? ONE_HOUR : FIVE_MINUTES
    this.entries.set(hash, { expiresAt: now + ttlMs, ttlMs })
  }

  clear(): void {
    this.entries.clear()
  }
}

interface InputUsage {
  total: number
  input_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number }
}

/**
 * Splits the prompt's tokens into read-from-cache, written-to-cache and plain input. The
 * longest cached prefix ending at (or up to 20 blocks before) a breakpoint is read; every
 * later breakpoint long enough to cache is written; what follows the last one is input.
 */
function measureInput(request: MessagesRequest, cache: PromptCache, now: number): InputUsage {
  const pieces = promptPieces(request)
  let hash = createHash('sha256').update(request.model).digest('hex')
  let tokens = 0
  const boundaries = pieces.map((piece) => {
    hash = createHash('sha256').update(hash).update('\n').update(piece.json).digest('hex')
    tokens += tokensOf(piece.json.length)
    return { hash, tokens }
  })
  const breakpoints = pieces.flatMap((piece, i) => (piece.ttl ? [i] : []))
  const min = minCacheableTokens(request.model)

  let hitAt = -1
  search: for (const bp of [...breakpoints].reverse()) {
    for (let i = bp; i >= Math.max(0, bp - LOOKBACK_BLOCKS + 1); i--) {
      if (boundaries[i]!.tokens >= min && cache.lookup(boundaries[i]!.hash, now)) {
        hitAt = i
        break search
      }
    }
  }
  const read = hitAt >= 0 ? boundaries[hitAt]!.tokens : 0
  let covered = read
  const creation = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 }
  for (const bp of breakpoints) {
    const boundary = boundaries[bp]!
    if (bp <= hitAt || boundary.tokens < min || boundary.tokens <= covered) continue
    const ttl = pieces[bp]!.ttl!
    creation[ttl === '1h' ? 'ephemeral_1h_input_tokens' : 'ephemeral_5m_input_tokens'] += boundary.tokens - covered
    covered = boundary.tokens
    cache.store(boundary.hash, ttl, now)
  }
  const written = creation.ephemeral_5m_input_tokens + creation.ephemeral_1h_input_tokens
  return {
    total: tokens,
    input_tokens: tokens - covered,
    cache_creation_input_tokens: written,
    cache_read_input_tokens: read,
    cache_creation: creation
  }
}

// ---------------------------------------------------------------- the answer

type ResponseBlock = { type: 'text'; text: string } | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> } | { type: 'thinking'; thinking: string; signature: string }

const blockTokens = (block: ContentBlock): number => tokensOf(block.type === 'text' ? block.text.length : block.name.length + JSON.stringify(block.input).length)

/** Cuts a reply to `max_tokens` as the model would stop: mid-text, dropping later blocks. */
function fitToMaxTokens(content: ContentBlock[], maxTokens: number): { content: ContentBlock[]; cut: boolean; used: number } {
  const kept: ContentBlock[] = []
  let used = 0
  for (const block of content) {
    const cost = blockTokens(block)
    if (used + cost <= maxTokens) {
      kept.push(block)
      used += cost
      continue
    }
    if (block.type === 'text' && used < maxTokens) {
      const partial = block.text.slice(0, (maxTokens - used) * 4)
      if (partial) kept.push({ type: 'text', text: partial })
    }
    return { content: kept, cut: true, used: maxTokens }
  }
  return { content: kept, cut: false, used }
}

function toResponseBlock(block: ContentBlock): ResponseBlock {
  if (block.type === 'text') return { type: 'text', text: block.text }
  return { type: 'tool_use', id: block.id ?? newToolUseId(), name: block.name, input: block.input }
}

/**
 * A tool turn of a thinking model starts with a signed thinking block. Where the model
 * returns the text between tool calls in thinking blocks (Sonnet 5.5), the policy's text
 * becomes that block's text; its words are shown only with a `display` that returns them
 * (`summarized`, or `between_tools`), as on the real API, and empty otherwise.
 */
function withThinking(blocks: ResponseBlock[], request: MessagesRequest, caps: ModelCapabilities, signer: ThinkingSigner): ResponseBlock[] {
  const texts = blocks.filter((b): b is { type: 'text'; text: string } => b.type === 'text').map((b) => b.text)
  const rest = caps.thinking.notesInThinking ? blocks.filter((b) => b.type !== 'text') : blocks
  const notes = (caps.thinking.notesInThinking && texts.length ? texts.join('\n') : 'Deciding which tools to call next.').trim()
  const shown = thinkingDisplay(request.thinking) === 'summarized' ? notes : ''
  const conversation = caps.thinking.boundToConversation ? conversationId(request) : ''
  return [{ type: 'thinking', thinking: shown, signature: signer.sign(request.model, conversation, shown) }, ...rest]
}

// ---------------------------------------------------------------- policy selection

interface NamedPolicy {
  name: string
  policy: Policy
}

function resolvePolicy(policy: string | Policy): NamedPolicy {
  if (typeof policy === 'function') return { name: policy.name || 'custom', policy }
  const found = policies[policy]
  if (!found) throw new Error(`unknown sandbox policy "${policy}"; known: ${Object.keys(policies).join(', ')}`)
  return { name: policy, policy: found }
}

/** A request may steer the fake: `metadata.user_id: policy:<name>`, or a system line. */
function requestedPolicyName(request: MessagesRequest): string | undefined {
  const userId = request.metadata?.user_id
  if (typeof userId === 'string' && userId.startsWith('policy:')) return userId.slice('policy:'.length).trim()
  const system = request.system
  const firstText = typeof system === 'string' ? system : system?.[0]?.text
  return firstText ? /^sandbox-policy:\s*(\S+)\s*$/m.exec(firstText)?.[1] : undefined
}

// ---------------------------------------------------------------- the handler

function header(req: SandboxRequest, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function createAnthropicFake(options: AnthropicFakeOptions = {}): AnthropicFake {
  const apiKey = options.apiKey ?? DEFAULT_SANDBOX_API_KEY
  const models = new Set(options.models ?? DEFAULT_MODELS)
  const now = options.now ?? Date.now
  const cache = new PromptCache()
  const signer = createThinkingSigner()
  const requests: MessagesRequest[] = []
  const usageLog: UsageRecord[] = []
  let current = resolvePolicy(options.policy ?? 'pr-merged')

  function authenticated(req: SandboxRequest): boolean {
    const bearer = /^Bearer\s+(.+)$/i.exec(header(req, 'authorization') ?? '')?.[1]
    return header(req, 'x-api-key') === apiKey || bearer === apiKey
  }

  function createMessage(body: unknown, requestId: string): SandboxResponse {
    const request = validateMessagesRequest(body, models)
    const steered = requestedPolicyName(request)
    if (steered !== undefined && !policies[steered]) {
      throw new ApiError(400, 'invalid_request_error', `sandbox: unknown policy "${steered}"; known: ${Object.keys(policies).join(', ')}`)
    }
    const chosen = steered !== undefined ? resolvePolicy(steered) : current
    const caps = capabilitiesOf(request.model)
    const thinking = thinkingOn(request.thinking, caps)
    const problem = thinkingBlockProblem(request, { thinking, boundToConversation: caps.thinking.boundToConversation, signer })
    if (problem) throw new ApiError(400, 'invalid_request_error', problem)
    requests.push(request)

    const turn = request.messages.filter((m) => m.role === 'assistant').length + 1
    let reply
    try {
      reply = chosen.policy(request, { turn, credential: apiKey })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new ApiError(500, 'api_error', `sandbox policy "${chosen.name}" failed: ${reason}`)
    }
    const fitted = fitToMaxTokens(reply.content, request.max_tokens)
    const stopReason: PolicyStopReason = fitted.cut ? 'max_tokens' : reply.stop_reason
    // A model that stopped at max_tokens spent all of them.
    const outputTokens = stopReason === 'max_tokens' ? request.max_tokens : Math.max(1, fitted.used)
    const input = measureInput(request, cache, now())
    const usage: MessageUsage = {
      input_tokens: input.input_tokens,
      output_tokens: outputTokens,
      cache_creation_input_tokens: input.cache_creation_input_tokens,
      cache_read_input_tokens: input.cache_read_input_tokens,
      cache_creation: input.cache_creation,
      service_tier: 'standard'
    }
    let content = fitted.content.map(toResponseBlock)
    if (thinking && stopReason === 'tool_use') content = withThinking(content, request, caps, signer)
    const messageId = newMessageId()
    usageLog.push({ requestId, messageId, model: request.model, policy: chosen.name, turn, stopReason, usage, at: now() })
    return jsonResponse(
      200,
      {
        id: messageId,
        type: 'message',
        role: 'assistant',
        model: request.model,
        content,
        stop_reason: stopReason,
        stop_sequence: null,
        usage
      },
      requestId
    )
  }

  function countTokens(body: unknown, requestId: string): SandboxResponse {
    const request = validateMessagesRequest(body, models, { requireMaxTokens: false })
    const tokens = promptPieces(request).reduce((sum, piece) => sum + tokensOf(piece.json.length), 0)
    return jsonResponse(200, { input_tokens: tokens }, requestId)
  }

  const handler: ServiceHandler = (req) => {
    const requestId = newRequestId()
    try {
      if (!authenticated(req)) return errorResponse(401, 'authentication_error', 'invalid x-api-key', requestId)
      const route = req.path.replace(/\/+$/, '')
      const routes: Record<string, (body: unknown, id: string) => SandboxResponse> = {
        '/v1/messages': createMessage,
        '/v1/messages/count_tokens': countTokens
      }
      const run = routes[route]
      if (!run) return errorResponse(404, 'not_found_error', 'Not Found', requestId)
      if (req.method !== 'POST') return errorResponse(405, 'invalid_request_error', 'Method Not Allowed', requestId)
      if (!header(req, 'anthropic-version')) {
        return errorResponse(400, 'invalid_request_error', 'anthropic-version: header is required', requestId)
      }
      if (req.body === undefined && req.rawBody.trim() !== '') {
        return errorResponse(400, 'invalid_request_error', 'There was an error parsing the body of your request: invalid JSON', requestId)
      }
      return run(req.body, requestId)
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.status, error.errorType, error.message, requestId)
      throw error
    }
  }

  return {
    handler,
    setPolicy(policy) {
      current = resolvePolicy(policy)
    },
    requests,
    usageLog,
    clearCache: () => cache.clear()
  }
}
