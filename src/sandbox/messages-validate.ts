import type Anthropic from '@anthropic-ai/sdk'
import { capabilitiesOf, type ModelCapabilities } from '../models/capabilities.js'
import { refusedConstruct } from '../models/structured-output-schema.js'

/**
 * Request validation for the fake Messages API. It is deliberately as strict as the real
 * API (and uses its wording), so a coordinator that passes the sandbox does not meet its
 * first 400 in production: broken tool_use/tool_result pairing, bad tool names, extra
 * fields and the like fail here first.
 */

/** A request body that passed validation. */
export type MessagesRequest = Anthropic.MessageCreateParamsNonStreaming

export type ApiErrorType = 'invalid_request_error' | 'authentication_error' | 'permission_error' | 'not_found_error' | 'request_too_large' | 'rate_limit_error' | 'api_error' | 'overloaded_error'

/** An error the fake answers with: HTTP status, the API's error type and its message. */
export class ApiError extends Error {
  readonly status: number
  readonly errorType: ApiErrorType

  constructor(status: number, errorType: ApiErrorType, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.errorType = errorType
  }
}

const invalid = (message: string): ApiError => new ApiError(400, 'invalid_request_error', message)

export const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,128}$/
export const MAX_CACHE_BREAKPOINTS = 4
/** Per-model output caps come from the model table (src/models/capabilities.ts). */

/**
 * Top-level fields the API accepts; anything else is "Extra inputs are not permitted".
 * API version 2026-10-21 (what SDK 1.x sends) refuses temperature, top_p and top_k at any value.
 */
const TOP_LEVEL_KEYS = new Set([
  'model',
  'messages',
  'max_tokens',
  'system',
  'metadata',
  'stop_sequences',
  'stream',
  'tools',
  'tool_choice',
  'thinking',
  'service_tier',
  'container',
  'mcp_servers',
  'context_management',
  'output_config',
  'inference_geo',
  'cache_control',
  'diagnostics',
  'speed',
  'user_profile_id',
  'workspace_id'
])
const TOOL_KEYS = new Set(['type', 'name', 'description', 'input_schema', 'cache_control', 'allowed_callers', 'defer_loading', 'eager_input_streaming', 'input_examples', 'strict'])
/** Fields allowed per block type; types not listed here are accepted as they come. */
const BLOCK_KEYS: Record<string, Set<string>> = {
  text: new Set(['type', 'text', 'cache_control', 'citations']),
  tool_use: new Set(['type', 'id', 'name', 'input', 'cache_control', 'caller', 'toolset_name']),
  tool_result: new Set(['type', 'tool_use_id', 'content', 'is_error', 'cache_control', 'toolset_name']),
  thinking: new Set(['type', 'thinking', 'signature']),
  redacted_thinking: new Set(['type', 'data'])
}
const BLOCK_TYPES = new Set(['text', 'image', 'document', 'search_result', 'tool_use', 'tool_result', 'thinking', 'redacted_thinking'])
const TOOL_RESULT_CONTENT_TYPES = new Set(['text', 'image', 'document', 'search_result'])
const ASSISTANT_ONLY = new Set(['tool_use', 'thinking', 'redacted_thinking'])

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Checks a `POST /v1/messages` body; throws `ApiError` with the real API's wording. */
export function validateMessagesRequest(body: unknown, models: ReadonlySet<string>, { requireMaxTokens = true }: { requireMaxTokens?: boolean } = {}): MessagesRequest {
  if (!isRecord(body)) throw invalid('There was an error parsing the body of your request: expected a JSON object')
  for (const key of Object.keys(body)) {
    if (!TOP_LEVEL_KEYS.has(key)) throw invalid(`${key}: Extra inputs are not permitted`)
  }
  // We never stream, and a fake that quietly answered in one piece would hide that bug.
  if (body.stream === true) throw invalid('streaming is not supported by the sandbox')
  if (body.stream !== undefined && typeof body.stream !== 'boolean') throw invalid('stream: Input should be a valid boolean')

  if (body.model === undefined) throw invalid('model: Field required')
  if (typeof body.model !== 'string' || body.model === '') throw invalid('model: Input should be a valid string')
  // The model's own rules (limits, thinking modes, forced tools, structured outputs) come
  // from the one model table the action's code also reads.
  const caps = capabilitiesOf(body.model)
  if (requireMaxTokens || body.max_tokens !== undefined) validateMaxTokens(body.max_tokens, body.model, caps)
  validateMessages(body.messages)
  validateSystem(body.system)
  const toolNames = validateTools(body.tools)
  validateThinking(body.thinking, body.max_tokens, caps, isRecord(body.output_config) ? body.output_config.effort : undefined)
  validateToolChoice(body.tool_choice, toolNames, caps, thinkingOn(body.thinking, caps))
  validateStopSequences(body)
  validateMetadata(body.metadata)
  validateOutputConfig(body.output_config, caps)
  const breakpoints = countCacheBreakpoints(body)
  if (breakpoints > MAX_CACHE_BREAKPOINTS) {
    throw invalid(`A maximum of ${MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. Found ${breakpoints}.`)
  }
  // The real API checks the model last: a malformed request is a 400 even for a bad model.
  if (!models.has(body.model)) throw new ApiError(404, 'not_found_error', `model: ${body.model}`)
  return body as unknown as MessagesRequest
}

