import type Anthropic from '@anthropic-ai/sdk'
import type { z } from 'zod'
import type { Clients } from '../clients/index.js'
import type { TraceWriter } from '../report/trace.js'
import type { CoordinatorRun } from './contract.js'
import { formatIssues } from '../tools/toolbox.js'
import { llmToolName } from '../tools/registry.js'
import { errorMessage } from '../errors.js'
import { safeParse } from '../safe-parse.js'
import type { Subagent } from './subagent.js'
import { createMessage, LlmApiError, requestTimeoutFor, type ModelSession } from './llm/llm-api.js'
import { canForceTool, lookupModel } from '../models/capabilities.js'
import { prepareOutputSchema, UnsupportedSchemaError } from '../models/structured-output-schema.js'
import { DATA_NOT_INSTRUCTIONS, inputText } from './llm/llm-frame.js'
import { runModelLoop } from './llm/llm-loop.js'

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

type SubagentRun = Omit<CoordinatorRun, 'subagent'>

/** How subagent.json asks for its answer: structured outputs, a forced tool, or the schema in the prompt. */
type JsonMode = 'structured' | 'tool' | 'prompt'
const ANSWER_TOOL = 'answer'

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

type ReadAnswer = { ok: true; value: unknown } | { ok: false; missing: boolean; problem: string }

/** The answer of one subagent.json response, by the way it was asked for. */
function readAnswer(mode: JsonMode, message: Anthropic.Message): ReadAnswer {
  if (mode === 'tool') {
    const use = message.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use' && b.name === ANSWER_TOOL)
    return use ? { ok: true, value: use.input } : { ok: false, missing: true, problem: '' }
  }
  const text = message.content
    .flatMap((b) => (b.type === 'text' ? [b.text] : []))
    .join('')
    .trim()
  if (!text) return { ok: false, missing: true, problem: '' }
  const body = /^```(?:json)?\s*([\s\S]*?)\s*```$/.exec(text)?.[1] ?? text
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch (error) {
    return { ok: false, missing: false, problem: `the answer is not JSON (${errorMessage(error)})` }
  }
}

