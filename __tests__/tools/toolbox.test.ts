import { describe, expect, it } from '@jest/globals'
import { Toolbox, recordedReadsFrom } from '../../src/tools/toolbox.js'
import { Guards } from '../../src/tools/guards.js'
import { TOOLS, argsToInput, findTool } from '../../src/tools/registry.js'
import { llmToolSpec } from '../../src/tools/llm-spec.js'
import { VirtualFileStore } from '../../src/virtual-files.js'
import { ToolError, ToolRefusedError } from '../../src/errors.js'
import { Redactor } from '../../src/report/redact.js'
import type { GitHubClient, SlackClient } from '../../src/clients/types.js'

/** Slack and GitHub clients that record what reached them (units only; integration tests use the real SDKs). */
function fakeClients() {
  const sent: Array<{ method: string; args: unknown }> = []
  const slack = {
    conversations: { history: async (args: unknown) => (sent.push({ method: 'history', args }), { messages: [{ ts: '1.1', text: 'see https://github.com/o/r/pull/1', user: 'U1' }] }) },
    reactions: { add: async (args: unknown) => (sent.push({ method: 'reactions.add', args }), { ok: true }) },
    chat: { postMessage: async (args: { channel: string }) => (sent.push({ method: 'postMessage', args }), { ok: true, channel: args.channel, ts: '9.9' }) }
  } as unknown as SlackClient
  const github = {
    rest: { pulls: { get: async (args: unknown) => (sent.push({ method: 'pulls.get', args }), { data: { state: 'closed', merged: true, number: 1 } }) } }
  } as unknown as GitHubClient
  return { sent, slack, github }
}

