/**
 * List prices per model, in USD per million tokens, keyed by the Anthropic API model id
 * (the key `capabilities.ts` uses too; provider ids map to it through `apiModelId`).
 * From the pricing page (platform.claude.com/docs/en/about-claude/pricing), December 2026.
 * Cache writes cost more than plain input (5 minutes: 1.25x, 1 hour: 2x on most models),
 * cache reads less; each model's own figures are written out rather than derived, because
 * some (Opus 5.5, Sonnet 5.5, Haiku 5.5) read from the cache at 0.05x or 0.1x.
 * Bedrock and Vertex AI set their own prices; these are the Anthropic list prices, an
 * estimate there (the README says so).
 */
export interface Rates {
  input: number
  cacheWrite5m: number
  cacheWrite1h: number
  cacheRead: number
  output: number
}

export interface ModelPrice extends Rates {
  /** A prompt (input + cache reads + cache writes) over `threshold` tokens pays `rates` on every token of the request. */
  longPrompt?: { threshold: number; rates: Rates }
}

const rates = (input: number, cacheWrite5m: number, cacheWrite1h: number, cacheRead: number, output: number): Rates => ({ input, cacheWrite5m, cacheWrite1h, cacheRead, output })

const OPUS_4_5_TO_5 = rates(5, 6.25, 10, 0.5, 25)
const SONNET_4 = rates(3, 3.75, 6, 0.3, 15)
const OPUS_4 = rates(15, 18.75, 30, 1.5, 75)

export const PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-opus-5-5': rates(4, 5, 8, 0.2, 20),
  // Cache reads cut from $0.20 to $0.10 per MTok on 2026-10-07.
  'claude-sonnet-5-5': rates(2, 2.5, 4, 0.1, 10),
  'claude-haiku-5-5': { ...rates(0.1, 0.125, 0.2, 0.01, 0.5), longPrompt: { threshold: 100_000, rates: rates(0.5, 0.625, 1, 0.05, 2.5) } },
  'claude-opus-5': OPUS_4_5_TO_5,
  'claude-sonnet-5': rates(2, 2.5, 4, 0.2, 10),
  'claude-opus-4-8': OPUS_4_5_TO_5,
  'claude-opus-4-7': OPUS_4_5_TO_5,
  'claude-opus-4-6': OPUS_4_5_TO_5,
  'claude-opus-4-5': OPUS_4_5_TO_5,
  'claude-opus-4-1': OPUS_4,
  'claude-opus-4': OPUS_4,
  'claude-sonnet-4-6': SONNET_4,
  'claude-sonnet-4-5': SONNET_4,
  'claude-sonnet-4': SONNET_4,
  'claude-haiku-4-5': rates(1, 1.25, 2, 0.1, 5)
}

/** What a response's `usage` says, as the API sends it (fields may be null or missing). */
export interface PricedUsage {
  input_tokens?: number | null
  output_tokens?: number | null
  cache_read_input_tokens?: number | null
  cache_creation_input_tokens?: number | null
  cache_creation?: { ephemeral_5m_input_tokens?: number | null; ephemeral_1h_input_tokens?: number | null } | null
}

/**
 * The price of an Anthropic API model id: the id itself, or without a date suffix
 * (`claude-sonnet-4-5-20250929` is priced as `claude-sonnet-4-5`). Undefined when unknown.
 */
export function priceOf(apiModel: string, table: Readonly<Record<string, ModelPrice>> = PRICES): ModelPrice | undefined {
  return table[apiModel] ?? table[apiModel.replace(/-\d{8}$/, '')]
}

/**
 * The cost of one response in USD. Cache writes are split into 5-minute and 1-hour ones
 * when the API says how (`cache_creation`); otherwise all are priced as 5-minute writes,
 * the API's default TTL.
 */
export function costOfUsage(price: ModelPrice, usage: PricedUsage): number {
  const n = (v: number | null | undefined) => v ?? 0
  const written = n(usage.cache_creation_input_tokens)
  const split = usage.cache_creation
  const oneHour = split ? Math.min(written, n(split.ephemeral_1h_input_tokens)) : 0
  const fiveMinutes = written - oneHour
  const prompt = n(usage.input_tokens) + n(usage.cache_read_input_tokens) + written
  const r: Rates = price.longPrompt && prompt > price.longPrompt.threshold ? price.longPrompt.rates : price
  const micro = n(usage.input_tokens) * r.input + fiveMinutes * r.cacheWrite5m + oneHour * r.cacheWrite1h + n(usage.cache_read_input_tokens) * r.cacheRead + n(usage.output_tokens) * r.output
  return micro / 1_000_000
}

/**
 * The most one request could cost: every prompt token at the dearest input rate (a 1-hour
 * cache write), and all of `max_tokens` as output, at the long-prompt rates when they apply.
 */
export function worstCaseCost(price: ModelPrice, promptTokens: number, maxTokens: number): number {
  const r: Rates = price.longPrompt && promptTokens > price.longPrompt.threshold ? price.longPrompt.rates : price
  const dearestInput = Math.max(r.input, r.cacheWrite5m, r.cacheWrite1h)
  return (promptTokens * dearestInput + maxTokens * r.output) / 1_000_000
}

/** USD as outputs and the summary show it: up to six decimals, no trailing zeros. */
export function formatUsd(usd: number): string {
  return String(Number(usd.toFixed(6)))
}
