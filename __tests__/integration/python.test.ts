import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { itOnNode24, makeWorkspace, runAgainstSandbox, reactedTs, answeredReactionCalls, scriptWorkflowYaml, useSandbox } from '../helpers/workspace.js'

// Python coordinator scripts through the bundled action (HC_ACTION for a private build),
// against the sandbox. The `python` input is /usr/bin/python3 where it exists (a pyenv
// shim on PATH costs 180 ms a start); the seed's run keeps the input's default.
const PYTHON = process.env.HC_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')
const OLD_PYTHON = ['/root/.pyenv/versions/3.8.18/bin/python3'].find((p) => existsSync(p))

let sandbox: Sandbox
useSandbox({}, (s) => {
  sandbox = s
})

const repoRoot = resolve('.')
const reacted = () => reactedTs(sandbox)
const reactionCalls = () => answeredReactionCalls(sandbox)

const PY_WORKFLOW = scriptWorkflowYaml

function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('the seed in Python (workflows/pr_merged_py.yml + scripts/pr_merged.py)', () => {
  it('marks exactly the merged and closed PRs, with the python input left at its default', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-py' } })
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    expect(reacted()).toEqual([...DEMO.expectMergedTs].sort())
    for (const ts of DEMO.expectMergedTs) {
      const m = sandbox.state.slack.channels[DEMO.channel].messages.find((x) => x.ts === ts)!
      expect(m.reactions.find((r) => r.name === 'merged')!.users).toHaveLength(1)
    }
    expect(run.results).toHaveLength(1)
    expect(run.results[0]).toMatchObject({ workflow: 'pr-merged-py', coordinator: 'script', status: 'succeeded', error: null, result: { checked: 10 }, tool_calls: 1 + 8 + 5 })
    expect(run.summary).toContain('pr-merged-py: succeeded')

    const trace = readFileSync(run.outputs['trace-file'], 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    const calls = trace.filter((l) => l.type === 'tool_call')
    expect(calls.map((c) => c.tool)).toEqual(['slack.get_messages', ...calls.slice(1).map((c) => c.tool)])
    expect(calls.filter((c) => c.outcome === 'sent').map((c) => c.tool)).toEqual(Array(5).fill('slack.add_reacji'))
    expect(calls[0]).toMatchObject({ caller: 'script', input: { limit: 10 } })
  })

  it('in a dry run records the reactions and sends none', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-py', 'dry-run': 'true', python: PYTHON } })
    expect(run.exitCode).toBe(0)
    expect(reactionCalls()).toHaveLength(0)
    expect(reacted()).toEqual([DEMO.messages.find((m) => m.alreadyMerged)!.ts])
    expect(run.summary.match(/🧪 dry run \(not sent\)/g)).toHaveLength(5)
  })

  itOnNode24("runs the same on Node 24, the runner's node", async (node) => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'pr-merged-py', python: PYTHON }, node })
    expect(run.exitCode).toBe(0)
    expect(reacted()).toEqual([...DEMO.expectMergedTs].sort())
  })
})

