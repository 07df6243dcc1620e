import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk'
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import { GoogleAuth } from 'google-auth-library'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake, type AnthropicFake } from '../../src/sandbox/anthropic.js'
import { createBedrockFake, createVertexFake, SANDBOX_AWS, SANDBOX_GOOGLE, workloadIdentityCredentials } from '../../src/sandbox/cloud.js'
import { createBedrockClient } from '../../src/clients/bedrock.js'
import { createVertexClient } from '../../src/clients/vertex.js'

/** The Bedrock and Vertex fakes, driven by the real SDK clients over loopback. */

let sandbox: Sandbox
let fake: AnthropicFake
let credentialsFile: string

beforeAll(async () => {
  fake = createAnthropicFake({ policy: 'pr-merged' })
  sandbox = await startSandbox({ anthropic: fake.handler, bedrock: createBedrockFake({ anthropic: fake.handler }), vertex: createVertexFake({ anthropic: fake.handler }) })
  const dir = mkdtempSync(join(tmpdir(), 'hc-gcp-'))
  writeFileSync(join(dir, 'token'), SANDBOX_GOOGLE.subjectToken)
  credentialsFile = join(dir, 'credentials.json')
  writeFileSync(credentialsFile, JSON.stringify(workloadIdentityCredentials(sandbox.url, join(dir, 'token'))))
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => {
  sandbox.reset()
  fake.requests.length = 0
})

const hello = { max_tokens: 256, messages: [{ role: 'user' as const, content: 'Say hello.' }] }

const bedrock = (over: Record<string, unknown> = {}) =>
  new AnthropicBedrock({
    awsRegion: SANDBOX_AWS.region,
    awsAccessKey: SANDBOX_AWS.accessKeyId,
    awsSecretKey: SANDBOX_AWS.secretAccessKey,
    baseURL: sandbox.bedrockUrl,
    maxRetries: 0,
    ...over
  } as ConstructorParameters<typeof AnthropicBedrock>[0] & object)

describe('the Bedrock fake', () => {
  it('answers our client (SigV4, bedrock-2023-05-31 in the body, no model in it) with a Messages answer', async () => {
    const client = createBedrockClient({
      provider: 'bedrock',
      region: SANDBOX_AWS.region,
      awsAccessKeyId: SANDBOX_AWS.accessKeyId,
      awsSecretAccessKey: SANDBOX_AWS.secretAccessKey,
      baseUrl: sandbox.bedrockUrl
    })
    const message = await client.messages.create({ model: 'us.anthropic.claude-opus-4-6-v1', ...hello })
    expect(message.type).toBe('message')
    expect(message.usage.output_tokens).toBeGreaterThan(0)
    const [call] = sandbox.callsTo('bedrock')
    expect(call!.path).toBe('/model/us.anthropic.claude-opus-4-6-v1/invoke')
    expect(call!.body).toEqual(expect.objectContaining({ anthropic_version: 'bedrock-2023-05-31' }))
    expect(call!.body).not.toHaveProperty('model')
    expect(fake.requests[0]!.model).toBe('claude-opus-4-6')
    expect(call!.status).toBe(200)
  })

  it('signs and accepts a model id with a version suffix (a colon in the signed path)', async () => {
    const client = createBedrockClient({
      provider: 'bedrock',
      region: SANDBOX_AWS.region,
      awsAccessKeyId: SANDBOX_AWS.accessKeyId,
      awsSecretAccessKey: SANDBOX_AWS.secretAccessKey,
      baseUrl: sandbox.bedrockUrl
    })
    // The signature holds; the model behind the id is one the fake does not serve, so Bedrock's own 400 comes back.
    await expect(client.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', ...hello })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/model identifier is invalid/)
    })
    expect(sandbox.callsTo('bedrock')[0]!.path).toBe('/model/us.anthropic.claude-sonnet-4-5-20250929-v1:0/invoke')
  })

  it("refuses the SDK's default body version (2026-10-21), as Bedrock's InvokeModel does", async () => {
    await expect(bedrock().messages.create({ model: 'global.anthropic.claude-sonnet-5-5', ...hello })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/anthropic_version .*bedrock-2023-05-31/)
    })
  })

  it('refuses a wrong secret, another region and an unknown key, before the model sees anything', async () => {
    const wrongSecret = bedrock({ awsSecretKey: 'not-the-secret', defaultHeaders: { 'anthropic-version': 'bedrock-2023-05-31' } })
    await expect(wrongSecret.messages.create({ model: 'global.anthropic.claude-sonnet-5-5', ...hello })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/signature we calculated does not match/)
    })
    const otherRegion = bedrock({ awsRegion: 'eu-west-1', defaultHeaders: { 'anthropic-version': 'bedrock-2023-05-31' } })
    await expect(otherRegion.messages.create({ model: 'global.anthropic.claude-sonnet-5-5', ...hello })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/scoped to a valid region/)
    })
    const unknownKey = bedrock({ awsAccessKey: 'AKIAUNKNOWN000000000', defaultHeaders: { 'anthropic-version': 'bedrock-2023-05-31' } })
    await expect(unknownKey.messages.create({ model: 'global.anthropic.claude-sonnet-5-5', ...hello })).rejects.toMatchObject({ status: 403 })
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses an unsigned request and a model id that is not Bedrock-shaped', async () => {
    const unsigned = await fetch(`${sandbox.bedrockUrl}/model/global.anthropic.claude-sonnet-5-5/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', ...hello })
    })
    expect(unsigned.status).toBe(403)
    expect(unsigned.headers.get('x-amzn-errortype')).toMatch(/^MissingAuthenticationTokenException/)
    const signed = bedrock({ defaultHeaders: { 'anthropic-version': 'bedrock-2023-05-31' } })
    await expect(signed.messages.create({ model: 'claude-sonnet-5-5', ...hello })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/model identifier is invalid/) })
  })
})

describe('the Vertex AI fake', () => {
  const vertex = (over: Record<string, unknown> = {}) =>
    new AnthropicVertex({
      region: SANDBOX_GOOGLE.region,
      projectId: SANDBOX_GOOGLE.projectId,
      baseURL: sandbox.vertexUrl,
      maxRetries: 0,
      googleAuth: new GoogleAuth({ keyFilename: credentialsFile, scopes: 'https://www.googleapis.com/auth/cloud-platform' }),
      ...over
    })

  it('answers our client after a Workload Identity token exchange, with vertex-2023-10-16 in the body and the model in the URL', async () => {
    // Our client reads Application Default Credentials, as on a runner after google-github-actions/auth.
    const saved = process.env.GOOGLE_APPLICATION_CREDENTIALS
    process.env.GOOGLE_APPLICATION_CREDENTIALS = credentialsFile
    let message
    try {
      const client = createVertexClient({ provider: 'vertex', region: SANDBOX_GOOGLE.region, projectId: SANDBOX_GOOGLE.projectId, baseUrl: sandbox.vertexUrl })
      message = await client.messages.create({ model: 'claude-sonnet-5-5', ...hello })
    } finally {
      if (saved === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS
      else process.env.GOOGLE_APPLICATION_CREDENTIALS = saved
    }
    expect(message.type).toBe('message')
    expect(sandbox.callsTo('vertex', '/sts/v1/token')).toHaveLength(1)
    const [call] = sandbox.callsTo('vertex', ':rawPredict')
    expect(call!.path).toBe(`/v1/projects/${SANDBOX_GOOGLE.projectId}/locations/${SANDBOX_GOOGLE.region}/publishers/anthropic/models/claude-sonnet-5-5:rawPredict`)
    expect(call!.body).toEqual(expect.objectContaining({ anthropic_version: 'vertex-2023-10-16' }))
    expect(call!.body).not.toHaveProperty('model')
  })

  it("refuses the SDK's default body version, a project without access, and a request without a token", async () => {
    await expect(vertex().messages.create({ model: 'claude-sonnet-5-5', ...hello })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/vertex-2023-10-16/) })
    const v = { defaultHeaders: { 'anthropic-version': 'vertex-2023-10-16' } }
    await expect(vertex({ ...v, projectId: 'someone-else' }).messages.create({ model: 'claude-sonnet-5-5', ...hello })).rejects.toMatchObject({ status: 403 })
    const anonymous = await fetch(`${sandbox.vertexUrl}/projects/${SANDBOX_GOOGLE.projectId}/locations/us-east5/publishers/anthropic/models/claude-sonnet-5-5:rawPredict`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ anthropic_version: 'vertex-2023-10-16', ...hello })
    })
    expect(anonymous.status).toBe(401)
    expect(((await anonymous.json()) as { error: { status: string } }).error.status).toBe('UNAUTHENTICATED')
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses a subject token it did not issue, so no access token comes out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hc-gcp-'))
    writeFileSync(join(dir, 'token'), 'forged-token')
    writeFileSync(join(dir, 'c.json'), JSON.stringify(workloadIdentityCredentials(sandbox.url, join(dir, 'token'))))
    const forged = vertex({
      defaultHeaders: { 'anthropic-version': 'vertex-2023-10-16' },
      googleAuth: new GoogleAuth({ keyFilename: join(dir, 'c.json'), scopes: 'https://www.googleapis.com/auth/cloud-platform' })
    })
    await expect(forged.messages.create({ model: 'claude-sonnet-5-5', ...hello })).rejects.toThrow()
    expect(sandbox.callsTo('vertex', ':rawPredict')).toHaveLength(0)
  })
})
