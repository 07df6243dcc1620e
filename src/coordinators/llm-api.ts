import type Anthropic from '@anthropic-ai/sdk'
import type { TraceWriter } from '../report/trace.js'
import { BudgetError, errorMessage } from '../errors.js'
import { addUsage, totalTokens, type Usage } from '../usage.js'
import { addRequestCost } from '../models/cost.js'
import { checkNextRequest } from './cost-guard.js'
import { describeForProvider } from './provider-errors.js'
import type { ProviderName } from '../clients/provider.js'

/**
 * One model request, the only way the LLM coordinator and the subagent reach the Messages
 * API: the token budget is checked before and after, the response's usage is added to the
 * workflow's running total, and every request (answered or not) is one trace line.
 *
 * The SDK is loaded by the caller's client factory (`Clients.anthropic()`); this module
 * imports only its types, so a run that needs no LLM never loads it.
 */

/** What every model request of one workflow run shares. */
export interface ModelSession {
  workflow: string
  /** The SDK client, built on first use. */
  client(): Promise<Anthropic>
  trace: TraceWriter
  /** The workflow's running total (subagents included): every response is added to it. */
  usage: Usage
  /** `max_total_tokens`: checked before each request and after each response. */
  maxTotalTokens: number
  /** Aborted when the workflow times out; passed to the SDK so a request in flight stops. */
  signal: AbortSignal
  /** Per request; the SDK's own retries (429, 5xx, 529) each get this long. */
  requestTimeoutMs: number
  /** Where Claude runs (model ids are checked against its form); default the Anthropic API. */
  provider?: ProviderName
  /** `max_cost_usd`: checked before each request against its worst case (cost-guard.ts). */
  maxCostUsd?: number
}

/** What the loop needs to know about a request beside the response. */
export interface ModelCallInfo {
  /** `llm`, `subagent.json`, `subagent:classifier`, `shadow/subagent.run`... */
  caller: string
  turn: number
  /** Our own work since the previous request's trace line (bench: loop overhead per turn). */
  overheadMs?: number
}

export interface ModelAnswer {
  message: Anthropic.Message
  /** Wall time of the request, the SDK's retries included. */
  durationMs: number
}

/** The Anthropic API refused or failed a request; the message says what to do about it. */
export class LlmApiError extends Error {
  override name = 'LlmApiError'
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/**
 * The client's own per-request timeout (clients/anthropic.ts). Repeated, not imported:
 * that module loads the SDK, which must stay out of the bundle's start-up chunk.
 */
const CLIENT_REQUEST_TIMEOUT_MS = 120_000

/** A request timeout well under the workflow's own: a third of it, at most the client's. */
export function requestTimeoutFor(timeoutSeconds: number): number {
  return Math.max(1_000, Math.min(CLIENT_REQUEST_TIMEOUT_MS, Math.floor((timeoutSeconds * 1000) / 3)))
}

export function budgetMessage(session: Pick<ModelSession, 'usage' | 'maxTotalTokens'>): string {
  return `the workflow ran past max_total_tokens (${session.maxTotalTokens}): ${totalTokens(session.usage)} tokens used, subagents included`
}

function checkBudget(session: ModelSession): void {
  if (totalTokens(session.usage) >= session.maxTotalTokens) throw new BudgetError(budgetMessage(session), 'max_total_tokens')
}

/** Sends one request; throws BudgetError, LlmApiError, or the timeout's reason (traced too). */
export async function createMessage(session: ModelSession, params: Anthropic.MessageCreateParamsNonStreaming, info: ModelCallInfo): Promise<ModelAnswer> {
  throwIfAborted(session.signal)
  checkBudget(session)
  checkNextRequest(session, params)
  const client = await session.client()
  const started = performance.now()
  const line = { type: 'llm_request' as const, workflow: session.workflow, caller: info.caller, model: params.model, turn: info.turn, overhead_ms: info.overheadMs }
  let message: Anthropic.Message
  try {
    // No secret reaches the model: tool results, error texts and payloads go out redacted.
    message = await client.messages.create(session.trace.redact.value(params), { signal: session.signal, timeout: session.requestTimeoutMs })
  } catch (error) {
    // Aborted by the workflow's timeout: the timeout is what happened, not the SDK's abort error.
    const failure = session.signal.aborted ? abortReason(session.signal) : describeForProvider(describeApiError(error, params.model, session.requestTimeoutMs), session.provider, params.model)
    session.trace.write({ ...line, usage: null, duration_ms: Math.round(performance.now() - started), error: failure.message })
    throw failure
  }
  const durationMs = Math.round(performance.now() - started)
  addUsage(session.usage, message.usage)
  const cost = addRequestCost(session.usage, params.model, message.usage)
  session.trace.write({
    ...line,
    stop_reason: message.stop_reason ?? undefined,
    usage: message.usage,
    cost_usd: cost,
    duration_ms: durationMs,
    request_id: (message as { _request_id?: string | null })._request_id ?? undefined
  })
  if (totalTokens(session.usage) > session.maxTotalTokens) throw new BudgetError(budgetMessage(session), 'max_total_tokens')
  return { message, durationMs }
}

/** After a workflow timeout the signal's reason (a BudgetError) is the error to report. */
export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortReason(signal)
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason : new BudgetError(`timed out: ${errorMessage(reason)}`, 'timeout_seconds')
}

