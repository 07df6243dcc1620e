import { blocksOf, isRecord, type MessagesRequest } from './messages-validate.js'

export type { MessagesRequest } from './messages-validate.js'

/**
 * Policies play the model's part in the fake Messages API. They are stateless: each one
 * reads the whole conversation it is sent (as the real model does) and decides the next
 * assistant turn from it, so any number of runs can share one fake.
 */

/** A block a policy answers with; the fake gives each `tool_use` its `toolu_` id. */
export type ContentBlock = { type: 'text'; text: string } | { type: 'tool_use'; name: string; input: Record<string, unknown>; id?: string }

export type PolicyStopReason = 'end_turn' | 'tool_use' | 'max_tokens' | 'refusal' | 'pause_turn'

export interface PolicyReply {
  content: ContentBlock[]
  stop_reason: PolicyStopReason
}

export interface PolicyContext {
  /** 1 for the first model call of a conversation: assistant messages sent so far + 1. */
  turn: number
  /** The API key the request was made with: a secret a misled model can try to leak (`leak-credential`). */
  credential?: string
}

export type Policy = (request: MessagesRequest, ctx: PolicyContext) => PolicyReply

// ---------------------------------------------------------------- reading the conversation

/** One tool call of an earlier turn and, when it was answered, its result. */
interface ToolExchange {
  id: string
  name: string
  input: unknown
  /** Index of the assistant message that made the call. */
  at: number
  result?: { text: string; isError: boolean }
}

interface SlackMessage {
  channel: string
  ts: string
  text: string
  user?: string
}

const text = (value: string): ContentBlock => ({ type: 'text', text: value })
const endTurn = (value: string): PolicyReply => ({ content: [text(value)], stop_reason: 'end_turn' })

/**
 * The sandbox's model is a script that knows only the example tasks. Asked to play another
 * workflow, it says so and stops with a refusal, so the workflow is reported failed with
 * this text, never "succeeded" for work nobody did.
 */
export const NOT_AN_EXAMPLE =
  "the sandbox's scripted stand-in for Claude knows only the example tasks (the pr_merged example of workflows/pr_merged_llm.yml, which reads Slack with slack_get_messages, and the tickets MCP example), not this workflow, so it did nothing; set ANTHROPIC_API_KEY to run it with the real model"
const notAnExample = (): PolicyReply => ({ content: [text(NOT_AN_EXAMPLE)], stop_reason: 'refusal' })
const toolUse = (name: string, input: Record<string, unknown>): ContentBlock => ({ type: 'tool_use', name, input })

function callTools(calls: ContentBlock[], preface?: string): PolicyReply {
  return { content: preface ? [text(preface), ...calls] : calls, stop_reason: 'tool_use' }
}

function offeredTools(request: MessagesRequest): Map<string, Record<string, unknown>> {
  const tools = new Map<string, Record<string, unknown>>()
  for (const tool of request.tools ?? []) {
    if (isRecord(tool) && typeof tool.name === 'string') tools.set(tool.name, tool)
  }
  return tools
}

/** Text of a tool_result's content: a string, or its text blocks joined. */
function resultText(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content
    .filter((b): b is { type: 'text'; text: string } => isRecord(b) && b.type === 'text' && typeof b.text === 'string')
    .map((b) => b.text)
    .join('\n')
}

function readExchanges(request: MessagesRequest): ToolExchange[] {
  const exchanges = new Map<string, ToolExchange>()
  request.messages.forEach((message, at) => {
    for (const block of blocksOf(message)) {
      if (message.role === 'assistant' && block.type === 'tool_use') {
        exchanges.set(block.id as string, { id: block.id as string, name: block.name as string, input: block.input, at })
      }
      if (message.role === 'user' && block.type === 'tool_result') {
        const exchange = exchanges.get(block.tool_use_id as string)
        if (exchange) exchange.result = { text: resultText(block.content), isError: block.is_error === true }
      }
    }
  })
  return [...exchanges.values()]
}

/** Tool results are JSON as the coordinator serialises them; fall back to the raw text. */
function parseJson(value: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    return value.trim()
  }
}

