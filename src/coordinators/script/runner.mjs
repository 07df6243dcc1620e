// Hybrid Coordinator's JavaScript/TypeScript script runner: the child process side of the
// script protocol (the same JSON lines as the Python bridge, python/hc_runner.py).
//
// The action starts `node runner.mjs` in its own process, with an environment that holds no
// secret, and sends one start message on stdin. The runner imports the script (TypeScript is
// already compiled by the action), calls its handler with `tools`, `virtualFiles` and
// `subagent`, and answers with the result. Every tool call is a request on fd 3 that the
// action runs behind its guards; its reply comes back on stdin. Plain JavaScript, no
// dependencies: it is copied beside the bundle and starts in a few milliseconds.
//
//   action -> script   {"type": "start", "entry", "script", "root", "trigger", "tools", "subagents", "files", "restrict"}
//   script -> action   {"type": "tool", "id", "name", "args"} | {"type": "subagent", "id", "method", "args"}
//   action -> script   {"id", "ok": true, "value"} | {"id", "ok": false, "kind", "message", ...}
//   script -> action   {"type": "result", "value"} | {"type": "error", "kind", "message", "exception", "stack"}
import { writeSync } from 'node:fs'
import nodeModule, { createRequire, isBuiltin, register } from 'node:module'
import { Socket } from 'node:net'
import { Readable } from 'node:stream'
import { pathToFileURL } from 'node:url'

const REQUEST_FD = 3
let answered = false
// Deep enough to reach the script's own frame under library ones (errors and the timeout
// name its line). Set here, not as a --stack-trace-limit flag, which would cost the start
// (node-process.ts, scriptProcess).
Error.stackTraceLimit = 50

function send(message) {
  const data = Buffer.from(JSON.stringify(message) + '\n')
  let offset = 0
  while (offset < data.length) {
    try {
      offset += writeSync(REQUEST_FD, data, offset)
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error
    }
  }
}

function fail(kind, error, extra = {}) {
  if (answered) return
  answered = true
  const isError = error instanceof Error
  send({
    type: 'error',
    kind,
    message: isError ? error.message : describe(error),
    exception: isError ? error.name : error === undefined ? null : typeof error,
    stack: isError ? String(error.stack ?? '') : null,
    ...extra
  })
}

