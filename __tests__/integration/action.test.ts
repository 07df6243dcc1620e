import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { runAction } from '../../src/sandbox/run-action.js'
import { actionNode, actionPath, itOnNode24, makeWorkspace, runAgainstSandbox, CLOSED_PR_EVENT, reactedTs, answeredReactionCalls, scriptWorkflowYaml, useSandbox } from '../helpers/workspace.js'

// The bundled action, run as the runner runs it, against the sandbox through the real
// Octokit and Slack clients.
let sandbox: Sandbox
useSandbox({}, (s) => {
  sandbox = s
})

const repoRoot = resolve('.')
const reacted = () => reactedTs(sandbox)
const reactionCalls = () => answeredReactionCalls(sandbox)

const SCRIPT_WORKFLOW = scriptWorkflowYaml

describe('the pr_merged example (workflows/pr_merged.yml + scripts/pr_merged.ts)', () => {
  it('marks exactly the merged and closed PRs, and reports it', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji' } })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(reacted()).toEqual([...DEMO.expectMergedTs].sort())
    // The one already marked answers already_reacted: done, not an error, not a second reaction.
    for (const ts of DEMO.expectMergedTs) {
      const m = sandbox.state.slack.channels[DEMO.channel].messages.find((x) => x.ts === ts)!
      expect(m.reactions.find((r) => r.name === 'merged')!.users).toHaveLength(1)
    }
    expect(run.outputs.matched).toBe('pr-merged-reacji')
    expect(run.results).toHaveLength(1)
    const [result] = run.results
    expect(result).toMatchObject({ workflow: 'pr-merged-reacji', coordinator: 'script', status: 'succeeded', error: null, turns: 0 })
    expect(Object.keys(result)).toEqual(['workflow', 'coordinator', 'status', 'result', 'error', 'tool_calls', 'turns', 'usage'])
    expect(result.result).toEqual({ checked: 10, marked: DEMO.expectMergedTs })
    expect(result.tool_calls).toBe(1 + 8 + 5)
    expect(run.summary).toContain('pr-merged-reacji: succeeded')
    expect(run.summary).toContain('`slack.get_messages`, `slack.add_reacji`, `github.get_status`, `files.list`, `files.read`')
    expect(run.summary).toContain(`did \`slack.add_reacji\` on C0123456789 ${DEMO.expectMergedTs[0]} :merged:`)

    const trace = readFileSync(run.outputs['trace-file'], 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(trace[0]).toMatchObject({ type: 'run', format: 1, dry_run: false })
    expect(trace[1]).toMatchObject({ type: 'trigger', trigger: { event: 'pull_request', action: 'closed', repository: 'octo-org/web' } })
    const calls = trace.filter((l) => l.type === 'tool_call')
    expect(calls).toHaveLength(14)
    expect(calls.filter((c) => c.outcome === 'sent').map((c) => c.tool)).toEqual(Array(5).fill('slack.add_reacji'))
    expect(calls.every((c) => c.sent === true && c.dry_run === false)).toBe(true)
    for (const c of calls) expect(typeof c.duration_ms).toBe('number')
    expect(trace.at(-1)).toMatchObject({ type: 'workflow_end', workflow: 'pr-merged-reacji', status: 'succeeded' })
  })

  it('in a dry run records the reactions and sends none', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji', 'dry-run': 'true' } })
    expect(run.exitCode).toBe(0)
    expect(reactionCalls()).toHaveLength(0)
    expect(reacted()).toEqual([DEMO.messages.find((m) => m.alreadyMerged)!.ts])
    expect(run.summary).toContain('**dry run**')
    expect(run.summary.match(/🧪 dry run \(not sent\)/g)).toHaveLength(5)
    expect(run.summary).toContain('would `slack.add_reacji`')
  })

  it('survives a Slack 429 and a GitHub 502 mid-run: every reaction lands exactly once', async () => {
    sandbox.inject({ service: 'slack', kind: 'status', status: 429, retryAfter: 1, path: '/reactions.add' })
    sandbox.inject({ service: 'github', kind: 'status', status: 502, path: '/pulls/21' })
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji' } })
    expect(run.exitCode).toBe(0)
    expect(reacted()).toEqual([...DEMO.expectMergedTs].sort())
    expect(sandbox.callsTo('slack', '/reactions.add').some((c) => c.status === 429)).toBe(true)
    expect(sandbox.callsTo('github', '/pulls/21').map((c) => c.status)).toEqual([502, 200])
    // One successful reactions.add per message that needed one (the seed's #15 answers already_reacted).
    const byTs = new Map<string, number>()
    for (const c of reactionCalls()) byTs.set(String((c.body as { timestamp: string }).timestamp), (byTs.get(String((c.body as { timestamp: string }).timestamp)) ?? 0) + 1)
    expect([...byTs.values()].every((n) => n === 1)).toBe(true)
    expect([...byTs.keys()].sort()).toEqual([...DEMO.expectMergedTs].sort())
  })

  itOnNode24("runs the same on Node 24, the runner's node", async (node) => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji' }, node })
    expect(run.exitCode).toBe(0)
    expect(reacted()).toEqual([...DEMO.expectMergedTs].sort())
  })
})

