import type { Caller, Toolbox } from '../tools/toolbox.js'
import { TOOLS } from '../tools/registry.js'
import type { VirtualFiles } from '../virtual-files.js'

export type ScriptTools = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>

/**
 * `tools.slack.get_messages(...)` for scripts. Every tool of the registry is reachable by
 * name, so calling one the workflow lacks gives the toolbox's clear error (and a trace line)
 * rather than "undefined is not a function".
 */
export function createScriptTools(toolbox: Toolbox, caller: Caller = 'script'): ScriptTools {
  const namespaces: ScriptTools = {}
  for (const tool of TOOLS) {
    const [ns, fn] = tool.name.split('.')
    namespaces[ns] ??= {}
    namespaces[ns][fn] = (...args: unknown[]) => toolbox.callWithArgs(tool.name, args, caller)
  }
  const unknownTool = (path: string) => async () => toolbox.call(path, {}, caller)
  const wrap = (ns: string, target: Record<string, unknown>) =>
    new Proxy(target, {
      get: (t, prop) => (typeof prop !== 'string' || prop === 'then' || prop in t ? Reflect.get(t, prop) : unknownTool(`${ns}.${prop}`))
    })
  const root: Record<string, unknown> = {}
  for (const [ns, fns] of Object.entries(namespaces)) root[ns] = wrap(ns, fns)
  root.mcp = mcpTools(toolbox, caller)
  return new Proxy(root, {
    get: (t, prop) => (typeof prop !== 'string' || prop === 'then' || prop in t ? Reflect.get(t, prop) : wrap(prop, {}))
  }) as ScriptTools
}

// MCP (issue 12): `tools.mcp.<server>.<tool>(args)`, three segments. A server's tools are
// known only once it has started, so any name is callable and the toolbox (which starts the
// server on this first call) answers, or says the server lists no such tool.
function mcpTools(toolbox: Toolbox, caller: Caller): Record<string, unknown> {
  const server = (name: string) =>
    new Proxy({} as Record<string, unknown>, {
      get: (_t, tool) => (typeof tool !== 'string' || tool === 'then' ? undefined : (...args: unknown[]) => toolbox.callWithArgs(`mcp.${name}.${tool}`, args, caller))
    })
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, name) => (typeof name !== 'string' || name === 'then' ? undefined : server(name))
  })
}

/** The `virtualFiles` argument: `list()` and `read(name)`, answered from memory. */
export function createScriptFiles(files: VirtualFiles): { list(): string[]; read(name: string): string } {
  return { list: () => files.list(), read: (name: string) => files.read(name) }
}
