import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake, type AnthropicFake } from '../../src/sandbox/anthropic.js'
import { createBedrockFake, createVertexFake, SANDBOX_AWS, SANDBOX_GOOGLE, workloadIdentityCredentials } from '../../src/sandbox/cloud.js'
import { DEMO } from '../../src/sandbox/state.js'
import { PRICES, costOfUsage } from '../../src/models/prices.js'
import { makeWorkspace, reactedTs, runAgainstSandbox } from '../helpers/workspace.js'
import { startLoopbackProxy } from '../helpers/proxy.js'

/**
 * The pr-merged-llm example through the bundled action on each provider (the Anthropic API,
 * Bedrock, Vertex AI) against the sandbox's fakes, with the real SDK clients; the token and
 * cost outputs; the provider's bad inputs.
 */

let sandbox: Sandbox
let fake: AnthropicFake
let googleEnv: Record<string, string>

beforeAll(async () => {
  fake = createAnthropicFake({ policy: 'pr-merged' })
  sandbox = await startSandbox({ anthropic: fake.handler, bedrock: createBedrockFake({ anthropic: fake.handler }), vertex: createVertexFake({ anthropic: fake.handler }) })
  const dir = mkdtempSync(join(tmpdir(), 'hc-gcp-'))
  writeFileSync(join(dir, 'oidc-token'), SANDBOX_GOOGLE.subjectToken)
  writeFileSync(join(dir, 'credentials.json'), JSON.stringify(workloadIdentityCredentials(sandbox.url, join(dir, 'oidc-token'))))
  googleEnv = {
    GOOGLE_APPLICATION_CREDENTIALS: join(dir, 'credentials.json'),
    ANTHROPIC_VERTEX_PROJECT_ID: SANDBOX_GOOGLE.projectId,
    CLOUD_ML_REGION: SANDBOX_GOOGLE.region,
    ANTHROPIC_VERTEX_BASE_URL: sandbox.vertexUrl,
    // Loopback only: google-auth-library must never try the GCE metadata server.
    METADATA_SERVER_DETECTION: 'none'
  }
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => {
  sandbox.reset()
  fake.setPolicy('pr-merged')
  fake.clearCache()
  fake.requests.length = 0
  fake.usageLog.length = 0
})

const EXAMPLE = {
  '.github/coordinator/pr_merged_llm.yml': readFileSync('workflows/pr_merged_llm.yml', 'utf8'),
  'prompts/pr_merged.md': readFileSync('prompts/pr_merged.md', 'utf8')
}

const AWS_ENV = {
  AWS_ACCESS_KEY_ID: SANDBOX_AWS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: SANDBOX_AWS.secretAccessKey,
  AWS_REGION: SANDBOX_AWS.region
}

/** What the list prices say the fake's usage log cost. */
const expectedCost = (model: string) => fake.usageLog.reduce((sum, e) => sum + costOfUsage(PRICES[model]!, e.usage), 0)

const traceLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)

const providers = [
  { provider: 'anthropic', model: 'claude-sonnet-5-5', service: 'anthropic' as const, env: () => ({}) },
  { provider: 'bedrock', model: 'global.anthropic.claude-sonnet-5-5', service: 'bedrock' as const, env: () => ({ ...AWS_ENV, ANTHROPIC_BEDROCK_BASE_URL: sandbox.bedrockUrl }) },
  { provider: 'vertex', model: 'claude-sonnet-5-5', service: 'vertex' as const, env: () => googleEnv }
]

