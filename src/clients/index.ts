import type { GitHubClient, SlackClient } from './types.js'
import type Anthropic from '@anthropic-ai/sdk'
import { missingProviderSetting, type ProviderSettings } from './provider.js'
import { RequestRegistry, cancellableFetch } from './cancel.js'

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
  /** Where HTTPS_PROXY, HTTP_PROXY and NO_PROXY are read (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** Where Claude runs (the `provider` input); default the Anthropic API. */
  provider?: ProviderSettings
  /**
   * The fetch the GitHub and Slack clients send direct requests with (default: the
   * `node:http` one of http-fetch.ts); the Anthropic client keeps Node's own, it streams.
   */
  fetch?: typeof fetch
}

export class MissingCredentialError extends Error {
  override name = 'MissingCredentialError'
}

/** A fetch that requests go to when no proxy takes them, and whether it reports each one sent. */
interface DirectFetch {
  fetch: typeof fetch
  tellsSent: boolean
}

/** The GitHub and Slack clients of one workflow run (`Clients.scoped`). */
export interface ServiceClients {
  github(): Promise<GitHubClient>
  slack(): Promise<SlackClient>
}

/**
 * Builds the API clients on first use, each SDK loaded by dynamic import only then, so a
 * run that needs no Slack or LLM never pays for loading them. A client asked for while
 * another is still being built waits until that one's first request has gone out: on a
 * busy CPU, building Octokit would otherwise delay the Slack request it was warmed beside.
 */
export class Clients {
  #github?: Promise<GitHubClient>
  #slack?: Promise<SlackClient>
  #anthropic?: Promise<Anthropic>
  #fetch?: Promise<typeof fetch>
  #nodeFetch?: Promise<typeof fetch>
  /** The latest build and the moment it sent its first request (or gave up waiting for it). */
  #settled: Promise<unknown> = Promise.resolve()
  #requested?: () => void
  /** Every request running through these clients, scoped ones included. */
  readonly requests = new RequestRegistry()

  constructor(readonly settings: ClientSettings) {}