function toolbox(names: string[], opts: { dryRun?: boolean; limits?: Record<string, number>; allow?: Record<string, string[]> } = {}) {
  const clients = fakeClients()
  const box = new Toolbox({
    workflow: 'w',
    tools: [...names, 'files.list', 'files.read'].map((n) => findTool(n)!),
    dryRun: opts.dryRun ?? false,
    callIdPrefix: 'run-w',
    guards: new Guards({ limits: opts.limits ?? {}, allow: opts.allow ?? {}, slackChannel: 'C0123456789', repository: 'o/r' }),
    context: {
      trigger: { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' },
      slackChannel: 'C0123456789',
      files: new VirtualFileStore([['a.md', 'x'.repeat(30_000)]]),
      github: async () => clients.github,
      slack: async () => clients.slack
    }
  })
  return { box, sent: clients.sent }
}

const msg = { channel: 'C0123456789', ts: '1.1', text: 'hi', user: 'U1' }

describe('registry', () => {
  it('gives every tool an LLM name without dots and an object JSON Schema', () => {
    for (const tool of TOOLS) {
      const spec = llmToolSpec(tool)
      expect(spec.name).toMatch(/^[a-zA-Z0-9_-]{1,128}$/)
      expect(spec.input_schema.type).toBe('object')
    }
    expect(llmToolSpec(findTool('slack.get_messages')!).name).toBe('slack_get_messages')
  })
  it('maps positional and named arguments to the same input', () => {
    const status = findTool('github.get_status')!
    expect(argsToInput(status, ['https://x/o/r/pull/1'])).toEqual(argsToInput(status, [{ url: 'https://x/o/r/pull/1' }]))
    // A message object passed whole is the first positional argument, not named parameters.
    expect(argsToInput(findTool('slack.add_reacji')!, [msg, 'merged'])).toEqual({ message: msg, name: 'merged' })
    expect(() => argsToInput(status, ['a', 'b'])).toThrow(/takes at most 1 argument/)
  })
})

describe('Toolbox', () => {
  it('runs a read and records it', async () => {
    const { box } = toolbox(['github.get_status'])
    await expect(box.call('github_get_status', { url: 'o/r#1' }, 'llm')).resolves.toBe('merged')
    expect(box.records[0]).toMatchObject({ tool: 'github.get_status', outcome: 'read', sent: true, caller: 'llm', output: 'merged' })
  })

  it('refuses a tool the workflow does not list, with a clear message, and sends nothing', async () => {
    const { box, sent } = toolbox(['slack.get_messages'])
    await expect(box.call('slack.add_reacji', { message: msg, name: 'merged' })).rejects.toThrow(/slack.add_reacji is not in this workflow's tools list/)
    await expect(box.call('jira.create', {})).rejects.toThrow(/no tool named "jira.create"/)
    expect(sent).toEqual([])
  })

  it('returns schema errors naming the parameter', async () => {
    const { box } = toolbox(['slack.add_reacji'])
    await expect(box.call('slack.add_reacji', { message: msg })).rejects.toThrow(/slack.add_reacji: invalid input: name: /)
    await expect(box.call('slack.add_reacji', { message: msg, name: 'merged', extra: 1 })).rejects.toThrow(/Unrecognized key/)
  })

  it('in a dry run answers mutations with a preview and sends nothing', async () => {
    const { box, sent } = toolbox(['slack.add_reacji', 'slack.post_message'], { dryRun: true })
    await expect(box.call('slack.add_reacji', { message: msg, name: 'merged' })).resolves.toEqual({ ok: true })
    await expect(box.call('slack.post_message', { text: 'hi' })).resolves.toEqual({ channel: 'C0123456789', ts: 'dry-run' })
    expect(sent).toEqual([])
    expect(box.records.map((r) => [r.outcome, r.sent])).toEqual([
      ['dry', false],
      ['dry', false]
    ])
  })

  it('refuses calls past a limit, counted before sending, even when concurrent', async () => {
    const { box, sent } = toolbox(['slack.add_reacji'], { limits: { 'slack.add_reacji': 3 } })
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => box.call('slack.add_reacji', { message: { ...msg, ts: `1.${i}` }, name: 'merged' })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3)
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(refused).toHaveLength(2)
    expect(refused[0].reason).toBeInstanceOf(ToolRefusedError)
    expect(String(refused[0].reason.message)).toMatch(/refused by limits.slack.add_reacji: at most 3/)
    expect(sent.filter((s) => s.method === 'reactions.add')).toHaveLength(3)
  })

  it('refuses targets outside allow, and refused calls do not count toward limits', async () => {
    const { box, sent } = toolbox(['slack.add_reacji', 'slack.post_message'], { limits: { 'slack.add_reacji': 1 }, allow: { slack_reactions: ['merged'] } })
    await expect(box.call('slack.post_message', { text: 'x', channel: 'C0999999999' })).rejects.toThrow(/refused by allow.slack_channels: slack.post_message may not touch channel C0999999999/)
    await expect(box.call('slack.add_reacji', { message: msg, name: 'fire' })).rejects.toThrow(/refused by allow.slack_reactions: :fire: is not allowed/)
    await expect(box.call('slack.add_reacji', { message: msg, name: 'merged' })).resolves.toEqual({ ok: true })
    expect(sent).toHaveLength(1)
    expect(box.records.map((r) => [r.outcome, r.guard, r.sent])).toEqual([
      ['refused', 'allow.slack_channels', false],
      ['refused', 'allow.slack_reactions', false],
      ['sent', undefined, true]
    ])
  })

  it('refuses every call after close (a timed-out workflow)', async () => {
    const { box } = toolbox(['slack.get_messages'])
    box.close('timed out')
    await expect(box.call('slack.get_messages', {})).rejects.toThrow(ToolError)
  })

  it('reads large files in slices and says where to continue', async () => {
    const { box } = toolbox([])
    const first = (await box.call('files.read', { name: 'a.md' })) as string
    expect(first).toMatch(/read again with offset=20000\]$/)
    await expect(box.call('files.read', { name: 'a.md', offset: 20000 })).resolves.toBe('x'.repeat(10_000))
    await expect(box.call('files.read', { name: 'nope' })).rejects.toThrow(/no virtual file named "nope"/)
  })

  it('answers reads from a recording and reports reads it never saw', async () => {
    const { box: live } = toolbox(['github.get_status'])
    await live.call('github.get_status', { url: 'o/r#1' })
    const { box, sent } = toolbox(['github.get_status'])
    const replay = new Toolbox({ ...box.options, recordedReads: recordedReadsFrom(live.records), liveReads: false })
    await expect(replay.call('github.get_status', { url: 'o/r#1' })).resolves.toBe('merged')
    await expect(replay.call('github.get_status', { url: 'o/r#2' })).rejects.toThrow(/the recording has no answer for this read/)
    expect(replay.records.map((r) => r.unrecorded ?? false)).toEqual([false, true])
    expect(sent).toEqual([])
  })
})