function describe(value) {
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

// Whatever the script does, its workflow hears why it ended: an exit before the handler
// returned, a throw from a timer, a promise nobody awaited that rejected.
let exitCalled = false
const exit = process.exit.bind(process)
process.exit = (code) => {
  exitCalled = true
  return exit(code)
}
process.on('exit', (code) =>
  fail('exit', undefined, {
    message: exitCalled ? `the script called process.exit(${code ?? ''}) before the handler returned` : "the handler's promise never settled, and nothing was left to wait for",
    code
  })
)
process.on('uncaughtException', (error) => {
  fail('uncaught', error)
  exit(1)
})
process.on('unhandledRejection', (error) => {
  fail('unhandled', error)
  exit(1)
})

// Replies arrive on fd 0; the script's own process.stdin reads as empty.
const replies = new Socket({ fd: 0, readable: true, writable: false })
Object.defineProperty(process, 'stdin', { value: Readable.from([]), configurable: true })
const waiting = new Map()
let seq = 0
let buffered = ''
let started
const startMessage = new Promise((resolve) => (started = resolve))
replies.setEncoding('utf8')
replies.on('data', (chunk) => {
  buffered += chunk
  let nl
  while ((nl = buffered.indexOf('\n')) >= 0) {
    const line = buffered.slice(0, nl)
    buffered = buffered.slice(nl + 1)
    if (!line.trim()) continue
    const message = JSON.parse(line)
    if (message.type === 'start') started(message)
    else {
      const pending = waiting.get(message.id)
      waiting.delete(message.id)
      pending?.(message)
    }
    if (!waiting.size && started === null) replies.unref()
  }
})

class ToolError extends Error {
  constructor(message, tool) {
    super(message)
    this.name = 'ToolError'
    this.tool = tool
  }
}
class ToolRefusedError extends ToolError {
  constructor(message, tool, guard, target) {
    super(message, tool)
    this.name = 'ToolRefusedError'
    this.guard = guard
    this.target = target
  }
}
class SubagentError extends Error {
  name = 'SubagentError'
}

function request(message, what) {
  let text
  try {
    text = JSON.stringify(message, (_, v) => {
      if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') throw new TypeError(`a ${typeof v} is not a JSON value`)
      return v
    })
  } catch (error) {
    return Promise.reject(new TypeError(`${what}: arguments must be JSON values: ${error.message}`))
  }
  const id = ++seq
  // The reply arrives from the channel, with no stack of the script's own: the error takes
  // the stack of the call, so it names the script's line that made it.
  const callSite = new Error()
  const located = (error) => {
    error.stack = `${error.name}: ${error.message}\n${String(callSite.stack).split('\n').slice(1).join('\n')}`
    return error
  }
  replies.ref()
  return new Promise((resolve, reject) => {
    waiting.set(id, (reply) => {
      if (!waiting.size) replies.unref()
      if (reply.ok) return resolve(reply.value)
      if (reply.kind === 'refused') return reject(located(new ToolRefusedError(reply.message, reply.tool, reply.guard, reply.target)))
      if (reply.kind === 'subagent_error') return reject(located(new SubagentError(reply.message)))
      reject(located(new ToolError(reply.message, reply.tool)))
    })
    send({ ...JSON.parse(text), id })
  })
}

/**
 * `tools.slack.get_messages(...)`, `tools.mcp.tickets.search(...)`: any dotted path is a tool
 * name, sent as it is; the action's toolbox says whether this workflow has it (and gives
 * the clear error when it does not). Listing shows the workflow's own tools.
 */
function toolsProxy(names, path = []) {
  const children = new Set(
    names
      .filter((n) => path.every((p, i) => n.split('.')[i] === p))
      .map((n) => n.split('.')[path.length])
      .filter(Boolean)
  )
  const call = (...args) => request({ type: 'tool', name: path.join('.'), args }, `tools.${path.join('.')}`)
  const cache = new Map()
  return new Proxy(path.length ? call : {}, {
    get(target, prop) {
      if (typeof prop !== 'string' || prop === 'then') return undefined
      if (!cache.has(prop)) cache.set(prop, toolsProxy(names, [...path, prop]))
      return cache.get(prop)
    },
    has: (_, prop) => children.has(prop),
    ownKeys: () => [...children],
    getOwnPropertyDescriptor: (target, prop) => (children.has(prop) ? { configurable: true, enumerable: true, value: undefined, writable: false } : Reflect.getOwnPropertyDescriptor(target, prop))
  })
}

function findHandler(module) {
  const def = module.default
  if (typeof def === 'function') return def
  if (typeof module.handler === 'function') return module.handler
  if (def && typeof def === 'object' && typeof def.handler === 'function') return def.handler
  return undefined
}

/** Why a value is not JSON, or undefined when it is (as the action's own check). */
function whyNotJson(value, path = 'result', seen = new Set()) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}, which JSON cannot hold`
  if (typeof value === 'function') return `${path} is a function`
  if (typeof value !== 'object') return `${path} is a ${typeof value}`
  if (seen.has(value)) return `${path} refers to itself (a cycle)`
  seen.add(value)
  try {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        const why = item === undefined ? `${path}[${i}] is undefined` : whyNotJson(item, `${path}[${i}]`, seen)
        if (why) return why
      }
      return undefined
    }
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return `${path} is a ${proto?.constructor?.name ?? 'class'} instance, not a plain object`
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue
      const why = whyNotJson(item, `${path}.${key}`, seen)
      if (why) return why
    }
    return undefined
  } finally {
    seen.delete(value)
  }
}

/**
 * Outside the workspace (a default-branch source), a script may import only its own
 * source's files and Node's built-ins: a bare package name would resolve to whatever sits
 * in a node_modules on the way up, which nobody reviewed. Why an import may not go ahead,
 * before it is resolved (`url` undefined) and after; undefined when it may. Self-contained:
 * RESOLVE_HOOK carries its source to the hooks thread.
 */
function importRefusal(specifier, url, rootUrl, isBuiltin) {
  if (url === undefined) {
    const bare = !/^(node:|file:|data:|\.{0,2}\/)/.test(specifier)
    return bare && !isBuiltin(specifier) ? `import of "${specifier}": scripts read from the default branch may import only their own files and Node built-ins, not packages` : undefined
  }
  return url.startsWith('file:') && !url.startsWith(rootUrl) ? `import of "${specifier}": resolves outside the script's source (${url})` : undefined
}