function validateMaxTokens(value: unknown, model: string, caps: ModelCapabilities): void {
  if (value === undefined) throw invalid('max_tokens: Field required')
  if (typeof value !== 'number' || !Number.isInteger(value)) throw invalid('max_tokens: Input should be a valid integer')
  if (value < 1) throw invalid('max_tokens: Input should be greater than or equal to 1')
  if (value > caps.maxOutputTokens) {
    throw invalid(`max_tokens: ${value} > ${caps.maxOutputTokens}, which is the maximum allowed number of output tokens for ${model}`)
  }
}

/** Whether the model thinks on this request: the `thinking` sent, or the model's default. */
export function thinkingOn(thinking: unknown, caps: ModelCapabilities): boolean {
  const type = isRecord(thinking) ? thinking.type : undefined
  if (type === undefined) return caps.thinking.default === 'adaptive'
  return type !== 'disabled'
}

/** The `thinking.display` a request asks for (default `omitted` where display exists). */
export function thinkingDisplay(thinking: unknown): 'summarized' | 'omitted' {
  return isRecord(thinking) && (thinking.display === 'summarized' || thinking.type === 'between_tools' || thinking.type === 'enabled') ? 'summarized' : 'omitted'
}

const THINKING_TYPES = ['enabled', 'disabled', 'adaptive', 'between_tools'] as const
const USE_ADAPTIVE = 'Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.'

/**
 * `thinking` per model (thinking-troubleshooting: the types each model refuses with a 400;
 * What's new in Claude Sonnet 5.5: `disabled` refused with a message pointing to
 * `between_tools`). The `disabled`-on-Sonnet-5.5 and `between_tools` wordings are ours:
 * the documentation describes them without quoting them.
 */
function validateThinking(thinking: unknown, maxTokens: unknown, caps: ModelCapabilities, effort: unknown): void {
  if (thinking === undefined || thinking === null) return
  if (!isRecord(thinking)) throw invalid('thinking: Input should be a valid dictionary')
  const type = thinking.type
  if (type === undefined) throw invalid('thinking.type: Field required')
  if (!THINKING_TYPES.includes(type as (typeof THINKING_TYPES)[number])) {
    throw invalid(`thinking: Input tag '${String(type)}' found using 'type' does not match any of the expected tags: ${THINKING_TYPES.map((t) => `'${t}'`).join(', ')}`)
  }
  const allowed: Record<string, readonly string[]> = { enabled: ['type', 'budget_tokens', 'display'], disabled: ['type'], adaptive: ['type', 'display'], between_tools: ['type'] }
  for (const key of Object.keys(thinking)) {
    if (!allowed[type as string]!.includes(key)) throw invalid(`thinking.${String(type)}.${key}: Extra inputs are not permitted`)
  }
  if (caps.known && !caps.thinking.accepted.includes(type as (typeof THINKING_TYPES)[number])) {
    if (type === 'adaptive') throw invalid('adaptive thinking is not supported on this model')
    if (type === 'disabled' && caps.thinking.accepted.includes('between_tools')) {
      throw invalid('"thinking.type.disabled" is not supported for this model. Use "thinking.type.between_tools" to turn off up-front thinking, or "thinking.type.adaptive".')
    }
    if (type === 'between_tools') throw invalid('"thinking.type.between_tools" is not supported for this model.')
    throw invalid(`"thinking.type.${String(type)}" is not supported for this model. ${USE_ADAPTIVE}`)
  }
  // What's new in Claude Sonnet 5.5: between_tools works at low, medium and high effort; xhigh or max is a 400.
  if (type === 'between_tools' && (effort === 'xhigh' || effort === 'max')) {
    throw invalid(`"thinking.type.between_tools" is not supported with "output_config.effort" value "${effort}". Use "thinking.type.adaptive" to run at ${effort} effort.`)
  }
  if (thinking.display !== undefined && thinking.display !== null) {
    if (thinking.display !== 'summarized' && thinking.display !== 'omitted') throw invalid(`thinking.${String(type)}.display: Input should be 'summarized' or 'omitted'`)
    if (caps.known && !caps.thinking.display) throw invalid('"thinking.display" is not supported for this model')
  }
  if (type === 'enabled') {
    const budget = thinking.budget_tokens
    if (budget === undefined) throw invalid('thinking.enabled.budget_tokens: Field required')
    if (typeof budget !== 'number' || !Number.isInteger(budget)) throw invalid('thinking.enabled.budget_tokens: Input should be a valid integer')
    if (budget < 1024) throw invalid('thinking.enabled.budget_tokens: Input should be greater than or equal to 1024')
    if (typeof maxTokens === 'number' && budget >= maxTokens) throw invalid('`max_tokens` must be greater than `thinking.budget_tokens`.')
  }
}