describe('reads are bounded like writes', () => {
  it('refuses a read of a repository outside allow.github_repos before any request', async () => {
    const { box, sent } = toolbox(['github.get_status', 'github.get_pull_request'])
    await expect(box.call('github.get_pull_request', { url: 'private-org/secret-repo#5' })).rejects.toThrow(
      /refused by allow\.github_repos: github\.get_pull_request may not touch private-org\/secret-repo; allowed: o\/r/
    )
    await expect(box.call('github.get_status', { url: 'https://github.com/private-org/secret-repo/pull/5' })).rejects.toBeInstanceOf(ToolRefusedError)
    expect(sent).toEqual([])
    expect(box.records.map((r) => [r.outcome, r.guard, r.target])).toEqual([
      ['refused', 'allow.github_repos', 'private-org/secret-repo#5'],
      ['refused', 'allow.github_repos', 'private-org/secret-repo#5']
    ])
    // The action's own repository stays readable, and reads count against no limit.
    await expect(box.call('github.get_status', { url: 'o/r#1' })).resolves.toBe('merged')
  })

  it('refuses a read of a channel outside allow.slack_channels', async () => {
    const { box, sent } = toolbox(['slack.get_messages'])
    await expect(box.call('slack.get_messages', { channel: 'C0SECRET99' })).rejects.toThrow(/refused by allow\.slack_channels: slack\.get_messages may not touch channel C0SECRET99/)
    expect(sent).toEqual([])
    await expect(box.call('slack.get_messages', {})).resolves.toHaveLength(1)
  })
})

describe('no secret goes out through a tool', () => {
  const SECRET = 'xoxb-TOOLBOX-secret-4242'
  function redacting(names: string[], answer: string) {
    const sent: unknown[] = []
    const redactor = new Redactor()
    redactor.add(SECRET)
    const slack = {
      conversations: { history: async () => ({ messages: [{ ts: '1.1', text: answer, user: 'U1' }] }) },
      chat: { postMessage: async (args: { channel: string }) => (sent.push(args), { ok: true, channel: args.channel, ts: '9.9' }) }
    } as unknown as SlackClient
    const github = {
      rest: { pulls: { get: async () => Promise.reject(Object.assign(new Error(`Bad credentials for ${SECRET}`), { status: 401 })) } }
    } as unknown as GitHubClient
    const box = new Toolbox({
      workflow: 'w',
      tools: names.map((n) => findTool(n)!),
      dryRun: false,
      callIdPrefix: 'run-w',
      guards: new Guards({ limits: {}, allow: {}, slackChannel: 'C0123456789', repository: 'o/r' }),
      context: {
        trigger: { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' },
        slackChannel: 'C0123456789',
        files: new VirtualFileStore(),
        github: async () => github,
        slack: async () => slack
      },
      redactor
    })
    return { box, sent }
  }

  it('sends *** in place of a secret in a mutating call', async () => {
    const { box, sent } = redacting(['slack.post_message'], '')
    await box.call('slack.post_message', { text: `the token is ${SECRET}` })
    expect(JSON.stringify(sent)).not.toContain(SECRET)
    expect((sent[0] as { text: string }).text).toBe('the token is ***')
    expect(box.records[0]!.input).toEqual({ text: 'the token is ***' })
  })

  it('hands back results and errors with the secret replaced', async () => {
    const { box } = redacting(['slack.get_messages', 'github.get_status'], `echo ${SECRET}`)
    const messages = (await box.call('slack.get_messages', {})) as Array<{ text: string }>
    expect(messages[0]!.text).toBe('echo ***')
    const error = await box.call('github.get_status', { url: 'o/r#1' }).catch((e: unknown) => e as ToolError)
    expect(error).toBeInstanceOf(ToolError)
    expect((error as ToolError).message).toContain('Bad credentials for ***')
    expect(`${(error as ToolError).message} ${(error as ToolError).stack} ${String((error as ToolError).cause)}`).not.toContain(SECRET)
  })
})
