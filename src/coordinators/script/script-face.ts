import type { Caller, Toolbox } from '../../tools/toolbox.js'
import type { VirtualFiles } from '../../virtual-files.js'

export type ScriptTools = Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>

/**
 * `tools.slack.get_messages(...)` for code running in this process (the bench, tests): the
 * script runner (runner.mjs) builds the same face in the script's process. The names are
 * the toolbox's own tools (MCP tools included: `tools.mcp.tickets.search`); any other dotted
 * path still reaches the toolbox, so calling a tool the workflow lacks gives its clear error
 * (and a trace line) rather than "undefined is not a function".
 */
export function createScriptTools(toolbox: Toolbox, caller: Caller = 'script'): ScriptTools {
  const names = toolbox.tools.map((t) => t.name)
  const face = (path: string[]): unknown => {
    const children = new Set(
      names
        .filter((n) => path.every((p, i) => n.split('.')[i] === p))
        .map((n) => n.split('.')[path.length])
        .filter(Boolean)
    )
    const call = (...args: unknown[]) => toolbox.callWithArgs(path.join('.'), args, caller)
    const cache = new Map<string, unknown>()
    return new Proxy(path.length ? call : {}, {
      get(_, prop) {
        if (typeof prop !== 'string' || prop === 'then') return undefined
        if (!cache.has(prop)) cache.set(prop, face([...path, prop]))
        return cache.get(prop)
      },
      has: (_, prop) => children.has(prop as string),
      ownKeys: () => [...children],
      getOwnPropertyDescriptor: (target, prop) =>
        children.has(prop as string) ? { configurable: true, enumerable: true, value: undefined, writable: false } : Reflect.getOwnPropertyDescriptor(target, prop)
    })
  }
  return face([]) as ScriptTools
}

/** The `virtualFiles` argument: `list()` and `read(name)`, answered from memory. */
export function createScriptFiles(files: VirtualFiles): { list(): string[]; read(name: string): string } {
  return { list: () => files.list(), read: (name: string) => files.read(name) }
}
