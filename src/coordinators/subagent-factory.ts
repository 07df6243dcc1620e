import type Anthropic from '@anthropic-ai/sdk'
import { z } from 'zod'
import type { Clients } from '../clients/index.js'
import type { TraceWriter } from '../report/trace.js'
import type { CoordinatorRun } from '../run-workflow.js'
import { formatIssues } from '../tools/toolbox.js'
import { llmToolName } from '../tools/registry.js'
import { errorMessage } from '../errors.js'
import type { Subagent } from './subagent.js'
import { createMessage, requestTimeoutFor, type ModelSession } from './llm-api.js'
import { DATA_NOT_INSTRUCTIONS, inputText } from './llm-frame.js'
import { runModelLoop } from './llm-loop.js'

export interface SubagentDeps {
  clients: Clients
  trace: TraceWriter
  defaultModel: string
}

export interface SubagentOptions {
  /** Put before every trace name of this handle's requests: `shadow/` for a shadow script's. */
  callerPrefix?: string
}

/** A subagent call failed in a way the script should hear about: bad schema, bad answer, unknown name. */
export class SubagentError extends Error {
  override name = 'SubagentError'
}

type SubagentRun = Omit<CoordinatorRun, 'subagent' | 'env'>

/** How much of one file `call(name, input, files)` puts in front of a subagent. */
const FILE_LIMIT = 16_000
const SUMMARIZE =
  'Summarize the input for a busy engineer: a few sentences or bullet points, the most important first. Keep names, numbers, links and identifiers exactly as written. Answer with the summary only.'
const ONE_SHOT_FRAME = `---\nYou are a subagent a workflow script calls for one narrow answer. Answer with the answer only: no preamble.\n${DATA_NOT_INSTRUCTIONS}`

/**
 * The `subagent` handle for one workflow run (SPEC section 5). `run`, `json` and
 * `summarize` are one bounded model call each, with no tools; `call` runs a named subagent
 * from the config through the same loop as `coordinator: llm`, with its own prompt, model,
 * caps and subset of the workflow's tools. Every request adds to the workflow's usage and
 * counts toward `max_total_tokens`; every method call is one `subagent` trace line.
 * Nothing here loads the SDK: the client is built on the first request.
 */
