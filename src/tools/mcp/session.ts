import type { Client } from '@modelcontextprotocol/sdk/client/index.js'
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js'
import type { ToolDefinition } from '../define.js'
import type { ToolSource } from '../toolbox.js'
import { ConfigError, ToolError, errorMessage } from '../../errors.js'
import { MCP_PREFIX, mcpToolName, parseMcpToolName } from './names.js'
import { serversUsed, type McpServerDeclaration } from './declarations.js'
import type { ProcessGroupStdioTransport } from './stdio-transport.js'
import { mcpToolDefinition } from './tools.js'

/** Environment variables a stdio server gets besides its declared `env` (the SDK's list): never the step's secrets. */
const INHERITED_ENV = ['HOME', 'LOGNAME', 'PATH', 'SHELL', 'TERM', 'USER', 'TMPDIR', 'LANG']

/** A server failed to start, stopped, or lists something unusable: the workflow fails with its name. */
export class McpServerError extends ConfigError {
  override name = 'McpServerError'
}

export interface McpSessionOptions {
  /** The workflow's config file (where the failure annotation goes). */
  file: string
  /** Declarations with `${NAME}` already read (see expandDeclaration). */
  servers: Record<string, McpServerDeclaration>
  /** The config's `tools:` list: which of a server's tools the workflow gets. */
  tools: readonly string[]
  /** Working directory of stdio servers: the repository root. */
  cwd: string
  /** Step environment the inherited variables come from. */
  env: Readonly<Record<string, string | undefined>>
  /** Bound on startup and on each call (the workflow's timeout; its signal ends them sooner). */
  timeoutMs: number
  clientVersion: string
}

interface StartedServer {
  client: Client
  transport: Transport
  tools: ToolDefinition[]
}

/**
 * One workflow's MCP servers: each started on first use (a script's first call, or all of
 * them before an llm workflow's first request), and stopped when the workflow ends. It is
 * the toolbox's source of dynamic tools. The SDK is loaded only when a server starts.
 */
export class McpSession implements ToolSource {
  /** The first server failure; the workflow fails with it even if a script caught the call's error. */
  failure: McpServerError | undefined
  #signal: AbortSignal | undefined
  readonly #started = new Map<string, Promise<StartedServer>>()
  readonly #transports: Transport[] = []
  #closing = false

  constructor(readonly options: McpSessionOptions) {}

  /** The workflow's abort signal: aborts a start or a call in flight. */
  bind(signal: AbortSignal): void {
    this.#signal = signal
  }

  covers(name: string): boolean {
    return name.startsWith(MCP_PREFIX)
  }

