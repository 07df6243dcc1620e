import { LogLevel, WebClient } from '@slack/web-api'

/**
 * The Slack client with an explicit policy: the SDK's default is ten retries over about
 * 30 minutes and no timeout, far past a workflow's time budget.
 */
export function createSlackClient(token: string, slackApiUrl: string, timeoutMs = 30_000): WebClient {
  return new WebClient(token, {
    slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/`,
    retryConfig: { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 5_000, randomize: true },
    timeout: timeoutMs,
    rejectRateLimitedCalls: false,
    logLevel: LogLevel.ERROR
  })
}