/** The content of a message as blocks (a string is one text block). */
export function blocksOf(message: { content?: unknown }): Record<string, unknown>[] {
  if (typeof message.content === 'string') return [{ type: 'text', text: message.content }]
  return Array.isArray(message.content) ? (message.content as Record<string, unknown>[]) : []
}

function validateMessages(messages: unknown): void {
  if (messages === undefined) throw invalid('messages: Field required')
  if (!Array.isArray(messages)) throw invalid('messages: Input should be a valid list')
  if (messages.length === 0) throw invalid('messages: at least one message is required')
  messages.forEach((message, i) => validateMessageShape(message, i, i === messages.length - 1))
  const typed = messages as { role: string; content: unknown }[]
  if (typed[0]!.role !== 'user') throw invalid('messages: first message must use the "user" role')
  for (let i = 1; i < typed.length; i++) {
    if (typed[i]!.role === typed[i - 1]!.role) {
      throw invalid(`messages: roles must alternate between "user" and "assistant", but found multiple "${typed[i]!.role}" roles in a row`)
    }
  }
  validateToolPairing(typed)
}

function validateMessageShape(message: unknown, i: number, isLast: boolean): void {
  if (!isRecord(message)) throw invalid(`messages.${i}: Input should be a valid dictionary`)
  for (const key of Object.keys(message)) {
    if (key !== 'role' && key !== 'content') throw invalid(`messages.${i}.${key}: Extra inputs are not permitted`)
  }
  if (message.role === undefined) throw invalid(`messages.${i}.role: Field required`)
  if (message.role !== 'user' && message.role !== 'assistant') {
    throw invalid(`messages.${i}.role: Input should be 'user' or 'assistant'`)
  }
  const { content, role } = message
  if (content === undefined) throw invalid(`messages.${i}.content: Field required`)
  const finalAssistant = isLast && role === 'assistant'
  if (typeof content === 'string') {
    if (content === '' && !finalAssistant) {
      throw invalid(`messages.${i}: all messages must have non-empty content except for the optional final assistant message`)
    }
    if (finalAssistant && content !== '' && content.trimEnd() !== content) {
      throw invalid('messages: final assistant content cannot end with trailing whitespace')
    }
    return
  }
  if (!Array.isArray(content)) throw invalid(`messages.${i}.content: Input should be a valid string or list`)
  if (content.length === 0 && !finalAssistant) {
    throw invalid(`messages.${i}: all messages must have non-empty content except for the optional final assistant message`)
  }
  content.forEach((block, j) => validateBlock(block, `messages.${i}.content.${j}`, role))
  const last = content[content.length - 1] as Record<string, unknown> | undefined
  if (finalAssistant && last?.type === 'text' && typeof last.text === 'string' && last.text.trimEnd() !== last.text) {
    throw invalid('messages: final assistant content cannot end with trailing whitespace')
  }
}

