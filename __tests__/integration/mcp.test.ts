import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { AnthropicFake } from '../../src/sandbox/anthropic.js'
import { serveHttp, type TicketsHttp } from '../../src/sandbox/mcp-tickets-http.js'
import { makeWorkspace, runAgainstSandbox, useSandbox } from '../helpers/workspace.js'

// MCP tools through the bundled action (dist/index.js), against the sandbox's example MCP
// server (node dist/sandbox.js mcp-tickets), started by the action as users' servers are.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
const SANDBOX_JS = resolve('dist/sandbox.js')
const repoRoot = resolve('.')

let sandbox: Sandbox
let fake: AnthropicFake
useSandbox({ policy: 'tickets' }, (s, f) => {
  sandbox = s
  fake = f!
})

/** A fresh call log for the example server: one JSON line per call it receives. */
function callLog(): { path: string; calls(): { tool?: string; arguments?: Record<string, unknown>; started?: string; pid: number }[] } {
  const path = join(mkdtempSync(join(tmpdir(), 'hc-mcp-')), 'calls.jsonl')
  return {
    path,
    calls: () =>
      existsSync(path)
        ? readFileSync(path, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l))
        : []
  }
}

/** `mcp_servers:` for the example server over stdio, with extra flags. */
function stdioServer(log: string, ...flags: string[]): string {
  return `mcp_servers:\n  tickets:\n    command: ${JSON.stringify(process.execPath)}\n    args: ${JSON.stringify([SANDBOX_JS, 'mcp-tickets', '--stdio', '--log', log, ...flags])}\n    read_only: [search, get]\n`
}

const SCRIPT_HEAD = 'name: w\non: { pull_request: { types: [closed] } }\ncoordinator: script\n'
const LLM_HEAD = 'name: w\non: { pull_request: { types: [closed] } }\ncoordinator: llm\nprompt: Keep the tickets in step.\nmax_turns: 5\n'

function traceOf(run: { outputs: Record<string, string> }): Record<string, unknown>[] {
  return readFileSync(run.outputs['trace-file']!, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
}

function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

describe('the examples (workflows/tickets_*.yml)', () => {
  it('a script calls tools.mcp.tickets.search and .create through the toolbox', async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'tickets-followup' } })
    expect(run.stderr).toBe('')
    expect(run.results[0]).toMatchObject({ workflow: 'tickets-followup', status: 'succeeded', result: { related: ['T-1'], created: 'Created T-4' }, tool_calls: 2 })
    const calls = traceOf(run).filter((l) => l.type === 'tool_call')
    expect(calls).toEqual([
      expect.objectContaining({ tool: 'mcp.tickets.search', caller: 'script', mutates: false, outcome: 'read', input: { query: 'login' } }),
      expect.objectContaining({ tool: 'mcp.tickets.create', caller: 'script', mutates: true, outcome: 'sent', output: { text: 'Created T-4', structuredContent: { id: 'T-4' } } })
    ])
    expect(run.summary).toContain('mcp.tickets.create')
  })

  it("the LLM is offered mcp_tickets_* with the server's own input schemas, and its calls pass the same toolbox", async () => {
    const run = await runAgainstSandbox(sandbox, repoRoot, { inputs: { 'config-dir': 'workflows', workflow: 'tickets-followup-llm' } })
    expect(run.stderr).toBe('')
    expect(run.results[0]).toMatchObject({ workflow: 'tickets-followup-llm', status: 'succeeded', result: 'Related open tickets: T-1. Created T-4' })
    const first = fake.requests[0]!
    const offered = (first.tools as { name: string; input_schema: Record<string, unknown> }[]).map((t) => t.name)
    expect(offered).toEqual(expect.arrayContaining(['mcp_tickets_search', 'mcp_tickets_create', 'files_list', 'files_read']))
    const search = (first.tools as { name: string; input_schema: Record<string, unknown> }[]).find((t) => t.name === 'mcp_tickets_search')!
    expect(search.input_schema).toMatchObject({ type: 'object', properties: { query: { type: 'string', minLength: 1 } }, required: ['query'] })
    const calls = traceOf(run).filter((l) => l.type === 'tool_call')
    expect(calls.map((c) => [c.tool, c.caller, c.outcome])).toEqual([
      ['mcp.tickets.search', 'llm', 'read'],
      ['mcp.tickets.create', 'llm', 'sent']
    ])
  })
})

