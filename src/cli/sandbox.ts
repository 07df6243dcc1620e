import type { ClientSettings } from '../clients/index.js'
import type { Sandbox } from '../sandbox/server.js'

/** The built-in sandbox, started in this process, and client settings that point at it. */
export interface CliSandbox {
  sandbox: Sandbox
  clients: ClientSettings
  close(): Promise<void>
}

/**
 * `--sandbox`: the loopback fakes of GitHub, Slack and the Messages API with the demo seed.
 * The model's part is played by a named policy of the fake (`pr-merged` for runs, `migrate`
 * for migrate): scripted answers, not a real model. Loaded only when asked for.
 */
export async function startCliSandbox(policy: string): Promise<CliSandbox> {
  const [{ startSandbox }, { createAnthropicFake }] = await Promise.all([import('../sandbox/server.js'), import('../sandbox/anthropic.js')])
  const sandbox = await startSandbox({ anthropic: createAnthropicFake({ policy }).handler })
  return {
    sandbox,
    clients: {
      githubToken: sandbox.tokens.github,
      githubApiUrl: sandbox.githubUrl,
      slackToken: sandbox.tokens.slack,
      slackApiUrl: sandbox.slackUrl,
      anthropicApiKey: sandbox.tokens.anthropic,
      anthropicBaseUrl: sandbox.anthropicUrl
    },
    close: () => sandbox.close()
  }
}
