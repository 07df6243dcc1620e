import { describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO } from '../../src/sandbox/state.js'
import { cli, exampleWorkspace, traceLines } from './helpers.js'

const traceOf = (out: string) => /^trace: (.+)$/m.exec(out)?.[1] ?? ''

describe('hybrid-coordinator run', () => {
  it('runs the pr_merged script workflow against the sandbox and prints the summary', async () => {
    const root = exampleWorkspace()
    const traceDir = mkdtempSync(join(tmpdir(), 'hc-run-'))
    const r = await cli(root, ['run', '--event', 'events/closed.json', '--sandbox', '--workflow', 'pr-merged-reacji', '--trace-dir', traceDir])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('event pull_request.closed (guessed from the payload')
    expect(r.out).toContain('the built-in sandbox')
    expect(r.out).toContain('✔ pr-merged-reacji: succeeded')
    // One sent reaction per merged or closed PR the seed links, none for the others.
    const sent = r.out.split('\n').filter((l) => l.includes('slack.add_reacji') && l.includes('sent'))
    expect(sent).toHaveLength(DEMO.expectMergedTs.length)
    for (const ts of DEMO.expectMergedTs) expect(r.out).toContain(`${DEMO.channel} ${ts} :merged:`)
    const trace = traceOf(r.out)
    expect(trace.startsWith(traceDir)).toBe(true)
    expect(traceLines(trace)[0]).toMatchObject({ type: 'run', format: 1 })
  })

  it('reports an llm workflow that is not one of the examples as failed: the scripted model says it only knows the examples', async () => {
    const root = exampleWorkspace({
      '.github/coordinator/triage.yml': 'name: triage\non: pull_request\ncoordinator: llm\nprompt: Label the pull request by its area.\ntools: [github.add_labels]\n'
    })
    const r = await cli(root, ['run', '--event', 'events/closed.json', '--sandbox', '--workflow', 'triage', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-run-'))])
    expect(r.code).toBe(1)
    expect(r.out).toContain('triage: failed')
    expect(r.out + r.err).toContain("the sandbox's scripted stand-in for Claude knows only the example tasks")
    expect(r.out).not.toContain('triage: succeeded')
  })

  it('runs the llm workflow with the fake model, and --dry-run sends nothing', async () => {
    const root = exampleWorkspace()
    const r = await cli(root, [
      'run',
      '--event',
      'events/closed.json',
      '--event-name',
      'pull_request',
      '--sandbox',
      '--dry-run',
      '--workflow',
      'pr-merged-llm',
      '--trace-dir',
      mkdtempSync(join(tmpdir(), 'hc-run-'))
    ])
    expect(r.code).toBe(0)
    expect(r.out).not.toContain('guessed')
    expect(r.out).toContain('coordinator llm')
    expect(r.out).toContain('LLM: 4 turn(s)')
    expect(r.out).toContain('dry run')
    expect(r.out).not.toMatch(/add_reacji.*\ssent/)
    expect(r.out).toContain(`effects: ${DEMO.expectMergedTs.length} (planned, none sent)`)
  })

  it('runs every workflow the event selects, and says so when none matches', async () => {
    const root = exampleWorkspace({ 'events/push.json': JSON.stringify({ ref: 'refs/heads/main', commits: [], repository: { full_name: 'octo-org/web' } }) })
    const all = await cli(root, ['run', '--event', 'events/closed.json', '--sandbox', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-run-'))])
    expect(all.code).toBe(0)
    expect(all.out).toContain('pr-merged-reacji: succeeded')
    expect(all.out).toContain('pr-merged-llm: succeeded')
    const none = await cli(root, ['run', '--event', 'events/push.json', '--sandbox', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-run-'))])
    expect(none.code).toBe(0)
    expect(none.out).toContain('event push (guessed')
    expect(none.out).toContain('No workflow config matched push: nothing ran.')
  })

  it("exits 1 with the script's file and line when a workflow fails", async () => {
    const root = exampleWorkspace({ 'scripts/pr_merged.ts': 'export default async function () {\n  throw new Error("boom")\n}\n' })
    const r = await cli(root, ['run', '--event', 'events/closed.json', '--sandbox', '--workflow', 'pr-merged-reacji', '--trace-dir', mkdtempSync(join(tmpdir(), 'hc-run-'))])
    expect(r.code).toBe(1)
    expect(r.out).toContain('✘ pr-merged-reacji: failed')
    expect(r.out).toMatch(/error: scripts\/pr_merged\.ts:2: the script threw: boom/)
  })

  it('without --sandbox and without tokens, names the environment variables to set, runs nothing and exits 2', async () => {
    const root = exampleWorkspace()
    const traceDir = mkdtempSync(join(tmpdir(), 'hc-run-'))
    const one = await cli(root, ['run', '--event', 'events/closed.json', '--workflow', 'pr-merged-reacji', '--trace-dir', traceDir], {})
    expect(one.code).toBe(2)
    expect(one.err).toBe(
      'run: no credentials: pr-merged-reacji needs SLACK_BOT_TOKEN or SLACK_TOKEN (slack.get_messages, slack.add_reacji); GITHUB_TOKEN or GH_TOKEN (github.get_status). Set them in the environment, or pass --sandbox to run against the built-in sandbox with no tokens\n'
    )
    expect(one.out).not.toContain('trace:')
    const all = await cli(root, ['run', '--event', 'events/closed.json', '--trace-dir', traceDir], { SLACK_BOT_TOKEN: 'xoxb-test', GITHUB_TOKEN: 'ghp_test' })
    expect(all.code).toBe(2)
    expect(all.err).toContain('pr-merged-llm needs ANTHROPIC_API_KEY (coordinator: llm)')
    expect(all.err).not.toContain('pr-merged-reacji needs')
  })

  it('refuses a missing or malformed event file, and a missing --event, with exit 2', async () => {
    const root = exampleWorkspace({ 'events/bad.json': '{ "action": ', 'events/list.json': '[1]' })
    const missing = await cli(root, ['run', '--event', 'events/nope.json'])
    expect(missing).toMatchObject({ code: 2, out: '' })
    expect(missing.err.trim()).toBe("events/nope.json: does not exist: expected the event's JSON payload")
    const bad = await cli(root, ['run', '--event', 'events/bad.json'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/^events\/bad\.json: is not JSON \(.*\): expected the event's JSON payload\n$/)
    expect((await cli(root, ['run', '--event', 'events/list.json'])).err).toContain("holds a list: expected the event's JSON object")
    const none = await cli(root, ['run'])
    expect(none.code).toBe(2)
    expect(none.err.trim().split('\n')).toHaveLength(1)
    expect(none.err).toContain('--event FILE is required')
  })
})
