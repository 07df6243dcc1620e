import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO, seedDemoState } from '../../src/sandbox/state.js'
import type { Fault } from '../../src/sandbox/types.js'
import { makeWorkspace, runAgainstSandbox } from '../helpers/workspace.js'
import { botPosts, commentsOn, describeRun, reactionsOn, readTrace } from '../fixtures/run-helpers.js'

/**
 * Faults injected by the sandbox into the real clients of the bundled action: whatever the
 * API does (rate limits, 5xx, dropped connections before or after the request was applied,
 * answers slower than the client's timeout), every intended effect lands exactly once.
 */

const TARGET_TS = '1732403000.000100'
const TIMEOUT_MS = 1000
/** Past the client's timeout, but within the time a post is given to land before it is retried. */
const SLOW_MS = 1600

const SCRIPT = `export default async function (trigger, tools) {
  const messages = await tools.slack.get_messages({ limit: 10 })
  const status = await tools.github.get_status('${DEMO.repo}#12')
  await tools.slack.add_reacji(messages.find((m) => m.ts === '${TARGET_TS}'), 'eyes')
  const comment = await tools.github.comment('${DEMO.repo}#25', 'Checked: #12 is ' + status)
  const posted = await tools.slack.post_message({ text: 'Deploy check done' })
  const labels = await tools.github.add_labels('${DEMO.repo}#25', ['checked'])
  return { status, comment, posted, labels }
}
`
const CONFIG = `name: effects
on: [pull_request, pull_request_target]
coordinator: script
coordinator_script: scripts/effects.mjs
tools: [slack.get_messages, slack.add_reacji, slack.post_message, github.get_status, github.comment, github.add_labels]
slack: { channel: ${DEMO.channel} }
`
const FILES = { '.github/coordinator/effects.yml': CONFIG, 'scripts/effects.mjs': SCRIPT }

const slack = (kind: Fault['kind'], path: string, extra: Partial<Fault> = {}): Fault => ({ service: 'slack', kind, path, ...extra })
const github = (kind: Fault['kind'], method: string, path: string, extra: Partial<Fault> = {}): Fault => ({ service: 'github', kind, method, path, ...extra })
const SECONDARY = {
  status: 403,
  retryAfter: 1,
  body: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
  }
}

/** One scenario: the faults, injected before the run, each expected to be hit. */
interface Scenario {
  name: string
  faults: Fault[]
  /** Read configs and scripts from the default branch (faults on the contents API). */
  defaultBranch?: boolean
}

