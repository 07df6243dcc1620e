import type { Octokit } from '@octokit/core'
import { RequestError } from '@octokit/request-error'
import { Limiter } from './limiter.js'

/**
 * @octokit/plugin-retry 8.1.1 (MIT, Copyright (c) 2018 Octokit contributors), with one
 * change: each request's retries run in our Limiter (limiter.ts) instead of a new
 * Bottleneck. The plugin builds one Bottleneck per request, whose `setTimeout(0)` between
 * steps held every GitHub request back: this port saves a pr_merged run about 24 ms
 * (measured, paired; README, Performance). Its rules are kept as they are: a failed
 * request with a status of 400 or more that is not in `doNotRetry` (400, 401, 403, 404,
 * 410, 422, 451), including
 * the 500 that a dropped connection becomes, is sent again up to `retries` times (3),
 * after 1, 4, 9 s (`retryAfterBaseValue` 1000 ms times the square of the attempt); a
 * request's own `request.retries` overrides the count (github.ts sets it to 0 once the
 * workflow is cancelled). Rate limits (403, 429) are the throttling plugin's.
 *
 * The plugin's license: MIT License. Copyright (c) 2018 Octokit contributors. Permission
 * is hereby granted, free of charge, to any person obtaining a copy of this software and
 * associated documentation files (the "Software"), to deal in the Software without
 * restriction, including without limitation the rights to use, copy, modify, merge,
 * publish, distribute, sublicense, and/or sell copies of the Software, and to permit
 * persons to whom the Software is furnished to do so, subject to the following
 * conditions: The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
 * WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
 * WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
 * NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR
 * OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
 * OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */

interface RetryState {
  enabled: boolean
  retryAfterBaseValue: number
  doNotRetry: number[]
  retries: number
}

type RequestOptions = { request: { retries?: number; retryCount?: number; retryAfter?: number } } & Record<string, unknown>
type Request = (options: RequestOptions) => Promise<{ data?: { errors?: { message: string }[] } }>
type RetryPlugin = { retry: { retryRequest(error: RequestError, retries: number, retryAfter: number): RequestError } }

export function retry(octokit: Octokit, octokitOptions: object): RetryPlugin {
  const given = (octokitOptions as { retry?: Partial<RetryState> }).retry
  const state: RetryState = { enabled: true, retryAfterBaseValue: 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: 3, ...given }
  const plugin: RetryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, { retries, retryAfter })
        return error
      }
    }
  }
  if (state.enabled) {
    octokit.hook.error('request', ((error: unknown, options: RequestOptions) => errorRequest(state, plugin, error, options)) as never)
    octokit.hook.wrap('request', ((request: Request, options: RequestOptions) => wrapRequest(state, plugin, request, options)) as never)
  }
  return plugin
}
retry.VERSION = '8.1.1'

function isRequestError(error: unknown): error is RequestError {
  return (error as { request?: unknown } | undefined)?.request !== undefined
}

async function errorRequest(state: RetryState, plugin: RetryPlugin, error: unknown, options: RequestOptions): Promise<never> {
  if (!isRequestError(error) || !error.request.request) throw error
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2)
    throw plugin.retry.retryRequest(error, retries, retryAfter)
  }
  throw error
}

async function wrapRequest(state: RetryState, plugin: RetryPlugin, request: Request, options: RequestOptions): Promise<unknown> {
  const limiter = new Limiter()
  limiter.on('failed', (error: { request?: { request?: { retries?: number; retryAfter?: number } } } | undefined, info: { retryCount: number }) => {
    const asked = error?.request?.request
    const maxRetries = ~~(asked?.retries ?? 0)
    const after = ~~(asked?.retryAfter ?? 0)
    options.request.retryCount = info.retryCount + 1
    if (maxRetries > info.retryCount) return after * state.retryAfterBaseValue
    return undefined
  })
  return limiter.schedule(requestWithGraphqlErrorHandling, state, plugin, request, options)
}

async function requestWithGraphqlErrorHandling(state: RetryState, plugin: RetryPlugin, request: Request, options: RequestOptions): Promise<unknown> {
  const response = await request(options)
  if (response.data?.errors?.length && /Something went wrong while executing your query/.test(response.data.errors[0]!.message)) {
    const error = new RequestError(response.data.errors[0]!.message, 500, { request: options as never, response: response as never })
    return errorRequest(state, plugin, error, options)
  }
  return response
}