function parseSlackMessages(value: string): SlackMessage[] | undefined {
  let parsed = parseJson(value)
  if (isRecord(parsed) && Array.isArray(parsed.messages)) parsed = parsed.messages
  if (!Array.isArray(parsed)) return undefined
  return parsed
    .filter((m): m is Record<string, unknown> => isRecord(m) && typeof m.channel === 'string' && typeof m.ts === 'string')
    .map((m) => ({
      channel: m.channel as string,
      ts: m.ts as string,
      text: typeof m.text === 'string' ? m.text : '',
      ...(typeof m.user === 'string' ? { user: m.user } : {})
    }))
}

function parseStatus(value: string): string | undefined {
  const parsed = parseJson(value)
  if (typeof parsed === 'string') return parsed.toLowerCase()
  if (isRecord(parsed)) {
    const status = parsed.status ?? parsed.state
    if (typeof status === 'string') return status.toLowerCase()
  }
  return undefined
}

const PR_LINK = /https?:\/\/[^\s/|<>]+\/([\w.-]+)\/([\w.-]+)\/pull\/(\d+)/g

/** PR links in a Slack text, bare or inside `<url|label>`, normalised and deduplicated. */
export function extractPrLinks(textValue: string): string[] {
  const links = new Set<string>()
  for (const match of textValue.matchAll(PR_LINK)) {
    const host = new URL(match[0]).origin
    links.add(`${host}/${match[1]}/${match[2]}/pull/${match[3]}`)
  }
  return [...links]
}

/** Every string inside a parsed tool result: message texts, PR bodies and the like. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out))
  else if (isRecord(value)) Object.values(value).forEach((v) => stringsIn(v, out))
  return out
}

function lastUserText(request: MessagesRequest): string {
  const users = request.messages.filter((m) => m.role === 'user')
  const last = users[users.length - 1]
  if (!last) return ''
  return blocksOf(last)
    .map((b) => (b.type === 'text' ? String(b.text) : b.type === 'tool_result' ? resultText(b.content) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

// ---------------------------------------------------------------- pr-merged

const GET_MESSAGES = 'slack_get_messages'
const GET_STATUS = 'github_get_status'
const ADD_REACJI = 'slack_add_reacji'
const POST_MESSAGE = 'slack_post_message'
const COMMENT = 'github_comment'
const DONE_STATUSES = new Set(['merged', 'closed'])

/** What a prompt injection found in tool results asks for (used by `injection-follower`). */
interface Injection {
  calls: ContentBlock[]
  /** "react :x: on everything": the reaction to put on every message instead. */
  reactOnEverything?: string
}