const SCENARIOS: Scenario[] = [
  // Slack
  { name: 'Slack 429 with Retry-After on conversations.history', faults: [slack('status', '/conversations.history', { status: 429, retryAfter: 1 })] },
  { name: 'Slack 429 with Retry-After on reactions.add', faults: [slack('status', '/reactions.add', { status: 429, retryAfter: 1 })] },
  { name: 'Slack 429 with Retry-After on chat.postMessage', faults: [slack('status', '/chat.postMessage', { status: 429, retryAfter: 1 })] },
  { name: 'Slack 500 on conversations.history', faults: [slack('status', '/conversations.history', { status: 500 })] },
  { name: 'Slack 503 on reactions.add', faults: [slack('status', '/reactions.add', { status: 503 })] },
  { name: 'Slack 503 on chat.postMessage (not applied)', faults: [slack('status', '/chat.postMessage', { status: 503 })] },
  { name: 'Slack fatal_error (ok: false) on chat.postMessage', faults: [slack('status', '/chat.postMessage', { status: 200, body: { ok: false, error: 'fatal_error' } })] },
  { name: 'Slack connection dropped before reactions.add applied', faults: [slack('drop', '/reactions.add')] },
  { name: 'Slack answer lost after reactions.add applied', faults: [slack('drop-after', '/reactions.add')] },
  { name: 'Slack connection dropped before chat.postMessage applied', faults: [slack('drop', '/chat.postMessage')] },
  { name: 'Slack answer lost after chat.postMessage applied', faults: [slack('drop-after', '/chat.postMessage')] },
  { name: 'Slack connection dropped twice before chat.postMessage, then its answer lost', faults: [slack('drop', '/chat.postMessage', { times: 2 }), slack('drop-after', '/chat.postMessage')] },
  { name: 'Slack conversations.history slower than the timeout', faults: [slack('delay', '/conversations.history', { delayMs: SLOW_MS })] },
  { name: 'Slack reactions.add slower than the timeout (lands late)', faults: [slack('delay', '/reactions.add', { delayMs: SLOW_MS })] },
  { name: 'Slack chat.postMessage slower than the timeout (lands late)', faults: [slack('delay', '/chat.postMessage', { delayMs: SLOW_MS })] },
  // GitHub
  { name: 'GitHub 502 on GET pull request', faults: [github('status', 'GET', '/pulls/12', { status: 502 })] },
  { name: 'GitHub 503 on GET pull request, twice', faults: [github('status', 'GET', '/pulls/12', { status: 503, times: 2 })] },
  { name: 'GitHub 502 on POST comment (not applied)', faults: [github('status', 'POST', '/issues/25/comments', { status: 502 })] },
  { name: 'GitHub 503 on POST labels', faults: [github('status', 'POST', '/issues/25/labels', { status: 503 })] },
  { name: 'GitHub secondary rate limit (403 + retry-after) on GET pull request', faults: [github('status', 'GET', '/pulls/12', SECONDARY)] },
  { name: 'GitHub secondary rate limit (403 + retry-after) on POST comment', faults: [github('status', 'POST', '/issues/25/comments', SECONDARY)] },
  {
    name: 'GitHub primary rate limit (403, remaining 0) on GET pull request',
    faults: [github('status', 'GET', '/pulls/12', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' }, body: { message: 'API rate limit exceeded for installation.' } })]
  },
  { name: 'GitHub connection dropped before GET pull request', faults: [github('drop', 'GET', '/pulls/12')] },
  { name: 'GitHub connection dropped before POST comment applied', faults: [github('drop', 'POST', '/issues/25/comments')] },
  { name: 'GitHub answer lost after POST comment applied', faults: [github('drop-after', 'POST', '/issues/25/comments')] },
  {
    name: 'GitHub answer lost after POST comment, and 502 on the lookup',
    faults: [github('drop-after', 'POST', '/issues/25/comments'), github('status', 'GET', '/issues/25/comments', { status: 502 })]
  },
  { name: 'GitHub answer lost after POST labels applied', faults: [github('drop-after', 'POST', '/issues/25/labels')] },
  { name: 'GitHub GET pull request slower than the timeout', faults: [github('delay', 'GET', '/pulls/12', { delayMs: SLOW_MS })] },
  { name: 'GitHub POST comment slower than the timeout (lands late)', faults: [github('delay', 'POST', '/issues/25/comments', { delayMs: SLOW_MS })] },
  { name: 'GitHub POST labels slower than the timeout (lands late)', faults: [github('delay', 'POST', '/issues/25/labels', { delayMs: SLOW_MS })] },
  // Reading configs and scripts from the default branch
  { name: 'GitHub 502 on the default branch ref lookup', defaultBranch: true, faults: [github('status', 'GET', '/git/ref/', { status: 502 })] },
  { name: 'GitHub connection dropped reading a config from the default branch', defaultBranch: true, faults: [github('drop', 'GET', '/contents/.github', {})] },
  { name: 'GitHub secondary rate limit reading the script from the default branch', defaultBranch: true, faults: [github('status', 'GET', '/contents/scripts', SECONDARY)] },
  // Everything at once
  {
    name: 'a storm: a fault on every service and effect in one run',
    faults: [
      slack('status', '/conversations.history', { status: 429, retryAfter: 1 }),
      github('status', 'GET', '/pulls/12', { status: 502 }),
      slack('drop-after', '/reactions.add'),
      github('drop-after', 'POST', '/issues/25/comments'),
      slack('drop-after', '/chat.postMessage'),
      github('status', 'POST', '/issues/25/labels', SECONDARY)
    ]
  }
]

const THREAD_FILES = {
  '.github/coordinator/thread.yml': `name: thread
on: workflow_dispatch
coordinator: script
coordinator_script: scripts/thread.mjs
tools: [slack.post_message]
slack: { channel: ${DEMO.channel} }
`,
  'scripts/thread.mjs': `export default async function (trigger, tools) {
  return tools.slack.post_message({ text: 'Thread note', thread_ts: '${TARGET_TS}' })
}
`
}

let workspace: string
const sandboxes: Sandbox[] = []

beforeAll(() => {
  workspace = makeWorkspace({ ...FILES, ...THREAD_FILES })
})
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()))
})

