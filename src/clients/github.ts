import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import type { GitHubClient } from './types.js'
import { Limiter } from './limiter.js'
import { retry } from './octokit-retry.js'

/** Times Octokit retries a rate-limited request before giving up. */
const RATE_LIMIT_RETRIES = 3

/**
 * `@actions/github`'s getOctokit without `@actions/http-client` and undici: the same core
 * and plugins, put together here. Its proxy-aware fetch was never used (we pass our own).
 */
const GitHubOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling)

/**
 * Octokit with the retry plugin (5xx, dropped connections) and the throttling plugin
 * (primary and secondary rate limits, honouring retry-after), and a timeout on every request.
 * `baseFetch` is the proxy-aware fetch (clients/proxy.ts).
 */
export function createGitHubClient(token: string, baseUrl: string | undefined, timeoutMs = 30_000, baseFetch: typeof fetch = globalThis.fetch, scope?: AbortSignal): GitHubClient {
  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return baseFetch(input, { ...init, signal })
  }
  const octokit = new GitHubOctokit({
    auth: token,
    ...(baseUrl ? { baseUrl: baseUrl.replace(/\/$/, '') } : {}),
    request: { fetch: timedFetch },
    retry: { retries: 3 },
    throttle: {
      // The plugin's queue without Bottleneck's timer per step (limiter.ts): same limits.
      Bottleneck: Limiter as unknown as NonNullable<ThrottlingOptions['Bottleneck']>,
      onRateLimit: (_after: number, options: unknown, _octokit: unknown, retryCount: number) => retryCount < RATE_LIMIT_RETRIES && !aborted(options, scope),
      onSecondaryRateLimit: (_after: number, options: unknown, _octokit: unknown, retryCount: number) => retryCount < RATE_LIMIT_RETRIES && !aborted(options, scope)
    }
  }) as GitHubClient
  // A request aborted by its workflow (its own `request: { signal }`, or the client's
  // `scope`, the workflow's signal) is not retried: the retry plugin would otherwise take an
  // abort for a 500 and try again for seconds. Its `retries` is read when the error comes,
  // so it reads 0 once either signal fired (a getter, not an abort listener per request:
  // a workflow's thousand calls would pile a thousand listeners on one signal).
  octokit.hook.before('request', (options) => {
    const request = options.request as { signal?: AbortSignal; retries?: number } | undefined
    if (!request) return
    const signals = [request.signal, scope].filter((s): s is AbortSignal => s !== undefined)
    if (!signals.length) return
    let retries = request.retries
    Object.defineProperty(request, 'retries', {
      configurable: true,
      enumerable: true,
      get: () => (signals.some((s) => s.aborted) ? 0 : retries),
      set: (value: number | undefined) => (retries = value)
    })
  })
  return octokit
}

/** Whether the request's own signal or the client's scope has fired: no rate-limit retry then. */
function aborted(options: unknown, scope: AbortSignal | undefined): boolean {
  const signal = (options as { request?: { signal?: AbortSignal } } | undefined)?.request?.signal
  return Boolean(scope?.aborted || signal?.aborted)
}