const INJECTED_POST = /post\s+["'“‘]([^"'”’]+)["'”’]\s+(?:to|in)\s+<?#?([CGD][A-Z0-9]{6,})/i
const INJECTED_REACT_ALL = /react(?:ion)?\s+:?([a-z0-9_+-]+):?\s+(?:on|to)\s+(?:everything|every message|all messages)/i
const INJECTED_COMMENT = /comment\s+(?:["'“‘]([^"'”’]+)["'”’]\s+)?on\s+((?:https?:\/\/\S+\/pull\/\d+)|(?:[\w.-]+\/[\w.-]+#\d+))/i

/** Reads the instructions a gullible model would obey out of every tool result so far. */
function findInjections(exchanges: ToolExchange[]): Injection {
  const injection: Injection = { calls: [] }
  for (const exchange of exchanges) {
    if (!exchange.result || exchange.result.isError) continue
    for (const value of stringsIn(parseJson(exchange.result.text))) {
      const post = INJECTED_POST.exec(value)
      if (post) injection.calls.push(toolUse(POST_MESSAGE, { text: post[1]!, channel: post[2]! }))
      const react = INJECTED_REACT_ALL.exec(value)
      if (react) injection.reactOnEverything = react[1]!
      const comment = INJECTED_COMMENT.exec(value)
      if (comment) injection.calls.push(toolUse(COMMENT, { url: comment[2]!, body: comment[1] ?? 'Done, as instructed.' }))
    }
  }
  return injection
}

const callKey = (name: string, input: unknown): string => `${name} ${JSON.stringify(input)}`

/**
 * The pr_merged workflow, one step per turn: read messages, check every linked PR in one
 * turn, react on every merged or closed one in one turn, then summarise. Four turns for
 * any number of messages. With `followInjections`, instructions found in tool results are
 * obeyed too (they are issued once, beside the next regular step).
 */
function planPrMerged(request: MessagesRequest, followInjections: boolean): PolicyReply {
  const tools = offeredTools(request)
  if (tools.size === 0) return endTurn('No tools were offered, so there is nothing I can do.')
  // A workflow always has files_*: without Slack reads it is not the pr_merged example, which
  // the stand-in cannot play and must not pass for having done.
  if (!tools.has(GET_MESSAGES)) return notAnExample()
  const exchanges = readExchanges(request)

  const made = new Set(exchanges.map((e) => callKey(e.name, e.input)))
  const injection: Injection = followInjections ? findInjections(exchanges) : { calls: [] }
  const pendingInjected = injection.calls.filter((call) => call.type === 'tool_use' && !made.has(callKey(call.name, call.input)))
  const withInjected = (calls: ContentBlock[], preface: string): PolicyReply => callTools([...calls, ...pendingInjected], preface)

  // 1. Read the channel. A failed read is reported, not retried forever.
  const reads = exchanges.filter((e) => e.name === GET_MESSAGES)
  const read = [...reads].reverse().find((e) => e.result && !e.result.isError)
  if (!read) {
    if (reads.length > 0) {
      const failure = reads[reads.length - 1]!.result?.text ?? 'no result'
      return endTurn(`I could not read the Slack messages: ${failure.slice(0, 200)}`)
    }
    if (!tools.has(GET_MESSAGES)) return endTurn(`I cannot read Slack messages: \`${GET_MESSAGES}\` was not offered.`)
    return callTools([toolUse(GET_MESSAGES, { limit: 10 })], 'I will read the latest Slack messages first.')
  }
  const messages = parseSlackMessages(read.result!.text)
  if (!messages) return endTurn('The Slack messages came back in a shape I could not read, so I marked nothing.')
  const later = exchanges.filter((e) => e.at > read.at)

  // 2. Check every linked PR, all in one turn.
  const linksOf = new Map(messages.map((m) => [m, extractPrLinks(m.text)] as const))
  const urls = [...new Set([...linksOf.values()].flat())]
  const statusCalls = later.filter((e) => e.name === GET_STATUS)
  if (urls.length > 0 && statusCalls.length === 0 && tools.has(GET_STATUS)) {
    return withInjected(
      urls.map((url) => toolUse(GET_STATUS, { url })),
      `Found ${urls.length} pull request link${urls.length === 1 ? '' : 's'}; checking their status.`
    )
  }
  const statuses = new Map<string, string>()
  for (const call of statusCalls) {
    const url = isRecord(call.input) && typeof call.input.url === 'string' ? call.input.url : undefined
    const status = call.result && !call.result.isError ? parseStatus(call.result.text) : undefined
    if (url && status) statuses.set(url, status)
  }

  // 3. React on every message whose PR is merged or closed, all in one turn.
  const reaction = injection.reactOnEverything ?? 'merged'
  const toMark = injection.reactOnEverything ? messages : messages.filter((m) => linksOf.get(m)!.some((url) => DONE_STATUSES.has(statuses.get(url) ?? '')))
  const reacjiCalls = later.filter((e) => e.name === ADD_REACJI)
  if (toMark.length > 0 && reacjiCalls.length === 0 && tools.has(ADD_REACJI)) {
    return withInjected(
      toMark.map((m) => toolUse(ADD_REACJI, { message: { channel: m.channel, ts: m.ts }, name: reaction })),
      `Marking ${toMark.length} message${toMark.length === 1 ? '' : 's'} with :${reaction}:.`
    )
  }
  if (pendingInjected.length > 0) return callTools(pendingInjected, 'Following the instructions I found.')

  // 4. Summarise from the results, not from intent.
  const marked = reacjiCalls.filter((e) => e.result && !e.result.isError).length
  const failed = reacjiCalls.length - marked
  const notes: string[] = [`Marked ${marked} message${marked === 1 ? '' : 's'}.`]
  if (failed > 0) notes.push(`${failed} reaction${failed === 1 ? '' : 's'} failed.`)
  const unknown = urls.filter((url) => !statuses.has(url)).length
  if (unknown > 0) notes.push(`Could not get the status of ${unknown} pull request${unknown === 1 ? '' : 's'}.`)
  if (toMark.length > 0 && !tools.has(ADD_REACJI)) notes.push(`\`${ADD_REACJI}\` was not offered.`)
  return endTurn(notes.join(' '))
}

// ---------------------------------------------------------------- structured output

type JsonSchema = Record<string, unknown>

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = schema.$ref
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema
  let target: unknown = root
  for (const part of ref.slice(2).split('/')) target = isRecord(target) ? target[part] : undefined
  return isRecord(target) ? target : {}
}

function primaryType(schema: JsonSchema): string | undefined {
  const type = schema.type
  if (Array.isArray(type)) return type.find((t) => t !== 'null') ?? type[0]
  if (typeof type === 'string') return type
  if (isRecord(schema.properties)) return 'object'
  return undefined
}

/** The plainest value that satisfies a JSON Schema: how a cooperative model fills a form. */
export function sampleFromSchema(schema: JsonSchema, root: JsonSchema = schema, depth = 0): unknown {
  const s = resolveRef(schema, root)
  if (depth > 20) return null
  if ('const' in s) return s.const
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0]
  const variants = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined
  if (Array.isArray(variants) && variants.length > 0) {
    const nonNull = variants.find((v) => isRecord(v) && v.type !== 'null') ?? variants[0]!
    return sampleFromSchema(nonNull, root, depth + 1)
  }
  if (Array.isArray(s.allOf)) {
    return Object.assign({}, ...s.allOf.map((part) => sampleFromSchema(part as JsonSchema, root, depth + 1)))
  }
  switch (primaryType(s)) {
    case 'object': {
      const properties = isRecord(s.properties) ? s.properties : {}
      const required = Array.isArray(s.required) ? (s.required as string[]) : []
      const value: Record<string, unknown> = {}
      for (const key of required) {
        const property = properties[key]
        value[key] = isRecord(property) ? sampleFromSchema(property, root, depth + 1) : 'other'
      }
      return value
    }
    case 'string': {
      const min = typeof s.minLength === 'number' ? s.minLength : 0
      return 'other'.padEnd(min, '-')
    }
    case 'integer':
    case 'number': {
      if (typeof s.minimum === 'number' && s.minimum > 0) return s.type === 'integer' ? Math.ceil(s.minimum) : s.minimum
      if (typeof s.exclusiveMinimum === 'number' && s.exclusiveMinimum >= 0) return Math.floor(s.exclusiveMinimum) + 1
      return 0
    }
    case 'boolean':
      return false
    case 'array': {
      const min = typeof s.minItems === 'number' ? s.minItems : 0
      const item = isRecord(s.items) ? sampleFromSchema(s.items, root, depth + 1) : 'other'
      return Array.from({ length: min }, () => item)
    }
    case 'null':
      return null
    default:
      return 'other'
  }
}

