import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import type { ActionRun } from '../../src/sandbox/run-action.js'
import { makeWorkspace, runAgainstSandbox } from '../helpers/workspace.js'
import { botPosts, commentsOn, readTrace, type TraceLine } from '../fixtures/run-helpers.js'

/**
 * Issue 10, item 6: a workflow that times out while a call is still retrying or still on
 * the wire. Through dist/index.js, with the real Slack SDK and Octokit against the
 * sandbox: the request is aborted (the fake sees the connection closed, or no further
 * attempt), the call is recorded as cancelled before the workflow's end line, `results`,
 * trace and summary count the same calls, and the next workflow still runs.
 */

const sandboxes: Sandbox[] = []
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()))
})

const TARGET_TS = '1732403000.000100'
/** Long enough for the script's process to start and its calls to go out on a loaded machine. */
const TIMEOUT_S = 4
const TIMED_OUT = `timed out: the workflow ran past timeout_seconds (${TIMEOUT_S} s)`
/** Retry-After of the rate-limit faults: the retries would be due after the timeout. */
const RETRY_AFTER_S = 5

const config = (name: string, script: string, tools: string[], extra = '') =>
  `name: ${name}\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/${script}\ntools: [${tools.join(', ')}]\nslack: { channel: ${DEMO.channel} }\n${extra}`

/**
 * Three workflows, run in this order: a Slack post and a GitHub comment, each cut by a
 * timeout, then one that waits past the moment their retries were due and
 * makes a call of its own.
 */
const FILES = {
  '.github/coordinator/a-slack.yml': config('a-slack', 'slack.mjs', ['slack.post_message', 'slack.add_reacji'], `timeout_seconds: ${TIMEOUT_S}\n`),
  'scripts/slack.mjs': `export default async function (trigger, tools) {
  await Promise.all([
    tools.slack.post_message({ text: 'posted after the timeout' }),
    tools.slack.add_reacji({ channel: '${DEMO.channel}', ts: '${TARGET_TS}' }, 'eyes')
  ])
  return 'done'
}
`,
  '.github/coordinator/b-github.yml': config('b-github', 'github.mjs', ['github.comment'], `timeout_seconds: ${TIMEOUT_S}\n`),
  'scripts/github.mjs': `export default async function (trigger, tools) {
  await tools.github.comment('${DEMO.repo}#25', 'commented after the timeout')
  return 'done'
}
`,
  '.github/coordinator/c-after.yml': config('c-after', 'after.mjs', ['slack.get_messages', 'github.get_status']),
  'scripts/after.mjs': `export default async function (trigger, tools) {
  // Past the moment the retries cut above were due (Retry-After: ${RETRY_AFTER_S} s after their first attempt).
  await new Promise((r) => setTimeout(r, ${(RETRY_AFTER_S + 2) * 1000}))
  const messages = await tools.slack.get_messages({ limit: 1 })
  return { status: await tools.github.get_status('${DEMO.repo}#12'), messages: messages.length }
}
`
}

async function runScenario(setUp: (sandbox: Sandbox) => void, inputs: Record<string, string> = {}): Promise<{ sandbox: Sandbox; run: ActionRun; trace: TraceLine[] }> {
  const sandbox = await startSandbox()
  sandboxes.push(sandbox)
  setUp(sandbox)
  const run = await runAgainstSandbox(sandbox, makeWorkspace(FILES), { inputs, env: { HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS: '10000' } })
  return { sandbox, run, trace: readTrace(run) }
}