function validateBlock(block: unknown, at: string, role: string): void {
  if (!isRecord(block)) throw invalid(`${at}: Input should be a valid dictionary`)
  const type = block.type
  if (typeof type !== 'string') throw invalid(`${at}.type: Field required`)
  if (!BLOCK_TYPES.has(type)) {
    throw invalid(`${at}: Input tag '${type}' found using 'type' does not match any of the expected tags: ${[...BLOCK_TYPES].map((t) => `'${t}'`).join(', ')}`)
  }
  const allowed = BLOCK_KEYS[type]
  if (allowed) {
    for (const key of Object.keys(block)) {
      if (!allowed.has(key)) throw invalid(`${at}.${type}.${key}: Extra inputs are not permitted`)
    }
  }
  if (ASSISTANT_ONLY.has(type) && role !== 'assistant') {
    throw invalid(`${at}: \`${type}\` blocks can only be in \`assistant\` messages`)
  }
  if (type === 'tool_result' && role !== 'user') {
    throw invalid(`${at}: \`tool_result\` blocks can only be in \`user\` messages`)
  }
  if (block.cache_control !== undefined && block.cache_control !== null) validateCacheControl(block.cache_control, `${at}.${type}.cache_control`)
  switch (type) {
    case 'text':
      if (typeof block.text !== 'string') throw invalid(`${at}.text.text: Field required`)
      if (block.text === '') throw invalid('messages: text content blocks must be non-empty')
      break
    case 'tool_use':
      if (typeof block.id !== 'string' || block.id === '') throw invalid(`${at}.tool_use.id: Field required`)
      if (typeof block.name !== 'string' || !TOOL_NAME_PATTERN.test(block.name)) {
        throw invalid(`${at}.tool_use.name: String should match pattern '${TOOL_NAME_PATTERN.source}'`)
      }
      if (!isRecord(block.input)) throw invalid(`${at}.tool_use.input: Input should be a valid dictionary`)
      break
    case 'tool_result':
      validateToolResult(block, at)
      break
    case 'thinking':
      if (typeof block.thinking !== 'string') throw invalid(`${at}.thinking.thinking: Field required`)
      if (typeof block.signature !== 'string') throw invalid(`${at}.thinking.signature: Field required`)
      break
    case 'redacted_thinking':
      if (typeof block.data !== 'string') throw invalid(`${at}.redacted_thinking.data: Field required`)
      break
  }
}

function validateToolResult(block: Record<string, unknown>, at: string): void {
  if (typeof block.tool_use_id !== 'string' || block.tool_use_id === '') throw invalid(`${at}.tool_result.tool_use_id: Field required`)
  if (block.is_error !== undefined && typeof block.is_error !== 'boolean') {
    throw invalid(`${at}.tool_result.is_error: Input should be a valid boolean`)
  }
  const content = block.content
  if (content === undefined || typeof content === 'string') return
  if (!Array.isArray(content)) throw invalid(`${at}.tool_result.content: Input should be a valid string or list`)
  content.forEach((inner, k) => {
    const innerAt = `${at}.tool_result.content.${k}`
    if (!isRecord(inner) || typeof inner.type !== 'string' || !TOOL_RESULT_CONTENT_TYPES.has(inner.type)) {
      throw invalid(`${innerAt}: Input tag '${String(isRecord(inner) ? inner.type : inner)}' found using 'type' does not match any of the expected tags: 'text', 'image', 'document', 'search_result'`)
    }
    if (inner.type === 'text') {
      if (typeof inner.text !== 'string') throw invalid(`${innerAt}.text.text: Field required`)
      if (inner.text === '') throw invalid('messages: text content blocks must be non-empty')
      for (const key of Object.keys(inner)) {
        if (!BLOCK_KEYS.text!.has(key)) throw invalid(`${innerAt}.text.${key}: Extra inputs are not permitted`)
      }
    }
    if (inner.cache_control !== undefined && inner.cache_control !== null) validateCacheControl(inner.cache_control, `${innerAt}.cache_control`)
  })
}

/**
 * Every `tool_use` of an assistant turn must be answered by `tool_result` blocks at the
 * start of the very next user message, and every `tool_result` must answer a `tool_use`
 * of the message just before it. Runs after alternation, so neighbours have other roles.
 */
