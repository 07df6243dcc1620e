import type { ToolDefinition } from './define.js'
import { githubTools } from './github.js'
import { slackTools } from './slack.js'
import { filesTools } from './files.js'
import { mcpLlmName, parseMcpToolName } from './mcp/names.js'

/** Every tool there is, defined once. Order here is the order of the docs table. */
export const TOOLS: readonly ToolDefinition[] = [...githubTools, ...slackTools, ...filesTools]

// The names alone (what loading a config needs) are in ./names.ts, without the definitions.
export { ALWAYS_PRESENT, MUTATING_TOOL_NAMES, TOOL_NAMES } from './names.js'

const byName = new Map(TOOLS.map((t) => [t.name, t]))
const byLlmName = new Map(TOOLS.map((t) => [llmToolName(t.name), t]))

export function findTool(name: string): ToolDefinition | undefined {
  return byName.get(name) ?? byLlmName.get(name)
}

/** `slack.get_messages` -> `slack_get_messages`: the Messages API allows no dots in tool names. */
export function llmToolName(name: string): string {
  // MCP tools may carry any name their server gives them: theirs has a stable short form.
  const mcp = parseMcpToolName(name)
  return mcp ? mcpLlmName(mcp.server, mcp.tool) : name.replace(/\./g, '_')
}

/**
 * Maps a script's arguments onto a tool's named input. One plain object whose keys are
 * all parameter names is the named form (`get_status({ url })`); anything else is
 * positional (`get_status(url)`, `add_reacji(msg, 'merged')`).
 */
export function argsToInput(tool: ToolDefinition, args: readonly unknown[]): Record<string, unknown> {
  if (args.length === 1 && isPlainObject(args[0]) && Object.keys(args[0]).every((k) => (tool.params as readonly string[]).includes(k))) {
    return { ...(args[0] as Record<string, unknown>) }
  }
  if (args.length > tool.params.length) {
    throw new Error(`${tool.name} takes at most ${tool.params.length} argument(s) (${tool.params.join(', ') || 'none'}), got ${args.length}`)
  }
  const input: Record<string, unknown> = {}
  args.forEach((value, i) => {
    if (value !== undefined) input[tool.params[i]] = value
  })
  return input
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}
