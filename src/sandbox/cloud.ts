import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { SandboxRequest, SandboxResponse, ServiceHandler, ServiceName } from './types.js'
import { DEFAULT_SANDBOX_API_KEY } from './anthropic.js'
import { isRecord } from './messages-validate.js'
import { apiModelId } from '../clients/provider.js'

/**
 * Loopback fakes of Claude on Amazon Bedrock (`POST /model/{modelId}/invoke`, SigV4) and on
 * Google Vertex AI (`POST /v1/projects/{p}/locations/{r}/publishers/anthropic/models/{m}:rawPredict`,
 * OAuth Bearer tokens from a Workload Identity Federation token exchange). Each checks what
 * its service checks (signature, token, the body's `anthropic_version`, no `model` in the
 * body), then hands the request to the Anthropic fake, so the Messages validation, the
 * policies playing the model, caching and usage are one code on all three.
 */

/** The sandbox's AWS identity: the only keys the Bedrock fake accepts. */
export const SANDBOX_AWS = {
  accessKeyId: 'AKIASANDBOXEXAMPLE01',
  secretAccessKey: 'sandbox/aws/secret/key/EXAMPLEKEY0000000000',
  region: 'us-east-1'
} as const

/** The sandbox's Google side: the project that exists and the subject token its STS accepts. */
export const SANDBOX_GOOGLE = {
  projectId: 'sandbox-project',
  region: 'us-east5',
  subjectToken: 'sandbox-github-oidc-token'
} as const

/** `anthropic_version` each service documents for its request body. */
export const BEDROCK_VERSION = 'bedrock-2023-05-31'
export const VERTEX_VERSION = 'vertex-2023-10-16'

interface Forwarding {
  /** The Anthropic fake's handler: the Messages API behind the cloud's front door. */
  anthropic: ServiceHandler
  /** The key the Anthropic fake accepts (default the sandbox's). */
  anthropicApiKey?: string
}

export interface BedrockFakeOptions extends Forwarding {
  accessKeyId?: string
  secretAccessKey?: string
  /** When set, requests must carry it as `x-amz-security-token` (temporary credentials). */
  sessionToken?: string
  /** The region this endpoint serves: the signature's scope must name it. */
  region?: string
  /** Where the sandbox mounts this fake: part of the signed path. */
  mountPath?: string
  now?: () => number
}

export interface VertexFakeOptions extends Forwarding {
  projects?: readonly string[]
  subjectToken?: string
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

/** Turns a request to a cloud route into the Anthropic fake's `POST /v1/messages`. */
async function forwardToMessages(f: Forwarding, req: SandboxRequest, body: Record<string, unknown>, model: string, betas: unknown): Promise<SandboxResponse> {
  const { anthropic_version: _version, anthropic_beta: _beta, ...rest } = body
  const headers: IncomingHttpHeaders = { 'x-api-key': f.anthropicApiKey ?? DEFAULT_SANDBOX_API_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' }
  if (Array.isArray(betas) && betas.length) headers['anthropic-beta'] = betas.map(String).join(',')
  const forwarded = { ...rest, model }
  return f.anthropic({ ...req, service: 'anthropic', method: 'POST', path: '/v1/messages', headers, body: forwarded, rawBody: JSON.stringify(forwarded) })
}

const anthropicError = (answer: SandboxResponse): { type?: string; message?: string } => {
  const body = answer.body as { error?: { type?: string; message?: string } } | undefined
  return body?.error ?? {}
}

// ---------------------------------------------------------------- Bedrock

const BEDROCK_ERROR_NAMESPACE = ':http://internal.amazon.com/coral/com.amazon.bedrock/'

function bedrockError(status: number, type: string, message: string): SandboxResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': `${type}${BEDROCK_ERROR_NAMESPACE}`, 'x-amzn-requestid': randomBytes(16).toString('hex') },
    body: { message }
  }
}

/** Bedrock's name for each status it answers with. */
const BEDROCK_ERROR_TYPES: Record<number, string> = {
  400: 'ValidationException',
  403: 'AccessDeniedException',
  404: 'ResourceNotFoundException',
  408: 'ModelTimeoutException',
  429: 'ThrottlingException',
  500: 'InternalServerException',
  503: 'ServiceUnavailableException'
}

/** SigV4's URI encoding: encodeURIComponent plus the characters it leaves alone. */
const escapeUri = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