/** A response block as it goes back in the next request: thinking blocks exactly as they came. */
function toParam(block: Anthropic.ContentBlock): Anthropic.ContentBlockParam {
  if (block.type === 'text') return { type: 'text', text: block.text }
  if (block.type === 'tool_use') return { type: 'tool_use', id: block.id, name: block.name, input: block.input }
  return block as unknown as Anthropic.ContentBlockParam
}

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
    // A model outside the model table runs conservatively; its trace line says so.
    const notice = () => {
      const note = lookupModel((name && workflow.subagents[name]?.model) || model).notice
      return note ? { notice: note } : {}
    }
    try {
      const output = await work()
      deps.trace.write({ ...entry, output, ...notice() })
      return output
    } catch (error) {
      deps.trace.write({ ...entry, error: errorMessage(error), ...notice() })
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
      maxTokens: workflow.maxTokens
    })
    return text
  }

  async function json(instructions: string, input: unknown, schema: Record<string, unknown>): Promise<unknown> {
    if (typeof instructions !== 'string' || !instructions.trim()) throw new SubagentError('subagent.json: instructions must be a non-empty string')
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) throw new SubagentError('subagent.json: schema must be a JSON Schema object, like { type: "object", properties: {...} }')
    const { $schema: _ignored, ...plain } = schema
    let validator: z.ZodType
    // zod's classic API (the only one that reads a JSON Schema) loads here, on the first
    // subagent.json, not with the run machinery: the tools are written in its mini API.
    const { fromJSONSchema } = await import('zod')
    try {
      validator = fromJSONSchema(plain as Parameters<typeof fromJSONSchema>[0])
    } catch (error) {
      throw new SubagentError(`subagent.json: cannot check answers against this schema: ${errorMessage(error)}`)
    }
    const caps = lookupModel(model).capabilities
    // Answers are JSON objects on every path (a tool's input must be one): other roots are wrapped.
    const wrapped = plain.type !== 'object'
    const answerSchema: Record<string, unknown> = wrapped ? { type: 'object', properties: { value: plain }, required: ['value'], additionalProperties: false } : plain
    // Structured outputs where the model has them; a forced tool only where the model table
    // says it is accepted (never on Sonnet 5.5); otherwise the schema in the prompt.
    let mode: JsonMode = caps.structuredOutputs ? 'structured' : canForceTool(caps) ? 'tool' : 'prompt'
    let sent: Record<string, unknown> = answerSchema
    if (mode === 'structured') {
      try {
        sent = prepareOutputSchema(answerSchema).schema
      } catch (error) {
        if (!(error instanceof UnsupportedSchemaError)) throw error
        const path = wrapped ? error.path.replace(/^properties\.value\.?/, '') : error.path
        const title = typeof plain.title === 'string' ? ` "${plain.title}"` : ''
        throw new SubagentError(`subagent.json: the schema${title} cannot be used with structured outputs (${model}): at ${path || 'its root'}, it ${error.problem}; ${error.advice}`)
      }
    }
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: inputText(input) }]
    let problems = ''
    for (let attempt = 1; attempt <= 2; attempt++) {
      let message: Anthropic.Message
      try {
        ;({ message } = await createMessage(session, jsonRequest(mode, instructions, sent, messages), { caller: `${prefix}subagent.json`, turn: attempt }))
      } catch (error) {
        // A schema the API refuses: once more, with the schema in the prompt and the API's words.
        if (attempt === 1 && mode === 'structured' && error instanceof LlmApiError && error.status === 400 && /output_config/.test(error.message)) {
          problems = error.message
          mode = 'prompt'
          messages[0] = { role: 'user', content: `${inputText(input)}\n\n(Structured outputs refused the schema: ${error.message}. Answer with JSON matching the schema in the instructions.)` }
          continue
        }
        throw error
      }
      if (message.stop_reason === 'max_tokens') throw new SubagentError(`subagent.json: the answer was cut off at max_tokens (${workflow.maxTokens})`)
      const answer = readAnswer(mode, message)
      if (!answer.ok) {
        if (answer.missing) throw new SubagentError(`subagent.json: the model gave no answer (stop_reason ${message.stop_reason})`)
        problems = answer.problem
      } else {
        const value = wrapped && isObject(answer.value) ? answer.value.value : answer.value
        const checked = safeParse(validator, value)
        // A fresh copy: plain JSON of this realm, whatever the HTTP layer built it with.
        if (checked.success) return JSON.parse(JSON.stringify(value ?? null)) as unknown
        problems = formatIssues(checked.error)
      }
      // One retry, telling the model what was wrong; its turn goes back unchanged (thinking blocks included).
      messages.push({ role: 'assistant', content: message.content.map(toParam) })
      const use = message.content.find((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use' && b.name === ANSWER_TOOL)
      messages.push(
        use
          ? {
              role: 'user',
              content: [
                {
                  type: 'tool_result',
                  tool_use_id: use.id,
                  is_error: true,
                  content: `This answer does not match the schema: ${problems}. Call ${ANSWER_TOOL} again with input that matches the schema.`
                }
              ]
            }
          : { role: 'user', content: `That answer does not match the schema: ${problems}. Answer again with JSON that matches the schema.` }
      )
    }
    throw new SubagentError(`subagent.json: the model's answer failed the schema twice (2 requests); last problems: ${problems}`)
  }

  function jsonRequest(mode: JsonMode, instructions: string, schema: Record<string, unknown>, messages: Anthropic.MessageParam[]): Anthropic.MessageCreateParamsNonStreaming {
    const base = { model, max_tokens: workflow.maxTokens, messages }
    const system = (last: string): Anthropic.TextBlockParam[] => [
      { type: 'text', text: instructions },
      { type: 'text', text: `${ONE_SHOT_FRAME}\n${last}` }
    ]
    if (mode === 'structured') {
      return { ...base, system: system('Answer with the JSON the response format asks for.'), output_config: { format: { type: 'json_schema', schema } } }
    }
    if (mode === 'tool') {
      const tool: Anthropic.Tool = {
        name: ANSWER_TOOL,
        description: 'Give your answer by calling this tool: its input is your whole answer and must match the schema.',
        input_schema: schema as Anthropic.Tool.InputSchema
      }
      return { ...base, system: system(`Answer by calling the tool "${ANSWER_TOOL}".`), tools: [tool], tool_choice: { type: 'tool', name: ANSWER_TOOL } }
    }
    return { ...base, system: system(`Answer with one JSON value that matches this JSON Schema, and nothing else (no prose, no code fence):\n<json-schema>${JSON.stringify(schema)}</json-schema>`) }
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
      maxTokens: def.maxTokens ?? workflow.maxTokens
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
