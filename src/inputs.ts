import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROVIDERS, type ProviderName } from './clients/provider.js'

/** The current default model: a current Claude Sonnet (SPEC section 1). */
export const DEFAULT_MODEL = 'claude-sonnet-5-5'
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/'

export type Trust = 'auto' | 'workspace' | 'default-branch'

/** The action's inputs, validated (SPEC section 1). */
export interface ActionInputs {
  configDir: string
  workflow: string
  githubToken: string
  slackToken: string
  anthropicApiKey: string
  model: string
  dryRun: boolean
  slackApiUrl: string
  traceDir: string
  python: string
  trust: Trust
  mode: 'run' | 'validate'
  uploadTrace: boolean
  /** Where Claude runs: the Anthropic API, Amazon Bedrock or Google Vertex AI. */
  provider: ProviderName
}

export class InputError extends Error {
  override name = 'InputError'
}

/** Reads an input as the runner passes it: env `INPUT_<NAME>`, upper-cased, spaces as `_`. */
export type GetInput = (name: string) => string

/** Parses and checks every input; a bad value is an InputError naming the input and what it accepts. */
export function readInputs(get: GetInput, env: NodeJS.ProcessEnv): ActionInputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = (get(name) || fallback) as T
    if (!allowed.includes(value)) throw new InputError(`input ${name} is "${value}": expected one of ${allowed.join(', ')}`)
    return value
  }
  const bool = (name: string): boolean => {
    const value = get(name).toLowerCase()
    if (value === '' || value === 'false') return false
    if (value === 'true') return true
    throw new InputError(`input ${name} is "${value}": expected true or false`)
  }
  const slackApiUrl = get('slack-api-url') || DEFAULT_SLACK_API_URL
  try {
    new URL(slackApiUrl)
  } catch {
    throw new InputError(`input slack-api-url is "${slackApiUrl}": expected an absolute URL like ${DEFAULT_SLACK_API_URL}`)
  }
  return {
    configDir: get('config-dir') || '.github/coordinator',
    workflow: get('workflow'),
    githubToken: get('github-token'),
    slackToken: get('slack-token'),
    anthropicApiKey: get('anthropic-api-key') || env.ANTHROPIC_API_KEY || '',
    model: get('model') || DEFAULT_MODEL,
    dryRun: bool('dry-run'),
    slackApiUrl,
    traceDir: get('trace-dir') || join(env.RUNNER_TEMP || tmpdir(), 'hybrid-coordinator'),
    python: get('python') || 'python3',
    trust: choice('trust', ['auto', 'workspace', 'default-branch'] as const, 'auto'),
    mode: choice('mode', ['run', 'validate'] as const, 'run'),
    uploadTrace: bool('upload-trace'),
    provider: choice('provider', PROVIDERS, 'anthropic')
  }
}