/** The canonical path as AWS SDKs sign it for every service but S3: normalized, then encoded again. */
function canonicalPath(rawPath: string): string {
  const segments: string[] = []
  for (const segment of rawPath.split('/')) {
    if (!segment || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  const normalized = `/${segments.join('/')}${segments.length && rawPath.endsWith('/') ? '/' : ''}`
  return escapeUri(normalized).replace(/%2F/g, '/')
}

function canonicalQuery(query: URLSearchParams): string {
  const pairs = [...query.entries()].map(([k, v]) => [escapeUri(k), escapeUri(v)] as const)
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
  return pairs.map(([k, v]) => `${k}=${v}`).join('&')
}

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest()
const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex')

/** `20261202T101500Z` as milliseconds since the epoch. */
function parseAmzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : undefined
}

/**
 * Checks a SigV4 `Authorization` header as AWS does: the key is known, the scope names this
 * region and the `bedrock` service, the time is within 15 minutes, and the signature over
 * the canonical request matches. Returns the error to answer with, or undefined.
 */
export function verifySigV4(
  req: SandboxRequest,
  o: Required<Pick<BedrockFakeOptions, 'accessKeyId' | 'secretAccessKey' | 'region' | 'mountPath'>> & { sessionToken?: string; now: number }
): SandboxResponse | undefined {
  const auth = header(req.headers, 'authorization')
  if (!auth) return bedrockError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token')
  const m = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(auth.trim())
  if (!m) return bedrockError(403, 'IncompleteSignatureException', `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters of an AWS4-HMAC-SHA256 signature.`)
  const [, credential, signedHeaderList, signature] = m as unknown as [string, string, string, string]
  const [keyId, shortDate, region, service, terminator] = credential.split('/')
  if (keyId !== o.accessKeyId) return bedrockError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.')
  if (terminator !== 'aws4_request' || !shortDate) return bedrockError(403, 'IncompleteSignatureException', "Credential should be scoped with a valid terminator: 'aws4_request'.")
  if (service !== 'bedrock') return bedrockError(403, 'InvalidSignatureException', `Credential should be scoped to correct service: 'bedrock'.`)
  if (region !== o.region) return bedrockError(403, 'InvalidSignatureException', `Credential should be scoped to a valid region. (this endpoint serves ${o.region})`)
  const signed = signedHeaderList.split(';')
  for (const required of ['host', 'x-amz-date']) {
    if (!signed.includes(required)) return bedrockError(403, 'InvalidSignatureException', `'${required}' must be a signed header.`)
  }
  if (o.sessionToken !== undefined) {
    if (header(req.headers, 'x-amz-security-token') !== o.sessionToken || !signed.includes('x-amz-security-token')) {
      return bedrockError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.')
    }
  }
  const amzDate = header(req.headers, 'x-amz-date') ?? ''
  const at = parseAmzDate(amzDate)
  if (at === undefined || !amzDate.startsWith(shortDate)) return bedrockError(403, 'IncompleteSignatureException', "Date must be in ISO-8601 'basic format' and match the credential scope.")
  if (Math.abs(o.now - at) > 15 * 60_000) return bedrockError(403, 'InvalidSignatureException', `Signature expired: ${amzDate} is now earlier than the allowed window (15 minutes).`)

  const canonicalHeaders = signed.map((name) => `${name}:${(header(req.headers, name) ?? '').trim().replace(/\s+/g, ' ')}\n`).join('')
  const payloadHash = header(req.headers, 'x-amz-content-sha256') ?? sha256Hex(req.rawBody)
  const canonicalRequest = [req.method, canonicalPath(o.mountPath + req.path), canonicalQuery(req.query), canonicalHeaders, signedHeaderList, payloadHash].join('\n')
  const scope = `${shortDate}/${region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n')
  const key = hmac(hmac(hmac(hmac(`AWS4${o.secretAccessKey}`, shortDate), region), service), 'aws4_request')
  const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest()
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return bedrockError(
      403,
      'InvalidSignatureException',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
    )
  }
  return undefined
}

/** Claude on Amazon Bedrock's InvokeModel, in front of the Anthropic fake. */
export function createBedrockFake(options: BedrockFakeOptions): ServiceHandler {
  const o = {
    accessKeyId: options.accessKeyId ?? SANDBOX_AWS.accessKeyId,
    secretAccessKey: options.secretAccessKey ?? SANDBOX_AWS.secretAccessKey,
    region: options.region ?? SANDBOX_AWS.region,
    mountPath: options.mountPath ?? '/bedrock',
    sessionToken: options.sessionToken
  }
  const now = options.now ?? Date.now
  return async (req) => {
    const route = /^\/model\/([^/]+)\/(invoke|invoke-with-response-stream)$/.exec(req.path)
    if (!route) return bedrockError(404, 'UnknownOperationException', 'Unknown operation')
    if (req.method !== 'POST') return bedrockError(405, 'UnknownOperationException', 'Method Not Allowed')
    const denied = verifySigV4(req, { ...o, now: now() })
    if (denied) return denied
    if (route[2] !== 'invoke') return bedrockError(400, 'ValidationException', 'The sandbox answers InvokeModel only, not streaming.')
    const modelId = decodeURIComponent(route[1]!)
    const body = req.body
    if (!isRecord(body)) return bedrockError(400, 'ValidationException', 'Malformed input request, please reformat your input and try again.')
    if (!('anthropic_version' in body))
      return bedrockError(400, 'ValidationException', 'Malformed input request: #: required key [anthropic_version] not found, please reformat your input and try again.')
    if (body.anthropic_version !== BEDROCK_VERSION)
      return bedrockError(400, 'ValidationException', `Invalid API version: anthropic_version is "${String(body.anthropic_version)}", Bedrock expects "${BEDROCK_VERSION}".`)
    for (const key of ['model', 'stream']) {
      if (key in body) return bedrockError(400, 'ValidationException', `Malformed input request: #: extraneous key [${key}] is not permitted, please reformat your input and try again.`)
    }
    const api = apiModelId(modelId)
    if (!api || !/^(?:(?:global|us|eu|apac|jp|au|ca|us-gov)\.)?anthropic\./.test(modelId)) return bedrockError(400, 'ValidationException', 'The provided model identifier is invalid.')

    const answer = await forwardToMessages(options, req, body, api, body.anthropic_beta)
    const requestId = randomBytes(16).toString('hex')
    if (answer.status === 200) {
      const usage = (answer.body as { usage?: { input_tokens?: number; output_tokens?: number } }).usage
      return {
        status: 200,
        headers: {
          'content-type': 'application/json',
          'x-amzn-requestid': requestId,
          'x-amzn-bedrock-input-token-count': String(usage?.input_tokens ?? 0),
          'x-amzn-bedrock-output-token-count': String(usage?.output_tokens ?? 0)
        },
        body: answer.body
      }
    }
    // The Messages API's errors in Bedrock's own shape.
    const { type, message = 'error' } = anthropicError(answer)
    if (answer.status === 404 && type === 'not_found_error') return bedrockError(400, 'ValidationException', 'The provided model identifier is invalid.')
    const status = answer.status === 529 ? 503 : answer.status === 401 ? 403 : answer.status
    return bedrockError(status, BEDROCK_ERROR_TYPES[status] ?? 'InternalServerException', message)
  }
}

