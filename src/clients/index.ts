import type { GitHubClient, SlackClient } from './types.js'
import type Anthropic from '@anthropic-ai/sdk'
import { missingProviderSetting, type ProviderSettings } from './provider.js'

export interface ClientSettings {
  githubToken?: string
  /** GITHUB_API_URL: the runner's own, GHES, or the sandbox. */
  githubApiUrl?: string
  slackToken?: string
  slackApiUrl: string
  anthropicApiKey?: string
  /** ANTHROPIC_BASE_URL, the SDK's own convention; undefined keeps the SDK default. */
  anthropicBaseUrl?: string
  /** Per-request timeout for GitHub and Slack calls. */
  requestTimeoutMs?: number
  /** Where Claude runs (the `provider` input); default the Anthropic API. */
  provider?: ProviderSettings
}

export class MissingCredentialError extends Error {
  override name = 'MissingCredentialError'
}

/**
 * Builds the API clients on first use, each SDK loaded by dynamic import only then, so a
 * run that needs no Slack or LLM never pays for loading them.
 */
export class Clients {
  #github?: Promise<GitHubClient>
  #slack?: Promise<SlackClient>
  #anthropic?: Promise<Anthropic>

  constructor(readonly settings: ClientSettings) {}

  github(): Promise<GitHubClient> {
    if (!this.settings.githubToken) return Promise.reject(new MissingCredentialError('github-token is empty: GitHub tools need a token (the default is ${{ github.token }})'))
    this.#github ??= import('./github.js').then((m) => m.createGitHubClient(this.settings.githubToken!, this.settings.githubApiUrl, this.settings.requestTimeoutMs))
    return this.#github
  }

  slack(): Promise<SlackClient> {
    if (!this.settings.slackToken) return Promise.reject(new MissingCredentialError('slack-token is empty: set the slack-token input to use slack.* tools'))
    this.#slack ??= import('./slack.js').then((m) => m.createSlackClient(this.settings.slackToken!, this.settings.slackApiUrl, this.settings.requestTimeoutMs))
    return this.#slack
  }

  /**
   * The Messages client of the selected provider. Bedrock's and Vertex's clients share the
   * Messages interface (`messages.create`), the only part the coordinators use, so the
   * loop, caching, subagents, traces and caps are the same code on each.
   */
  anthropic(): Promise<Anthropic> {
    const provider = this.settings.provider
    if (provider && provider.provider !== 'anthropic') {
      const missing = missingProviderSetting(provider)
      if (missing) return Promise.reject(new MissingCredentialError(missing))
      this.#anthropic ??=
        provider.provider === 'bedrock'
          ? import('./bedrock.js').then((m) => m.createBedrockClient(provider) as unknown as Anthropic)
          : import('./vertex.js').then((m) => m.createVertexClient(provider) as unknown as Anthropic)
      return this.#anthropic
    }
    if (!this.settings.anthropicApiKey) {
      return Promise.reject(new MissingCredentialError('no Anthropic API key: set the anthropic-api-key input (or env ANTHROPIC_API_KEY) for coordinator: llm and subagent'))
    }
    this.#anthropic ??= import('./anthropic.js').then((m) => m.createAnthropicClient(this.settings.anthropicApiKey!, this.settings.anthropicBaseUrl))
    return this.#anthropic
  }
}