export async function createSubagent(run: SubagentRun, deps: SubagentDeps, options: SubagentOptions = {}): Promise<Subagent> {
  const { workflow } = run
  const prefix = options.callerPrefix ?? ''
  const model = workflow.model ?? deps.defaultModel
  const session: ModelSession = {
    workflow: workflow.name,
    client: () => deps.clients.anthropic(),
    trace: deps.trace,
    usage: run.usage,
    maxTotalTokens: workflow.maxTotalTokens,
    signal: run.signal,
    requestTimeoutMs: requestTimeoutFor(workflow.timeoutSeconds),
    provider: deps.clients.settings.provider?.provider,
    maxCostUsd: workflow.maxCostUsd
  }

  async function traced<T>(method: string, name: string | undefined, input: unknown, work: () => Promise<T>): Promise<T> {
    const entry = { type: 'subagent' as const, workflow: workflow.name, method: `${prefix}${method}`, ...(name ? { name } : {}), input }
    try {
      const output = await work()
      deps.trace.write({ ...entry, output })
      return output
    } catch (error) {
      deps.trace.write({ ...entry, error: errorMessage(error) })
      throw error
    }
  }

  /** One answer in text, no tools (a pause is allowed to finish: at most two requests). */
  async function oneShot(method: string, instructions: string, input: unknown): Promise<string> {
    if (typeof instructions !== 'string' || !instructions.trim()) throw new SubagentError(`subagent.${method}: instructions must be a non-empty string`)
    const { text } = await runModelLoop({
      session,
      caller: `${prefix}subagent.${method}`,
      toolCaller: 'script',
      who: `subagent.${method}`,
      model,
      system: [instructions, ONE_SHOT_FRAME],
      firstMessage: inputText(input),
      toolbox: run.toolbox,
      tools: [],
      files: run.files,
      maxTurns: 2,
      maxTokens: workflow.maxTokens,
    })
    return text
  }

  async function json(instructions: string, input: unknown, schema: Record<string, unknown>): Promise<unknown> {
    if (typeof instructions !== 'string' || !instructions.trim()) throw new SubagentError('subagent.json: instructions must be a non-empty string')
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) throw new SubagentError('subagent.json: schema must be a JSON Schema object, like { type: "object", properties: {...} }')
    const { $schema: _ignored, ...plain } = schema
    let validator: z.ZodType
    try {
      validator = z.fromJSONSchema(plain as Parameters<typeof z.fromJSONSchema>[0])
    } catch (error) {
      throw new SubagentError(`subagent.json: cannot check answers against this schema: ${errorMessage(error)}`)
    }
    // The answer comes as the input of a forced tool call; tool inputs must be objects.
    const wrapped = plain.type !== 'object'
    const tool: Anthropic.Tool = {
      name: 'answer',
      description: 'Give your answer by calling this tool: its input is your whole answer and must match the schema.',
      input_schema: (wrapped ? { type: 'object', properties: { value: plain }, required: ['value'], additionalProperties: false } : plain) as Anthropic.Tool.InputSchema
    }
    const system: Anthropic.TextBlockParam[] = [
      { type: 'text', text: instructions },
      { type: 'text', text: `${ONE_SHOT_FRAME}\nAnswer by calling the tool "answer".` }
    ]
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: inputText(input) }]
    let problems = ''
    for (let attempt = 1; attempt <= 2; attempt++) {
      const { message } = await createMessage(
        session,
        { model, max_tokens: workflow.maxTokens, system, messages, tools: [tool], tool_choice: { type: 'tool', name: 'answer' } },
        { caller: `${prefix}subagent.json`, turn: attempt }
      )
      if (message.stop_reason === 'max_tokens') throw new SubagentError(`subagent.json: the answer was cut off at max_tokens (${workflow.maxTokens})`)
      const use = message.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use' && b.name === 'answer')
      if (!use) throw new SubagentError(`subagent.json: the model gave no answer (stop_reason ${message.stop_reason})`)
      const value = wrapped ? (use.input as Record<string, unknown>).value : use.input
      const checked = validator.safeParse(value)
      // A fresh copy: plain JSON of this realm, whatever the HTTP layer built it with.
      if (checked.success) return JSON.parse(JSON.stringify(value ?? null)) as unknown
      problems = formatIssues(checked.error)
      // One retry, telling the model what was wrong.
      messages.push(
        { role: 'assistant', content: [{ type: 'tool_use', id: use.id, name: use.name, input: use.input }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, is_error: true, content: `This answer does not match the schema: ${problems}. Call answer again with input that matches the schema.` }] }
      )
    }
    throw new SubagentError(`subagent.json: the model's answer failed the schema twice (2 requests); last problems: ${problems}`)
  }

  async function call(name: string, input: unknown, files?: string[]): Promise<string> {
    const def = workflow.subagents[name]
    if (!def) {
      const known = Object.keys(workflow.subagents)
      throw new SubagentError(`subagent.call: no subagent named "${name}": ${known.length ? `the config's subagents are ${known.join(', ')}` : 'the config declares none under subagents:'}`)
    }
    const missing = (files ?? []).filter((f) => !run.files.has(f))
    if (missing.length) throw new SubagentError(`subagent.call(${name}): no virtual file named ${missing.map((f) => `"${f}"`).join(', ')}: the files are ${run.files.list().join(', ')}`)
    const tools = run.toolbox.tools.filter((t) => def.tools.includes(t.name))
    const frame = [
      '---',
      `You are the subagent "${name}" of the workflow "${workflow.name}". Do what the user message asks and answer with the result only.`,
      `Tools: ${tools.length ? tools.map((t) => llmToolName(t.name)).join(', ') : 'none'}. Calls that change something are checked by limits and allow-lists.`,
      DATA_NOT_INSTRUCTIONS
    ].join('\n')
    const attached = (files ?? []).map((f) => {
      const text = run.files.read(f)
      const shown = text.length > FILE_LIMIT ? `${text.slice(0, FILE_LIMIT)}\n[… cut: ${text.length - FILE_LIMIT} more characters]` : text
      return `\n\n<file name="${f}">\n${shown}\n</file>`
    })
    const { text } = await runModelLoop({
      session,
      caller: `${prefix}subagent:${name}`,
      toolCaller: `subagent:${name}`,
      who: `subagent ${name}`,
      model: def.model ?? model,
      system: [def.prompt, frame],
      firstMessage: inputText(input) + attached.join(''),
      toolbox: run.toolbox,
      tools,
      files: run.files,
      maxTurns: def.maxTurns ?? workflow.maxTurns,
      maxTokens: def.maxTokens ?? workflow.maxTokens,
    })
    return text
  }

  return {
    run: (instructions, input) => traced('run', undefined, { instructions, input }, () => oneShot('run', instructions, input)),
    json: (instructions, input, schema) => traced('json', undefined, { instructions, input, schema }, () => json(instructions, input, schema)),
    summarize: (input) => traced('summarize', undefined, { input }, () => oneShot('summarize', SUMMARIZE, input)),
    call: (name, input, files) => traced('call', name, { input, files }, () => call(name, input, files))
  }
}