function validateToolPairing(messages: { role: string; content: unknown }[]): void {
  const seenToolUseIds = new Set<string>()
  messages.forEach((message, i) => {
    const blocks = blocksOf(message)
    if (message.role === 'assistant') {
      const ids: string[] = []
      blocks.forEach((block, j) => {
        if (block.type !== 'tool_use') return
        const id = block.id as string
        if (seenToolUseIds.has(id)) throw invalid(`messages.${i}.content.${j}: \`tool_use\` ids must be unique`)
        seenToolUseIds.add(id)
        ids.push(id)
      })
      if (ids.length === 0) return
      const next = messages[i + 1]
      const answered = new Set<string>()
      for (const block of next ? blocksOf(next) : []) {
        if (block.type !== 'tool_result') break // only the leading tool_result blocks count
        answered.add(block.tool_use_id as string)
      }
      const missing = ids.filter((id) => !answered.has(id))
      if (missing.length > 0) {
        throw invalid(
          `messages.${i}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. ` +
            'Each `tool_use` block must have a corresponding `tool_result` block in the next message.'
        )
      }
      return
    }
    const previous = i > 0 ? messages[i - 1] : undefined
    const previousIds = new Set(
      previous
        ? blocksOf(previous)
            .filter((b) => b.type === 'tool_use')
            .map((b) => b.id as string)
        : []
    )
    const answeredHere = new Set<string>()
    blocks.forEach((block, j) => {
      if (block.type !== 'tool_result') return
      const id = block.tool_use_id as string
      if (previous && previousIds.size === 0) {
        throw invalid(`messages.${i}.content.${j}: \`tool_result\` block(s) provided when previous message does not contain any \`tool_use\` blocks`)
      }
      if (!previousIds.has(id)) {
        throw invalid(
          `messages.${i}.content.${j}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${id}. ` +
            'Each `tool_result` block must have a corresponding `tool_use` block in the previous message.'
        )
      }
      if (answeredHere.has(id)) {
        throw invalid(`messages.${i}.content.${j}: each \`tool_use\` must have a single result. Found multiple \`tool_result\` blocks with id: ${id}`)
      }
      answeredHere.add(id)
    })
  })
}

function validateSystem(system: unknown): void {
  if (system === undefined || typeof system === 'string') return
  if (!Array.isArray(system)) throw invalid('system: Input should be a valid string or list')
  system.forEach((block, i) => {
    if (!isRecord(block) || block.type !== 'text') throw invalid(`system.${i}.type: Input should be 'text'`)
    if (typeof block.text !== 'string') throw invalid(`system.${i}.text: Field required`)
    if (block.text === '') throw invalid('system: text content blocks must be non-empty')
    for (const key of Object.keys(block)) {
      if (!BLOCK_KEYS.text!.has(key)) throw invalid(`system.${i}.${key}: Extra inputs are not permitted`)
    }
    if (block.cache_control !== undefined && block.cache_control !== null) validateCacheControl(block.cache_control, `system.${i}.cache_control`)
  })
}

/** Returns the offered tool names. Only custom tools: the sandbox runs no server tools. */
function validateTools(tools: unknown): Set<string> {
  const names = new Set<string>()
  if (tools === undefined) return names
  if (!Array.isArray(tools)) throw invalid('tools: Input should be a valid list')
  tools.forEach((tool, n) => {
    if (!isRecord(tool)) throw invalid(`tools.${n}: Input should be a valid dictionary`)
    if (tool.type !== undefined && tool.type !== null && tool.type !== 'custom') {
      throw invalid(`tools.${n}: the sandbox supports only custom tools, got type '${String(tool.type)}'`)
    }
    for (const key of Object.keys(tool)) {
      if (!TOOL_KEYS.has(key)) throw invalid(`tools.${n}.custom.${key}: Extra inputs are not permitted`)
    }
    if (tool.name === undefined) throw invalid(`tools.${n}.custom.name: Field required`)
    if (typeof tool.name !== 'string' || !TOOL_NAME_PATTERN.test(tool.name)) {
      throw invalid(`tools.${n}.custom.name: String should match pattern '${TOOL_NAME_PATTERN.source}'`)
    }
    if (tool.description !== undefined && typeof tool.description !== 'string') {
      throw invalid(`tools.${n}.custom.description: Input should be a valid string`)
    }
    if (tool.input_schema === undefined) throw invalid(`tools.${n}.custom.input_schema: Field required`)
    if (!isRecord(tool.input_schema)) throw invalid(`tools.${n}.custom.input_schema: Input should be a valid dictionary`)
    if (tool.input_schema.type !== 'object') throw invalid(`tools.${n}.custom.input_schema.type: Input should be 'object'`)
    if (tool.cache_control !== undefined && tool.cache_control !== null) validateCacheControl(tool.cache_control, `tools.${n}.custom.cache_control`)
    if (names.has(tool.name)) throw invalid('tools: Tool names must be unique.')
    names.add(tool.name)
  })
  return names
}