interface ApiErrorShape {
  name?: string
  status?: number
  message?: string
  error?: { error?: { type?: string; message?: string }; type?: string; message?: string }
}

/**
 * Turns an SDK error into a message a user can act on. Matched by shape (status, body),
 * not by class, so this module needs no runtime import of the SDK.
 */
export function describeApiError(error: unknown, model: string, timeoutMs: number): LlmApiError {
  const e = (error ?? {}) as ApiErrorShape
  const body = e.error?.error ?? e.error
  const type = body?.type
  const detail = body?.message ?? e.message ?? errorMessage(error)
  const status = e.status
  const what = (text: string) => new LlmApiError(text, status, { cause: error })
  if (e.name === 'APIConnectionTimeoutError') return what(`the Anthropic API did not answer within ${timeoutMs} ms (the SDK retried before giving up)`)
  if (e.name === 'APIConnectionError' || (status === undefined && /connection|fetch failed|ECONN|socket/i.test(detail))) {
    return what(`could not reach the Anthropic API (the SDK retried before giving up): ${detail}`)
  }
  switch (status) {
    case 401:
      return what(`the Anthropic API rejected the API key (401 ${type ?? 'authentication_error'}): check the anthropic-api-key input (or env ANTHROPIC_API_KEY)`)
    case 403:
      return what(`the Anthropic API refused this key access (403 ${type ?? 'permission_error'}): ${detail}`)
    case 404:
      if (type === 'not_found_error' && /model/i.test(detail)) {
        return what(`model ${model} is not known to the Anthropic API (404 not_found_error: ${detail}): set model: in the config, or the model input, to a current model id`)
      }
      return what(`the Anthropic API answered 404 ${type ?? ''} (${detail}): check ANTHROPIC_BASE_URL`.replace('  ', ' '))
    case 400:
      return what(`the Anthropic API refused the request (400 ${type ?? 'invalid_request_error'}): ${detail}`)
    case 413:
      return what(`the request is too large for the Anthropic API (413): ${detail}`)
    case 429:
      return what(`the Anthropic API kept rate-limiting this key (429 ${type ?? 'rate_limit_error'}), also after the SDK's retries: ${detail}`)
    case 529:
      return what(`the Anthropic API stayed overloaded (529 overloaded_error), also after the SDK's retries`)
    default:
      if (status !== undefined && status >= 500) return what(`the Anthropic API failed (${status} ${type ?? 'api_error'}), also after the SDK's retries: ${detail}`)
      return what(`the Anthropic API request failed${status ? ` (${status}${type ? ` ${type}` : ''})` : ''}: ${detail}`)
  }
}