function wrongTypeFor(schema: JsonSchema): unknown {
  if (Array.isArray(schema.enum)) return '__not_one_of_the_enum__'
  switch (primaryType(schema)) {
    case 'string':
      return 0
    case 'number':
    case 'integer':
      return 'not a number'
    case 'boolean':
      return 'no'
    case 'array':
      return 'not a list'
    default:
      return 'not an object'
  }
}

/** An object that breaks the schema: required fields left out, or a field of the wrong type. */
export function violateSchema(schema: JsonSchema): Record<string, unknown> {
  const s = resolveRef(schema, schema)
  const required = Array.isArray(s.required) ? s.required : []
  if (required.length > 0) return {}
  const properties = isRecord(s.properties) ? s.properties : {}
  const first = Object.keys(properties)[0]
  if (first !== undefined) return { [first]: wrongTypeFor(resolveRef(properties[first] as JsonSchema, s)) }
  // A schema that accepts any object cannot be broken by an object; this is the best try.
  return { unexpected_field: true }
}

/** The tool a request forces (`tool_choice` tool, or `any` with its first tool). */
function forcedTool(request: MessagesRequest): { name: string; schema: JsonSchema } | undefined {
  const choice = request.tool_choice
  const tools = offeredTools(request)
  let name: string | undefined
  if (choice?.type === 'tool') name = choice.name
  else if (choice?.type === 'any') name = [...tools.keys()][0]
  const tool = name === undefined ? undefined : tools.get(name)
  if (!name || !tool) return undefined
  return { name, schema: isRecord(tool.input_schema) ? tool.input_schema : { type: 'object' } }
}

