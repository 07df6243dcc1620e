import type { IncomingHttpHeaders } from 'node:http'

/** The services the sandbox fakes, each mounted under its own path prefix (Claude three ways). */
export type ServiceName = 'github' | 'slack' | 'anthropic' | 'bedrock' | 'vertex'

/** One request as a fake service sees it: the service prefix already stripped from `path`. */
export interface SandboxRequest {
  service: ServiceName
  method: string
  /** Path below the service prefix, e.g. `/repos/octo-org/web/pulls/7` or `/chat.postMessage`. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** Parsed body: JSON object, form fields as an object, or undefined when empty. */
  body: unknown
  rawBody: string
}

export interface SandboxResponse {
  status: number
  headers?: Record<string, string>
  body: unknown
}

export type ServiceHandler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>

/** Every request the sandbox answered (or dropped), in arrival order. */
export interface RecordedCall {
  service: ServiceName
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  /** HTTP status sent, or 0 when the connection was dropped. */
  status: number
  /** The fault that shaped this answer, if any. */
  fault?: FaultKind
  /**
   * The client closed the connection before the answer was sent (a cancelled request).
   * The request was read, so the fake still applies it, as a real service may: a client
   * that gave up cannot know whether it landed.
   */
  clientClosed?: true
  at: number
}

export type FaultKind = 'status' | 'drop' | 'drop-after' | 'delay'

/**
 * A fault to inject into the next matching requests.
 * - `status`: answer with `status` (and `retryAfter` seconds, `body`) without applying the request.
 * - `drop`: destroy the connection before the request is applied.
 * - `drop-after`: apply the request, then destroy the connection without answering (a lost response).
 * - `delay`: wait `delayMs`, then answer normally.
 */
export interface Fault {
  service: ServiceName
  kind: FaultKind
  method?: string
  /** Substring of the service path (`/reactions.add`, `/pulls/7`) the fault applies to. */
  path?: string
  status?: number
  retryAfter?: number
  body?: unknown
  /** Extra response headers for a `status` fault (say `x-ratelimit-remaining: 0` for a primary rate limit). */
  headers?: Record<string, string>
  delayMs?: number
  /** How many matching requests it affects; default 1. */
  times?: number
}
