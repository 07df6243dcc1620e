import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk'
import type { ProviderSettings } from './provider.js'
import { ANTHROPIC_REQUEST_TIMEOUT_MS } from './anthropic.js'

/**
 * Bedrock's InvokeModel takes the API version in the body. The SDK copies its own header
 * value (2026-10-21) there, which Bedrock's Anthropic models refuse, so the client sends
 * the version Bedrock documents instead.
 */
export const BEDROCK_ANTHROPIC_VERSION = 'bedrock-2023-05-31'

/**
 * Claude on Amazon Bedrock through the same Messages interface (SigV4-signed
 * `POST /model/{id}/invoke`). Static keys from the environment are passed in, so the AWS
 * credential chain (and its SDK) loads only for profiles, web identity and the like.
 * `fetch` is the action's proxy-aware one (HTTPS_PROXY, NO_PROXY), as for the other clients.
 */
export function createBedrockClient(s: ProviderSettings, fetch?: typeof globalThis.fetch): AnthropicBedrock {
  const common = {
    ...(fetch ? { fetch } : {}),
    awsRegion: s.region,
    baseURL: s.baseUrl || undefined,
    defaultHeaders: { 'anthropic-version': BEDROCK_ANTHROPIC_VERSION },
    maxRetries: 3,
    timeout: ANTHROPIC_REQUEST_TIMEOUT_MS
  }
  if (s.awsAccessKeyId && s.awsSecretAccessKey) {
    return new AnthropicBedrock({ ...common, awsAccessKey: s.awsAccessKeyId, awsSecretKey: s.awsSecretAccessKey, awsSessionToken: s.awsSessionToken ?? null })
  }
  return new AnthropicBedrock(common)
}