/** The call rows of one workflow's section of the step summary. */
function summaryRows(summary: string, workflow: string): string[] {
  const start = summary.search(new RegExp(`### \\S+ ${workflow}: `))
  if (start < 0) return []
  const rest = summary.slice(start + 4)
  const end = rest.search(/\n### /)
  return (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((l) => /^\| \d+ \| /.test(l))
}

/**
 * Every tool call of each workflow lies between its start and end lines, nothing of it
 * comes after its end, and `results`, trace and summary count the same calls.
 */
function expectConsistent(run: ActionRun, trace: TraceLine[]): void {
  for (const result of run.results) {
    const name = String(result.workflow)
    const start = trace.findIndex((l) => l.type === 'workflow_start' && l.workflow === name)
    const end = trace.findIndex((l) => l.type === 'workflow_end' && l.workflow === name)
    const calls = trace.map((l, i) => [l, i] as const).filter(([l]) => l.type === 'tool_call' && l.workflow === name)
    expect(start).toBeGreaterThanOrEqual(0)
    expect(end).toBeGreaterThan(start)
    for (const [, i] of calls) {
      expect(i).toBeGreaterThan(start)
      expect(i).toBeLessThan(end)
    }
    expect(result.tool_calls).toBe(calls.length)
    expect(summaryRows(run.summary, name)).toHaveLength(calls.length)
  }
}

const callOf = (trace: TraceLine[], tool: string) => trace.find((l) => l.type === 'tool_call' && l.tool === tool)

jest.setTimeout(90_000)

describe('a workflow that times out with calls still retrying', () => {
  it.concurrent('aborts the Slack post and reaction and the GitHub comment waiting out a Retry-After: no further attempt, recorded as cancelled before the end, the next workflow runs', async () => {
    const { sandbox, run, trace } = await runScenario((s) => {
      // Rate limited with a Retry-After past the timeout, more times than the calls would try.
      s.inject({ service: 'slack', kind: 'status', path: '/chat.postMessage', status: 429, retryAfter: RETRY_AFTER_S, times: 10 })
      s.inject({ service: 'slack', kind: 'status', path: '/reactions.add', status: 429, retryAfter: RETRY_AFTER_S, times: 10 })
      s.inject({ service: 'github', kind: 'status', method: 'POST', path: '/issues/25/comments', status: 503, retryAfter: RETRY_AFTER_S, times: 10 })
    })
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-slack', 'failed'],
      ['b-github', 'failed'],
      ['c-after', 'succeeded']
    ])
    expect(String(run.results[0]!.error)).toContain(TIMED_OUT)
    expect(String(run.results[1]!.error)).toContain(TIMED_OUT)
    expect(run.results[2]!.result).toEqual({ status: 'merged', messages: 1 })

    // One attempt each reached the fakes: the retries due after Retry-After were never made, though
    // the later workflow ran on past that moment.
    expect(sandbox.callsTo('slack', '/chat.postMessage')).toHaveLength(1)
    expect(sandbox.callsTo('slack', '/reactions.add')).toHaveLength(1)
    expect(sandbox.calls.filter((c) => c.service === 'github' && c.method === 'POST' && c.path.endsWith('/issues/25/comments'))).toHaveLength(1)
    expect(sandbox.callsTo('slack', '/conversations.history').length).toBeGreaterThanOrEqual(1)
    expect(botPosts(sandbox, DEMO.channel)).toEqual([])
    expect(commentsOn(sandbox, DEMO.repo, 25).filter((b) => b.includes('after the timeout'))).toEqual([])

    // Recorded as cancelled, may have landed (each had a request out), with their workflow.
    for (const tool of ['slack.post_message', 'slack.add_reacji', 'github.comment']) {
      expect(callOf(trace, tool)).toMatchObject({
        outcome: 'cancelled',
        sent: true,
        landed: 'unknown',
        error: expect.stringContaining(`${tool}: cancelled after its request was sent, so it may have landed: ${TIMED_OUT}`)
      })
    }
    expectConsistent(run, trace)
    expect(run.summary).toContain('**Outcome unknown** (cancelled after the request was sent: it may have landed): 2')
    expect(run.summary).toContain(`- \`github.comment\` on ${DEMO.repo}#25`)
    expect(run.summary).toContain('⚠️ cancelled')
    expect(run.stdout + run.stderr).not.toContain('requests abandoned at exit')
    expect(run.exitCode).toBe(1)
  })

  it.concurrent('aborts a Slack post and a GitHub comment still on the wire: the fakes see the connection closed, the calls are recorded as may-have-landed', async () => {
    const { sandbox, run, trace } = await runScenario((s) => {
      // Answers far slower than the timeout: the requests are out when it ends.
      s.inject({ service: 'slack', kind: 'delay', path: '/chat.postMessage', delayMs: 30_000 })
      s.inject({ service: 'slack', kind: 'delay', path: '/reactions.add', delayMs: 30_000 })
      s.inject({ service: 'github', kind: 'delay', method: 'POST', path: '/issues/25/comments', delayMs: 30_000 })
    })
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-slack', 'failed'],
      ['b-github', 'failed'],
      ['c-after', 'succeeded']
    ])
    // Each request was cut by the client, once, and not sent again.
    const posts = sandbox.callsTo('slack', '/chat.postMessage')
    const reactions = sandbox.callsTo('slack', '/reactions.add')
    const comments = sandbox.calls.filter((c) => c.service === 'github' && c.method === 'POST' && c.path.endsWith('/issues/25/comments'))
    for (const calls of [posts, reactions, comments]) expect(calls.map((c) => [c.clientClosed, c.status])).toEqual([[true, 0]])
    for (const tool of ['slack.post_message', 'slack.add_reacji', 'github.comment']) {
      expect(callOf(trace, tool)).toMatchObject({ outcome: 'cancelled', sent: true, landed: 'unknown' })
    }
    expectConsistent(run, trace)
    expect(run.summary).toContain('**Outcome unknown** (cancelled after the request was sent: it may have landed): 2')
  })

  it.concurrent('a dry run is unaffected: nothing is sent, the mutations are recorded as dry and every workflow succeeds', async () => {
    const { sandbox, run, trace } = await runScenario(
      (s) => {
        s.inject({ service: 'slack', kind: 'status', path: '/chat.postMessage', status: 429, retryAfter: RETRY_AFTER_S, times: 10 })
        s.inject({ service: 'github', kind: 'status', method: 'POST', path: '/issues/25/comments', status: 503, retryAfter: RETRY_AFTER_S, times: 10 })
      },
      { 'dry-run': 'true' }
    )
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-slack', 'succeeded'],
      ['b-github', 'succeeded'],
      ['c-after', 'succeeded']
    ])
    expect(sandbox.callsTo('slack', '/chat.postMessage')).toEqual([])
    expect(sandbox.callsTo('slack', '/reactions.add')).toEqual([])
    expect(sandbox.calls.filter((c) => c.method === 'POST' && c.service === 'github')).toEqual([])
    for (const tool of ['slack.post_message', 'slack.add_reacji', 'github.comment']) expect(callOf(trace, tool)).toMatchObject({ outcome: 'dry', sent: false })
    expect(trace.some((l) => l.outcome === 'cancelled')).toBe(false)
    expectConsistent(run, trace)
    expect(run.exitCode).toBe(0)
  })
})
