import type Anthropic from '@anthropic-ai/sdk'
import type { ToolDefinition } from '../../tools/define.js'
import type { Caller, Toolbox } from '../../tools/toolbox.js'
import { llmToolName } from '../../tools/registry.js'
import { llmToolSpec } from '../../tools/llm-spec.js'
import type { VirtualFileStore } from '../../virtual-files.js'
import { BudgetError, ToolError, errorMessage } from '../../errors.js'
import { createMessage, throwIfAborted, type ModelSession } from './llm-api.js'
import { stripHiddenDeep, stripHiddenText } from '../../tools/hidden-text.js'
import { loopThinking, lookupModel } from '../../models/capabilities.js'

/**
 * The model loop, shared by `coordinator: llm` and named subagents: ask the model, run
 * every tool call of its turn together, hand the results back, until it ends its turn or
 * a cap runs out. In the shape of the SDK's tool runner, with our toolbox (guards, dry
 * run, records) in front of every tool.
 */

/** A tool the loop answers itself rather than through the toolbox (the `subagent` tool). */
export interface LoopTool {
  spec: Anthropic.Tool
  run(input: Record<string, unknown>): Promise<unknown>
}

export interface LoopOptions {
  session: ModelSession
  /** Trace name of the requests: `llm`, `subagent:classifier`. */
  caller: string
  /** Who the toolbox records as making the calls. */
  toolCaller: Caller
  /** How errors name the model: "the model", "subagent classifier". */
  who: string
  model: string
  /** System prompt blocks: the workflow's prompt, then our frame. */
  system: string[]
  firstMessage: string
  toolbox: Toolbox
  /** The toolbox tools offered (a subagent gets a subset). */
  tools: readonly ToolDefinition[]
  extraTools?: readonly LoopTool[]
  /** Where results over `resultLimit` characters are set aside as virtual files. */
  files: VirtualFileStore
  maxTurns: number
  maxTokens: number
  resultLimit?: number
  /** Updated as the loop goes, so a caller can report the turns (and notes) of a failed run. */
  progress?: LoopProgress
}

/** What the model wrote beside its tool calls: the reader's "why it called what". */
export interface ModelNote {
  turn: number
  text: string
}

export interface LoopProgress {
  turns: number
  /** The model's notes of its tool turns: thinking text (Sonnet 5.5 returns the text between tool calls there) and text. */
  notes?: ModelNote[]
  /** Set when the model table does not know the model (or it is deprecated). */
  notice?: string
}

export interface LoopResult {
  /** The text of the model's final turn. */
  text: string
  turns: number
  notes: ModelNote[]
  notice?: string
}

/** A result longer than this many characters goes to a virtual file, not into the context. */
export const RESULT_LIMIT = 16_000
/** How much of a set-aside result the model sees. */
const PREVIEW_LINES = 20
const PREVIEW_CHARS = 1_500

/** The model stopped for a reason other than ending its turn or calling tools. */
export class ModelStopError extends Error {
  override name = 'ModelStopError'
  constructor(
    message: string,
    readonly stopReason: string
  ) {
    super(message)
  }
}

const EPHEMERAL = { type: 'ephemeral' } as const