// ---------------------------------------------------------------- Vertex AI

const GOOGLE_STATUS: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE'
}

function googleError(status: number, message: string): SandboxResponse {
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: { error: { code: status, message, status: GOOGLE_STATUS[status] ?? 'UNKNOWN' } } }
}

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange'
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token'

/**
 * Claude on Vertex AI's rawPredict, in front of the Anthropic fake, with the Security Token
 * Service a Workload Identity Federation credential file exchanges its subject token at
 * (`POST /sts/v1/token`): the loopback way for google-auth-library to get a real token.
 */
export function createVertexFake(options: VertexFakeOptions): ServiceHandler {
  const projects = new Set(options.projects ?? [SANDBOX_GOOGLE.projectId])
  const subjectToken = options.subjectToken ?? SANDBOX_GOOGLE.subjectToken
  const issued = new Set<string>()

  function exchange(req: SandboxRequest): SandboxResponse {
    const form = (isRecord(req.body) ? req.body : {}) as Record<string, unknown>
    const fail = (error: string, description: string): SandboxResponse => ({ status: 400, headers: { 'content-type': 'application/json' }, body: { error, error_description: description } })
    if (form.grant_type !== TOKEN_EXCHANGE) return fail('unsupported_grant_type', `grant_type must be ${TOKEN_EXCHANGE}`)
    if (typeof form.audience !== 'string' || !form.audience) return fail('invalid_request', 'audience is required')
    if (typeof form.subject_token_type !== 'string' || !form.subject_token_type) return fail('invalid_request', 'subject_token_type is required')
    if (form.subject_token !== subjectToken) return fail('invalid_grant', 'The subject token is invalid or expired.')
    const token = `ya29.sandbox-${randomBytes(12).toString('hex')}`
    issued.add(token)
    return { status: 200, headers: { 'content-type': 'application/json' }, body: { access_token: token, issued_token_type: ACCESS_TOKEN_TYPE, token_type: 'Bearer', expires_in: 3600 } }
  }

  return async (req) => {
    if (req.path === '/sts/v1/token' && req.method === 'POST') return exchange(req)
    const lookup = /^\/cloudresourcemanager\/v1\/projects\/(\d+)$/.exec(req.path)
    if (lookup && req.method === 'GET') {
      const bearer = /^Bearer\s+(\S+)$/i.exec(header(req.headers, 'authorization') ?? '')?.[1]
      if (!bearer || !issued.has(bearer)) return googleError(401, 'Request had invalid authentication credentials.')
      return { status: 200, headers: { 'content-type': 'application/json' }, body: { projectNumber: lookup[1], projectId: [...projects][0], lifecycleState: 'ACTIVE' } }
    }
    const route = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/anthropic\/models\/([^/:]+):(rawPredict|streamRawPredict)$/.exec(req.path)
    if (!route) return googleError(404, `The requested URL ${req.path} was not found on this server.`)
    if (req.method !== 'POST') return googleError(405, 'Method Not Allowed')
    const bearer = /^Bearer\s+(\S+)$/i.exec(header(req.headers, 'authorization') ?? '')?.[1]
    if (!bearer || !issued.has(bearer)) {
      return googleError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.')
    }
    const [, project, location, rawModel, method] = route as unknown as [string, string, string, string, string]
    const model = decodeURIComponent(rawModel)
    const resource = `projects/${project}/locations/${location}/publishers/anthropic/models/${model}`
    if (!projects.has(project)) return googleError(403, `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/${resource}' (or it may not exist).`)
    if (method !== 'rawPredict') return googleError(400, 'The sandbox answers rawPredict only, not streaming.')
    const api = apiModelId(model)
    if (!api || !/^claude-[a-z0-9-]+(?:@\d{8})?$/.test(model)) return googleError(404, `Publisher Model \`${resource}\` was not found or your project does not have access to it.`)
    const body = req.body
    const invalid = (message: string): SandboxResponse => ({ status: 400, headers: { 'content-type': 'application/json' }, body: { type: 'error', error: { type: 'invalid_request_error', message } } })
    if (!isRecord(body)) return invalid('There was an error parsing the body of your request: expected a JSON object')
    if (body.anthropic_version !== VERTEX_VERSION) return invalid(`anthropic_version: Input should be '${VERTEX_VERSION}'`)
    if ('model' in body) return invalid('model: Extra inputs are not permitted (Vertex AI takes the model from the URL)')
    const { stream: _stream, ...rest } = body
    const answer = await forwardToMessages(options, req, rest, api, body.anthropic_beta)
    if (answer.status === 404 && anthropicError(answer).type === 'not_found_error') {
      return googleError(404, `Publisher Model \`${resource}\` was not found or your project does not have access to it.`)
    }
    // rawPredict hands the model's own answer (errors included) back as it is.
    return answer
  }
}

