import type { ToolDefinition } from '../tools/define.js'
import { TOOLS } from '../tools/registry.js'
import { inputJsonSchema } from '../tools/llm-spec.js'

/**
 * `python/hybrid_coordinator.pyi`: the types of a Python coordinator's arguments, from the
 * same registry as the TypeScript types, so editors complete `tools.slack.get_messages(`.
 * At run time the bridge (src/coordinators/python/hc_runner.py) is importable under the
 * same name, so `from hybrid_coordinator import ToolError` works in both places.
 */

type JsonSchema = {
  type?: string | string[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  default?: unknown
  description?: string
}

/** Named output types of the registry (`outputType`), as TypedDicts. */
const NAMED_TYPES: Record<string, string> = {
  SlackMessage: `class SlackMessage(TypedDict):
    """A Slack message as slack.get_messages returns it."""
    channel: str
    ts: str
    text: str
    user: Optional[str]`,
  PullRequest: `class PullRequest(TypedDict):
    """A pull request as github.get_pull_request returns it."""
    number: int
    title: str
    state: Literal["open", "draft", "merged", "closed"]
    merged: bool
    draft: bool
    author: Optional[str]
    url: str
    labels: List[str]
    body: str`
}

/** A JSON Schema (a tool's parameter) as a Python annotation. */
export function schemaToPython(schema: JsonSchema): string {
  const union = schema.anyOf ?? schema.oneOf
  if (union) return joinUnion(union.map(schemaToPython))
  if (schema.const !== undefined) return `Literal[${pyLiteral(schema.const)}]`
  if (schema.enum) return `Literal[${schema.enum.map(pyLiteral).join(', ')}]`
  if (Array.isArray(schema.type)) return joinUnion(schema.type.map((type) => schemaToPython({ ...schema, type })))
  switch (schema.type) {
    case 'string':
      return 'str'
    case 'integer':
      return 'int'
    case 'number':
      return 'float'
    case 'boolean':
      return 'bool'
    case 'null':
      return 'None'
    case 'array':
      return `List[${schema.items ? schemaToPython(schema.items) : 'Any'}]`
    case 'object':
      return 'Mapping[str, Any]'
    default:
      return 'Any'
  }
}

function joinUnion(types: string[]): string {
  // Literal["a"] | Literal["b"] reads better as Literal["a", "b"].
  const literals = types.filter((t) => t.startsWith('Literal[')).map((t) => t.slice(8, -1))
  const rest = types.filter((t) => !t.startsWith('Literal['))
  const unique = [...new Set([...(literals.length ? [`Literal[${[...new Set(literals)].join(', ')}]`] : []), ...rest])]
  if (unique.length === 1) return unique[0]
  const withoutNone = unique.filter((t) => t !== 'None')
  const inner = withoutNone.length === 1 ? withoutNone[0] : `Union[${withoutNone.join(', ')}]`
  return unique.includes('None') ? `Optional[${inner}]` : inner
}

function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value)
  return '...'
}

/**
 * A tool's TypeScript `outputType` as a Python annotation. Covers what the registry uses
 * (primitives, string literal unions, `T[]`, object literals, the named types above) and
 * throws on anything else, so a new output type fails generation instead of becoming Any.
 */
export function outputTypeToPython(ts: string, tool: string, extra: Map<string, string>): string {
  const type = ts.trim()
  const parts = splitTop(type, '|')
  if (parts.length > 1) return joinUnion(parts.map((p) => outputTypeToPython(p, tool, extra)))
  if (type.endsWith('[]')) return `List[${outputTypeToPython(type.slice(0, -2), tool, extra)}]`
  if (/^'[^']*'$|^"[^"]*"$/.test(type)) return `Literal[${JSON.stringify(type.slice(1, -1))}]`
  if (/^(true|false)$/.test(type)) return 'bool'
  const simple: Record<string, string> = { string: 'str', number: 'float', boolean: 'bool', null: 'None', unknown: 'Any', void: 'None' }
  if (simple[type]) return simple[type]
  if (NAMED_TYPES[type]) return type
  if (type.startsWith('{') && type.endsWith('}')) {
    const name = `${tool
      .split('.')
      .map((s) => s.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase()))
      .join('')}Result`
    const fields = splitTop(type.slice(1, -1), ';').flatMap((f) => splitTop(f, ','))
    const lines = fields
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => {
        const m = /^(\w+)(\?)?\s*:\s*(.+)$/.exec(f)
        if (!m) throw new Error(`${tool}: cannot map the field "${f}" of outputType ${ts} to Python`)
        const t = outputTypeToPython(m[3], tool, extra)
        return `    ${m[1]}: ${m[2] ? `Optional[${t}]` : t}`
      })
    extra.set(name, `class ${name}(TypedDict):\n    """What ${tool} returns."""\n${lines.join('\n')}`)
    return name
  }
  throw new Error(`${tool}: cannot map outputType ${ts} to Python: add it to NAMED_TYPES in src/codegen/python-stub.ts`)
}

