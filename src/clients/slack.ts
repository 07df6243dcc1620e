import { LogLevel, WebClient } from '@slack/web-api'
import { abortReason } from './cancel.js'

/**
 * The Slack client with an explicit policy: the SDK's default is ten retries over about
 * 30 minutes and no timeout, far past a workflow's time budget. `fetch` is the proxy-aware
 * fetch (clients/proxy.ts). With a `signal` (the workflow's: clients/cancel.ts also binds
 * it into `fetch`), the SDK's retry loop gives up at the first failed attempt after it fired:
 * p-retry ends the loop when `onFailedAttempt` throws.
 */
export function createSlackClient(token: string, slackApiUrl: string, timeoutMs = 30_000, fetch: typeof globalThis.fetch = globalThis.fetch, signal?: AbortSignal): WebClient {
  return new WebClient(token, {
    fetch,
    slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/`,
    retryConfig: { ...SLACK_RETRIES, ...(signal ? { onFailedAttempt: stopWhenAborted(signal) } : {}) },
    timeout: timeoutMs,
    rejectRateLimitedCalls: false,
    logLevel: LogLevel.ERROR
  })
}

const SLACK_RETRIES = { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 5_000, randomize: true }

/** p-retry's hook: throwing from it rejects the call and starts no further attempt. */
export function stopWhenAborted(signal: AbortSignal): () => void {
  return () => {
    if (signal.aborted) throw abortReason(signal)
  }
}