/** Scenarios run side by side, each against its own sandbox. */
async function freshSandbox(): Promise<Sandbox> {
  const sandbox = await startSandbox({ state: seedDemoState({ files: FILES }) })
  sandboxes.push(sandbox)
  return sandbox
}

const env = { HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) }

const pullRequestTarget = {
  action: 'opened',
  number: 25,
  pull_request: { number: 25, head: { repo: { full_name: 'mallory/web' } }, base: { repo: { full_name: DEMO.repo } } },
  repository: { full_name: DEMO.repo, default_branch: 'main' },
  sender: { login: 'mallory' }
}

describe('every intended effect lands exactly once, whatever the APIs do', () => {
  it.concurrent.each(SCENARIOS)('$name', async ({ faults, defaultBranch }) => {
    const sandbox = await freshSandbox()
    for (const fault of faults) sandbox.inject(fault)
    const run = await runAgainstSandbox(sandbox, workspace, {
      env,
      ...(defaultBranch ? { eventName: 'pull_request_target', event: pullRequestTarget, inputs: { trust: 'auto' } } : {})
    })
    // Each injected fault was met (none left queued), so the scenario tested what it says.
    const expectedHits = faults.reduce((n, f) => n + (f.times ?? 1), 0)
    expect(sandbox.calls.filter((c) => c.fault).length).toBe(expectedHits)

    expect({ exit: run.exitCode, status: run.results[0]?.status, error: run.results[0]?.error }).toEqual({ exit: 0, status: 'succeeded', error: null })
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toEqual(['eyes'])
    expect(commentsOn(sandbox, DEMO.repo, 25).filter((b) => b.startsWith('Checked: #12 is merged'))).toHaveLength(1)
    expect(botPosts(sandbox, DEMO.channel)).toEqual(['Deploy check done'])
    expect(sandbox.state.github.repos[DEMO.repo]!.pulls['25']!.labels.filter((l) => l === 'checked')).toHaveLength(1)
    const result = run.results[0]!.result as { posted: { ts: string }; comment: string }
    // What the tools returned is what the APIs hold.
    const post = sandbox.state.slack.channels[DEMO.channel]!.messages.find((m) => m.text === 'Deploy check done')!
    expect(result.posted.ts).toBe(post.ts)
    expect(post.metadata).toMatchObject({ event_type: 'hybrid_coordinator', event_payload: { call_id: expect.any(String) } })
    const comment = sandbox.state.github.repos[DEMO.repo]!.comments['25']!.find((c) => c.body.startsWith('Checked'))!
    expect(result.comment).toBe(comment.html_url)
    if (run.exitCode !== 0) throw new Error(describeRun(run))
  })

  it.concurrent.each([
    ['its answer is lost', [slack('drop-after', '/chat.postMessage')]],
    ['the connection drops before it lands', [slack('drop', '/chat.postMessage')]],
    ['it is slower than the timeout', [slack('delay', '/chat.postMessage', { delayMs: SLOW_MS })]]
  ])('a thread reply lands once when %s', async (_name, faults) => {
    const sandbox = await freshSandbox()
    for (const fault of faults) sandbox.inject(fault)
    const run = await runAgainstSandbox(sandbox, workspace, { env, inputs: { workflow: 'thread' } })
    expect(sandbox.calls.filter((c) => c.fault)).toHaveLength(1)
    expect(run.results).toEqual([expect.objectContaining({ workflow: 'thread', status: 'succeeded' })])
    const replies = sandbox.state.slack.channels[DEMO.channel]!.messages.filter((m) => m.thread_ts === TARGET_TS && m.text === 'Thread note')
    expect(replies).toHaveLength(1)
    expect(run.results[0]!.result).toEqual({ channel: DEMO.channel, ts: replies[0]!.ts })
  })

  it.concurrent('a fault that outlasts every retry fails the workflow with the API error, and nothing is doubled', async () => {
    const sandbox = await freshSandbox()
    sandbox.inject(slack('status', '/chat.postMessage', { status: 503, times: 10 }))
    const run = await runAgainstSandbox(sandbox, workspace, { env })
    expect(run.exitCode).not.toBe(0)
    expect(run.results[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('slack.post_message') })
    expect(botPosts(sandbox, DEMO.channel)).toEqual([])
    // The effects before the failing call stand, once each.
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toEqual(['eyes'])
    expect(commentsOn(sandbox, DEMO.repo, 25).filter((b) => b.startsWith('Checked'))).toHaveLength(1)
  })
})