describe.each(providers)('the pr-merged-llm example on provider $provider', ({ provider, model, service, env }) => {
  it('marks the merged PRs, with tokens and cost in the outputs, the summary and the trace', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), { inputs: { provider, model, 'anthropic-api-key': provider === 'anthropic' ? sandbox.tokens.anthropic : '' }, env: env() })
    expect(run.stderr).not.toMatch(/Error/)
    expect(run.exitCode).toBe(0)
    expect(reactedTs(sandbox)).toEqual([...DEMO.expectMergedTs].sort())
    // Every model request went to this provider's endpoint, and only there.
    const requests = sandbox.calls.filter((c) => ['anthropic', 'bedrock', 'vertex'].includes(c.service) && !c.path.includes('/sts/') && !c.path.includes('cloudresourcemanager'))
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.every((c) => c.service === service)).toBe(true)

    const [result] = run.results
    const usage = result!.usage as Record<string, number>
    expect(Object.keys(usage).sort()).toEqual(['cache_creation_input_tokens', 'cache_read_input_tokens', 'input_tokens', 'output_tokens'])
    expect(run.outputs['input-tokens']).toBe(String(usage.input_tokens))
    expect(run.outputs['output-tokens']).toBe(String(fake.usageLog.reduce((n, e) => n + e.usage.output_tokens, 0)))
    expect(run.outputs['cache-read-tokens']).toBe(String(usage.cache_read_input_tokens))
    expect(Number(run.outputs['cache-read-tokens'])).toBeGreaterThan(0)
    expect(run.outputs['cache-write-tokens']).toBe(String(usage.cache_creation_input_tokens))
    const cost = Number(run.outputs['cost-usd'])
    expect(cost).toBeGreaterThan(0)
    expect(cost).toBeCloseTo(expectedCost('claude-sonnet-5-5'), 6)

    expect(run.summary).toMatch(/cache write; cost: \$0\.\d+ at list price/)
    const llmLines = traceLines(run.outputs['trace-file']!).filter((l) => l.type === 'llm_request')
    expect(llmLines).toHaveLength(result!.turns as number)
    for (const l of llmLines) expect(l).toEqual(expect.objectContaining({ model, cost_usd: expect.any(Number) }))
    expect(llmLines.reduce((s, l) => s + (l.cost_usd as number), 0)).toBeCloseTo(cost, 6)
    // The cloud's credentials never reach the outputs, the summary or the trace.
    // (`::add-mask::` lines are the runner's masking commands: it never shows them.)
    const log = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    const everything = JSON.stringify(run.outputs) + run.summary + readFileSync(run.outputs['trace-file']!, 'utf8') + log
    expect(everything).not.toContain(SANDBOX_AWS.secretAccessKey)
  })
})

describe('Bedrock and Vertex behind a proxy (a self-hosted runner)', () => {
  // The model requests go through HTTPS_PROXY/HTTP_PROXY like every other client's; the
  // hosts are made up, so a request that skipped the proxy could not resolve.
  it.each([
    {
      provider: 'bedrock',
      model: 'global.anthropic.claude-sonnet-5-5',
      host: 'bedrock.corp.test',
      env: () => ({ ...AWS_ENV, ANTHROPIC_BEDROCK_BASE_URL: sandbox.bedrockUrl.replace(/127\.0\.0\.1:\d+/, 'bedrock.corp.test') })
    },
    {
      provider: 'vertex',
      model: 'claude-sonnet-5-5',
      host: 'vertex.corp.test',
      env: () => ({ ...googleEnv, ANTHROPIC_VERTEX_BASE_URL: sandbox.vertexUrl.replace(/127\.0\.0\.1:\d+/, 'vertex.corp.test') })
    }
  ])(
    '$provider: every model request goes through the proxy',
    async ({ provider, model, host, env }) => {
      const proxy = await startLoopbackProxy(Number(new URL(sandbox.url).port))
      try {
        const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), {
          inputs: { provider, model },
          env: { ...env(), HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS: '5000' }
        })
        expect(run.exitCode).toBe(0)
        expect(reactedTs(sandbox)).toEqual([...DEMO.expectMergedTs].sort())
        const modelCalls = sandbox.calls.filter((c) => c.service === provider && !c.path.includes('/sts/') && !c.path.includes('cloudresourcemanager'))
        expect(modelCalls.length).toBeGreaterThan(0)
        // A tunnel per connection (kept alive across requests); Vertex's token exchange
        // (google-auth-library, on loopback here) may take the proxy too.
        expect(proxy.seen.map((s) => s.target)).toContain(`${host}:80`)
      } finally {
        await proxy.close()
      }
    },
    60_000
  )
})