/** Splits at `sep` outside braces, brackets, parentheses and quotes. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote = ''
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if ('{[('.includes(c)) depth++
    else if ('}])'.includes(c)) depth--
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((p) => p.trim()).filter((p, i, all) => p || all.length === 1)
}

function docstring(lines: string[], indent: string): string {
  const text = lines.filter(Boolean).join('\n\n').replace(/\\/g, '\\\\').replace(/"""/g, '\\"""')
  return `${indent}"""${text
    .split('\n')
    .map((l, i) => (i && l ? indent + l : l))
    .join('\n')}"""`
}

function renderTool(tool: ToolDefinition, extra: Map<string, string>): string {
  const schema = inputJsonSchema(tool) as JsonSchema
  const props = schema.properties ?? {}
  const required = new Set(schema.required ?? [])
  let defaulted = false
  const params = tool.params.map((p) => {
    const prop = props[p] ?? {}
    let type = schemaToPython(prop)
    let tail = ''
    if (prop.default !== undefined) tail = ` = ${pyLiteral(prop.default)}`
    else if (!required.has(p)) {
      type = type.startsWith('Optional[') ? type : `Optional[${type}]`
      tail = ' = None'
    } else if (defaulted) tail = ' = ...' // a required parameter after an optional one: checked by the tool
    if (tail) defaulted = true
    return `${p}: ${type}${tail}`
  })
  const fn = tool.name.split('.')[1]
  const args = ['self', ...params].join(', ')
  const paramDocs = tool.params.map((p) => (props[p]?.description ? `${p}: ${props[p].description}` : '')).filter(Boolean)
  const doc = [tool.description, paramDocs.join('\n'), tool.mutates ? "Mutates: guarded by the workflow's limits and allow-lists; recorded, not sent, in a dry run." : '']
  return `    def ${fn}(${args}) -> ${outputTypeToPython(tool.outputType, tool.name, extra)}:\n${docstring(doc, '        ')}\n        ...`
}

function className(ns: string): string {
  const known: Record<string, string> = { github: 'GitHubTools', slack: 'SlackTools', files: 'FilesTools' }
  return known[ns] ?? `${ns.charAt(0).toUpperCase()}${ns.slice(1)}Tools`
}

export function renderPythonStub(tools: readonly ToolDefinition[] = TOOLS): string {
  const extra = new Map<string, string>()
  const namespaces = new Map<string, ToolDefinition[]>()
  for (const tool of tools) {
    const ns = tool.name.split('.')[0]
    namespaces.set(ns, [...(namespaces.get(ns) ?? []), tool])
  }
  const classes = [...namespaces].map(([ns, list]) => `class ${className(ns)}:\n    """tools.${ns}.*"""\n\n${list.map((t) => renderTool(t, extra)).join('\n\n')}\n`)
  const named = Object.entries(NAMED_TYPES)
    .filter(([name]) => tools.some((t) => new RegExp(`\\b${name}\\b`).test(t.outputType)))
    .map(([, text]) => text)

  return `# Generated from the tool registry (src/tools/registry.ts) by \`npm run generate\`: do not edit.
"""Types for Hybrid Coordinator's Python coordinator scripts.

Put this file where your editor or type checker looks for stubs (next to your scripts, or on
mypy_path / pyright's stubPath). At run time the action provides the module itself::

    from hybrid_coordinator import Tools, ToolError

    def handler(trigger: Trigger, tools: Tools, virtual_files: VirtualFiles, subagent: Subagent):
        for msg in tools.slack.get_messages(limit=10):
            ...

Tools take their parameters by name or in the order below; None means "not given".
"""

from typing import Any, Callable, Dict, List, Literal, Mapping, Optional, Sequence, TypedDict, Union

class Trigger(TypedDict):
    """The GitHub event that started the run."""
    event: str
    action: Optional[str]
    payload: Dict[str, Any]
    repository: str
    ref: str
    sha: str
    actor: str

${[...named, ...[...extra.values()]].join('\n\n')}

class ToolError(Exception):
    """A tool call failed: bad input, an API error, a tool this workflow does not have. str(error) is the message."""
    tool: Optional[str]
    def __init__(self, message: str, tool: Optional[str] = None) -> None: ...

class ToolRefused(ToolError):
    """A guard (a limit or an allow-list) refused a mutating call before it was sent."""
    guard: Optional[str]
    target: Optional[str]
    def __init__(self, message: str, tool: Optional[str] = None, guard: Optional[str] = None, target: Optional[str] = None) -> None: ...

class SubagentError(Exception):
    """A subagent call failed."""

${classes.join('\n')}
class Tools:
    """The workflow's tools: \`tools.slack.get_messages(limit=10)\`. A tool the workflow's config does not list raises ToolError."""
${[...namespaces.keys()].map((ns) => `    ${ns}: ${className(ns)}`).join('\n')}
    mcp: McpTools

class McpTools:
    """tools.mcp.<server>.<tool>(**kwargs): tools of the servers under mcp_servers. They are known only when
    the server runs, so this stub cannot name them; each returns {"text": ..., "structuredContent": ...}."""
    def __getattr__(self, server: str) -> Any: ...

class VirtualFiles:
    """The workflow's virtual files."""
    def list(self) -> List[str]:
        """Names of the virtual files."""
        ...
    def read(self, name: str) -> str:
        """A virtual file's text; FileNotFoundError when there is no such file."""
        ...

class Subagent:
    """One bounded LLM call per method, using no tools, recorded in the trace; SubagentError when one fails."""
    names: List[str]
    def run(self, instructions: str, input: Any = None) -> str:
        """Answer the instructions about the input, as text."""
        ...
    def json(self, instructions: str, input: Any, schema: Mapping[str, Any]) -> Any:
        """Answer as a value that matches the JSON Schema."""
        ...
    def summarize(self, input: Any) -> str:
        """A short summary of the input."""
        ...
    def call(self, name: str, input: Any, files: Optional[Sequence[str]] = None) -> str:
        """Run a subagent declared under subagents: in the workflow config."""
        ...

Handler = Callable[[Trigger, Tools, VirtualFiles, Subagent], Any]
`
}