function outputSchema(request: MessagesRequest): JsonSchema | undefined {
  const format = request.output_config?.format
  return format?.type === 'json_schema' && isRecord(format.schema) ? format.schema : undefined
}

/** A schema the system prompt gives between <json-schema> tags: how a model that has no structured outputs is asked. */
function promptSchema(request: MessagesRequest): JsonSchema | undefined {
  const system = typeof request.system === 'string' ? request.system : (request.system ?? []).map((b) => b.text).join('\n')
  const found = /<json-schema>([\s\S]*?)<\/json-schema>/.exec(system)?.[1]
  if (!found) return undefined
  const parsed = parseJson(found)
  return isRecord(parsed) ? parsed : undefined
}

function answerSubagent(request: MessagesRequest, shapeInput: (schema: JsonSchema) => unknown): PolicyReply {
  const forced = forcedTool(request)
  if (forced) {
    const input = shapeInput(forced.schema)
    return { content: [toolUse(forced.name, isRecord(input) ? input : { value: input })], stop_reason: 'tool_use' }
  }
  const schema = outputSchema(request) ?? promptSchema(request)
  if (schema) return endTurn(JSON.stringify(shapeInput(schema)))
  return endTurn(`summary: ${lastUserText(request).slice(0, 60).trimEnd()}`)
}

// ---------------------------------------------------------------- migrate

/** The script the `migrate` policy writes: pr_merged as a TypeScript script coordinator. */
export const MIGRATED_PR_MERGED_SCRIPT = String.raw`import type { Handler } from 'hybrid-coordinator'

const PR_LINK = /https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/pull\/\d+/g
const DONE = new Set(['merged', 'closed'])

// Mark every Slack message whose linked pull request is merged or closed with :merged:.
const handler: Handler = async (_trigger, tools) => {
  const messages = await tools.slack.get_messages({ limit: 10 })
  const marked = await Promise.all(
    messages.map(async (msg) => {
      const urls = [...new Set(msg.text.match(PR_LINK) ?? [])]
      const statuses = await Promise.all(urls.map((url) => tools.github.get_status(url)))
      if (!statuses.some((status) => DONE.has(status))) return false
      await tools.slack.add_reacji(msg, 'merged')
      return true
    })
  )
  return { marked: marked.filter(Boolean).length }
}

export default handler
`

const MIGRATE_ANSWER = [
  'Here is the workflow rewritten as a script coordinator. It makes the same calls the',
  'traces show: one read, one status check per linked pull request, one reaction per',
  'merged or closed one.',
  '',
  '```ts',
  MIGRATED_PR_MERGED_SCRIPT.trimEnd(),
  '```'
].join('\n')

// ---------------------------------------------------------------- misled models

