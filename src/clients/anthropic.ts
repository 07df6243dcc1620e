import Anthropic from '@anthropic-ai/sdk'

/** Per-request timeout: well under a workflow's `timeout_seconds` default of 300. */
export const ANTHROPIC_REQUEST_TIMEOUT_MS = 120_000

/**
 * The SDK retries 408, 409, 429, 5xx and 529 (overloaded) and honours retry-after.
 * An empty base URL stays undefined so the SDK's own default (and ANTHROPIC_BASE_URL) apply.
 * `fetch` is the proxy-aware fetch (clients/proxy.ts).
 */
export function createAnthropicClient(apiKey: string, baseURL: string | undefined, fetch: typeof globalThis.fetch = globalThis.fetch): Anthropic {
  return new Anthropic({ apiKey, baseURL: baseURL || undefined, maxRetries: 3, timeout: ANTHROPIC_REQUEST_TIMEOUT_MS, fetch })
}