  async load(name: string): Promise<readonly ToolDefinition[]> {
    const ref = parseMcpToolName(name)
    if (!ref) return []
    if (!Object.hasOwn(this.options.servers, ref.server)) {
      throw new ToolError(`${name}: this workflow declares no MCP server "${ref.server}" (it declares ${Object.keys(this.options.servers).join(', ') || 'none'})`, name)
    }
    if (!serversUsed(this.options.tools).includes(ref.server)) return []
    return (await this.#start(ref.server)).tools
  }

  async loadAll(): Promise<readonly ToolDefinition[]> {
    const servers = serversUsed(this.options.tools).filter((s) => Object.hasOwn(this.options.servers, s))
    return (await Promise.all(servers.map((s) => this.#start(s)))).flatMap((s) => s.tools)
  }

  /** Stops every server; a stdio server's whole process group goes. */
  async close(): Promise<void> {
    this.#closing = true
    const started = [...this.#started.values()].map((p) => p.catch(() => undefined))
    await Promise.all(started.map(async (p) => (await p)?.client.close().catch(() => undefined)))
    await Promise.all(this.#transports.map((t) => t.close().catch(() => undefined)))
  }

  #start(server: string): Promise<StartedServer> {
    let started = this.#started.get(server)
    if (!started) {
      started = this.#connect(server).catch((error: unknown) => {
        const failure = error instanceof McpServerError ? error : this.#error(server, `failed to start: ${describe(error)}`, error)
        this.failure ??= failure
        throw failure
      })
      this.#started.set(server, started)
    }
    return started
  }

  async #connect(server: string): Promise<StartedServer> {
    const decl = this.options.servers[server]!
    const [{ Client }, transport] = await Promise.all([import('@modelcontextprotocol/sdk/client/index.js'), this.#transport(decl)])
    this.#transports.push(transport)
    const client = new Client({ name: 'hybrid-coordinator', version: this.options.clientVersion }, { capabilities: {} })
    let ready = false
    client.onclose = () => {
      if (ready && !this.#closing) this.failure ??= this.#error(server, `stopped during the workflow${this.#exitOf(transport)}`)
    }
    const bounds = this.#bounds()
    try {
      await client.connect(transport, bounds)
    } catch (error) {
      await transport.close().catch(() => undefined)
      throw this.#error(server, `failed to start: ${describe(error)}${this.#exitOf(transport)}`, error)
    }
    ready = true
    const listed: Tool[] = []
    let cursor: string | undefined
    try {
      do {
        const page = await client.listTools(cursor ? { cursor } : undefined, bounds)
        listed.push(...page.tools)
        cursor = page.nextCursor
      } while (cursor)
    } catch (error) {
      throw this.#error(server, `could not list its tools: ${describe(error)}${this.#exitOf(transport)}`, error)
    }
    return { client, transport, tools: await this.#definitions(server, decl, listed, client) }
  }

  async #definitions(server: string, decl: McpServerDeclaration, listed: Tool[], client: Client): Promise<ToolDefinition[]> {
    const all = this.options.tools.includes(`${MCP_PREFIX}${server}.*`)
    const wanted = this.options.tools
      .map(parseMcpToolName)
      .filter((r) => r?.server === server && r.tool !== '*')
      .map((r) => r!.tool)
    const names = new Set(listed.map((t) => t.name))
    const missing = wanted.filter((t) => !names.has(t))
    if (missing.length) {
      throw this.#error(
        server,
        `lists no tool named ${missing.map((t) => `"${t}"`).join(', ')} (tools: ${missing.map((t) => mcpToolName(server, t)).join(', ')}); it lists ${[...names].join(', ') || 'no tools'}`
      )
    }
    const { schemaCompiler } = await import('./schemas.js')
    const compile = schemaCompiler()
    return listed
      .filter((t) => all || wanted.includes(t.name))
      .map((tool) => {
        let validate
        try {
          validate = compile(tool.inputSchema as Record<string, unknown>)
        } catch (error) {
          throw this.#error(server, `lists tool "${tool.name}" with an invalid input schema: ${errorMessage(error)}`, error)
        }
        return mcpToolDefinition({
          server,
          tool,
          mutates: !decl.read_only.includes(tool.name),
          validate,
          call: async (args) => {
            try {
              return (await client.callTool({ name: tool.name, arguments: args }, undefined, this.#bounds())) as CallToolResult
            } catch (error) {
              const stopped = this.failure ? ` (${this.failure.message})` : ''
              throw new ToolError(`${mcpToolName(server, tool.name)}: ${describe(error)}${stopped}`, mcpToolName(server, tool.name), { cause: error })
            }
          }
        })
      })
  }

  async #transport(decl: McpServerDeclaration): Promise<Transport> {
    if (decl.url) {
      const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js')
      return new StreamableHTTPClientTransport(new URL(decl.url), { requestInit: { headers: decl.headers } })
    }
    const { ProcessGroupStdioTransport } = await import('./stdio-transport.js')
    const inherited = Object.fromEntries(INHERITED_ENV.flatMap((k) => (this.options.env[k] ? [[k, this.options.env[k]!]] : [])))
    return new ProcessGroupStdioTransport({ command: decl.command!, args: decl.args, env: { ...inherited, ...decl.env }, cwd: this.options.cwd })
  }

  #bounds(): { signal?: AbortSignal; timeout: number } {
    return { signal: this.#signal, timeout: this.options.timeoutMs }
  }

  /** `: it exited with code 1; its stderr ends with: ...` for a stdio server that has stopped. */
  #exitOf(transport: Transport): string {
    const stdio = transport as Partial<ProcessGroupStdioTransport>
    if (!('stderrTail' in stdio)) return ''
    const exit = stdio.exit
    const how = exit ? `; it exited${exit.signal ? ` on ${exit.signal}` : ` with code ${exit.code}`}` : ''
    const tail = stdio.stderrTail ? `; its stderr ends with:\n${stdio.stderrTail.split('\n').slice(-10).join('\n')}` : ''
    return how + tail
  }

  #error(server: string, what: string, cause?: unknown): McpServerError {
    return new McpServerError(`MCP server "${server}" ${what}`, { file: this.options.file }, `mcp_servers.${server}`, { cause })
  }
}

/** An SDK or spawn error in a user's words. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const path = (error as { path?: unknown } | null)?.path
  if (code === 'ENOENT' && typeof path === 'string') return `command "${path}" was not found (is it installed, and on PATH?)`
  if (code === 'EACCES' && typeof path === 'string') return `command "${path}" is not executable`
  // The SDK's StreamableHTTPError carries the HTTP status as `code`; its message does not say it.
  if (typeof code === 'number' && code >= 400 && code < 600) {
    const hint = code === 401 || code === 403 ? ': check its headers (an Authorization token from ${NAME}, say)' : ''
    return `the server answered HTTP ${code}${hint} (${errorMessage(error)})`
  }
  return errorMessage(error)
}