describe('MCP tools from scripts', () => {
  it('Python calls tools.mcp.<server>.<tool>(**kwargs); an isError result raises ToolError', async () => {
    const log = callLog()
    const ws = makeWorkspace({
      '.github/coordinator/w.yml': `${SCRIPT_HEAD}coordinator_script: scripts/t.py\ntools: [mcp.tickets.search, mcp.tickets.get]\n${stdioServer(log.path)}`,
      'scripts/t.py': `from hybrid_coordinator import ToolError

def handler(trigger, tools, virtual_files, subagent):
    found = tools.mcp.tickets.search(query="deploy", status="open")
    try:
        tools.mcp.tickets.get(id="T-404")
        missing = None
    except ToolError as e:
        missing = str(e)
    return {"ids": [t["id"] for t in found["structuredContent"]["tickets"]], "text": found["text"], "missing": missing}
`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w', python: PYTHON } })
    expect(run.results[0]).toMatchObject({
      status: 'succeeded',
      result: { ids: ['T-2'], text: 'T-2 [open] Flaky deploy to staging', missing: 'mcp.tickets.get: the MCP server reported an error: no ticket T-404' }
    })
    expect(
      log
        .calls()
        .filter((c) => c.tool)
        .map((c) => [c.tool, c.arguments])
    ).toEqual([
      ['search', { query: 'deploy', status: 'open' }],
      ['get', { id: 'T-404' }]
    ])
  })

  it('a mutating MCP tool past its limit is refused and never sent', async () => {
    const log = callLog()
    const ws = makeWorkspace({
      '.github/coordinator/w.yml': `${SCRIPT_HEAD}coordinator_script: scripts/t.mjs\ntools: [mcp.tickets.*]\nlimits: { mcp.tickets.create: 1 }\n${stdioServer(log.path)}`,
      'scripts/t.mjs': `export default async (trigger, tools) => {
  const first = await tools.mcp.tickets.create({ title: 'First one' })
  let refused
  try { await tools.mcp.tickets.create('Second one') } catch (e) { refused = e.message }
  return { first: first.text, refused }
}
`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.results[0]).toMatchObject({ status: 'succeeded', result: { first: 'Created T-4' } })
    expect((run.results[0]!.result as { refused: string }).refused).toMatch(/^mcp\.tickets\.create: refused by limits\.mcp\.tickets\.create: at most 1 call/)
    expect(
      log
        .calls()
        .filter((c) => c.tool === 'create')
        .map((c) => c.arguments)
    ).toEqual([{ title: 'First one', body: '' }])
    const calls = traceOf(run).filter((l) => l.type === 'tool_call')
    expect(calls.map((c) => c.outcome)).toEqual(['sent', 'refused'])
  })

  it('in a dry run nothing reaches the mutating tool: the preview says so', async () => {
    const log = callLog()
    const ws = makeWorkspace({
      '.github/coordinator/w.yml': `${SCRIPT_HEAD}coordinator_script: scripts/t.mjs\ntools: [mcp.tickets.*]\n${stdioServer(log.path)}`,
      'scripts/t.mjs': `export default async (trigger, tools) => {
  const found = await tools.mcp.tickets.search({ query: 'login' })
  const made = await tools.mcp.tickets.create({ title: 'Verify the login fix' })
  return { found: found.structuredContent.tickets.length, made }
}
`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w', 'dry-run': 'true' } })
    expect(run.results[0]).toMatchObject({
      status: 'succeeded',
      result: { found: 1, made: { dry_run: true, text: 'dry run: mcp.tickets.create was recorded and not sent to the MCP server "tickets"' } }
    })
    expect(
      log
        .calls()
        .filter((c) => c.tool)
        .map((c) => c.tool)
    ).toEqual(['search'])
    expect(
      traceOf(run)
        .filter((l) => l.type === 'tool_call')
        .map((c) => [c.tool, c.outcome, c.sent])
    ).toEqual([
      ['mcp.tickets.search', 'read', true],
      ['mcp.tickets.create', 'dry', false]
    ])
  })
})

describe('MCP results for the model', () => {
  it("a big MCP result spills to a virtual file, as a built-in tool's does", async () => {
    const log = callLog()
    const ws = makeWorkspace({ '.github/coordinator/w.yml': `${LLM_HEAD}tools: [mcp.tickets.search]\n${stdioServer(log.path, '--many', '60')}` })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.results[0]!.status).toBe('succeeded')
    const second = JSON.stringify(fake.requests[1]!.messages)
    expect(second).toMatch(/stored as the virtual file \\"tool-results\/turn1-mcp_tickets_search-1-1\.json\\"/)
    expect(second).not.toContain('Safari')
  })
})

describe('bad MCP servers fail their workflow, naming the server', () => {
  it('a command that does not exist', async () => {
    const ws = makeWorkspace({
      '.github/coordinator/w.yml': `${SCRIPT_HEAD}coordinator_script: scripts/t.mjs\ntools: [mcp.tickets.search]\nmcp_servers:\n  tickets:\n    command: hc-no-such-command\n`,
      'scripts/t.mjs': `export default async (trigger, tools) => { try { await tools.mcp.tickets.search({ query: 'x' }) } catch {} ; return 'went on' }\n`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.exitCode).toBe(1)
    expect(run.results[0]).toMatchObject({ status: 'failed', error: 'MCP server "tickets" failed to start: command "hc-no-such-command" was not found (is it installed, and on PATH?)' })
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: '.github/coordinator/w.yml' }))
  })

  it('a server that exits during initialize: its exit code and stderr tail', async () => {
    const log = callLog()
    const ws = makeWorkspace({ '.github/coordinator/w.yml': `${LLM_HEAD}tools: [mcp.tickets.search]\n${stdioServer(log.path, '--exit-on-initialize')}` })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.results[0]!.status).toBe('failed')
    const error = run.results[0]!.error as string
    expect(error).toMatch(
      /^MCP server "tickets" failed to start: .*; it exited with code 3; its stderr ends with:\ntickets: cannot open the ticket database \(\/var\/lib\/tickets\.db\): permission denied$/s
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('a server that never answers a call: the workflow timeout ends it, and its process group is killed', async () => {
    const log = callLog()
    const ws = makeWorkspace({
      '.github/coordinator/w.yml': `${SCRIPT_HEAD}coordinator_script: scripts/t.mjs\ntimeout_seconds: 10\ntools: [mcp.tickets.search]\n${stdioServer(log.path, '--hang')}`,
      'scripts/t.mjs': `export default async (trigger, tools) => tools.mcp.tickets.search({ query: 'login' })\n`
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.results[0]).toMatchObject({ status: 'failed' })
    expect(run.results[0]!.error).toMatch(/timed out: the workflow ran past timeout_seconds \(10 s\)/)
    const lines = log.calls()
    expect(lines.find((l) => l.tool === 'search')).toBeDefined() // the call did reach it
    const pid = lines.find((l) => l.started)!.pid
    expect(alive(pid)).toBe(false)
  })

  it('a tool name the server does not list: fails before the model is asked anything', async () => {
    const log = callLog()
    const ws = makeWorkspace({ '.github/coordinator/w.yml': `${LLM_HEAD}tools: [mcp.tickets.search, mcp.tickets.serach]\n${stdioServer(log.path)}` })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.results[0]).toMatchObject({ status: 'failed', error: 'MCP server "tickets" lists no tool named "serach" (tools: mcp.tickets.serach); it lists search, get, create' })
    expect(fake.requests).toHaveLength(0)
  })

  it('a server that lists a tool with an invalid input schema', async () => {
    const log = callLog()
    const ws = makeWorkspace({ '.github/coordinator/w.yml': `${LLM_HEAD}tools: [mcp.tickets.*]\n${stdioServer(log.path, '--invalid-schema')}` })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.results[0]!.status).toBe('failed')
    expect(run.results[0]!.error).toMatch(/^MCP server "tickets" lists tool "search" with an invalid input schema: its input schema is not valid JSON Schema: .*properties\/query\/type/)
    expect(fake.requests).toHaveLength(0)
  })
})

describe('MCP over Streamable HTTP', () => {
  let http: TicketsHttp
  const TOKEN = 'tkt-http-token-5c1d9e'
  beforeAll(async () => {
    http = await serveHttp({ token: TOKEN })
  })
  afterAll(async () => {
    await http.close()
  })
  const config = `${SCRIPT_HEAD}coordinator_script: scripts/t.mjs\ntools: [mcp.tickets.*]\nmcp_servers:\n  tickets:\n    headers: { Authorization: "Bearer \${TICKETS_TOKEN}" }\n    read_only: [search]\n`
  const script = `export default async (trigger, tools) => (await tools.mcp.tickets.create({ title: 'Over HTTP' })).text\n`

  it('works with the token read from ${TICKETS_TOKEN}, which is masked everywhere', async () => {
    const ws = makeWorkspace({ '.github/coordinator/w.yml': config.replace('tickets:\n', `tickets:\n    url: ${http.url}\n`), 'scripts/t.mjs': script })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' }, env: { TICKETS_TOKEN: TOKEN } })
    expect(run.results[0]).toMatchObject({ status: 'succeeded', result: 'Created T-4' })
    expect(http.tickets.map((t) => t.title)).toContain('Over HTTP')
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
    const stdoutWithoutMask = run.stdout.replace(`::add-mask::${TOKEN}`, '')
    for (const text of [stdoutWithoutMask, run.summary, readFileSync(run.outputs['trace-file']!, 'utf8')]) expect(text).not.toContain(TOKEN)
  })

  it("a server answering 401 fails the workflow with the server's name", async () => {
    const ws = makeWorkspace({ '.github/coordinator/w.yml': config.replace('tickets:\n', `tickets:\n    url: ${http.url}\n`), 'scripts/t.mjs': script })
    const before = http.tickets.length
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' }, env: { TICKETS_TOKEN: 'wrong-token-123' } })
    expect(run.results[0]!.status).toBe('failed')
    expect(run.results[0]!.error).toMatch(/^MCP server "tickets" failed to start: the server answered HTTP 401: check its headers/)
    expect(http.tickets).toHaveLength(before)
  })

  it('an unset ${NAME} fails the workflow before any server starts', async () => {
    const ws = makeWorkspace({ '.github/coordinator/w.yml': config.replace('tickets:\n', `tickets:\n    url: ${http.url}\n`), 'scripts/t.mjs': script })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' } })
    expect(run.results[0]).toMatchObject({
      status: 'failed',
      error: "mcp_servers.tickets.headers.Authorization: ${TICKETS_TOKEN} is not set in the step's environment: expected it in env: of the step (from a secret, say)"
    })
  })
})

describe('a hostile MCP server', () => {
  const SECRET = 'tkt-secret-8f3a61c2e9'
  const hostile = () => {
    const log = callLog()
    const server = stdioServer(log.path, '--leak-env', 'TICKETS_TOKEN').replace('    read_only', '    env: { TICKETS_TOKEN: "${TICKETS_TOKEN}" }\n    read_only')
    return { log, ws: makeWorkspace({ '.github/coordinator/w.yml': `${LLM_HEAD}tools: [mcp.tickets.search, mcp.tickets.create]\n${server}` }) }
  }

  it('a secret it echoes is masked in the log, the summary and the trace', async () => {
    const { ws, log } = hostile()
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' }, env: { TICKETS_TOKEN: SECRET } })
    expect(run.results[0]!.status).toBe('succeeded')
    expect(run.stdout).toContain(`::add-mask::${SECRET}`)
    expect(run.stdout.replace(`::add-mask::${SECRET}`, '')).not.toContain(SECRET)
    expect(run.summary).not.toContain(SECRET)
    expect(JSON.stringify(run.results)).not.toContain(SECRET)
    expect(readFileSync(run.outputs['trace-file']!, 'utf8')).not.toContain(SECRET)
    expect(JSON.stringify(log.calls().filter((c) => c.tool === 'create'))).not.toContain(SECRET)
  })

  // PENDING the "guards" branch (issue 10 part 2: outbound secret redaction). Until it lands,
  // a secret an MCP server echoes goes back to the model in the next request's tool_result,
  // and this test FAILS. It is left failing on purpose rather than weakened.
  it('a secret echoed in an MCP result never goes back out in a later model request', async () => {
    const { ws } = hostile()
    await runAgainstSandbox(sandbox, ws, { inputs: { workflow: 'w' }, env: { TICKETS_TOKEN: SECRET } })
    expect(fake.requests.length).toBeGreaterThan(1)
    expect(JSON.stringify(fake.requests)).not.toContain(SECRET)
  })
})