describe('bad provider inputs, each refused before any model request', () => {
  const noModelCalls = () => expect(sandbox.calls.filter((c) => ['anthropic', 'bedrock', 'vertex'].includes(c.service))).toHaveLength(0)

  it('bedrock without a region names AWS_REGION', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), {
      inputs: { provider: 'bedrock', model: 'global.anthropic.claude-sonnet-5-5' },
      env: { AWS_ACCESS_KEY_ID: SANDBOX_AWS.accessKeyId, AWS_SECRET_ACCESS_KEY: SANDBOX_AWS.secretAccessKey, ANTHROPIC_BEDROCK_BASE_URL: sandbox.bedrockUrl }
    })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/provider bedrock: no AWS region: set AWS_REGION/)
    expect(run.annotations.some((a) => a.level === 'error' && /AWS_REGION/.test(a.message))).toBe(true)
    noModelCalls()
    expect(sandbox.callsTo('slack')).toHaveLength(0)
  })

  it('bedrock without credentials names the AWS variables', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), {
      inputs: { provider: 'bedrock', model: 'global.anthropic.claude-sonnet-5-5' },
      env: { AWS_REGION: 'us-east-1', ANTHROPIC_BEDROCK_BASE_URL: sandbox.bedrockUrl }
    })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/no AWS credentials in the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/)
    noModelCalls()
  })

  it('vertex without a project names ANTHROPIC_VERTEX_PROJECT_ID', async () => {
    const { ANTHROPIC_VERTEX_PROJECT_ID: _dropped, ...rest } = googleEnv
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), { inputs: { provider: 'vertex', model: 'claude-sonnet-5-5' }, env: rest })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/provider vertex: no Google Cloud project: set ANTHROPIC_VERTEX_PROJECT_ID/)
    noModelCalls()
  })

  it('an unknown provider fails the step naming the input and the choices', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), { inputs: { provider: 'azure' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/input provider is "azure": expected one of anthropic, bedrock, vertex/)
    expect(run.results).toEqual([])
    noModelCalls()
  })

  it('a model id of the wrong form for the provider is refused, naming the form expected', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), {
      inputs: { provider: 'bedrock', model: 'claude-sonnet-5-5' },
      env: { ...AWS_ENV, ANTHROPIC_BEDROCK_BASE_URL: sandbox.bedrockUrl }
    })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/model "claude-sonnet-5-5" is an Anthropic API model id, but provider is bedrock: expected a Bedrock model id .*global\.anthropic\.claude-sonnet-5-5/)
    const vertexRun = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), { inputs: { provider: 'vertex', model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' }, env: googleEnv })
    expect(vertexRun.results[0]!.error).toMatch(/is a Bedrock model id, but provider is vertex/)
    const anthropicRun = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), { inputs: { model: 'claude-sonnet-4-5@20250929' } })
    expect(anthropicRun.results[0]!.error).toMatch(/is a Vertex AI model id, but provider is anthropic: .*claude-sonnet-4-5-20250929/)
    noModelCalls()
  })
})

describe('the cloud refuses: the error names the cloud and what to check', () => {
  it('bedrock with a wrong secret key', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), {
      inputs: { provider: 'bedrock', model: 'global.anthropic.claude-sonnet-5-5' },
      env: { ...AWS_ENV, AWS_SECRET_ACCESS_KEY: 'wrong/secret/key/EXAMPLE0000000000000000', ANTHROPIC_BEDROCK_BASE_URL: sandbox.bedrockUrl }
    })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/Amazon Bedrock refused the request \(403\): The request signature we calculated does not match.*check the AWS credentials in the environment/)
    expect(
      run.summary +
        run.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n')
    ).not.toContain('wrong/secret/key')
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(0)
  })

  it('vertex on a project the credentials cannot use', async () => {
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), {
      inputs: { provider: 'vertex', model: 'claude-sonnet-5-5' },
      env: { ...googleEnv, ANTHROPIC_VERTEX_PROJECT_ID: 'not-my-project' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]!.error).toMatch(/Vertex AI refused the request \(403\): Permission 'aiplatform\.endpoints\.predict' denied.*ANTHROPIC_VERTEX_PROJECT_ID/)
  })
})