  /**
   * GitHub and Slack clients of their own for one workflow run, whose every request is
   * aborted when `signal` fires (its timeout, its failure, its end) and whose retry loops
   * start no attempt after it: the Slack SDK takes no signal per call, so the signal goes
   * in through the fetch each client is built with. Built on first use, as the shared ones.
   */
  scoped(signal: AbortSignal): ServiceClients {
    let github: Promise<GitHubClient> | undefined
    let slack: Promise<SlackClient> | undefined
    return {
      github: () => {
        if (!this.settings.githubToken) return this.github()
        github ??= this.#build(
          () => import('./github.js'),
          (m, fetch) => m.createGitHubClient(this.settings.githubToken!, this.settings.githubApiUrl, this.settings.requestTimeoutMs, cancellableFetch(fetch, signal), signal)
        )
        return github
      },
      slack: () => {
        if (!this.settings.slackToken) return this.slack()
        slack ??= this.#build(
          () => import('./slack.js'),
          (m, fetch) => m.createSlackClient(this.settings.slackToken!, this.settings.slackApiUrl, this.settings.requestTimeoutMs, cancellableFetch(fetch, signal), signal)
        )
        return slack
      }
    }
  }

  github(): Promise<GitHubClient> {
    if (!this.settings.githubToken) return Promise.reject(new MissingCredentialError('github-token is empty: GitHub tools need a token (the default is ${{ github.token }})'))
    this.#github ??= this.#build(
      () => import('./github.js'),
      (m, fetch) => m.createGitHubClient(this.settings.githubToken!, this.settings.githubApiUrl, this.settings.requestTimeoutMs, fetch)
    )
    return this.#github
  }

  slack(): Promise<SlackClient> {
    if (!this.settings.slackToken) return Promise.reject(new MissingCredentialError('slack-token is empty: set the slack-token input to use slack.* tools'))
    this.#slack ??= this.#build(
      () => import('./slack.js'),
      (m, fetch) => m.createSlackClient(this.settings.slackToken!, this.settings.slackApiUrl, this.settings.requestTimeoutMs, fetch)
    )
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
      // Through the same proxy-aware, tracked fetch as the Anthropic client.
      const fetch = this.#modelFetch()
      this.#anthropic ??=
        provider.provider === 'bedrock'
          ? Promise.all([import('./bedrock.js'), fetch]).then(([m, f]) => m.createBedrockClient(provider, f) as unknown as Anthropic)
          : Promise.all([import('./vertex.js'), fetch]).then(([m, f]) => m.createVertexClient(provider, f) as unknown as Anthropic)
      return this.#anthropic
    }
    if (!this.settings.anthropicApiKey) {
      return Promise.reject(new MissingCredentialError('no Anthropic API key: set the anthropic-api-key input (or env ANTHROPIC_API_KEY) for coordinator: llm and subagent'))
    }
    this.#anthropic ??= this.#build(
      () => import('./anthropic.js'),
      (m, fetch) => m.createAnthropicClient(this.settings.anthropicApiKey!, this.settings.anthropicBaseUrl, fetch),
      () => this.#modelFetch()
    )
    return this.#anthropic
  }

  async #build<M, C>(
    load: () => Promise<M>,
    create: (module: M, fetch: typeof globalThis.fetch) => C,
    baseFetch: () => Promise<typeof fetch> = () => (this.#fetch ??= this.#baseFetch(() => this.#sdkFetch()))
  ): Promise<C> {
    const before = this.#settled
    let requested!: () => void
    const firstRequest = new Promise<void>((resolve) => (requested = resolve))
    const client = (async () => {
      await before
      const [module, fetch] = await Promise.all([load(), baseFetch()])
      this.#requested = requested
      return create(module, fetch)
    })()
    // The next build starts once this client's first request is out (a tick later, so its
    // bytes are written), or shortly after it was built if nothing asked it for a request.
    this.#settled = client.then(
      () => Promise.race([firstRequest.then(() => new Promise((r) => setTimeout(r, 1))), new Promise((r) => setTimeout(r, 20))]),
      () => undefined
    )
    return client
  }

  /** The model clients' fetch: Node's own (they stream), proxy-aware and tracked; one for all. */
  #modelFetch(): Promise<typeof fetch> {
    return (this.#nodeFetch ??= this.#baseFetch(() => Promise.resolve({ fetch: globalThis.fetch, tellsSent: false })))
  }

  /**
   * The direct fetch of the GitHub and Slack clients: one, so they share its connections.
   * Ours tells the next build when a request's bytes have left (a new connection first
   * waits for its connect: loading Octokit in between held the first Slack request back
   * about 15 ms); a fetch given in the settings tells it when called.
   */
  async #sdkFetch(): Promise<DirectFetch> {
    if (this.settings.fetch) return { fetch: this.settings.fetch, tellsSent: false }
    const { createHttpFetch } = await import('./http-fetch.js')
    return { fetch: createHttpFetch(undefined, { onSent: () => this.#requested?.() }), tellsSent: true }
  }

  /**
   * A proxy-aware fetch over `direct`; it tells the next build when a request went out
   * (when `direct` does not, or a proxy may take the request elsewhere), and registers
   * each request until it is answered (the action waits for them at exit).
   */
  #baseFetch(direct: () => Promise<DirectFetch>): Promise<typeof fetch> {
    const env = this.settings.env ?? process.env
    return Promise.all([import('./proxy.js'), direct()]).then(async ([m, { fetch, tellsSent }]) => {
      const base = this.requests.track(await m.proxyAwareFetch(env, fetch))
      const tellOnCall = !tellsSent || m.proxyConfigured(env)
      return (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        if (tellOnCall) this.#requested?.()
        return base(input, init)
      }
    })
  }
}