// ---------------------------------------------------------------------------------------------
// The model's API: the llm coordinator's effects land once however its calls fail.

const LLM_FILES = {
  '.github/coordinator/pr_merged_llm.yml': readFileSync('workflows/pr_merged_llm.yml', 'utf8'),
  'prompts/pr_merged.md': readFileSync('prompts/pr_merged.md', 'utf8')
}
const anthropic = (kind: Fault['kind'], extra: Partial<Fault> = {}): Fault => ({ service: 'anthropic', kind, path: '/v1/messages', ...extra })

const LLM_SCENARIOS: Scenario[] = [
  { name: 'Anthropic 529 overloaded', faults: [anthropic('status', { status: 529, retryAfter: 0 })] },
  { name: 'Anthropic 500', faults: [anthropic('status', { status: 500, retryAfter: 0 })] },
  { name: 'Anthropic 429 with retry-after', faults: [anthropic('status', { status: 429, retryAfter: 1 })] },
  { name: 'Anthropic connection dropped mid-request', faults: [anthropic('drop')] },
  { name: "Anthropic answer lost (the turn's tool calls are not repeated)", faults: [anthropic('drop-after')] },
  { name: 'Anthropic 529 and a Slack 429 in the same run', faults: [anthropic('status', { status: 529, retryAfter: 0 }), slack('status', '/reactions.add', { status: 429, retryAfter: 1 })] }
]

describe('the llm coordinator under faults', () => {
  it.concurrent.each(LLM_SCENARIOS)('$name', async ({ faults }) => {
    const { createAnthropicFake } = await import('../../src/sandbox/anthropic.js')
    const fake = createAnthropicFake({ policy: 'pr-merged' })
    const sandbox = await startSandbox({ anthropic: fake.handler })
    sandboxes.push(sandbox)
    for (const fault of faults) sandbox.inject(fault)
    const run = await runAgainstSandbox(sandbox, makeWorkspace(LLM_FILES), { env })
    expect(sandbox.calls.filter((c) => c.fault)).toHaveLength(faults.length)
    expect({ exit: run.exitCode, status: run.results[0]?.status, error: run.results[0]?.error }).toEqual({ exit: 0, status: 'succeeded', error: null })
    for (const ts of DEMO.expectMergedTs) expect(reactionsOn(sandbox, DEMO.channel, ts)).toEqual([DEMO.reaction])
    const marked = sandbox.state.slack.channels[DEMO.channel]!.messages.filter((m) => m.reactions.length > 0)
      .map((m) => m.ts)
      .sort()
    expect(marked).toEqual([...DEMO.expectMergedTs].sort())
    // One reactions.add per message to mark (plus the 429's retry), none repeated by a retried model call.
    const sent = sandbox.callsTo('slack', '/reactions.add').filter((c) => !c.fault)
    expect(sent).toHaveLength(DEMO.expectMergedTs.length)
  })
})

// ---------------------------------------------------------------------------------------------
// Isolation: one run, five workflows. Four fail each in its own way; the good one still
// runs and succeeds, the step fails at the end, and `results` holds every outcome.