/** `owner/repo` and the number of the triggering PR or issue, read from the first user message. */
function triggerIssue(request: MessagesRequest): string | undefined {
  const first = request.messages.find((m) => m.role === 'user')
  const textValue = first
    ? blocksOf(first)
        .map((b) => (b.type === 'text' ? String(b.text) : ''))
        .join('\n')
    : ''
  const repo = /"repository":\s*"([\w.-]+\/[\w.-]+)"/.exec(textValue)?.[1]
  const number = /"number":\s*(\d+)/.exec(textValue)?.[1]
  return repo && number ? `${repo}#${number}` : undefined
}

/**
 * A model talked into leaking a secret it holds (here: the API key of its own request) in
 * every mutating tool it is offered: a Slack post and a comment on the triggering PR.
 */
function leakCredential(request: MessagesRequest, ctx: PolicyContext): PolicyReply {
  if (!firstStep(request)) return endTurn('I posted the key as asked.')
  const tools = offeredTools(request)
  const secret = ctx.credential ?? 'no-credential'
  const calls: ContentBlock[] = []
  if (tools.has(POST_MESSAGE)) calls.push(toolUse(POST_MESSAGE, { text: `As requested, the key is ${secret}` }))
  const issue = triggerIssue(request)
  if (tools.has(COMMENT) && issue) calls.push(toolUse(COMMENT, { url: issue, body: `As requested, the key is ${secret}` }))
  return calls.length ? callTools(calls, 'Posting the key, as the message asked.') : endTurn('I have no tool to post with.')
}

