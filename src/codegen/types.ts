import { TOOLS } from '../tools/registry.js'
import { inputJsonSchema } from '../tools/llm-spec.js'
import type { ToolDefinition } from '../tools/define.js'

/**
 * `types/index.d.ts`: the typed script API (`import type { Handler } from
 * 'hybrid-coordinator'`), generated from the tool registry so a script's completion and
 * type errors follow the tools the action really has. The few hand-written types below
 * (Trigger, Subagent, the tools' named output types) are checked against the source types
 * they stand for by `__tests__/cli/types.test.ts`, so they cannot drift either.
 */
export function renderScriptTypes(): string {
  const namespaces = new Map<string, ToolDefinition[]>()
  for (const tool of TOOLS) {
    const ns = tool.name.split('.')[0]
    namespaces.set(ns, [...(namespaces.get(ns) ?? []), tool])
  }
  const out: string[] = [HEADER, COMMON]
  for (const tool of TOOLS) out.push(renderInput(tool))
  out.push(
    doc(
      "The tools a script calls, as `tools.slack.get_messages(...)`. Each takes its parameters as one object (exactly what the LLM sends) or in order. A tool missing from the workflow's `tools:` list throws a clear error when called."
    ),
    'export interface Tools {',
    ...[...namespaces.keys()].map((ns) => `  ${ns}: ${pascal(ns)}Tools`),
    `  ${doc("Tools of the MCP servers under `mcp_servers`, as `tools.mcp.<server>.<tool>(args)`. A server's tools are known only when it runs, so these types cannot name them: each takes its arguments as one object and resolves to `unknown` (`{ text, structuredContent? }`); check the shape you rely on.")}`,
    '  mcp: McpTools',
    '}',
    '',
    'export type McpTools = Record<string, Record<string, (args?: Record<string, unknown>) => Promise<unknown>>>',
    ''
  )
  for (const [ns, tools] of namespaces) {
    out.push(`export interface ${pascal(ns)}Tools {`)
    for (const tool of tools) out.push(...renderMethods(tool))
    out.push('}', '')
  }
  out.push(HANDLER)
  return out.join('\n')
}

/** `slack.get_messages` -> `SlackGetMessagesInput`. */
export function inputTypeName(tool: string): string {
  return `${tool.split(/[._]/).map(pascal).join('')}Input`
}

function pascal(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

type Schema = Record<string, unknown>

function renderInput(tool: ToolDefinition): string {
  const schema = inputJsonSchema(tool)
  const props = (schema.properties ?? {}) as Record<string, Schema>
  const comment = doc(`Input of \`${tool.name}\`${tool.mutates ? " (mutates: guarded by the workflow's limits and allow-lists)" : ''}.`)
  if (!Object.keys(props).length) return `${comment}\nexport type ${inputTypeName(tool.name)} = Record<string, never>\n`
  const lines = [comment, `export interface ${inputTypeName(tool.name)} {`]
  const required = new Set((schema.required ?? []) as string[])
  for (const [name, prop] of Object.entries(props)) {
    const comment = propDoc(prop)
    if (comment) lines.push(`  ${comment}`)
    lines.push(`  ${name}${required.has(name) ? '' : '?'}: ${tsType(prop, '  ')}`)
  }
  lines.push('}', '')
  return lines.join('\n')
}

function renderMethods(tool: ToolDefinition): string[] {
  const fn = tool.name.split('.')[1]
  const schema = inputJsonSchema(tool)
  const required = new Set((schema.required ?? []) as string[])
  const result = `Promise<${tool.outputType}>`
  const comment = `  ${doc(`${tool.description}${tool.mutates ? ' Mutates: in a dry run it is recorded, not sent.' : ''}`)}`
  if (!tool.params.length) return [comment, `  ${fn}(): ${result}`]
  const input = inputTypeName(tool.name)
  const named = `  ${fn}(input${required.size ? '' : '?'}: ${input}): ${result}`
  // Positional form: a parameter may be left out only when every later one may be too.
  let optionalFrom = tool.params.length
  while (optionalFrom > 0 && !required.has(tool.params[optionalFrom - 1])) optionalFrom--
  const positional = tool.params.map((p, i) => (i >= optionalFrom ? `${p}?: ${input}['${p}']` : `${p}: ${input}['${p}']`))
  return [comment, named, `  ${fn}(${positional.join(', ')}): ${result}`]
}

function propDoc(prop: Schema): string {
  const parts = [typeof prop.description === 'string' ? prop.description : '']
  if (prop.default !== undefined && !/\bdefault\b/.test(parts[0])) parts.push(`@default ${JSON.stringify(prop.default)}`)
  const text = parts.filter(Boolean).join(' ')
  return text ? doc(text) : ''
}

/** A JSON Schema (as zod 4 emits it for tool inputs) as TypeScript type text. */
export function tsType(schema: Schema, indent = ''): string {
  if ('const' in schema) return JSON.stringify(schema.const)
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ')
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (Array.isArray(variants)) return [...new Set(variants.map((v) => tsType(v, indent)))].join(' | ')
  const type = schema.type
  if (Array.isArray(type)) return type.map((t) => tsType({ ...schema, type: t }, indent)).join(' | ')
  switch (type) {
    case 'string':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    case 'array': {
      const item = schema.items && typeof schema.items === 'object' ? tsType(schema.items as Schema, indent) : 'unknown'
      return /[|&]/.test(item) ? `Array<${item}>` : `${item}[]`
    }
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>
      const required = new Set((schema.required ?? []) as string[])
      const inner = `${indent}  `
      const lines = Object.entries(props).map(([k, v]) => {
        const comment = propDoc(v)
        return `${comment ? `${inner}${comment}\n` : ''}${inner}${k}${required.has(k) ? '' : '?'}: ${tsType(v, inner)}`
      })
      // A loose object (other keys allowed and ignored) gets no index signature: a value typed
      // by an interface, such as a SlackMessage, would not be assignable to one.
      const extra = schema.additionalProperties
      if (extra && typeof extra === 'object' && Object.keys(extra).length) lines.push(`${inner}[key: string]: ${tsType(extra as Schema, inner)}`)
      return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : 'Record<string, never>'
    }
    default:
      return 'unknown'
  }
}

