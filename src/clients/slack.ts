import { LogLevel, WebClient } from '@slack/web-api'

/**
 * The Slack client with an explicit policy: the SDK's default is ten retries over about
 * 30 minutes and no timeout, far past a workflow's time budget. `fetch` is the proxy-aware
 * fetch (clients/proxy.ts).
 */
export function createSlackClient(token: string, slackApiUrl: string, timeoutMs = 30_000, fetch: typeof globalThis.fetch = globalThis.fetch): WebClient {
  return new WebClient(token, {
    fetch,
    slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/`,
    retryConfig: { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 5_000, randomize: true },
    timeout: timeoutMs,
    rejectRateLimitedCalls: false,
    logLevel: LogLevel.ERROR
  })
}
