import * as z from 'zod/mini'
import { MCP_PREFIX, SERVER_NAME, parseMcpToolName } from './names.js'

/**
 * `mcp_servers:` in a workflow config (SPEC section 2): what a user writes, how it is
 * checked, and how `${NAME}` in it is read from the step's environment. Nothing here starts
 * a server or imports the MCP SDK: `validate` and workflows without MCP use only this.
 */

// zod's mini API, like the config schema this is part of (src/config/schema.ts says why).
const envValue = z.string().check(z.describe("Text; `${NAME}` is read from the step's environment and masked"))

export const mcpServerSchema = z
  .strictObject({
    command: z.optional(z.string().check(z.minLength(1))).check(z.describe('stdio: the program to start (started on first use, its process group stopped at the end)')),
    args: z._default(z.array(z.string()), []).check(z.describe('stdio: its arguments')),
    env: z
      ._default(z.record(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')), envValue), {})
      .check(z.describe('stdio: its environment, beside PATH, HOME and the like (other variables of the step are not passed)')),
    url: z.optional(z.url({ protocol: /^https?$/ })).check(z.describe("Streamable HTTP: the server's endpoint")),
    headers: z._default(z.record(z.string().check(z.minLength(1)), envValue), {}).check(z.describe('Streamable HTTP: request headers, e.g. Authorization')),
    read_only: z._default(z.array(z.string().check(z.minLength(1))), []).check(z.describe('Tools that do not mutate (default: every tool mutates)'))
  })
  .check(z.describe('An MCP server: `command` (stdio) or `url` (Streamable HTTP)'))

export const mcpServersSchema = z
  .record(z.string().check(z.regex(SERVER_NAME, 'letters, digits, dash or underscore (no dots)')), mcpServerSchema)
  .check(z.describe('Tools from MCP servers: `mcp.<server>.<tool>` in tools'))

/** `mcp.<server>.<tool>` or `mcp.<server>.*` in `tools:` (checked against the declarations by the loader). */
export const mcpToolNameSchema = z.string().check(z.regex(/^mcp\.[A-Za-z0-9][A-Za-z0-9_-]*\.\S+$/, 'mcp.<server>.<tool> or mcp.<server>.*'))

export type McpServerDeclaration = z.infer<typeof mcpServerSchema>

type Fail = (key: string, message: string, path?: (string | number)[]) => void

/**
 * What the schema cannot say: exactly one of `command` and `url`, keys of the other kind,
 * and `tools:` (and `limits:`) entries naming a server the config does not declare.
 */
export function checkMcpDeclarations(servers: Record<string, McpServerDeclaration>, tools: readonly string[], fail: Fail, given: Record<string, unknown> = {}): void {
  for (const [name, server] of Object.entries(servers)) {
    const key = `mcp_servers.${name}`
    const raw = (given[name] ?? {}) as Record<string, unknown>
    if (server.command && server.url) fail(key, 'has both command and url: expected command (a stdio server) or url (a Streamable HTTP server), not both', ['mcp_servers', name])
    else if (!server.command && !server.url) fail(key, 'has neither command nor url: expected command (a stdio server) or url (a Streamable HTTP server)', ['mcp_servers', name])
    else if (server.url) {
      for (const k of ['args', 'env'] as const) if (k in raw) fail(`${key}.${k}`, `is a key of stdio servers, but this one has url: use headers for an HTTP server`, ['mcp_servers', name, k])
    } else if ('headers' in raw) fail(`${key}.headers`, 'is a key of HTTP servers, but this one has command: use env for a stdio server', ['mcp_servers', name, 'headers'])
    for (const [where, values] of [
      ['env', server.env],
      ['headers', server.headers]
    ] as const) {
      for (const [k, v] of Object.entries(values)) {
        for (const bad of v.matchAll(/\$\{([^}]*)\}/g)) {
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(bad[1]!))
            fail(`${key}.${where}.${k}`, `has \${${bad[1]}}: expected \${NAME} with a variable name (letters, digits, underscore)`, ['mcp_servers', name, where, k])
        }
      }
    }
  }
  tools.forEach((tool, index) => {
    if (!tool.startsWith(MCP_PREFIX)) return
    const ref = parseMcpToolName(tool)
    if (!ref) fail('tools', `"${tool}": expected mcp.<server>.<tool> or mcp.<server>.*`, ['tools', index])
    else if (!Object.hasOwn(servers, ref.server)) {
      const declared = Object.keys(servers)
      fail('tools', `"${tool}" names MCP server "${ref.server}", which mcp_servers does not declare: ${declared.length ? `declared: ${declared.join(', ')}` : 'add it under mcp_servers'}`, [
        'tools',
        index
      ])
    }
  })
}

/** Whether `tools:` lets a workflow have `name`: listed itself, or its server's `mcp.<server>.*`. */
export function toolsAllow(tools: readonly string[], name: string): boolean {
  if (tools.includes(name)) return true
  const ref = parseMcpToolName(name)
  return Boolean(ref && tools.includes(`${MCP_PREFIX}${ref.server}.*`))
}

/** The servers a workflow's tools use, in the order first named. */
export function serversUsed(tools: readonly string[]): string[] {
  return [...new Set(tools.map((t) => parseMcpToolName(t)?.server).filter((s): s is string => Boolean(s)))]
}

/**
 * `${NAME}` in env and header values, read from the step's environment. Every value read
 * so is handed to `secret` (the redactor and the runner's mask) before it is used: tokens
 * are what people put there. An unset variable is an error, not an empty string, which
 * would fail later as a puzzling 401.
 */
export function expandDeclaration(server: string, decl: McpServerDeclaration, env: Readonly<Record<string, string | undefined>>, secret: (value: string) => void): McpServerDeclaration {
  const expand = (where: string, values: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [
        k,
        v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
          const value = env[name]
          if (value === undefined || value === '')
            throw new Error(`mcp_servers.${server}.${where}.${k}: \${${name}} is not set in the step's environment: expected it in env: of the step (from a secret, say)`)
          secret(value)
          return value
        })
      ])
    )
  return { ...decl, env: expand('env', decl.env), headers: expand('headers', decl.headers) }
}