/** The resolve hook for `module.register` (Node 20 and 22), run on the loader's own thread. */
const RESOLVE_HOOK = `
import { isBuiltin } from 'node:module'
const importRefusal = ${importRefusal}
let root
export function initialize(data) { root = data.root }
export async function resolve(specifier, context, next) {
  const before = importRefusal(specifier, undefined, root, isBuiltin)
  if (before) throw Object.assign(new Error(before), { code: 'ERR_HC_IMPORT' })
  const resolved = await next(specifier, context)
  const after = importRefusal(specifier, resolved.url, root, isBuiltin)
  if (after) throw Object.assign(new Error(after), { code: 'ERR_HC_IMPORT' })
  return resolved
}`

function restrictImports(root) {
  const rootUrl = pathToFileURL(root.endsWith('/') ? root : root + '/').href
  const refuse = (why) => {
    throw Object.assign(new Error(why), { code: 'ERR_HC_IMPORT' })
  }
  if (nodeModule.registerHooks) {
    // Node 22.15+/24: the same check in this thread (register() runs its hooks on a worker
    // thread of their own, which node24's permission model refuses).
    nodeModule.registerHooks({
      resolve(specifier, context, next) {
        const before = importRefusal(specifier, undefined, rootUrl, isBuiltin)
        if (before) refuse(before)
        const resolved = next(specifier, context)
        const after = importRefusal(specifier, resolved.url, rootUrl, isBuiltin)
        if (after) refuse(after)
        return resolved
      }
    })
  } else register('data:text/javascript,' + encodeURIComponent(RESOLVE_HOOK), { data: { root: rootUrl } })
  // CommonJS `require` does not pass through the hook on Node 20: check it here.
  const Module = createRequire(import.meta.url)('node:module')
  const original = Module._resolveFilename
  Module._resolveFilename = function (request, parent, ...rest) {
    if (!/^(node:|\.{0,2}\/)/.test(request) && !isBuiltin(request))
      throw new Error(`require("${request}"): scripts read from the default branch may require only their own files and Node built-ins, not packages`)
    const found = original.call(this, request, parent, ...rest)
    if (!isBuiltin(found) && !found.startsWith(root)) throw new Error(`require("${request}"): resolves outside the script's source (${found})`)
    return found
  }
}

async function main() {
  const start = await startMessage
  started = null
  if (!waiting.size) replies.unref()
  if (start.restrict) restrictImports(start.root)
  let module
  try {
    module = await import(pathToFileURL(start.entry).href)
  } catch (error) {
    return fail('load', error)
  }
  const handler = findHandler(module)
  if (!handler) return fail('no_handler', undefined, { message: 'no handler export' })
  const files = new Map(start.files)
  const virtualFiles = {
    list: () => [...files.keys()],
    read: (name) => {
      if (!files.has(name)) throw new Error(`no virtual file named "${name}": the files are ${[...files.keys()].map((n) => `"${n}"`).join(', ') || 'none'}`)
      return files.get(name)
    }
  }
  const ask = (method, args) => request({ type: 'subagent', method, args }, `subagent.${method}`)
  const subagent = {
    run: (instructions, input) => ask('run', input === undefined ? [instructions] : [instructions, input]),
    json: (instructions, input, schema) => ask('json', [instructions, input, schema]),
    summarize: (input) => ask('summarize', [input]),
    call: (name, input, files) => ask('call', files === undefined ? [name, input] : [name, input, files])
  }
  let value
  try {
    value = await handler(start.trigger, toolsProxy(start.tools.map((t) => t.name)), virtualFiles, subagent)
  } catch (error) {
    return fail('exception', error)
  }
  const why = value === undefined ? undefined : whyNotJson(value)
  if (why) return fail('not_json', undefined, { message: why })
  answered = true
  send({ type: 'result', value: value === undefined ? null : value })
  // Timers and sockets the script left behind do not hold the workflow.
  exit(0)
}

main().catch((error) => {
  fail('runner', error)
  exit(1)
})
