import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { runPythonScript, validatePythonScript, type PythonScriptRun } from '../../src/coordinators/python/index.js'
import { measurePythonBridge } from '../../src/coordinators/python-bench.js'
import { Toolbox } from '../../src/tools/toolbox.js'
import { Guards } from '../../src/tools/guards.js'
import { findTool } from '../../src/tools/registry.js'
import { VirtualFileStore } from '../../src/virtual-files.js'
import { ScriptError } from '../../src/errors.js'
import type { Trigger } from '../../src/trigger.js'
import type { Subagent } from '../../src/coordinators/subagent.js'
import type { SlackClient } from '../../src/clients/types.js'
import { makeWorkspace } from '../helpers/workspace.js'

// Real interpreters: /usr/bin/python3 starts in about 12 ms where a pyenv shim takes 180.
const PYTHON = process.env.HC_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')
// Interpreters too old, where this machine has them (pyenv); the bootstrap must parse on 2.7 too.
const OLD_PYTHONS = ['/root/.pyenv/versions/3.8.18/bin/python3', '/root/.pyenv/versions/2.7.18/bin/python2'].filter((p) => existsSync(p))

const CHANNEL = 'C0123456789'
const MESSAGES = [
  { ts: '1700000002.000100', text: 'Shipped <https://github.com/octo-org/web/pull/12|#12>', user: 'U1' },
  { ts: '1700000001.000100', text: 'Deploy window moves', user: 'U2' }
]

const trigger: Trigger = { event: 'pull_request', action: 'closed', payload: { number: 12 }, repository: 'octo-org/web', ref: 'refs/heads/main', sha: 'a'.repeat(40), actor: 'octocat' }