describe('hostile text cannot carry cloud credentials out', () => {
  it('an AWS secret pasted into a Slack message never reaches the trace, the summary or the outputs', async () => {
    const [first] = sandbox.state.slack.channels[DEMO.channel]!.messages
    first!.text = `${first!.text} (leaked: ${SANDBOX_AWS.secretAccessKey})`
    const run = await runAgainstSandbox(sandbox, makeWorkspace(EXAMPLE), {
      inputs: { provider: 'bedrock', model: 'global.anthropic.claude-sonnet-5-5' },
      env: { ...AWS_ENV, ANTHROPIC_BEDROCK_BASE_URL: sandbox.bedrockUrl }
    })
    expect(run.exitCode).toBe(0)
    const trace = readFileSync(run.outputs['trace-file']!, 'utf8')
    expect(trace).toContain('(leaked: ***)')
    for (const text of [trace, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(SANDBOX_AWS.secretAccessKey)
      // Nor do the request's own credentials: no signature, no token.
      expect(text).not.toMatch(/AWS4-HMAC-SHA256|ya29\./)
    }
  })
})

describe('cost', () => {
  it('a model with no list price leaves cost-usd empty with a notice, and the run succeeds', async () => {
    // A model the (test's own) fake serves but the price table does not list.
    const unpriced = 'claude-sonnet-4-7'
    const bigFake = createAnthropicFake({ policy: 'pr-merged', models: [unpriced] })
    const other = await startSandbox({ anthropic: bigFake.handler })
    try {
      const run = await runAgainstSandbox(other, makeWorkspace(EXAMPLE), { inputs: { model: unpriced } })
      expect(run.exitCode).toBe(0)
      expect(run.outputs['cost-usd']).toBe('')
      expect(Number(run.outputs['output-tokens'])).toBeGreaterThan(0)
      expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringMatching(/cost-usd is empty: no list price .* for claude-sonnet-4-7/) }))
      expect(run.summary).toMatch(/cost: unknown \(no list price for `claude-sonnet-4-7`\)/)
    } finally {
      await other.close()
    }
  })

  it('max_cost_usd stops the workflow before the request that could pass it, as max_total_tokens does', async () => {
    const ws = makeWorkspace({ ...EXAMPLE, '.github/coordinator/pr_merged_llm.yml': `${EXAMPLE['.github/coordinator/pr_merged_llm.yml']}\nmax_cost_usd: 0.03\n` })
    const run = await runAgainstSandbox(sandbox, ws)
    expect(run.exitCode).toBe(1)
    const [result] = run.results
    expect(result!.error).toMatch(/stopped before passing max_cost_usd \(0\.03\): \$[\d.]+ spent/)
    expect(Number(run.outputs['cost-usd'])).toBeLessThanOrEqual(0.03)
    expect(fake.usageLog.length).toBeGreaterThan(0)
    // The refused turn counts as a turn (as with max_total_tokens), but never reached the model.
    expect(fake.usageLog.length).toBe((result!.turns as number) - 1)
  })

  it.each([
    ['-1', /max_cost_usd/],
    ['"two dollars"', /max_cost_usd/]
  ])('max_cost_usd: %s is a config error naming the key', async (value, key) => {
    const ws = makeWorkspace({ ...EXAMPLE, '.github/coordinator/pr_merged_llm.yml': `${EXAMPLE['.github/coordinator/pr_merged_llm.yml']}\nmax_cost_usd: ${value}\n` })
    const run = await runAgainstSandbox(sandbox, ws)
    expect(run.exitCode).toBe(1)
    const error = run.annotations.find((a) => a.level === 'error' && a.file === '.github/coordinator/pr_merged_llm.yml')
    expect(error?.message).toMatch(key)
    expect(run.results).toEqual([])
    expect(sandbox.calls.filter((c) => c.service === 'anthropic')).toHaveLength(0)
  })
})