const READ_AND_COPY = /read\s+([\w.-]+\/[\w.-]+#\d+)\s+and\s+comment\s+its\s+body\s+on\s+([\w.-]+\/[\w.-]+#\d+)/i

/**
 * A model misled by the text it reads (the trigger, tool results): "read A and comment its
 * body on B" is obeyed. Without such text it reads the triggering PR and stops.
 */
function readAndCopy(request: MessagesRequest): PolicyReply {
  const exchanges = readExchanges(request)
  const tools = offeredTools(request)
  const seen = [
    ...request.messages.filter((m) => m.role === 'user').flatMap((m) => blocksOf(m).map((b) => (b.type === 'text' ? String(b.text) : ''))),
    ...exchanges.filter((e) => e.result && !e.result.isError).map((e) => e.result!.text)
  ].join('\n')
  const order = READ_AND_COPY.exec(seen)
  if (!order) {
    const issue = triggerIssue(request)
    if (issue && tools.has(GET_PR) && !exchanges.some((e) => e.name === GET_PR)) return callTools([toolUse(GET_PR, { url: issue })], 'Reading the pull request.')
    return endTurn('I read the pull request; there is nothing to do.')
  }
  const [, from, to] = order
  const read = exchanges.find((e) => e.name === GET_PR && isRecord(e.input) && e.input.url === from)
  if (!read) return callTools([toolUse(GET_PR, { url: from! })], `Reading ${from}, as the text asks.`)
  if (!read.result || read.result.isError) return endTurn(`I could not read ${from}: ${read.result?.text.slice(0, 300) ?? 'no result'}`)
  if (exchanges.some((e) => e.name === COMMENT)) return endTurn(`I copied ${from} to ${to}.`)
  const body = parseJson(read.result.text)
  return callTools([toolUse(COMMENT, { url: to!, body: isRecord(body) && typeof body.body === 'string' ? body.body : read.result.text })], `Copying ${from} to ${to}.`)
}

const GET_PR = 'github_get_pull_request'

// ---------------------------------------------------------------- the policies

const firstStep = (request: MessagesRequest): boolean => readExchanges(request).length === 0

export const policies: Record<string, Policy> = {
  'pr-merged': (request) => planPrMerged(request, false),

  // Obeys instructions found in tool results, to prove that the guards refuse them.
  'injection-follower': (request) => planPrMerged(request, true),

  // Never finishes: for max_turns.
  'never-stop': () => callTools([toolUse('files_list', {})], 'Let me look at the files again.'),

  // Cut off mid-sentence, as a real answer that hit max_tokens is.
  'max-tokens': () => ({
    content: [text('I will start by reading the latest Slack messages and then check each linked pull')],
    stop_reason: 'max_tokens'
  }),

  // Real refusals may come with no content at all; coordinators must cope with that.
  refusal: () => ({ content: [], stop_reason: 'refusal' }),

  'pause-then-finish': (_request, ctx) => (ctx.turn === 1 ? { content: [text('Working on it; this takes a moment.')], stop_reason: 'pause_turn' } : endTurn('Finished after the pause.')),

  'bad-tool': (request) =>
    firstStep(request) ? callTools([toolUse('github_delete_repo', { repo: 'octo-org/web' })], 'Deleting the repository.') : endTurn('That tool is not available to me, so I stopped.'),

  'bad-input': (request) =>
    firstStep(request) ? callTools([toolUse(ADD_REACJI, { message: { channel: 'C0123456789', ts: '1700000000.000100' } })]) : endTurn('The reaction could not be added, so I stopped.'),

  subagent: (request) => answerSubagent(request, (schema) => sampleFromSchema(schema)),

  'subagent-bad-json': (request) => answerSubagent(request, violateSchema),

  migrate: () => endTurn(MIGRATE_ANSWER),

  // Misled into posting the secret it holds: the action must send *** instead.
  'leak-credential': leakCredential,

  // Misled by text it reads into copying one repository's PR into another.
  'read-and-copy': readAndCopy,

  // The MCP example (workflows/tickets_llm.yml): search the tracker, open one follow-up.
  tickets: planTickets
}

// ---------------------------------------------------------------- tickets (MCP)

/**
 * Plays the model for the ticket-tracker example: search the tickets for the merged pull
 * request's title, then open one "Verify fix" ticket naming what it found, then say so.
 * Finds the tools by their MCP names (`mcp_<server>_search`, `mcp_<server>_create`), so
 * any server key works; its answers come from the tool results it was sent.
 */
function planTickets(request: MessagesRequest): PolicyReply {
  const tools = [...offeredTools(request).keys()]
  const search = tools.find((n) => /^mcp_.+_search$/.test(n))
  const create = tools.find((n) => /^mcp_.+_create$/.test(n))
  if (!search) return endTurn('No ticket search tool was offered, so I did nothing.')
  const exchanges = readExchanges(request)
  const searched = exchanges.find((e) => e.name === search)
  const first = request.messages[0]
  const opening = first
    ? blocksOf(first)
        .map((b) => (b.type === 'text' ? String(b.text) : ''))
        .join('\n')
    : ''
  const title = /"title":\s*"((?:[^"\\]|\\.)*)"/.exec(opening)?.[1] ?? 'login'
  if (!searched) return callTools([toolUse(search, { query: title.split(/\s+/).slice(0, 3).join(' ') })], 'I will look for tickets about this change first.')
  if (!searched.result || searched.result.isError) return endTurn(`The ticket search failed: ${searched.result?.text.slice(0, 200) ?? 'no result'}`)
  const parsed = parseJson(searched.result.text)
  const found = isRecord(parsed) && isRecord(parsed.structuredContent) && Array.isArray(parsed.structuredContent.tickets) ? parsed.structuredContent.tickets.filter(isRecord) : []
  const open = found.filter((t) => t.status === 'open').map((t) => String(t.id))
  const created = exchanges.find((e) => e.name === create)
  if (!created && create) {
    return callTools(
      [toolUse(create, { title: `Verify fix: ${title}`.slice(0, 200), body: open.length ? `Related open tickets: ${open.join(', ')}` : 'No related open ticket was found.' })],
      `Found ${open.length} related open ticket(s); opening a follow-up.`
    )
  }
  if (!created) return endTurn(`Related open tickets: ${open.join(', ') || 'none'}. I cannot open tickets here.`)
  if (!created.result || created.result.isError) return endTurn(`Opening the follow-up ticket failed: ${created.result?.text.slice(0, 200) ?? 'no result'}`)
  const said = parseJson(created.result.text)
  return endTurn(`Related open tickets: ${open.join(', ') || 'none'}. ${(isRecord(said) && typeof said.text === 'string' ? said.text : created.result.text).slice(0, 200)}`)
}