const ISOLATION = {
  '.github/coordinator/a-crash.yml': `name: a-crash\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/crash.mjs\n`,
  'scripts/crash.mjs': `export default async function () {\n  const config = undefined\n  return config.missing.field\n}\n`,
  '.github/coordinator/b-hang.yml': `name: b-hang\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/hang.mjs\ntimeout_seconds: 1\ntools: [slack.post_message]\nslack: { channel: ${DEMO.channel} }\n`,
  // Keeps calling after its timeout: the abandoned script must not land anything.
  'scripts/hang.mjs': `export default async function (trigger, tools) {
  await new Promise((r) => setTimeout(r, 1500))
  await tools.slack.post_message({ text: 'too late' }).catch(() => {})
  return new Promise(() => {})
}
`,
  '.github/coordinator/c-limits.yml': `name: c-limits\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/limits.mjs\ntools: [slack.get_messages, slack.add_reacji]\nslack: { channel: ${DEMO.channel} }\nlimits: { slack.add_reacji: 2 }\n`,
  'scripts/limits.mjs': `export default async function (trigger, tools) {
  for (const m of await tools.slack.get_messages({ limit: 5 })) await tools.slack.add_reacji(m, 'white_check_mark')
  return 'unreachable'
}
`,
  '.github/coordinator/d-llm-budget.yml': `name: d-llm-budget\non: pull_request\ncoordinator: llm\nprompt: Keep looking at the files.\nmax_turns: 2\n`,
  '.github/coordinator/e-good.yml': `name: e-good\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/good.mjs\ntools: [slack.add_reacji]\nslack: { channel: ${DEMO.channel} }\n`,
  'scripts/good.mjs': `export default async function (trigger, tools) {
  // Long enough for the hung workflow's late call to come while this one runs.
  await new Promise((r) => setTimeout(r, 800))
  await tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'eyes')
  return { ok: true }
}
`
}

describe('isolation', () => {
  it.concurrent('a crash, a hang, exhausted limits and an exhausted turn budget do not stop the good workflow', async () => {
    const { createAnthropicFake } = await import('../../src/sandbox/anthropic.js')
    const fake = createAnthropicFake({ policy: 'never-stop' })
    const sandbox = await startSandbox({ anthropic: fake.handler })
    sandboxes.push(sandbox)
    const run = await runAgainstSandbox(sandbox, makeWorkspace(ISOLATION), { env })

    expect(run.exitCode).toBe(1)
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-crash', 'failed'],
      ['b-hang', 'failed'],
      ['c-limits', 'failed'],
      ['d-llm-budget', 'failed'],
      ['e-good', 'succeeded']
    ])
    const error = (name: string) => String(run.results.find((r) => r.workflow === name)!.error)
    expect(error('a-crash')).toMatch(/^scripts\/crash\.mjs:3: the script threw: .*undefined/)
    expect(error('b-hang')).toContain('timed out: the workflow ran past timeout_seconds (1 s)')
    expect(error('c-limits')).toContain('refused by limits.slack.add_reacji: at most 2 call(s) per run')
    expect(error('d-llm-budget')).toContain('max_turns (2)')
    expect(run.results.find((r) => r.workflow === 'e-good')!.result).toEqual({ ok: true })

    // Effects: the good one landed; the limited one stopped at its limit; the hung one's late call did not land.
    expect(reactionsOn(sandbox, DEMO.channel, TARGET_TS)).toContain('eyes')
    const checks = sandbox.state.slack.channels[DEMO.channel]!.messages.filter((m) => m.reactions.some((r) => r.name === 'white_check_mark'))
    expect(checks).toHaveLength(2)
    expect(botPosts(sandbox, DEMO.channel)).toEqual([])
    expect(sandbox.callsTo('slack', '/chat.postMessage')).toEqual([])

    // Each failure is annotated, the summary shows all five, and the step fails naming the four.
    for (const name of ['a-crash', 'b-hang', 'c-limits', 'd-llm-budget']) {
      expect(run.annotations.some((a) => a.level === 'error' && a.title === `Hybrid Coordinator: ${name} failed`)).toBe(true)
      expect(run.summary).toContain(`### ❌ ${name}: failed`)
    }
    expect(run.summary).toContain('### ✅ e-good: succeeded')
    expect(run.stdout).toContain('::error::Hybrid Coordinator: workflow(s) failed: a-crash, b-hang, c-limits, d-llm-budget')
    const late = readTrace(run).filter((l) => l.type === 'tool_call' && l.workflow === 'b-hang')
    // The hung script's process is killed at its timeout, so its late call is normally never
    // made; should it come within the grace period, it is refused, never sent.
    for (const call of late)
      expect(call).toEqual(
        expect.objectContaining({
          tool: 'slack.post_message',
          outcome: 'error',
          sent: false,
          error: expect.stringMatching(/^slack\.post_message: not run: (the workflow already failed: )?timed out: the workflow ran past timeout_seconds \(1 s\)/)
        })
      )
  })
})

/** The count the README reports: every scenario above, with no effect lost or doubled. */
export const FAULT_SCENARIO_COUNT = SCENARIOS.length + 3 + LLM_SCENARIOS.length
