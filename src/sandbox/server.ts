import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { safeParse } from '../safe-parse.js'
import { createGitHubFake } from './github.js'
import { createSlackFake } from './slack.js'
import { cloudFaultBody, cloudFaultHeaders } from './cloud.js'
import { cloneState, seedDemoState, type SandboxState } from './state.js'
import type { Fault, RecordedCall, SandboxRequest, SandboxResponse, ServiceHandler, ServiceName } from './types.js'

export interface SandboxTokens {
  github: string
  slack: string
  anthropic: string
}

export const DEFAULT_TOKENS: SandboxTokens = {
  github: 'ghs_sandbox_token',
  slack: 'xoxb-sandbox-token',
  anthropic: 'sk-ant-sandbox-key'
}

export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number
  /** Added to every API answer, to make benchmarks feel the network. */
  latencyMs?: number
  /** The world to start from (copied); default `seedDemoState()`. */
  state?: SandboxState
  tokens?: Partial<SandboxTokens>
  /** The Anthropic fake, mounted under `/anthropic`; without it those paths answer 404. */
  anthropic?: ServiceHandler
  /** Claude on Amazon Bedrock (`cloud.ts`), mounted under `/bedrock`. */
  bedrock?: ServiceHandler
  /** Claude on Google Vertex AI (`cloud.ts`), mounted under `/vertex`. */
  vertex?: ServiceHandler
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT` */
  url: string
  /** For `GITHUB_API_URL` and Octokit's `baseUrl`. */
  githubUrl: string
  /** For the `slack-api-url` input and WebClient's `slackApiUrl` (ends with a slash). */
  slackUrl: string
  /** For `ANTHROPIC_BASE_URL`. */
  anthropicUrl: string
  /** For `ANTHROPIC_BEDROCK_BASE_URL`. */
  bedrockUrl: string
  /** For `ANTHROPIC_VERTEX_BASE_URL` (ends with `/v1`, as the real base does). */
  vertexUrl: string
  tokens: SandboxTokens
  /** The live state: read it, or edit it to set up a test. */
  readonly state: SandboxState
  /** Every API call in arrival order (control endpoints are not recorded). */
  readonly calls: RecordedCall[]
  inject(fault: Fault): void
  clearFaults(): void
  /** Back to `seed` (default: the starting state), with no calls and no faults. */
  reset(seed?: SandboxState): void
  callsTo(service: ServiceName, pathSubstring?: string): RecordedCall[]
  close(): Promise<void>
}

/** Path prefixes, longest first where they share a start. */
const MOUNTS: { prefix: string; service: ServiceName }[] = [
  { prefix: '/github', service: 'github' },
  { prefix: '/slack/api', service: 'slack' },
  { prefix: '/anthropic', service: 'anthropic' },
  { prefix: '/bedrock', service: 'bedrock' },
  { prefix: '/vertex', service: 'vertex' }
]

function mountOf(pathname: string): { service: ServiceName; path: string } | undefined {
  for (const { prefix, service } of MOUNTS) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
      return { service, path: pathname.slice(prefix.length) || '/' }
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Faults

const FaultSchema = z.object({
  service: z.enum(['github', 'slack', 'anthropic', 'bedrock', 'vertex']),
  kind: z.enum(['status', 'drop', 'drop-after', 'delay']),
  method: z.string().optional(),
  path: z.string().optional(),
  status: z.number().int().min(100).max(599).optional(),
  retryAfter: z.number().nonnegative().optional(),
  body: z.unknown().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  delayMs: z.number().nonnegative().optional(),
  times: z.number().int().positive().optional()
})
const FaultsSchema = z.union([FaultSchema, z.array(FaultSchema)])

interface QueuedFault {
  fault: Fault
  remaining: number
}

/** Takes one use of the first queued fault matching the request, dropping it once used up. */
function takeFault(queue: QueuedFault[], req: SandboxRequest): Fault | undefined {
  const index = queue.findIndex(
    ({ fault }) => fault.service === req.service && (fault.method === undefined || fault.method.toUpperCase() === req.method) && (fault.path === undefined || req.path.includes(fault.path))
  )
  const entry = queue[index]
  if (!entry) return undefined
  entry.remaining -= 1
  if (entry.remaining <= 0) queue.splice(index, 1)
  return entry.fault
}

/** What each service says when it is unwell, in its own error format. */
function faultBody(service: ServiceName, status: number): unknown {
  if (service === 'slack') return { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' }
  if (service === 'bedrock') return cloudFaultBody('bedrock', status)
  if (service === 'vertex') return cloudFaultBody('vertex', status)
  if (service === 'anthropic') {
    const type = status === 429 ? 'rate_limit_error' : status === 529 ? 'overloaded_error' : 'api_error'
    return { type: 'error', error: { type, message: `Sandbox fault: HTTP ${status}` } }
  }
  const message = status === 429 || status === 403 ? 'API rate limit exceeded' : 'Server Error'
  return { message, documentation_url: 'https://docs.github.com/rest', status: String(status) }
}

function faultResponse(fault: Fault): SandboxResponse {
  const status = fault.status ?? 500
  return {
    status,
    headers: { ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}), ...cloudFaultHeaders(fault.service, status), ...fault.headers },
    body: fault.body ?? faultBody(fault.service, status)
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * JSON bodies become values and form bodies become objects of strings. Form values stay
 * strings even when they hold JSON (the Slack SDK JSON-encodes array arguments): each fake
 * decodes the fields it knows. Unparseable JSON leaves `body` undefined; `rawBody` keeps it.
 */
function parseBody(contentType: string | undefined, raw: string): unknown {
  if (raw === '') return undefined
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return JSON.parse(raw) as unknown
    } catch {
      return undefined
    }
  }
  if (type === 'application/x-www-form-urlencoded') {
    const fields: Record<string, string | string[]> = {}
    for (const [key, value] of new URLSearchParams(raw)) {
      const previous = fields[key]
      fields[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
    }
    return fields
  }
  return undefined
}

function send(res: ServerResponse, answer: SandboxResponse): void {
  const headers: Record<string, string> = { ...answer.headers }
  const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
  let payload: string | Buffer
  if (answer.body === undefined) payload = ''
  else if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body)) {
    payload = answer.body
    if (!hasType) headers['content-type'] = 'text/plain; charset=utf-8'
  } else {
    payload = JSON.stringify(answer.body)
    if (!hasType) headers['content-type'] = 'application/json; charset=utf-8'
  }
  headers['content-length'] = String(Buffer.byteLength(payload))
  res.writeHead(answer.status, headers)
  res.end(payload)
}

const json = (status: number, body: unknown): SandboxResponse => ({ status, body })

// ---------------------------------------------------------------------------------------------
// The sandbox

/** Starts the loopback sandbox: GitHub, Slack and (when given) Anthropic fakes on one port. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const tokens: SandboxTokens = { ...DEFAULT_TOKENS, ...options.tokens }
  const initial = cloneState(options.state ?? seedDemoState())
  // One state object for the sandbox's life: reset swaps its contents, so references held by
  // tests (`sandbox.state.slack...`) and by the fakes stay valid.
  const state: SandboxState = cloneState(initial)
  const calls: RecordedCall[] = []
  const faults: QueuedFault[] = []
  const closing = new AbortController()
  let base = ''
  let handlers: Record<ServiceName, ServiceHandler> = buildHandlers()

  function buildHandlers(): Record<ServiceName, ServiceHandler> {
    return {
      github: createGitHubFake(state, { token: tokens.github, apiUrl: `${base}/github` }),
      slack: createSlackFake(state, { token: tokens.slack }),
      anthropic: options.anthropic ?? (() => json(404, { type: 'error', error: { type: 'not_found_error', message: 'No Anthropic fake is mounted in this sandbox' } })),
      bedrock: options.bedrock ?? (() => json(404, { message: 'No Bedrock fake is mounted in this sandbox' })),
      vertex: options.vertex ?? (() => json(404, { error: { code: 404, message: 'No Vertex AI fake is mounted in this sandbox', status: 'NOT_FOUND' } }))
    }
  }

  /** Waits unless the sandbox is closing; resolves false when cut short. */
  async function wait(ms: number): Promise<boolean> {
    if (ms <= 0) return true
    try {
      await sleep(ms, undefined, { signal: closing.signal })
      return true
    } catch {
      return false
    }
  }

  async function runHandler(req: SandboxRequest): Promise<SandboxResponse> {
    try {
      return await handlers[req.service](req)
    } catch (err) {
      // A crash in a fake is a sandbox bug; answer like a server would rather than hang the client.
      return json(500, { message: `Sandbox ${req.service} fake failed: ${err instanceof Error ? err.message : String(err)}` })
    }
  }

  async function handleApi(req: SandboxRequest, res: ServerResponse): Promise<void> {
    const call: RecordedCall = {
      service: req.service,
      method: req.method,
      path: req.path,
      query: Object.fromEntries(req.query.entries()),
      body: req.body ?? (req.rawBody === '' ? undefined : req.rawBody),
      status: 0,
      at: Date.now()
    }
    calls.push(call)
    const fault = takeFault(faults, req)
    if (fault) call.fault = fault.kind
    // A connection that closes unanswered, and not by a drop fault, was closed by the client.
    res.once('close', () => {
      if (!res.writableFinished && !closing.signal.aborted && fault?.kind !== 'drop' && fault?.kind !== 'drop-after') call.clientClosed = true
    })

    if (fault?.kind === 'drop') {
      res.socket?.destroy()
      return
    }
    if (fault?.kind === 'drop-after') {
      await runHandler(req)
      res.socket?.destroy()
      return
    }
    if (fault?.kind === 'delay' && !(await wait(fault.delayMs ?? 0))) return

    const answer = fault?.kind === 'status' ? faultResponse(fault) : await runHandler(req)
    if (!(await wait(options.latencyMs ?? 0))) return
    // Nobody is left to answer: the status stays 0, as for a dropped connection.
    if (call.clientClosed) return
    call.status = answer.status
    send(res, answer)
  }

  function handleControl(method: string, path: string, body: unknown): SandboxResponse {
    const route = `${method} ${path}`
    switch (route) {
      case 'GET /_sandbox/state':
        return json(200, state)
      case 'GET /_sandbox/calls':
        return json(200, calls)
      case 'POST /_sandbox/faults': {
        const parsed = safeParse(FaultsSchema, body)
        if (!parsed.success) return json(400, { error: 'invalid fault', issues: parsed.error.issues })
        const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data]
        list.forEach((f) => sandbox.inject(f as Fault))
        return json(200, { ok: true, queued: faults.length })
      }
      case 'DELETE /_sandbox/faults':
        sandbox.clearFaults()
        return json(200, { ok: true })
      case 'POST /_sandbox/reset': {
        if (body !== undefined && !isSandboxState(body)) return json(400, { error: 'body must be empty or a sandbox state' })
        sandbox.reset(body)
        return json(200, { ok: true })
      }
      default:
        return json(404, { error: `no control endpoint ${route}` })
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const method = (req.method ?? 'GET').toUpperCase()
      const rawBody = await readBody(req)
      const body = parseBody(req.headers['content-type'], rawBody)

      if (url.pathname.startsWith('/_sandbox/')) {
        // Control bodies are always JSON, whatever the caller labelled them.
        let controlBody = body
        if (controlBody === undefined && rawBody.trim() !== '') {
          try {
            controlBody = JSON.parse(rawBody) as unknown
          } catch {
            return send(res, json(400, { error: 'body is not JSON' }))
          }
        }
        return send(res, handleControl(method, url.pathname, controlBody))
      }

      const mount = mountOf(url.pathname)
      if (!mount) return send(res, json(404, { message: 'Not Found', hint: 'sandbox paths start with /github, /slack/api, /anthropic, /bedrock or /vertex' }))
      const request: SandboxRequest = {
        service: mount.service,
        method,
        path: mount.path,
        query: url.searchParams,
        headers: req.headers,
        body,
        rawBody
      }
      await handleApi(request, res)
    })().catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, json(500, { message: String(err) }))
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  base = `http://127.0.0.1:${port}`
  handlers = buildHandlers() // now that the port is known, so `url` fields point at the sandbox

  const sandbox: Sandbox = {
    url: base,
    githubUrl: `${base}/github`,
    slackUrl: `${base}/slack/api/`,
    anthropicUrl: `${base}/anthropic`,
    bedrockUrl: `${base}/bedrock`,
    vertexUrl: `${base}/vertex/v1`,
    tokens,
    get state() {
      return state
    },
    get calls() {
      return calls
    },
    inject(fault) {
      faults.push({ fault, remaining: fault.times ?? 1 })
    },
    clearFaults() {
      faults.length = 0
    },
    reset(seed) {
      const fresh = cloneState(seed ?? initial)
      state.github = fresh.github
      state.slack = fresh.slack
      calls.length = 0
      faults.length = 0
      handlers = buildHandlers()
    },
    callsTo(service, pathSubstring) {
      return calls.filter((c) => c.service === service && (pathSubstring === undefined || c.path.includes(pathSubstring)))
    },
    async close() {
      closing.abort()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets would hold the server (and jest) open; nothing should outlive close().
        server.closeAllConnections()
      })
    }
  }
  return sandbox
}

/** Loose check for a reset body: enough to refuse something that is plainly not a state. */
function isSandboxState(value: unknown): value is SandboxState {
  const v = value as Partial<SandboxState> | null
  return typeof v === 'object' && v !== null && typeof v.github?.repos === 'object' && typeof v.slack?.channels === 'object'
}