class Collect extends Writable {
  text = ''
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

const subagent: Subagent = {
  run: async (instructions, input) => `ran: ${instructions} ${JSON.stringify(input ?? null)}`,
  json: async (_i, input) => ({ echoed: input }),
  summarize: async () => {
    throw new Error('no Anthropic API key')
  },
  call: async (name, input, files) => `${name}(${JSON.stringify(input)}, ${JSON.stringify(files ?? null)})`
}

function setup(files: Record<string, string>, options: { dryRun?: boolean; signal?: AbortSignal; python?: string } = {}) {
  const root = makeWorkspace(files)
  const reactions: Array<{ channel: string; timestamp: string; name: string }> = []
  const slack = {
    conversations: { history: async ({ limit }: { limit: number }) => ({ ok: true, messages: MESSAGES.slice(0, limit) }) },
    reactions: { add: async (r: { channel: string; timestamp: string; name: string }) => void reactions.push(r) }
  } as unknown as SlackClient
  const store = new VirtualFileStore([['notes.md', 'hello notes']])
  const toolbox = new Toolbox({
    workflow: 'py-test',
    tools: ['slack.get_messages', 'slack.add_reacji', 'files.list', 'files.read'].map((n) => findTool(n)!),
    dryRun: options.dryRun ?? false,
    callIdPrefix: 'test',
    guards: new Guards({ limits: { 'slack.add_reacji': 1 }, allow: { slack_reactions: ['merged'] }, slackChannel: CHANNEL, repository: 'octo-org/web' }),
    context: {
      trigger,
      slackChannel: CHANNEL,
      files: store,
      github: async () => {
        throw new Error('no GitHub in this test')
      },
      slack: async () => slack
    }
  })
  const stdout = new Collect()
  const stderr = new Collect()
  const run: PythonScriptRun = {
    python: options.python ?? PYTHON,
    script: 'scripts/x.py',
    localPath: join(root, 'scripts/x.py'),
    root,
    trigger,
    toolbox,
    files: store,
    subagent,
    subagents: ['classifier'],
    signal: options.signal,
    stdout,
    stderr
  }
  return { run, toolbox, reactions, stdout, stderr, root }
}

/** Running, not gone nor a zombie waiting for init to reap it. */
function alive(pid: number): boolean {
  if (!existsSync('/proc')) {
    try {
      process.kill(pid, 0)
      return true
    } catch {
      return false
    }
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function failure(promise: Promise<unknown>): Promise<ScriptError> {
  const error = await promise.then(
    (value) => new Error(`expected a failure, got ${JSON.stringify(value)}`),
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(ScriptError)
  return error as ScriptError
}

const SEED = `import re

PR_LINK = re.compile(r"https?://[^\\s|>]+/[\\w.-]+/[\\w.-]+/pull/\\d+")

def extract_pr_urls(text):
    return list(dict.fromkeys(PR_LINK.findall(text)))

def handler(trigger, tools, virtual_files, subagent):
    messages = tools.slack.get_messages(limit=10)
    marked = []
    for msg in messages:
        for url in extract_pr_urls(msg["text"]):
            tools.slack.add_reacji(msg, "merged")
            marked.append(msg["ts"])
            break
    return {"marked": marked, "event": trigger["event"]}
`

describe('the Python bridge', () => {
  it('runs a handler: keyword and positional tool arguments, the trigger, a JSON result', async () => {
    const { run, reactions, toolbox } = setup({ 'scripts/x.py': SEED })
    await expect(runPythonScript(run)).resolves.toEqual({ marked: ['1700000002.000100'], event: 'pull_request' })
    expect(reactions).toEqual([{ channel: CHANNEL, timestamp: '1700000002.000100', name: 'merged' }])
    expect(toolbox.records.map((r) => [r.tool, r.outcome])).toEqual([
      ['slack.get_messages', 'read'],
      ['slack.add_reacji', 'sent']
    ])
    expect(toolbox.records[0].input).toEqual({ limit: 10 })
  })

  it('maps positional arguments, and None as "not given"', async () => {
    const { run, toolbox } = setup({
      'scripts/x.py': `def handler(trigger, tools, virtual_files, subagent):
    a = tools.slack.get_messages(1)
    b = tools.slack.get_messages(1, None)
    c = tools.slack.get_messages(limit=1, channel=None)
    return [len(a), len(b), len(c)]
`
    })
    await expect(runPythonScript(run)).resolves.toEqual([1, 1, 1])
    expect(toolbox.records.every((r) => r.outcome === 'read')).toBe(true)
  })

  it('sends nothing in a dry run, and records the planned call', async () => {
    const { run, reactions, toolbox } = setup({ 'scripts/x.py': SEED }, { dryRun: true })
    await runPythonScript(run)
    expect(reactions).toEqual([])
    expect(toolbox.records[1]).toMatchObject({ tool: 'slack.add_reacji', outcome: 'dry' })
  })

  it('raises ToolError for a tool error, which the script can catch and go on', async () => {
    const { run } = setup({
      'scripts/x.py': `from hybrid_coordinator import ToolError

def handler(trigger, tools, virtual_files, subagent):
    caught = []
    for call in (lambda: tools.github.get_status("octo-org/web#1"),
                 lambda: tools.slack.get_messages(limit="ten"),
                 lambda: tools.nosuch.tool()):
        try:
            call()
        except ToolError as error:
            caught.append([type(error).__name__, error.tool, str(error), error.args[0] == str(error)])
    return caught
`
    })
    const caught = (await runPythonScript(run)) as Array<[string, string, string, boolean]>
    expect(caught).toHaveLength(3)
    expect(caught[0][2]).toMatch(/github\.get_status is not in this workflow's tools list/)
    expect(caught[1]).toEqual(['ToolError', 'slack.get_messages', expect.stringMatching(/invalid input: limit/), true])
    expect(caught[2][2]).toMatch(/no tool named "nosuch.tool"/)
  })

  it('raises ToolRefused (a ToolError) with the guard when a limit refuses a call', async () => {
    const { run, reactions } = setup({
      'scripts/x.py': `from hybrid_coordinator import ToolError, ToolRefused

def handler(trigger, tools, virtual_files, subagent):
    msgs = tools.slack.get_messages()
    tools.slack.add_reacji(msgs[0], "merged")
    try:
        tools.slack.add_reacji(message=msgs[1], name="merged")
    except ToolRefused as error:
        return {"guard": error.guard, "target": error.target, "is_tool_error": isinstance(error, ToolError), "message": str(error)}
`
    })
    const result = (await runPythonScript(run)) as Record<string, unknown>
    expect(result).toMatchObject({ guard: expect.stringContaining('slack.add_reacji'), target: `${CHANNEL} 1700000001.000100 :merged:`, is_tool_error: true })
    expect(reactions).toHaveLength(1)
  })

  it('reads virtual files, and FileNotFoundError for a name that is not there', async () => {
    const { run } = setup({
      'scripts/x.py': `def handler(trigger, tools, virtual_files, subagent):
    try:
        virtual_files.read("missing.md")
    except FileNotFoundError as error:
        missing = str(error)
    return {"names": virtual_files.list(), "text": virtual_files.read("notes.md"), "via_tool": tools.files.read("notes.md", limit=5), "missing": missing}
`
    })
    await expect(runPythonScript(run)).resolves.toEqual({
      names: ['notes.md'],
      text: 'hello notes',
      via_tool: expect.stringMatching(/^hello/),
      missing: expect.stringContaining('no virtual file named "missing.md"')
    })
  })

  it('offers subagent.run/json/summarize/call, and SubagentError when one fails', async () => {
    const { run } = setup({
      'scripts/x.py': `from hybrid_coordinator import SubagentError

def handler(trigger, tools, virtual_files, subagent):
    out = [subagent.run("classify"), subagent.run("classify", {"a": 1}), subagent.json("x", [1, 2], {"type": "array"}),
           subagent.call("classifier", "text", ["notes.md"]), subagent.names]
    try:
        subagent.summarize("long text")
    except SubagentError as error:
        out.append(str(error))
    return out
`
    })
    await expect(runPythonScript(run)).resolves.toEqual(['ran: classify null', 'ran: classify {"a":1}', { echoed: [1, 2] }, 'classifier("text", ["notes.md"])', ['classifier'], 'no Anthropic API key'])
  })

  it('runs an async handler, with tools called from worker threads at once', async () => {
    const { run, toolbox } = setup({
      'scripts/x.py': `import asyncio

async def handler(trigger, tools, virtual_files, subagent):
    results = await asyncio.gather(*[asyncio.to_thread(tools.slack.get_messages, limit=n) for n in (1, 2, 1, 2)])
    return [len(r) for r in results]
`
    })
    await expect(runPythonScript(run)).resolves.toEqual([1, 2, 1, 2])
    expect(toolbox.records).toHaveLength(4)
  })

  it('passes a handler only the arguments it takes', async () => {
    const { run } = setup({ 'scripts/x.py': 'def handler(trigger):\n    return trigger["actor"]\n' })
    await expect(runPythonScript(run)).resolves.toBe('octocat')
  })

  it('imports sibling modules next to the script; print() goes to stdout, not the channel; input() reads EOF', async () => {
    const { run, stdout, stderr } = setup({
      'scripts/helpers.py': 'def shout(s):\n    return s.upper()\n',
      'scripts/x.py': `import sys
from helpers import shout

def handler(trigger, tools, virtual_files, subagent):
    print("hello from python")
    print("to stderr", file=sys.stderr)
    try:
        input()
    except EOFError:
        pass
    return shout("ok")
`
    })
    await expect(runPythonScript(run)).resolves.toBe('OK')
    expect(stdout.text).toBe('hello from python\n')
    expect(stderr.text).toContain('to stderr')
  })

  it("keeps the action's inputs (tokens) out of the script's environment", async () => {
    const { run } = setup({ 'scripts/x.py': 'import os\ndef handler(*a):\n    return [os.environ.get("INPUT_SLACK-TOKEN"), os.environ.get("HC_TEST_KEEP")]\n' })
    process.env['INPUT_SLACK-TOKEN'] = 'xoxb-secret'
    process.env.HC_TEST_KEEP = 'kept'
    try {
      await expect(runPythonScript(run)).resolves.toEqual([null, 'kept'])
    } finally {
      delete process.env['INPUT_SLACK-TOKEN']
      delete process.env.HC_TEST_KEEP
    }
  })

  it('returns None as null', async () => {
    const { run } = setup({ 'scripts/x.py': 'def handler(trigger, tools, virtual_files, subagent):\n    pass\n' })
    await expect(runPythonScript(run)).resolves.toBeNull()
  })
})

describe('the Python bridge, failing', () => {
  it('a syntax error: file and line', async () => {
    const { run } = setup({ 'scripts/x.py': 'def handler(trigger, tools, virtual_files, subagent):\n    return (\n\nx = 1 +\n' })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/^scripts\/x\.py:\d: the script does not parse: SyntaxError/)
    expect(error.location.file).toBe('scripts/x.py')
    expect(error.location.line).toBeGreaterThan(1)
  })

  it('a syntax error in a module the script imports names that module', async () => {
    const { run } = setup({ 'scripts/lib/bad.py': 'def f(:\n', 'scripts/lib/__init__.py': '', 'scripts/x.py': 'from lib import bad\ndef handler(*a):\n    pass\n' })
    const error = await failure(runPythonScript(run))
    expect(error.location).toEqual({ file: 'scripts/lib/bad.py', line: 1 })
  })

  it('no handler', async () => {
    const { run } = setup({ 'scripts/x.py': 'def main(trigger):\n    pass\n' })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/defines no handler/)
    expect(error.location).toEqual({ file: 'scripts/x.py', line: 1 })
  })

  it('an uncaught exception: the line in the script, the traceback in the log', async () => {
    const { run, stderr } = setup({
      'scripts/x.py': `def handler(trigger, tools, virtual_files, subagent):
    messages = tools.slack.get_messages()
    return messages[0]["nope"]
`
    })
    const error = await failure(runPythonScript(run))
    expect(error.message).toBe("scripts/x.py:3: the script raised KeyError: 'nope'")
    expect(error.location).toEqual({ file: 'scripts/x.py', line: 3 })
    expect(stderr.text).toContain('Traceback')
    expect(stderr.text).not.toContain('hc_runner.py')
  })

  it('an uncaught ToolError points at the call in the script', async () => {
    const { run } = setup({ 'scripts/x.py': 'def handler(trigger, tools, virtual_files, subagent):\n    tools.github.get_status(12)\n' })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/^scripts\/x\.py:2: the script raised ToolError: github\.get_status is not in this workflow's tools list/)
  })

  it('an exception raised inside the standard library is placed at the script line that called it', async () => {
    const { run } = setup({ 'scripts/x.py': 'import json\n\ndef handler(*args):\n    return json.loads("{")\n' })
    const error = await failure(runPythonScript(run))
    expect(error.location).toEqual({ file: 'scripts/x.py', line: 4 })
    expect(error.message).toMatch(/JSONDecodeError/)
  })

  it('an exception while loading the script', async () => {
    const { run } = setup({ 'scripts/x.py': 'import nosuchmodule_hc\n' })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/^scripts\/x\.py:1: the script raised ModuleNotFoundError while loading/)
  })

  it.each([
    ['a set', 'return {1, 2}', /result is a set/],
    ['an object', 'return object()', /result is a object/],
    ['NaN', 'return [float("nan")]', /result\[0\] is nan/],
    ['non-string keys', 'return {1: "a"}', /JSON object keys are strings/]
  ])('a result that is not JSON: %s', async (_name, body, why) => {
    const { run } = setup({ 'scripts/x.py': `def handler(trigger, tools, virtual_files, subagent):\n    ${body}\n` })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/the handler's return value is not JSON/)
    expect(error.message).toMatch(why)
    expect(error.location).toEqual({ file: 'scripts/x.py', line: 1 })
  })

  it.each([
    ['os._exit(0)', 'import os\n    os._exit(0)', /exited with code 0 before the handler returned/],
    ['sys.exit(3) at load', null, /raised SystemExit while loading/],
    ['a segfault', 'import ctypes\n    ctypes.string_at(0)', /killed by SIGSEGV/],
    ['os._exit(5) after printing to stderr', 'import os, sys\n    sys.stderr.write("boom\\n")\n    os._exit(5)', /exited with code 5 before the handler returned: boom/]
  ])('a crash: %s', async (_name, body, why) => {
    const script = body === null ? 'import sys\nsys.exit(3)\n' : `def handler(trigger, tools, virtual_files, subagent):\n    ${body}\n`
    const { run } = setup({ 'scripts/x.py': script })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(why)
  })

  it('garbage on the channel', async () => {
    const { run } = setup({ 'scripts/x.py': 'import os, time\ndef handler(*a):\n    os.write(3, b"garbage\\n")\n    time.sleep(30)\n' })
    const started = Date.now()
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/wrote something that is not JSON on the coordinator channel.*"garbage"/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('a hang past the timeout: the whole process group is killed, grandchildren too', async () => {
    const controller = new AbortController()
    const { run, root } = setup(
      {
        'scripts/x.py': `import os, subprocess, sys, time
def handler(*a):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    open(os.path.join(os.path.dirname(__file__), "grandchild.pid"), "w").write(str(child.pid))
    while True:
        time.sleep(0.05)
`
      },
      { signal: controller.signal }
    )
    const pidFile = join(root, 'scripts/grandchild.pid')
    const promise = runPythonScript(run)
    for (let i = 0; i < 100 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50))
    expect(existsSync(pidFile)).toBe(true)
    const pid = Number(readFileSync(pidFile, 'utf8'))
    expect(alive(pid)).toBe(true)
    controller.abort(new Error('timed out: the workflow ran past timeout_seconds (1 s)'))
    const error = await failure(promise)
    expect(error.message).toMatch(/^scripts\/x\.py:[67]: timed out.*process group was killed/)
    expect(error.location).toEqual({ file: 'scripts/x.py', line: expect.any(Number) })
    expect([6, 7]).toContain(error.location.line) // in the loop
    for (let i = 0; i < 40 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50))
    expect(alive(pid)).toBe(false)
  })

  it('the interpreter missing: names the python input', async () => {
    const { run } = setup({ 'scripts/x.py': SEED }, { python: 'python3-not-installed-hc' })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/cannot start the Python interpreter "python3-not-installed-hc" \(the python input\): not found \(ENOENT\)/)
    expect(error.location.file).toBe('scripts/x.py')
  })

  ;(OLD_PYTHONS.length ? it.each(OLD_PYTHONS) : it.skip.each(['none here']))('the interpreter too old: %s', async (python) => {
    const { run } = setup({ 'scripts/x.py': SEED }, { python })
    const error = await failure(runPythonScript(run))
    expect(error.message).toMatch(/is Python (?:[23]\.\d+\.\d+|older than 3\.4 \(it does not know the -I option\)); \.py coordinator scripts need Python 3\.9 or newer/)
  })
})

describe('validatePythonScript', () => {
  const check = (text: string, python = PYTHON) => {
    const root = makeWorkspace({ 'scripts/x.py': text })
    return validatePythonScript(join(root, 'scripts/x.py'), 'scripts/x.py', python)
  }

  it('accepts a script with a top-level handler, without running it', async () => {
    await expect(check('raise SystemExit("must not run")\ndef handler(trigger, tools, virtual_files, subagent):\n    pass\n')).resolves.toBeUndefined()
    await expect(check('async def handler(*a):\n    pass\n')).resolves.toBeUndefined()
  })

  it('reports a syntax error with its line', async () => {
    const error = await check('def handler(:\n    pass\n')
    expect(error?.message).toMatch(/^scripts\/x\.py:1: the script does not parse: SyntaxError/)
    expect(error?.location).toEqual({ file: 'scripts/x.py', line: 1 })
    expect(error?.key).toBe('coordinator_script')
  })

  it('reports a missing handler', async () => {
    const error = await check('def main():\n    pass\n')
    expect(error?.message).toMatch(/defines no handler/)
  })

  it('reports a missing interpreter', async () => {
    const error = await check('def handler(): pass\n', 'python3-not-installed-hc')
    expect(error?.message).toMatch(/"python3-not-installed-hc" \(the python input\): not found/)
  })

  ;(OLD_PYTHONS.length ? it.each(OLD_PYTHONS) : it.skip.each(['none here']))('reports an interpreter too old: %s', async (python) => {
    const error = await check('def handler(): pass\n', python)
    expect(error?.message).toMatch(/need Python 3\.9 or newer/)
  })
})

describe('measurePythonBridge (for npm run bench)', () => {
  it('measures a round trip and the start-up', async () => {
    const times = await measurePythonBridge(PYTHON, 200, 3)
    // Loose bounds: this checks the measurement works; the bench reports the real figures.
    expect(times.medianRoundTripMs).toBeGreaterThan(0)
    expect(times.medianRoundTripMs).toBeLessThan(5)
    expect(times.interpreterStartMs).toBeGreaterThan(0)
    expect(Number.isFinite(times.startupMs)).toBe(true)
  })
})