describe('upload-trace', () => {
  it('warns and still succeeds when the runner offers no artifact service', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacji', 'upload-trace': 'true' } })
    expect(run.exitCode).toBe(0)
    const warning = run.annotations.find((a) => a.level === 'warning')
    expect(warning?.message).toMatch(/^upload-trace: the trace could not be uploaded: /)
    expect(reacted()).toEqual([...DEMO.expectMergedTs].sort())
  })

  it('rejects a value that is not true or false, naming the input', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', 'upload-trace': 'yes' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('::error::input upload-trace is "yes": expected true or false')
    expect(sandbox.calls).toHaveLength(0)
  })
})

describe('event matching', () => {
  it('runs nothing when the event types do not match: one notice, empty outputs, exit 0', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows' }, event: { ...CLOSED_PR_EVENT, action: 'opened' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.matched).toBe('')
    expect(run.results).toEqual([])
    expect(run.annotations).toEqual([{ level: 'notice', message: 'No workflow config in workflows matched pull_request.opened: nothing to run.' }])
    expect(sandbox.calls).toHaveLength(0)
  })

  it('fails, naming the valid workflows, when the workflow input names none of them', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-reacj' } })
    expect(run.exitCode).toBe(1)
    const error = run.annotations.find((a) => a.level === 'error' && a.file === 'workflows')
    expect(error?.message).toBe(
      'workflow input "pr-merged-reacj" names no valid workflow config in workflows: the valid workflows are pr-merged-reacji, pr-merged-llm, pr-merged-py, tickets-followup-llm, tickets-followup'
    )
    expect(run.results).toEqual([])
    expect(sandbox.calls).toHaveLength(0)
  })

  it('fails clearly when the event payload is missing or not JSON', async () => {
    const ws = makeWorkspace({ '.github/coordinator/a.yml': SCRIPT_WORKFLOW('a', 'ok.ts'), 'ok.ts': 'export default () => 1' })
    const missing = await runAction({ action: actionPath(), node: actionNode(), workspace: ws, eventName: 'push', event: {}, inputs: {}, env: { GITHUB_EVENT_PATH: '/nonexistent/event.json' } })
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toContain('::error::/nonexistent/event.json: the event payload file cannot be read')
    const garbage = makeWorkspace({ 'event.json': '{not json' })
    const bad = await runAction({ action: actionPath(), node: actionNode(), workspace: ws, eventName: 'push', event: {}, inputs: {}, env: { GITHUB_EVENT_PATH: `${garbage}/event.json` } })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout).toMatch(/::error::.*event.json: the event payload is not JSON/)
    expect(sandbox.calls).toHaveLength(0)
  })
})