function validateToolChoice(choice: unknown, toolNames: Set<string>, caps: ModelCapabilities, thinking: boolean): void {
  if (choice === undefined) return
  if (!isRecord(choice)) throw invalid('tool_choice: Input should be a valid dictionary')
  const type = choice.type
  if (type !== 'auto' && type !== 'any' && type !== 'tool' && type !== 'none') {
    throw invalid(`tool_choice: Input tag '${String(type)}' found using 'type' does not match any of the expected tags: 'auto', 'any', 'tool', 'none'`)
  }
  if (choice.disable_parallel_tool_use !== undefined && typeof choice.disable_parallel_tool_use !== 'boolean') {
    throw invalid(`tool_choice.${type}.disable_parallel_tool_use: Input should be a valid boolean`)
  }
  if ((type === 'any' || type === 'tool') && toolNames.size === 0) {
    throw invalid('tool_choice may only be specified while providing tools.')
  }
  if (type === 'tool') {
    if (typeof choice.name !== 'string') throw invalid('tool_choice.tool.name: Field required')
    if (!toolNames.has(choice.name)) throw invalid(`tool_choice.tool.name: tool '${choice.name}' was not provided in \`tools\``)
  }
  if (type === 'any' || type === 'tool') {
    // What's new in Claude Sonnet 5.5: "Forced tool use returns an error".
    if (!caps.forcedToolUse) throw invalid('tool_choice: type "tool" and "any" are not supported for this model.')
    // Tool use docs: with thinking on, tool_choice may only be auto or none.
    if (thinking) throw invalid('Thinking may not be enabled when tool_choice forces tool use.')
  }
}

function validateStopSequences(body: Record<string, unknown>): void {
  const stops = body.stop_sequences
  if (stops !== undefined && (!Array.isArray(stops) || stops.some((s) => typeof s !== 'string'))) {
    throw invalid('stop_sequences: Input should be a valid list of strings')
  }
}

function validateMetadata(metadata: unknown): void {
  if (metadata === undefined) return
  if (!isRecord(metadata)) throw invalid('metadata: Input should be a valid dictionary')
  for (const key of Object.keys(metadata)) {
    if (key !== 'user_id') throw invalid(`metadata.${key}: Extra inputs are not permitted`)
  }
  if (metadata.user_id !== undefined && metadata.user_id !== null && typeof metadata.user_id !== 'string') {
    throw invalid('metadata.user_id: Input should be a valid string')
  }
}

function validateOutputConfig(config: unknown, caps: ModelCapabilities): void {
  if (config === undefined) return
  if (!isRecord(config)) throw invalid('output_config: Input should be a valid dictionary')
  const format = config.format
  if (format === undefined || format === null) return
  if (!isRecord(format) || format.type !== 'json_schema') throw invalid("output_config.format.type: Input should be 'json_schema'")
  if (!isRecord(format.schema)) throw invalid('output_config.format.schema: Input should be a valid dictionary')
  if (caps.known && !caps.structuredOutputs) throw invalid('output_config.format: structured outputs are not supported for this model')
  const refused = refusedConstruct(format.schema)
  if (refused) throw invalid(`output_config.format.schema: ${refused}`)
}

function validateCacheControl(value: unknown, at: string): void {
  if (!isRecord(value) || value.type !== 'ephemeral') throw invalid(`${at}.type: Input should be 'ephemeral'`)
  if (value.ttl !== undefined && value.ttl !== '5m' && value.ttl !== '1h') throw invalid(`${at}.ttl: Input should be '5m' or '1h'`)
}

function hasCacheControl(value: unknown): boolean {
  return isRecord(value) && value.cache_control !== undefined && value.cache_control !== null
}

/** Counts breakpoints on tools, system blocks and message blocks (and a top-level one). */
export function countCacheBreakpoints(body: Record<string, unknown>): number {
  let count = hasCacheControl(body) ? 1 : 0
  if (Array.isArray(body.tools)) count += body.tools.filter(hasCacheControl).length
  if (Array.isArray(body.system)) count += body.system.filter(hasCacheControl).length
  if (Array.isArray(body.messages)) {
    for (const message of body.messages) {
      if (!isRecord(message)) continue
      for (const block of blocksOf(message)) {
        if (hasCacheControl(block)) count++
        if (block.type === 'tool_result' && Array.isArray(block.content)) count += block.content.filter(hasCacheControl).length
      }
    }
  }
  return count
}