describe('Python scripts, each way they can go', () => {
  const files: Record<string, string> = {
    'scripts/util.py': 'def first_line(text):\n    return text.splitlines()[0]\n',
    'scripts/good.py': `from hybrid_coordinator import ToolError, ToolRefused
from util import first_line

def handler(trigger, tools, virtual_files, subagent):
    print("hello from good.py")
    msgs = tools.slack.get_messages(limit=3)
    newest = tools.slack.get_messages(1, "C0123456789")
    status = tools.github.get_status(url="https://github.com/octo-org/web/pull/12")
    errors = []
    try:
        tools.github.comment("octo-org/web#12", "hi")
    except ToolError as error:
        errors.append(str(error))
    tools.slack.add_reacji(msgs[0], name="merged")
    try:
        tools.slack.add_reacji(msgs[1], "merged")
    except ToolRefused as error:
        errors.append(error.guard)
    return {
        "read": len(msgs),
        "newest": newest[0]["ts"],
        "status": status,
        "files": virtual_files.list(),
        "policy": first_line(virtual_files.read("docs/policy.md")),
        "errors": errors,
        "event": trigger["event"],
    }
`,
    'docs/policy.md': 'Merged means done.\nSecond line.\n',
    'scripts/syntax.py': 'def handler(trigger, tools, virtual_files, subagent):\n    return (\n\nx = 1 +\n',
    'scripts/nohandler.py': 'def main(trigger):\n    return 1\n',
    'scripts/throws.py': 'def handler(trigger, tools, virtual_files, subagent):\n    msgs = tools.slack.get_messages(limit=1)\n    return msgs[0]["missing"]\n',
    'scripts/hangs.py': `import os, subprocess, sys, time

def handler(trigger, tools, virtual_files, subagent):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    with open(os.path.join(os.path.dirname(__file__), "grandchild.pid"), "w") as f:
        f.write(str(child.pid))
    time.sleep(30)
`,
    'scripts/crash.py': 'import os\n\ndef handler(trigger, tools, virtual_files, subagent):\n    os._exit(3)\n',
    'scripts/garbage.py': 'import os, time\n\ndef handler(*args):\n    os.write(3, b"this is not json\\n")\n    time.sleep(30)\n',
    'scripts/returns_set.py': 'def handler(trigger, tools, virtual_files, subagent):\n    return {"ids": {1, 2}}\n',
    'scripts/returns_object.py': 'class Thing:\n    pass\n\ndef handler(trigger, tools, virtual_files, subagent):\n    return Thing()\n',
    'scripts/async_handler.py': 'import asyncio\n\nasync def handler(trigger, tools, virtual_files, subagent):\n    await asyncio.sleep(0)\n    return len(tools.slack.get_messages(limit=2))\n',
    '.github/coordinator/good.yml': PY_WORKFLOW('py-good', 'scripts/good.py', 'limits: { slack.add_reacji: 1 }\nvirtual_files:\n  - path: docs/policy.md\n'),
    '.github/coordinator/syntax.yml': PY_WORKFLOW('py-syntax', 'scripts/syntax.py'),
    '.github/coordinator/nohandler.yml': PY_WORKFLOW('py-nohandler', 'scripts/nohandler.py'),
    '.github/coordinator/throws.yml': PY_WORKFLOW('py-throws', 'scripts/throws.py'),
    '.github/coordinator/hangs.yml': PY_WORKFLOW('py-hangs', 'scripts/hangs.py', 'timeout_seconds: 1\n'),
    '.github/coordinator/crash.yml': PY_WORKFLOW('py-crash', 'scripts/crash.py'),
    '.github/coordinator/garbage.yml': PY_WORKFLOW('py-garbage', 'scripts/garbage.py'),
    '.github/coordinator/returns-set.yml': PY_WORKFLOW('py-returns-set', 'scripts/returns_set.py'),
    '.github/coordinator/returns-object.yml': PY_WORKFLOW('py-returns-object', 'scripts/returns_object.py'),
    '.github/coordinator/async.yml': PY_WORKFLOW('py-async', 'scripts/async_handler.py')
  }

  it('fails each broken script with its file and line, and runs the others', async () => {
    const ws = makeWorkspace(files)
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { python: PYTHON } })
    expect(run.exitCode).toBe(1)
    const results = Object.fromEntries(run.results.map((r) => [r.workflow, r]))
    const errors = run.annotations.filter((a) => a.level === 'error')
    const at = (file: string) => errors.find((a) => a.file === file)

    // The good one: keyword and positional arguments, virtual files, a sibling import, a
    // caught ToolError and a caught refusal, print() in the log.
    expect(results['py-good']).toMatchObject({
      status: 'succeeded',
      result: {
        read: 3,
        newest: DEMO.messages[0].ts,
        status: 'merged',
        files: ['docs/policy.md', 'trigger.json'],
        policy: 'Merged means done.',
        errors: [expect.stringMatching(/github\.comment is not in this workflow's tools list/), 'limits.slack.add_reacji'],
        event: 'pull_request'
      }
    })
    expect(run.stdout).toContain('hello from good.py')
    expect(results['py-async']).toMatchObject({ status: 'succeeded', result: 2 })

    expect(results['py-syntax']).toMatchObject({ status: 'failed', error: expect.stringMatching(/^scripts\/syntax\.py:\d: the script does not parse: SyntaxError/) })
    expect(at('scripts/syntax.py')?.line).toBeGreaterThan(1)
    expect(results['py-nohandler'].error).toMatch(/scripts\/nohandler\.py: defines no handler/)
    expect(at('scripts/nohandler.py')).toMatchObject({ line: 1 })
    expect(results['py-throws'].error).toBe("scripts/throws.py:3: the script raised KeyError: 'missing'")
    expect(at('scripts/throws.py')).toMatchObject({ line: 3 })
    expect(run.stderr).toContain('Traceback (most recent call last)')
    expect(results['py-hangs']).toMatchObject({ status: 'failed', error: 'scripts/hangs.py:7: timed out: the workflow ran past timeout_seconds (1 s); the Python process group was killed' })
    expect(at('scripts/hangs.py')?.line).toBe(7)
    expect(run.stderr).toMatch(/scripts\/hangs\.py timed out at scripts\/hangs\.py:7/)
    const grandchild = Number(readFileSync(join(ws, 'scripts/grandchild.pid'), 'utf8'))
    expect(alive(grandchild)).toBe(false)
    expect(results['py-crash'].error).toMatch(/scripts\/crash\.py: the Python process exited with code 3 before the handler returned/)
    expect(results['py-garbage'].error).toMatch(/wrote something that is not JSON on the coordinator channel.*this is not json/)
    expect(results['py-returns-set'].error).toMatch(/the handler's return value is not JSON: result\['ids'\] is a set/)
    expect(results['py-returns-object'].error).toMatch(/the handler's return value is not JSON: result is a Thing/)

    // Only py-good's single reaction was sent; the refused one was not.
    expect(reactionCalls()).toHaveLength(1)
    expect(run.summary).toContain('limits.slack.add_reacji')
  }, 30_000)

  it('mode: validate checks that each script parses and defines a handler, running none', async () => {
    const ws = makeWorkspace(files)
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { python: PYTHON, mode: 'validate' } })
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors.find((a) => a.file === 'scripts/syntax.py')).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/does not parse/) })
    expect(errors.find((a) => a.file === 'scripts/nohandler.py')?.message).toMatch(/defines no handler/)
    expect(errors.filter((a) => /scripts\/(good|throws|hangs|crash)\.py/.test(a.file ?? ''))).toEqual([])
    expect(run.stdout).not.toContain('hello from good.py')
    expect(sandbox.calls).toHaveLength(0)
  })

  it('names the python input when the interpreter is missing', async () => {
    const ws = makeWorkspace({
      'scripts/good.py': files['scripts/good.py'],
      'scripts/util.py': files['scripts/util.py'],
      'docs/policy.md': 'x',
      '.github/coordinator/good.yml': files['.github/coordinator/good.yml']
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { python: 'python3-not-installed-hc' } })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/cannot start the Python interpreter "python3-not-installed-hc" \(the python input\): not found \(ENOENT\)/)
    })
    expect(run.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'scripts/good.py' })
  })

  ;(OLD_PYTHON ? it : it.skip)('says when the interpreter is too old', async () => {
    const ws = makeWorkspace({
      'scripts/good.py': files['scripts/good.py'],
      'scripts/util.py': files['scripts/util.py'],
      'docs/policy.md': 'x',
      '.github/coordinator/good.yml': files['.github/coordinator/good.yml']
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { python: OLD_PYTHON! } })
    expect(run.exitCode).toBe(1)
    expect(run.results[0].error).toMatch(/is Python 3\.8\.\d+; \.py coordinator scripts need Python 3\.9 or newer/)
  })
})