describe('bad configs and scripts', () => {
  const GOOD = SCRIPT_WORKFLOW('good', 'scripts/good.ts')
  const files = {
    'scripts/good.ts': `import type { Handler } from 'hybrid-coordinator'\nconst h: Handler = async (_t, tools) => {\n  const m = await tools.slack.get_messages({ limit: 1 })\n  return { read: m.length }\n}\nexport default h\n`,
    'scripts/syntax.ts': 'export default async () => {\n  const x = ;\n}\n',
    'scripts/nohandler.ts': 'export const notAHandler = 1\n',
    'scripts/throws.ts': 'export async function handler() {\n  await Promise.resolve()\n  throw new Error("boom")\n}\n',
    'scripts/hangs.mjs':
      'export default async (t, tools) => {\n  await new Promise((r) => setTimeout(r, 3000))\n  await tools.slack.add_reacji({ channel: "C0123456789", ts: "1732405400.000100" }, "merged")\n}\n',
    'scripts/returns-fn.js': 'export default async () => () => 1\n',
    'scripts/overlimit.ts': `export default async (_t: unknown, tools: any) => {\n  const msgs = await tools.slack.get_messages({ limit: 10 })\n  const results = await Promise.allSettled(msgs.map((m: unknown) => tools.slack.add_reacji(m, 'merged')))\n  await tools.slack.add_reacji({ channel: 'C0999999999', ts: '1.1' }, 'merged').catch(() => undefined)\n  return results.map((r) => r.status)\n}\n`,
    '.github/coordinator/good.yml': GOOD,
    '.github/coordinator/invalid-yaml.yml': 'on: [push\n',
    '.github/coordinator/unknown-key.yml': SCRIPT_WORKFLOW('unknown-key', 'scripts/good.ts', 'colour: blue\n'),
    '.github/coordinator/wrong-type.yml': 'on: push\nprompt: hi\nmax_turns: "ten"\n',
    '.github/coordinator/no-script.yml': 'on: pull_request\ncoordinator: script\n',
    '.github/coordinator/missing-script.yml': SCRIPT_WORKFLOW('missing-script', 'scripts/nope.ts'),
    '.github/coordinator/escaping-script.yml': SCRIPT_WORKFLOW('escaping-script', '../../etc/evil.ts'),
    '.github/coordinator/unknown-tool.yml': 'on: pull_request\nprompt: hi\ntools: [slack.nuke]\n',
    '.github/coordinator/mixed.yml': SCRIPT_WORKFLOW('mixed', 'scripts/good.ts', 'prompt_file: x.md\n'),
    '.github/coordinator/escaping-file.yml': SCRIPT_WORKFLOW('escaping-file', 'scripts/good.ts', 'virtual_files:\n  - path: ../secrets.txt\n'),
    '.github/coordinator/duplicate.yml': SCRIPT_WORKFLOW('good', 'scripts/good.ts'),
    '.github/coordinator/s-syntax.yml': SCRIPT_WORKFLOW('s-syntax', 'scripts/syntax.ts'),
    '.github/coordinator/s-nohandler.yml': SCRIPT_WORKFLOW('s-nohandler', 'scripts/nohandler.ts'),
    '.github/coordinator/s-throws.yml': SCRIPT_WORKFLOW('s-throws', 'scripts/throws.ts'),
    '.github/coordinator/s-hangs.yml': SCRIPT_WORKFLOW('s-hangs', 'scripts/hangs.mjs', 'timeout_seconds: 1\n'),
    '.github/coordinator/s-returns-fn.yml': SCRIPT_WORKFLOW('s-returns-fn', 'scripts/returns-fn.js'),
    '.github/coordinator/s-overlimit.yml': SCRIPT_WORKFLOW('s-overlimit', 'scripts/overlimit.ts', 'limits:\n  slack.add_reacji: 2\n')
  }

  it('rejects each bad config with an annotation naming file, key and line; fails each bad script; runs the rest', async () => {
    const ws = makeWorkspace(files)
    const run = await runAgainstSandbox(sandbox, ws)
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    const at = (file: string) => errors.find((a) => a.file === file)
    const cfg = (n: string) => `.github/coordinator/${n}.yml`
    expect(at(cfg('invalid-yaml'))).toMatchObject({ line: 2, message: expect.stringMatching(/invalid YAML/) })
    expect(at(cfg('unknown-key'))).toMatchObject({ line: 7, message: expect.stringMatching(/colour: unknown key/) })
    expect(at(cfg('wrong-type'))).toMatchObject({ line: 3, message: 'max_turns: expected number, got string "ten"' })
    expect(at(cfg('no-script'))?.message).toMatch(/coordinator_script: is required with coordinator: script/)
    expect(at(cfg('missing-script'))).toMatchObject({ line: 4, message: expect.stringMatching(/"scripts\/nope.ts" does not exist/) })
    expect(at(cfg('escaping-script'))?.message).toMatch(/leaves the workspace/)
    expect(at(cfg('unknown-tool'))?.message).toMatch(/unknown tool "slack.nuke"/)
    expect(at(cfg('mixed'))?.message).toMatch(/prompt_file: is a key of coordinator: llm/)
    expect(at(cfg('escaping-file'))?.message).toMatch(/virtual_files: "..\/secrets.txt" leaves the workspace/)
    expect(at(cfg('good')) ?? at(cfg('duplicate'))).toMatchObject({ message: expect.stringMatching(/name "good" is already used by/) })

    const results = Object.fromEntries(run.results.map((r) => [r.workflow, r]))
    expect(results.good).toMatchObject({ status: 'succeeded', result: { read: 1 } })
    expect(at('scripts/syntax.ts')).toMatchObject({ line: 2, message: expect.stringMatching(/TypeScript does not compile/) })
    expect(at('scripts/nohandler.ts')?.message).toMatch(/exports no handler: expected `export default async function/)
    expect(at('scripts/throws.ts')).toMatchObject({ line: 3, message: expect.stringMatching(/scripts\/throws.ts:3: the script threw: boom/) })
    expect(results['s-hangs']).toMatchObject({ status: 'failed', error: 'timed out: the workflow ran past timeout_seconds (1 s)' })
    expect(results['s-returns-fn']).toMatchObject({ status: 'failed', error: expect.stringMatching(/not JSON: result is a function/) })
    // Over the limit: two reactions sent, the rest refused and never sent; outside allow: refused.
    expect(results['s-overlimit']).toMatchObject({ status: 'succeeded' })
    expect((results['s-overlimit'].result as string[]).filter((s) => s === 'fulfilled')).toHaveLength(2)
    expect(run.summary).toMatch(/refused by limits.slack.add_reacji|limits.slack.add_reacji/)
    expect(run.summary).toContain('allow.slack_channels')
    expect(sandbox.state.slack.channels[DEMO.otherChannel].messages.every((m) => m.reactions.length === 0)).toBe(true)
    // No rejected config and no failing script ran a tool: the only mutations are s-overlimit's two.
    // The hung script's late add_reacji is refused, not sent.
    expect(reactionCalls()).toHaveLength(2)
    expect(run.outputs.matched.split(',').sort()).toEqual(['good', 's-hangs', 's-nohandler', 's-overlimit', 's-returns-fn', 's-syntax', 's-throws'])
  }, 30_000)
})