export async function runModelLoop(options: LoopOptions): Promise<LoopResult> {
  const { session, toolbox } = options
  const progress = options.progress ?? { turns: 0 }
  const notes = (progress.notes ??= [])
  // The model table decides what this model is sent: never `thinking: disabled` (Sonnet 5.5
  // refuses it), adaptive thinking with its notes returned where the model takes `display`.
  const { capabilities, notice } = lookupModel(options.model)
  if (notice) progress.notice = notice
  const thinking = loopThinking(capabilities)
  if (capabilities.known && options.maxTokens > capabilities.maxOutputTokens) {
    throw new Error(`max_tokens ${options.maxTokens} is above the ${capabilities.maxOutputTokens} output tokens ${options.model} can write: lower max_tokens in the config`)
  }
  const offered = new Map(options.tools.map((t) => [llmToolName(t.name), t]))
  const extra = new Map((options.extraTools ?? []).map((t) => [t.spec.name, t]))
  const specs: Anthropic.Tool[] = [...options.tools.map((t) => llmToolSpec(t) as Anthropic.Tool), ...(options.extraTools ?? []).map((t) => t.spec)]
  // Breakpoints: the tools, the system prompt, and (below) the newest message plus the one
  // the previous request ended with: four, the API's maximum, and every turn after the
  // first reads all but its newest blocks from the cache.
  if (specs.length) specs[specs.length - 1] = { ...specs[specs.length - 1]!, cache_control: EPHEMERAL }
  const system: Anthropic.TextBlockParam[] = options.system.filter((s) => s.trim()).map((text) => ({ type: 'text', text }))
  if (system.length) system[system.length - 1] = { ...system[system.length - 1]!, cache_control: EPHEMERAL }
  const messages: Anthropic.MessageParam[] = [{ role: 'user', content: [{ type: 'text', text: options.firstMessage }] }]
  let previousEnd = -1
  let spilled = 0

  // The client first: loading the SDK is start-up, not the loop's overhead per turn.
  await session.client()
  // The loop's own time (bench: overhead per turn), excluding waits on the model and tools.
  let mark = performance.now()
  let own = 0

  for (;;) {
    throwIfAborted(session.signal)
    if (progress.turns >= options.maxTurns) {
      throw new BudgetError(`${options.who} was still working after max_turns (${options.maxTurns}) model calls`, 'max_turns')
    }
    const turn = ++progress.turns
    const end = messages.length - 1
    const params: Anthropic.MessageCreateParamsNonStreaming = {
      model: options.model,
      max_tokens: options.maxTokens,
      // No temperature: API version 2026-10-21 (the SDK's) refuses every sampling parameter.
      system,
      messages: withBreakpoints(messages, [previousEnd, end]),
      ...(specs.length ? { tools: specs } : {}),
      ...(thinking ? { thinking } : {})
    }
    previousEnd = end
    const sendAt = performance.now()
    own += sendAt - mark
    const { message, durationMs } = await createMessage(session, params, { caller: options.caller, turn, overheadMs: round(own) })
    mark = performance.now()
    own = Math.max(0, mark - sendAt - durationMs)

    const blocks = assistantBlocks(message.content)
    const stop = message.stop_reason
    if (stop === 'pause_turn') {
      // A paused turn goes back as it is, and the model carries on from it.
      appendAssistant(messages, trimFinal(blocks))
      continue
    }
    if (blocks.length) appendAssistant(messages, blocks)
    const toolUses = blocks.filter((b): b is Anthropic.ToolUseBlockParam => b.type === 'tool_use')
    if (toolUses.length) notes.push(...modelNotes(blocks, turn))
    if (stop === 'end_turn' || stop === 'stop_sequence' || (stop === 'tool_use' && toolUses.length === 0)) {
      return { text: finalText(messages), turns: turn, notes, ...(progress.notice ? { notice: progress.notice } : {}) }
    }
    if (stop !== 'tool_use') throw stopError(stop, options, turn, finalText(messages))

    // Every call of the turn at once: the toolbox admits them in block order before any
    // await, so limits are counted in the order the model asked.
    own += performance.now() - mark
    const results = await Promise.all(toolUses.map((use, i) => runToolUse(use, i)))
    mark = performance.now()
    messages.push({ role: 'user', content: results })
  }

  async function runToolUse(use: Anthropic.ToolUseBlockParam, index: number): Promise<Anthropic.ToolResultBlockParam> {
    const input = (use.input ?? {}) as Record<string, unknown>
    try {
      const local = extra.get(use.name)
      let output: unknown
      let spillable = true
      if (local) output = await local.run(input)
      else if (offered.has(use.name) || !toolbox.get(use.name)) {
        spillable = !offered.get(use.name)?.name.startsWith('files.')
        output = await toolbox.call(use.name, input, options.toolCaller)
      } else {
        const message = `${toolbox.get(use.name)!.name} is not offered to ${options.who}: its tools are ${[...offered.values()].map((t) => t.name).join(', ') || 'none'}`
        session.trace.write({ type: 'tool_call', workflow: session.workflow, caller: options.toolCaller, tool: toolbox.get(use.name)!.name, input, outcome: 'error', error: message })
        throw new ToolError(message, use.name)
      }
      // People's text (PR bodies, comments, Slack messages) reaches the model without hidden content.
      return { type: 'tool_result', tool_use_id: use.id, content: resultContent(use.name, stripHiddenDeep(output), spillable, index) }
    } catch (error) {
      return { type: 'tool_result', tool_use_id: use.id, is_error: true, content: stripHiddenText(errorMessage(error)) || 'the tool failed without a message' }
    }
  }

  /** The result as text; a large one is stored as a virtual file and previewed. */
  function resultContent(tool: string, output: unknown, spillable: boolean, index: number): string {
    const text = typeof output === 'string' ? (output === '' ? '""' : output) : (JSON.stringify(output) ?? 'null')
    const limit = options.resultLimit ?? RESULT_LIMIT
    if (!spillable || text.length <= limit) return text
    const pretty = typeof output === 'string' ? output : JSON.stringify(output, null, 2)
    const name = `tool-results/turn${progress.turns}-${tool}-${index + 1}-${++spilled}.${typeof output === 'string' ? 'txt' : 'json'}`
    options.files.add(name, pretty)
    const preview = pretty.split('\n').slice(0, PREVIEW_LINES).join('\n').slice(0, PREVIEW_CHARS)
    return [`The result is large (${pretty.length} characters), so it was stored as the virtual file "${name}".`, 'Read it with files_read (name, offset, limit). It begins:', preview, '[…]'].join(
      '\n'
    )
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100
}

/** What the model wrote in a tool turn besides its calls, in order: thinking text first, then text. */
function modelNotes(blocks: Anthropic.ContentBlockParam[], turn: number): ModelNote[] {
  return blocks.flatMap((b): ModelNote[] => {
    const text = b.type === 'thinking' ? b.thinking : b.type === 'text' ? b.text : ''
    return text.trim() ? [{ turn, text: text.trim() }] : []
  })
}

/**
 * Response blocks as request blocks: only the fields the API takes back. Thinking blocks
 * (the notes between tool calls on Sonnet 5.5 included) go back exactly as they came, in
 * their place: they are signed for this model and conversation, and an altered or missing
 * one is a 400.
 */
function assistantBlocks(content: Anthropic.ContentBlock[]): Anthropic.ContentBlockParam[] {
  return content.flatMap((block): Anthropic.ContentBlockParam[] => {
    if (block.type === 'text') return block.text ? [{ type: 'text', text: block.text }] : []
    if (block.type === 'tool_use') return [{ type: 'tool_use', id: block.id, name: block.name, input: block.input }]
    return [block as unknown as Anthropic.ContentBlockParam] // thinking and the like go back unchanged
  })
}

/** A final assistant message may not end with whitespace. */
function trimFinal(blocks: Anthropic.ContentBlockParam[]): Anthropic.ContentBlockParam[] {
  const last = blocks[blocks.length - 1]
  if (last?.type !== 'text') return blocks
  const text = last.text.trimEnd()
  return text ? [...blocks.slice(0, -1), { type: 'text', text }] : blocks.slice(0, -1)
}

/** After a pause the continuation belongs to the same assistant message. */
function appendAssistant(messages: Anthropic.MessageParam[], blocks: Anthropic.ContentBlockParam[]): void {
  if (!blocks.length) return
  const last = messages[messages.length - 1]!
  if (last.role === 'assistant') last.content = [...(last.content as Anthropic.ContentBlockParam[]), ...blocks]
  else messages.push({ role: 'assistant', content: blocks })
}

function finalText(messages: Anthropic.MessageParam[]): string {
  const last = messages[messages.length - 1]!
  if (last.role !== 'assistant' || typeof last.content === 'string') return typeof last.content === 'string' ? last.content : ''
  return last.content
    .filter((b): b is Anthropic.TextBlockParam => b.type === 'text')
    .map((b) => b.text)
    .join('\n')
    .trim()
}

/** A copy of the messages with a cache breakpoint on the last block of each given message. */
export function withBreakpoints(messages: Anthropic.MessageParam[], at: number[]): Anthropic.MessageParam[] {
  const marks = new Set(at.filter((i) => i >= 0 && i < messages.length))
  return messages.map((message, i) => {
    if (!marks.has(i)) return message
    const blocks: Anthropic.ContentBlockParam[] = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : [...message.content]
    const last = blocks[blocks.length - 1]
    if (!last || last.type === 'thinking' || last.type === 'redacted_thinking') return message
    blocks[blocks.length - 1] = { ...last, cache_control: EPHEMERAL } as Anthropic.ContentBlockParam
    return { ...message, content: blocks } as Anthropic.MessageParam
  })
}

function stopError(stop: string | null, options: LoopOptions, turn: number, said: string): ModelStopError {
  switch (stop) {
    case 'max_tokens':
      return new ModelStopError(`${options.who}'s answer was cut off at max_tokens (${options.maxTokens}) in turn ${turn}: raise max_tokens in the config, or ask for shorter answers`, 'max_tokens')
    case 'refusal':
      // A refusal may say why (the sandbox's scripted model does): keep the first of it.
      return new ModelStopError(`${options.who} refused to go on (stop_reason refusal) in turn ${turn}${said ? `: ${said.slice(0, 300)}` : ''}`, 'refusal')
    case 'model_context_window_exceeded':
      return new ModelStopError(`${options.who} ran out of context window in turn ${turn} (stop_reason model_context_window_exceeded)`, 'model_context_window_exceeded')
    default:
      return new ModelStopError(`${options.who} stopped with an unexpected stop_reason "${stop}" in turn ${turn}`, String(stop))
  }
}