// ---------------------------------------------------------------- faults

/** What an injected fault answers with, in each cloud's own error shape. */
export function cloudFaultBody(service: 'bedrock' | 'vertex', status: number): unknown {
  if (service === 'bedrock') return bedrockError(status, BEDROCK_ERROR_TYPES[status] ?? 'InternalServerException', `Sandbox fault: HTTP ${status}`).body
  return googleError(status, `Sandbox fault: HTTP ${status}`).body
}

export function cloudFaultHeaders(service: ServiceName, status: number): Record<string, string> {
  return service === 'bedrock' ? { 'x-amzn-errortype': `${BEDROCK_ERROR_TYPES[status] ?? 'InternalServerException'}${BEDROCK_ERROR_NAMESPACE}` } : {}
}

// ---------------------------------------------------------------- credentials for tests and the demo

/**
 * A Workload Identity Federation credential file (`type: external_account`), the kind
 * google-github-actions/auth writes, pointed at the sandbox: its `token_url` is the Vertex
 * fake's STS, and its subject token (in `tokenFile`) the one that STS accepts. Set
 * GOOGLE_APPLICATION_CREDENTIALS to the returned JSON's file and google-auth-library gets a
 * token over loopback, through its real code.
 */
export function workloadIdentityCredentials(sandboxUrl: string, tokenFile: string): Record<string, unknown> {
  return {
    type: 'external_account',
    audience: '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/github',
    subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
    token_url: `${sandboxUrl}/vertex/sts/v1/token`,
    // google-auth-library looks the project up by the audience's project number.
    cloud_resource_manager_url: `${sandboxUrl}/vertex/cloudresourcemanager/v1/projects/`,
    credential_source: { file: tokenFile }
  }
}
