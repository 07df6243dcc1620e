import { beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO } from '../../src/sandbox/state.js'
import { parseTrace } from '../../src/cli/trace-file.js'
import { MISSES_CLOSED_SCRIPT, cli, exampleWorkspace, recordTrace, traceLines, writeTrace } from './helpers.js'

/** ts of the messages whose PR is closed without merging: what the buggy rewrite misses. */
const CLOSED_TS = DEMO.messages.filter((m) => m.prState === 'closed').map((m) => m.ts)

let root: string
/** A run of the llm workflow, and of the script workflow, both recorded by the engine against the sandbox. */
let llmTrace: string
let scriptTrace: string

beforeAll(async () => {
  root = exampleWorkspace({ 'scripts/misses_closed.ts': MISSES_CLOSED_SCRIPT })
  llmTrace = await recordTrace(root, 'pr-merged-llm')
  scriptTrace = await recordTrace(root, 'pr-merged-reacji')
})

const scratch = () => mkdtempSync(join(tmpdir(), 'hc-replay-'))

describe('hybrid-coordinator replay', () => {
  it('passes a faithful script on an llm trace: every recorded mutation beside the same planned one', async () => {
    const r = await cli(root, ['replay', llmTrace, '--script', 'scripts/pr_merged.ts'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('pr-merged-llm  pull_request.closed  (recorded: llm, succeeded; replayed: scripts/pr_merged.ts)')
    for (const ts of DEMO.expectMergedTs) {
      expect(r.out).toContain(`=  slack.add_reacji ${DEMO.channel} ${ts} :merged:`)
    }
    expect(r.out).not.toContain('≠')
    expect(r.out).toContain(`agrees: ${DEMO.expectMergedTs.length} mutations on both sides`)
  })

  it('replays a script workflow with its own coordinator_script by default', async () => {
    const r = await cli(root, ['replay', scriptTrace])
    expect(r.code).toBe(0)
    expect(r.out).toContain('replayed: scripts/pr_merged.ts')
  })

  it('catches a script that misses closed pull requests, and exits 1', async () => {
    const r = await cli(root, ['replay', llmTrace, '--script', 'scripts/misses_closed.ts'])
    expect(r.code).toBe(1)
    for (const ts of CLOSED_TS) {
      expect(r.out).toMatch(new RegExp(`≠  slack\\.add_reacji ${DEMO.channel} ${ts.replace('.', '\\.')} :merged:\\s+—`))
    }
    expect(r.out).toContain(`differs: ${CLOSED_TS.length} recorded but not planned`)
  })

  it('reports a read the trace never recorded as a divergence, not a crash', async () => {
    const reads20 = readFileSync(join(root, 'scripts/pr_merged.ts'), 'utf8').replace('get_messages({ limit: 10 })', 'get_messages({ limit: 20 })')
    writeFileSync(join(root, 'scripts/reads20.ts'), reads20)
    const r = await cli(root, ['replay', llmTrace, '--script', 'scripts/reads20.ts'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('≠  read the trace never recorded: slack.get_messages {"limit":20}')
    expect(r.out).toMatch(/the script failed: scripts\/reads20\.ts:\d+: the script threw: slack\.get_messages: the recording has no answer for this read/)
    expect(r.out).toContain('1 read(s) the trace never recorded')
    expect(r.err).toBe('')
  })

  it('replays a Python script too, through the Python coordinator bridge', async () => {
    copyFileSync('scripts/pr_merged.py', join(root, 'scripts/pr_merged.py'))
    const r = await cli(root, ['replay', llmTrace, '--script', 'scripts/pr_merged.py', '--python', '/usr/bin/python3'])
    expect(r.out).toContain('replayed: scripts/pr_merged.py')
    expect(r.out).toContain(`agrees: ${DEMO.expectMergedTs.length} mutations on both sides`)
    expect(r.code).toBe(0)
  })

  it('answers subagent calls from the recording, and reports one it never recorded', async () => {
    const lines = traceLines(scriptTrace)
    const end = lines.findIndex((l) => l.type === 'workflow_end')
    lines.splice(end, 0, { type: 'subagent', workflow: 'pr-merged-reacji', method: 'summarize', input: 'x', output: 'five marked' })
    const file = writeTrace(join(scratch(), 'subagent.jsonl'), lines)
    const base = readFileSync(join(root, 'scripts/pr_merged.ts'), 'utf8')
    writeFileSync(
      join(root, 'scripts/summarizes.ts'),
      base.replace('return { checked', 'const note = await subagent.summarize(toMark)\n  return { note, checked').replace('async (trigger, tools)', 'async (trigger, tools, _files, subagent)')
    )
    const once = await cli(root, ['replay', file, '--script', 'scripts/summarizes.ts'])
    expect(once.out).toContain('agrees: 5 mutations on both sides')
    expect(once.code).toBe(0)
    writeFileSync(
      join(root, 'scripts/summarizes_twice.ts'),
      readFileSync(join(root, 'scripts/summarizes.ts'), 'utf8').replace(
        'const note = await subagent.summarize(toMark)',
        'const note = (await subagent.summarize(toMark)) + (await subagent.summarize(toMark))'
      )
    )
    const twice = await cli(root, ['replay', file, '--script', 'scripts/summarizes_twice.ts'])
    expect(twice.code).toBe(1)
    expect(twice.out).toContain('≠  subagent.summarize: the trace recorded no answer for it')
  })

  it('tallies a folder of traces ("N of M events agree") and skips traces of other workflows', async () => {
    const dir = scratch()
    copyFileSync(llmTrace, join(dir, 'a.jsonl'))
    // Another event, recorded after PR 21 was reopened: the same script, a different world.
    await recordTrace(root, 'pr-merged-llm', { traceDir: join(dir, 'artifact-2'), state: (s) => Object.assign(s.github.repos[DEMO.repo].pulls['21'], { state: 'open', closed_at: null }) })
    copyFileSync(scriptTrace, join(dir, 'other-workflow.jsonl'))
    const ok = await cli(root, ['replay', dir, '--workflow', 'pr-merged-llm', '--script', 'scripts/pr_merged.ts'])
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('2 of 2 events agree; 1 skipped')

    const bad = await cli(root, ['replay', dir, '--workflow', 'pr-merged-llm', '--script', 'scripts/misses_closed.ts'])
    expect(bad.code).toBe(1)
    // With PR 21 open, only PR 23 is closed-unmerged there: both events still differ.
    expect(bad.out).toContain('0 of 2 events agree; 2 differ, 1 skipped')
  })

  it('counts agreeing and differing events in a folder', async () => {
    const dir = scratch()
    copyFileSync(llmTrace, join(dir, 'with-closed.jsonl'))
    // An event where no PR is closed without merging: the buggy script agrees there.
    await recordTrace(root, 'pr-merged-llm', {
      traceDir: join(dir, 'no-closed'),
      state: (s) => {
        for (const n of ['21', '23']) Object.assign(s.github.repos[DEMO.repo].pulls[n], { state: 'open', closed_at: null })
      }
    })
    const r = await cli(root, ['replay', dir, '--script', 'scripts/misses_closed.ts'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('1 of 2 events agree; 1 differ')
    expect(r.out).toMatch(/= .*no-closed\/trace-.*\.jsonl {2}pr-merged-llm {2}pull_request\.closed: \d+ mutations agree/)
  })

  describe('bad traces: a clear one-line message, no crash', () => {
    it('a truncated trace whose workflow had not ended', async () => {
      const lines = readFileSync(llmTrace, 'utf8').split('\n')
      const cut = lines.findIndex((l) => l.includes('"type":"tool_call"') && l.includes('"slack.add_reacji"'))
      const file = join(scratch(), 'cut.jsonl')
      writeFileSync(file, `${lines.slice(0, cut).join('\n')}\n${lines[cut].slice(0, 40)}`)
      const r = await cli(root, ['replay', file, '--script', 'scripts/pr_merged.ts'])
      expect(r.code).toBe(1)
      expect(r.out.trim()).toBe(`${file}:${cut + 1}: is truncated (line ${cut + 1} is cut off) before workflow pr-merged-llm ended: it cannot be replayed`)
      const early = join(scratch(), 'early.jsonl')
      writeFileSync(early, `${lines.slice(0, 2).join('\n')}\n${lines[2].slice(0, 30)}`)
      expect((await cli(root, ['replay', early])).out.trim()).toBe(`${early}:3: is truncated (line 3 is cut off) before any workflow started: nothing to replay`)
    })

    it('a truncated trace whose workflow ended before the cut: says so, replays what is complete', async () => {
      const file = join(scratch(), 'tail.jsonl')
      const lines = traceLines(llmTrace)
      writeTrace(file, lines, '{"type":"workflow_start","workf')
      const r = await cli(root, ['replay', file, '--script', 'scripts/pr_merged.ts'])
      expect(r.code).toBe(0)
      expect(r.out).toContain(`${file}:${lines.length + 1}: the trace is truncated (this line is cut off); workflow pr-merged-llm ended before it, so its complete part is replayed`)
      expect(r.out).toContain('agrees:')
    })

    it('a trace of another workflow, with --workflow', async () => {
      const r = await cli(root, ['replay', scriptTrace, '--workflow', 'pr-merged-llm'])
      expect(r.code).toBe(1)
      expect(r.out.trim()).toBe(`${scriptTrace}: is a trace of pr-merged-reacji, not of workflow pr-merged-llm`)
    })

    it('an older, a newer, or no trace format', async () => {
      const dir = scratch()
      const [head, ...rest] = traceLines(llmTrace)
      const older = writeTrace(join(dir, 'older.jsonl'), [{ ...head, format: 0 }, ...rest])
      const newer = writeTrace(join(dir, 'newer.jsonl'), [{ ...head, format: 2 }, ...rest])
      const notATrace = writeTrace(join(dir, 'events.jsonl'), [{ action: 'closed' }])
      const o = await cli(root, ['replay', older, '--script', 'scripts/pr_merged.ts'])
      expect(o.code).toBe(1)
      expect(o.out.trim()).toBe(`${older}:1: is an older trace format (0) than this version reads (format 1): re-record it with this version`)
      expect((await cli(root, ['replay', newer])).out).toContain(':1: is a newer trace format (2) than this version reads (format 1)')
      expect((await cli(root, ['replay', notATrace])).out).toContain(':1: is not a Hybrid Coordinator trace: its first line is not the {"type":"run"} header')
    })

    it('an empty file, a damaged middle line', async () => {
      const dir = scratch()
      const empty = join(dir, 'empty.jsonl')
      writeFileSync(empty, '')
      expect((await cli(root, ['replay', empty])).out.trim()).toBe(`${empty}: is empty: expected a Hybrid Coordinator trace (JSON lines)`)
      const lines = readFileSync(llmTrace, 'utf8').split('\n')
      lines[2] = lines[2].slice(0, 10)
      const damaged = join(dir, 'damaged.jsonl')
      writeFileSync(damaged, lines.join('\n'))
      const r = await cli(root, ['replay', damaged])
      expect(r.code).toBe(1)
      expect(r.out).toMatch(new RegExp(`^${damaged}:3: is not valid JSON \\(.*\\): the trace is damaged\\n$`))
    })
  })

  it('needs a script for an llm workflow, and refuses missing files with exit 2', async () => {
    const noScript = await cli(root, ['replay', llmTrace])
    expect(noScript.code).toBe(2)
    expect(noScript.err.trim()).toBe(`${llmTrace}: workflow pr-merged-llm is coordinator: llm with no shadow_script: pass --script FILE to name the script to replay`)
    const missing = await cli(root, ['replay', 'traces/nope.jsonl'])
    expect(missing.code).toBe(2)
    expect(missing.err.trim()).toBe('traces/nope.jsonl: does not exist: expected a trace file or a folder of traces')
    const missingScript = await cli(root, ['replay', llmTrace, '--script', 'scripts/nope.ts'])
    expect(missingScript.code).toBe(2)
    expect(missingScript.err.trim()).toBe('scripts/nope.ts: does not exist: expected the script to replay')
    const emptyDir = scratch()
    mkdirSync(join(emptyDir, 'sub'))
    expect((await cli(root, ['replay', emptyDir])).err.trim()).toBe(`${emptyDir}: holds no trace (*.jsonl): expected the trace files of recorded runs`)
  })

  it('parses a trace into its workflows and calls', () => {
    const run = parseTrace('t.jsonl', readFileSync(llmTrace, 'utf8'))
    expect(run.trigger).toMatchObject({ event: 'pull_request', action: 'closed', repository: DEMO.repo })
    expect(run.workflows.map((w) => [w.name, w.coordinator, w.end?.status])).toEqual([['pr-merged-llm', 'llm', 'succeeded']])
    expect(run.workflows[0].calls.filter((c) => c.mutates)).toHaveLength(DEMO.expectMergedTs.length)
  })
})
