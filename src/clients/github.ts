import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubClient } from './types.js'

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
export function createGitHubClient(token: string, baseUrl: string | undefined, timeoutMs = 30_000, baseFetch: typeof fetch = globalThis.fetch): GitHubClient {
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
      onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < RATE_LIMIT_RETRIES,
      onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < RATE_LIMIT_RETRIES
    }
  }) as GitHubClient
  // A request aborted by its workflow's timeout (`request: { signal }`) is not retried: the
  // retry plugin would otherwise take an abort for a 500 and try again for seconds.
  octokit.hook.before('request', (options) => {
    const request = options.request as { signal?: AbortSignal; retries?: number } | undefined
    const signal = request?.signal
    if (!request || !signal) return
    if (signal.aborted) request.retries = 0
    else signal.addEventListener('abort', () => (request.retries = 0), { once: true })
  })
  return octokit
}
