import { describe, expect, it } from '@jest/globals'
import { apiModelId, missingProviderSetting, providerSettingsFromEnv, wrongModelForm } from '../src/clients/provider.js'
import { PRICES, costOfUsage, priceOf, worstCaseCost } from '../src/models/prices.js'
import { runTotals } from '../src/report/totals.js'
import { readInputs } from '../src/inputs.js'

describe('model ids per provider', () => {
  it.each([
    ['anthropic', 'claude-sonnet-5-5'],
    ['anthropic', 'claude-sonnet-4-5-20250929'],
    ['bedrock', 'global.anthropic.claude-sonnet-5-5'],
    ['bedrock', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'],
    ['bedrock', 'anthropic.claude-opus-4-6-v1'],
    ['bedrock', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123'],
    ['vertex', 'claude-sonnet-5-5'],
    ['vertex', 'claude-sonnet-4-5@20250929']
  ] as const)('%s accepts %s', (provider, model) => {
    expect(wrongModelForm(provider, model)).toBeUndefined()
  })

  it.each([
    ['anthropic', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', /Bedrock model id, but provider is anthropic/],
    ['bedrock', 'claude-sonnet-4-5@20250929', /Vertex AI model id, but provider is bedrock.*global\.anthropic\.claude-sonnet-4-5-20250929/],
    ['vertex', 'anthropic.claude-opus-4-6-v1', /Bedrock model id, but provider is vertex.*claude-opus-4-6/],
    ['anthropic', 'gpt-6', /no known model id form/]
  ] as const)('%s refuses %s', (provider, model, message) => {
    expect(wrongModelForm(provider, model)).toMatch(message)
  })

  it('maps every provider id to the Anthropic API id the tables use', () => {
    expect(apiModelId('global.anthropic.claude-sonnet-5-5')).toBe('claude-sonnet-5-5')
    expect(apiModelId('us.anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe('claude-sonnet-4-5-20250929')
    expect(apiModelId('claude-sonnet-4-5@20250929')).toBe('claude-sonnet-4-5-20250929')
    expect(apiModelId('arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0')).toBe('claude-haiku-4-5-20251001')
    expect(apiModelId('arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123')).toBeUndefined()
  })
})

describe('provider settings from the environment', () => {
  it('names what bedrock and vertex miss', () => {
    expect(missingProviderSetting(providerSettingsFromEnv('bedrock', {}))).toMatch(/AWS_REGION.*AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/)
    expect(missingProviderSetting(providerSettingsFromEnv('bedrock', { AWS_DEFAULT_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIA' }))).toMatch(
      /only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/
    )
    expect(missingProviderSetting(providerSettingsFromEnv('bedrock', { AWS_REGION: 'eu-west-1', AWS_PROFILE: 'ci' }))).toBeUndefined()
    expect(missingProviderSetting(providerSettingsFromEnv('vertex', { CLOUD_ML_REGION: 'us-east5' }))).toMatch(/ANTHROPIC_VERTEX_PROJECT_ID/)
    expect(missingProviderSetting(providerSettingsFromEnv('vertex', { ANTHROPIC_VERTEX_PROJECT_ID: 'p' }))).toMatch(/CLOUD_ML_REGION/)
    expect(missingProviderSetting(providerSettingsFromEnv('anthropic', {}))).toBeUndefined()
  })

  it('reads the provider input, refusing one it does not know', () => {
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? ''
    expect(readInputs(get({}), {}).provider).toBe('anthropic')
    expect(readInputs(get({ provider: 'vertex' }), {}).provider).toBe('vertex')
    expect(() => readInputs(get({ provider: 'Bedrock' }), {})).toThrow(/input provider is "Bedrock": expected one of anthropic, bedrock, vertex/)
  })
})

describe('prices', () => {
  it('prices cache writes by their TTL and cache reads at the read rate', () => {
    const sonnet = PRICES['claude-sonnet-5-5']!
    const usage = {
      input_tokens: 1_000_000,
      output_tokens: 1_000_000,
      cache_read_input_tokens: 1_000_000,
      cache_creation_input_tokens: 2_000_000,
      cache_creation: { ephemeral_5m_input_tokens: 1_000_000, ephemeral_1h_input_tokens: 1_000_000 }
    }
    expect(costOfUsage(sonnet, usage)).toBeCloseTo(2 + 10 + 0.1 + 2.5 + 4, 9)
    // Without the split, every write is a 5-minute one.
    expect(costOfUsage(sonnet, { ...usage, cache_creation: null })).toBeCloseTo(2 + 10 + 0.1 + 2 * 2.5, 9)
  })

  it("applies Haiku 5.5's long-prompt rates to the whole request past 100k prompt tokens", () => {
    const haiku = PRICES['claude-haiku-5-5']!
    expect(costOfUsage(haiku, { input_tokens: 100_000, output_tokens: 0 })).toBeCloseTo(0.01, 9)
    expect(costOfUsage(haiku, { input_tokens: 100_001, output_tokens: 1000 })).toBeCloseTo((100_001 * 0.5 + 1000 * 2.5) / 1e6, 9)
  })

  it('finds dated ids under their alias, and nothing for an unknown model', () => {
    expect(priceOf('claude-sonnet-4-5-20250929')).toBe(PRICES['claude-sonnet-4-5'])
    expect(priceOf('claude-unknown-1')).toBeUndefined()
  })

  it('bounds the next request by its prompt at the dearest input rate and all of max_tokens', () => {
    expect(worstCaseCost(PRICES['claude-sonnet-5-5']!, 1000, 2000)).toBeCloseTo((1000 * 4 + 2000 * 10) / 1e6, 12)
  })

  it('totals a run: an unpriced model empties the cost, never the tokens', () => {
    const usage = { input_tokens: 1, output_tokens: 2, cache_read_input_tokens: 3, cache_creation_input_tokens: 4 }
    expect(
      runTotals([
        { usage, costUsd: 0.25, unpricedModels: [] },
        { usage, costUsd: 0.5, unpricedModels: [] }
      ])
    ).toEqual({ usage: { input_tokens: 2, output_tokens: 4, cache_read_input_tokens: 6, cache_creation_input_tokens: 8 }, costUsd: '0.75', unpriced: [] })
    expect(
      runTotals([
        { usage, costUsd: 0.25, unpricedModels: [] },
        { usage, costUsd: null, unpricedModels: ['claude-x'] }
      ]).costUsd
    ).toBeNull()
  })
})
