/**
 * Where Claude runs (the `provider` input): the Anthropic API, Amazon Bedrock or Google
 * Vertex AI. Pure: the settings are read from the environment by main.ts and checked here,
 * so a missing region, project or credential is named before any workflow starts.
 */

export const PROVIDERS = ['anthropic', 'bedrock', 'vertex'] as const
export type ProviderName = (typeof PROVIDERS)[number]

/** What each provider needs from the environment, as the usual auth actions leave it. */
export interface ProviderSettings {
  provider: ProviderName
  /** bedrock: AWS_REGION (or AWS_DEFAULT_REGION); vertex: CLOUD_ML_REGION. */
  region?: string
  /** vertex: ANTHROPIC_VERTEX_PROJECT_ID. */
  projectId?: string
  /** bedrock: static keys from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN. */
  awsAccessKeyId?: string
  awsSecretAccessKey?: string
  awsSessionToken?: string
  /** bedrock: another credential source the AWS SDK's chain reads (profile, web identity, container, Bedrock API key). */
  awsOtherCredentials?: string
  /** ANTHROPIC_BEDROCK_BASE_URL or ANTHROPIC_VERTEX_BASE_URL: proxies and the sandbox. */
  baseUrl?: string
}

/** Reads what the selected provider needs from the environment (effects stay in main.ts's caller). */
export function providerSettingsFromEnv(provider: ProviderName, env: NodeJS.ProcessEnv): ProviderSettings {
  const get = (name: string) => env[name]?.trim() || undefined
  switch (provider) {
    case 'bedrock': {
      const other = ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'].find((n) => get(n))
      return {
        provider,
        region: get('AWS_REGION') ?? get('AWS_DEFAULT_REGION'),
        awsAccessKeyId: get('AWS_ACCESS_KEY_ID'),
        awsSecretAccessKey: get('AWS_SECRET_ACCESS_KEY'),
        awsSessionToken: get('AWS_SESSION_TOKEN'),
        awsOtherCredentials: other,
        baseUrl: get('ANTHROPIC_BEDROCK_BASE_URL')
      }
    }
    case 'vertex':
      return { provider, region: get('CLOUD_ML_REGION'), projectId: get('ANTHROPIC_VERTEX_PROJECT_ID'), baseUrl: get('ANTHROPIC_VERTEX_BASE_URL') }
    default:
      return { provider }
  }
}

/**
 * What the provider is missing, as one sentence naming the variables; undefined when
 * nothing is. (The Anthropic API key is checked where it always was, beside the inputs.)
 */
export function missingProviderSetting(s: ProviderSettings): string | undefined {
  if (s.provider === 'bedrock') {
    const missing: string[] = []
    if (!s.region) missing.push('no AWS region: set AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input)')
    const halfKey = Boolean(s.awsAccessKeyId) !== Boolean(s.awsSecretAccessKey)
    if (halfKey) missing.push(`only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set: set both`)
    else if (!s.awsAccessKeyId && !s.awsOtherCredentials) {
      missing.push(
        'no AWS credentials in the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones), as aws-actions/configure-aws-credentials does, or AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE or AWS_BEARER_TOKEN_BEDROCK'
      )
    }
    return missing.length ? `provider bedrock: ${missing.join('; ')}` : undefined
  }
  if (s.provider === 'vertex') {
    const missing: string[] = []
    if (!s.projectId) missing.push('no Google Cloud project: set ANTHROPIC_VERTEX_PROJECT_ID')
    if (!s.region) missing.push('no region: set CLOUD_ML_REGION (a region like us-east5, or global)')
    return missing.length ? `provider vertex: ${missing.join('; ')} (credentials come from Application Default Credentials, as google-github-actions/auth leaves them)` : undefined
  }
  return undefined
}

// ---------------------------------------------------------------- model ids

/** Bedrock's geographic prefixes of cross-region inference profiles (`us.anthropic.…`). */
const BEDROCK_ID = /^(?:(?:global|us|eu|apac|jp|au|ca|us-gov)\.)?anthropic\.claude-[a-z0-9-]+(?:-v\d+(?::\d+)?)?$/
const BEDROCK_ARN = /^arn:aws(?:-[a-z]+)*:bedrock:[a-z0-9-]*:\d{0,12}:(?:foundation-model|inference-profile|application-inference-profile|provisioned-model|custom-model-deployment)\/[A-Za-z0-9.:_-]+$/
/** Vertex AI: `claude-sonnet-4-5@20250929`, or the bare ids current models use. */
const VERTEX_ID = /^claude-[a-z0-9-]+(?:@\d{8})?$/
/** The Anthropic API: `claude-sonnet-5-5`, `claude-sonnet-4-5-20250929`. */
const ANTHROPIC_ID = /^claude-[a-z0-9-]+$/

const EXAMPLES: Record<ProviderName, string> = {
  anthropic: 'an Anthropic API model id like claude-sonnet-5-5',
  bedrock: 'a Bedrock model id or inference profile like global.anthropic.claude-sonnet-5-5, us.anthropic.claude-sonnet-4-5-20250929-v1:0, or an inference profile ARN',
  vertex: 'a Vertex AI model id like claude-sonnet-5-5 or claude-sonnet-4-5@20250929'
}

/** What kind of id a model string looks like, for a message that says why it is wrong. */
function looksLike(model: string): string {
  if (BEDROCK_ID.test(model) || model.startsWith('arn:')) return 'a Bedrock model id'
  if (model.includes('@')) return 'a Vertex AI model id'
  if (ANTHROPIC_ID.test(model)) return 'an Anthropic API model id'
  return 'no known model id form'
}

/**
 * Checks that a model id has the provider's own form; a message naming the expected form
 * (with the id translated, when it can be) otherwise. Checked before any request.
 */
export function wrongModelForm(provider: ProviderName, model: string): string | undefined {
  const ok = provider === 'bedrock' ? BEDROCK_ID.test(model) || BEDROCK_ARN.test(model) : provider === 'vertex' ? VERTEX_ID.test(model) : ANTHROPIC_ID.test(model)
  if (ok) return undefined
  const api = apiModelId(model)
  const hint = provider === 'bedrock' && api ? ` (for this model: global.anthropic.${api})` : provider !== 'bedrock' && api && api !== model ? ` (for this model: ${api})` : ''
  return `model "${model}" is ${looksLike(model)}, but provider is ${provider}: expected ${EXAMPLES[provider]}${hint}`
}

/**
 * The Anthropic API model id behind a provider's id, the key of the price and capability
 * tables: `us.anthropic.claude-sonnet-4-5-20250929-v1:0` and `claude-sonnet-4-5@20250929`
 * both give `claude-sonnet-4-5-20250929`. Undefined when the id does not name a model
 * (an application inference profile ARN names none).
 */
export function apiModelId(model: string): string | undefined {
  let id = model.trim()
  if (id.startsWith('arn:')) id = id.slice(id.lastIndexOf('/') + 1)
  id = id.replace(/^(?:(?:global|us|eu|apac|jp|au|ca|us-gov)\.)?anthropic\./, '')
  id = id.replace(/-v\d+(?::\d+)?$/, '')
  id = id.replace(/@(\d{8})$/, '-$1')
  return ANTHROPIC_ID.test(id) ? id : undefined
}