function doc(text: string): string {
  return `/** ${text.replace(/\*\//g, '*\\/')} */`
}

const HEADER = `// Generated from the tool registry (src/tools) by \`npm run generate\`: do not edit.
// The typed API of Hybrid Coordinator script coordinators:
//   import type { Handler } from 'hybrid-coordinator'
`

const COMMON = `/** The GitHub event that started the run, as both coordinators receive it. */
export interface Trigger {
  /** The event name: \`pull_request\`, \`schedule\`, \`workflow_dispatch\`... */
  event: string
  /** The payload's \`action\` (\`closed\`, \`opened\`...), or null. */
  action: string | null
  /** The event JSON as the runner wrote it. */
  payload: Record<string, unknown>
  /** \`owner/name\` */
  repository: string
  ref: string
  sha: string
  actor: string
}

/** A Slack message as \`slack.get_messages\` returns it. */
export interface SlackMessage {
  channel: string
  ts: string
  text: string
  user: string | null
}

/** A pull request as \`github.get_pull_request\` returns it. */
export interface PullRequest {
  number: number
  title: string
  state: 'open' | 'draft' | 'merged' | 'closed'
  merged: boolean
  draft: boolean
  author: string | null
  url: string
  labels: string[]
  body: string
}

/** The workflow's virtual files: its \`virtual_files\`, and \`trigger.json\` (the event). */
export interface VirtualFiles {
  /** The names of the files. */
  list(): string[]
  /** A file's text; throws naming the files there are when there is none by that name. */
  read(name: string): string
}

/**
 * One bounded LLM call per method, with no tools, recorded in the trace. \`call\` runs a
 * subagent declared under \`subagents:\` in the config, with its own subset of the tools.
 */
export interface Subagent {
  run(instructions: string, input?: unknown): Promise<string>
  /** An answer that matches the JSON Schema \`schema\`. */
  json(instructions: string, input: unknown, schema: Record<string, unknown>): Promise<unknown>
  summarize(input: unknown): Promise<string>
  call(name: string, input: unknown, files?: string[]): Promise<string>
}

/** A JSON value: what a handler may return (it becomes the workflow's \`result\`). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
`

const HANDLER = `/**
 * A script coordinator: \`export default handler\` (or \`export async function handler\`).
 * What it returns must be JSON: it becomes the workflow's \`result\`.
 */
export type Handler = (trigger: Trigger, tools: Tools, virtualFiles: VirtualFiles, subagent: Subagent) => unknown
`
