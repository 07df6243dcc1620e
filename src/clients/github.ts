import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type { GitHubClient } from './types.js'

/** Times Octokit retries a rate-limited request before giving up. */
const RATE_LIMIT_RETRIES = 3

/**
 * Octokit with the retry plugin (5xx, dropped connections) and the throttling plugin
 * (primary and secondary rate limits, honouring retry-after), and a timeout on every request.
 */
export function createGitHubClient(token: string, baseUrl: string | undefined, timeoutMs = 30_000): GitHubClient {
  // Reading globalThis.fetch loads Node's fetch implementation now, while the client is
  // created during an idle wait, instead of on the first request.
  const baseFetch = globalThis.fetch
  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    return baseFetch(input, { ...init, signal })
  }
  const octokit = getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl: baseUrl.replace(/\/$/, '') } : {}),
      request: { fetch: timedFetch },
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < RATE_LIMIT_RETRIES,
        onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) => retryCount < RATE_LIMIT_RETRIES
      }
    },
    retry,
    throttling
  ) as GitHubClient
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
