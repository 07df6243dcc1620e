/**
 * Cancelling a workflow's requests. The SDKs take a signal per call (Octokit, Anthropic) or
 * none at all (`@slack/web-api`), but every client is built with a fetch we pass in: a
 * fetch bound to the workflow's signal aborts whatever the workflow has in flight when it
 * ends, and refuses any attempt an SDK's retry loop starts afterwards. Works over any
 * `fetch(input, init)` that honours `init.signal` (Node's own, undici's, one over node:http).
 */

type Fetch = typeof fetch

/** The error a cancelled request (or a refused later attempt) fails with: the signal's reason. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason : new DOMException(String(reason ?? 'This operation was aborted'), 'AbortError')
}

/**
 * `fetch` with `signal` added to each request's own (its timeout, a per-call signal): the
 * request is aborted when either fires, and once `signal` has fired no request starts.
 * Not AbortSignal.any: on Node 20 each one costs ~0.1 ms and more as a long-lived signal
 * (a workflow's) gathers dependants; a controller per request and a listener removed once
 * the response is in cost a few microseconds.
 */
export function cancellableFetch(base: Fetch, signal: AbortSignal): Fetch {
  return (input, init) => {
    if (signal.aborted) return Promise.reject(abortReason(signal))
    const controller = new AbortController()
    const own = init?.signal
    if (own?.aborted) controller.abort(own.reason)
    // The request's own signal may still cut the body after the headers: its listener stays.
    else own?.addEventListener('abort', () => controller.abort(own.reason), { once: true })
    const onCancel = () => controller.abort(abortReason(signal))
    signal.addEventListener('abort', onCancel, { once: true })
    const response = base(input, { ...init, signal: controller.signal })
    const done = () => signal.removeEventListener('abort', onCancel)
    response.then(done, done)
    return response
  }
}

/** A request still running, named for the log: `POST /api/chat.postMessage`. */
export interface PendingRequest {
  label: string
  settled: Promise<unknown>
}

/**
 * Every request the clients have running, so the action can wait for them (bounded)
 * before the process exits, and say which it abandoned.
 */
export class RequestRegistry {
  readonly #running = new Set<PendingRequest>()

  /** `fetch` that registers each request until its response headers (or its failure) arrive. */
  track(base: Fetch): Fetch {
    return (input, init) => {
      const response = base(input, init)
      const pending: PendingRequest = { label: requestLabel(input, init), settled: response.catch(() => undefined) }
      this.#running.add(pending)
      void pending.settled.then(() => this.#running.delete(pending))
      return response
    }
  }

  get size(): number {
    return this.#running.size
  }

  /** Waits at most `ms` for the running requests; returns the labels of those still running. */
  async settle(ms: number): Promise<string[]> {
    if (!this.#running.size) return []
    let timer: NodeJS.Timeout | undefined
    const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
    await Promise.race([Promise.allSettled([...this.#running].map((p) => p.settled)), bound])
    clearTimeout(timer)
    return [...this.#running].map((p) => p.label)
  }
}

function requestLabel(input: Parameters<Fetch>[0], init: RequestInit | undefined): string {
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  let path: string
  try {
    const parsed = new URL(url)
    path = `${parsed.host}${parsed.pathname}`
  } catch {
    // Not a URL: keep it as given, but for the query (which may carry a token: never logged).
    path = url.split('?')[0] ?? url
  }
  return `${method} ${path}`
}

/**
 * A sleep that ends early, rejecting with the signal's reason, when `signal` fires: a
 * retry loop waiting out a Retry-After must not start another attempt after a cancel.
 */
export function sleepUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise((resolve) => setTimeout(resolve, ms))
  if (signal.aborted) return Promise.reject(abortReason(signal))
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortReason(signal))
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
