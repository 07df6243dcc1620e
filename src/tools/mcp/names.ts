/**
 * Names of MCP tools. Configs and scripts use `mcp.<server>.<tool>`; the model sees
 * `mcp_<server>_<tool>`. The Messages API allows only `[a-zA-Z0-9_-]{1,128}` in a tool
 * name, while an MCP server may name a tool with dots, slashes or 128 characters of its
 * own: such names get a stable short form (same input, same name, on every run, so traces
 * and replays agree) ending in a hash of the full name, which keeps it unique.
 */

/** A server's key under `mcp_servers`: no dots, so `mcp.<server>.<tool>` splits cleanly. */
export const SERVER_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
export const MCP_PREFIX = 'mcp.'

/** The most a model-side tool name may have (the Messages API's limit). */
export const LLM_NAME_MAX = 128
const LLM_NAME = /^[a-zA-Z0-9_-]{1,128}$/

export interface McpToolRef {
  server: string
  /** The tool's own name, as the server lists it; `*` for every tool of the server. */
  tool: string
}

/** `mcp.tickets.search` -> `{ server: 'tickets', tool: 'search' }`; anything else -> undefined. */
export function parseMcpToolName(name: string): McpToolRef | undefined {
  if (!name.startsWith(MCP_PREFIX)) return undefined
  const rest = name.slice(MCP_PREFIX.length)
  const dot = rest.indexOf('.')
  if (dot <= 0 || dot === rest.length - 1) return undefined
  const server = rest.slice(0, dot)
  return SERVER_NAME.test(server) ? { server, tool: rest.slice(dot + 1) } : undefined
}

export function mcpToolName(server: string, tool: string): string {
  return `${MCP_PREFIX}${server}.${tool}`
}

/** The model's name for `mcp.<server>.<tool>`: `mcp_<server>_<tool>`, or its stable short form. */
export function mcpLlmName(server: string, tool: string): string {
  const plain = `mcp_${server}_${tool}`
  if (LLM_NAME.test(plain)) return plain
  // node:crypto is loaded here, on first need: at start-up it costs more than this whole file.
  const hash = process.getBuiltinModule('node:crypto').createHash('sha256').update(mcpToolName(server, tool)).digest('hex').slice(0, 10)
  const readable = plain.replace(/[^a-zA-Z0-9_-]+/g, '_').slice(0, LLM_NAME_MAX - hash.length - 1)
  return `${readable}_${hash}`
}
