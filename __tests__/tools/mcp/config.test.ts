import { describe, expect, it } from '@jest/globals'
import { loadWorkflowConfigs } from '../../../src/config/load.js'
import { WorkspaceSource } from '../../../src/config/source.js'
import { expandDeclaration, mcpServerSchema } from '../../../src/tools/mcp/declarations.js'
import { makeWorkspace } from '../../helpers/workspace.js'

async function load(yaml: string) {
  const root = makeWorkspace({ '.github/coordinator/w.yml': yaml })
  return loadWorkflowConfigs(new WorkspaceSource(root), '.github/coordinator')
}

const messages = async (yaml: string) => (await load(yaml)).errors.map((e) => `${e.location.line}: ${e.message}`)

describe('mcp_servers in a workflow config', () => {
  it('loads stdio and HTTP declarations and MCP tool names, a wildcard included', async () => {
    const { workflows, errors } = await load(`on: push
prompt: hi
tools: [mcp.tickets.search, mcp.docs.*]
limits: { mcp.docs.publish: 2 }
mcp_servers:
  tickets:
    command: node
    args: [tickets.mjs]
    env: { TICKETS_TOKEN: "\${TICKETS_TOKEN}" }
    read_only: [search, get]
  docs:
    url: https://mcp.example.com/mcp
    headers: { Authorization: "Bearer \${DOCS_TOKEN}" }
`)
    expect(errors).toEqual([])
    expect(workflows[0]!.tools).toEqual(['mcp.tickets.search', 'mcp.docs.*'])
    expect(workflows[0]!.limits).toEqual({ 'mcp.docs.publish': 2 })
    expect(workflows[0]!.mcpServers).toEqual({
      tickets: { command: 'node', args: ['tickets.mjs'], env: { TICKETS_TOKEN: '${TICKETS_TOKEN}' }, headers: {}, read_only: ['search', 'get'] },
      docs: { url: 'https://mcp.example.com/mcp', args: [], env: {}, headers: { Authorization: 'Bearer ${DOCS_TOKEN}' }, read_only: [] }
    })
  })

  it('a workflow without mcp_servers has none', async () => {
    const { workflows } = await load('on: push\nprompt: hi\n')
    expect(workflows[0]!.mcpServers).toBeUndefined()
  })

  it('refuses both command and url, neither, keys of the other kind, unknown keys, and bad ${...}', async () => {
    const errors = await messages(`on: push
prompt: hi
tools: [mcp.both.x]
mcp_servers:
  both: { command: node, url: "http://localhost:1/mcp" }
  none: { read_only: [a] }
  http: { url: "http://localhost:1/mcp", env: { A: b } }
  stdio: { command: node, headers: { A: b } }
  odd: { command: node, env: { A: "\${not a name}" } }
`)
    expect(errors).toEqual([
      '5: mcp_servers.both: has both command and url: expected command (a stdio server) or url (a Streamable HTTP server), not both',
      '6: mcp_servers.none: has neither command nor url: expected command (a stdio server) or url (a Streamable HTTP server)',
      '7: mcp_servers.http.env: is a key of stdio servers, but this one has url: use headers for an HTTP server',
      '8: mcp_servers.stdio.headers: is a key of HTTP servers, but this one has command: use env for a stdio server',
      '9: mcp_servers.odd.env.A: has ${not a name}: expected ${NAME} with a variable name (letters, digits, underscore)'
    ])
    expect(await messages('on: push\nprompt: hi\nmcp_servers:\n  t: { command: node, cwd: /tmp }\n')).toEqual(['4: mcp_servers.t.cwd: unknown key: expected a key this section knows'])
    expect((await messages('on: push\nprompt: hi\nmcp_servers:\n  t.x: { command: node }\n'))[0]).toMatch(/mcp_servers\.t\.x.*no dots/)
  })

  it('refuses a tools entry naming an undeclared server, with the line', async () => {
    const errors = await messages('on: push\nprompt: hi\ntools:\n  - mcp.tickets.search\n  - mcp.tickts.get\nmcp_servers:\n  tickets: { command: node }\n')
    expect(errors).toEqual(['5: tools: "mcp.tickts.get" names MCP server "tickts", which mcp_servers does not declare: declared: tickets'])
  })

  it('an unknown tool still says what was expected', async () => {
    const errors = await messages('on: push\nprompt: hi\ntools: [slack.bogus]\n')
    expect(errors[0]).toMatch(/^3: tools\.0: unknown tool "slack\.bogus": expected one of github\.get_status, .*slack\.add_reacji.*, or mcp\.<server>\.<tool>/)
  })

  it('limits and subagents may name tools a wildcard allows, not others', async () => {
    const ok = await load('on: push\nprompt: hi\ntools: [mcp.t.*]\nlimits: { mcp.t.create: 1 }\nsubagents:\n  s: { prompt: p, tools: [mcp.t.search] }\nmcp_servers:\n  t: { command: node }\n')
    expect(ok.errors).toEqual([])
    const bad = await messages('on: push\nprompt: hi\ntools: [mcp.t.search]\nlimits: { mcp.t.create: 1 }\nmcp_servers:\n  t: { command: node }\n')
    expect(bad).toEqual(['4: limits: sets a limit for mcp.t.create, which is not in tools: add it to tools or remove the limit'])
  })
})

describe('${NAME} in env and headers', () => {
  const decl = mcpServerSchema.parse({ url: 'https://x.example/mcp', headers: { Authorization: 'Bearer ${TOKEN}', 'X-Two': '${A}-${B}' } })

  it('reads each name from the environment and hands every value read to the redactor', () => {
    const secrets: string[] = []
    const out = expandDeclaration('docs', decl, { TOKEN: 'tok-123', A: 'a1', B: 'b2' }, (v) => secrets.push(v))
    expect(out.headers).toEqual({ Authorization: 'Bearer tok-123', 'X-Two': 'a1-b2' })
    expect(secrets.sort()).toEqual(['a1', 'b2', 'tok-123'])
  })

  it('an unset variable is an error naming the server, the key and the variable', () => {
    expect(() => expandDeclaration('docs', decl, { A: 'a', B: 'b' }, () => undefined)).toThrow("mcp_servers.docs.headers.Authorization: ${TOKEN} is not set in the step's environment")
  })
})

describe('validate', () => {
  it('checks mcp_servers and MCP tool names, and starts no server', async () => {
    const { runEngine } = await import('../../../src/engine.js')
    const { existsSync, mkdtempSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const marker = join(mkdtempSync(join(tmpdir(), 'hc-mcp-validate-')), 'started')
    const root = makeWorkspace({
      '.github/coordinator/ok.yml': `on: push\nprompt: hi\ntools: [mcp.t.search]\nmcp_servers:\n  t:\n    command: node\n    args: ${JSON.stringify(['-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`])}\n`,
      '.github/coordinator/bad.yml': 'on: push\nprompt: hi\ntools: [mcp.nope.search]\n'
    })
    const outcome = await runEngine({
      trigger: { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' },
      source: new WorkspaceSource(root),
      configDir: '.github/coordinator',
      dryRun: false,
      model: 'claude-sonnet-5-5',
      python: 'python3',
      traceDir: mkdtempSync(join(tmpdir(), 'hc-trace-')),
      mode: 'validate',
      clients: { slackApiUrl: 'https://slack.com/api/' },
      secrets: []
    })
    expect(outcome.configErrors.map((e) => `${e.location.file}: ${e.message}`)).toEqual([
      '.github/coordinator/bad.yml: tools: "mcp.nope.search" names MCP server "nope", which mcp_servers does not declare: add it under mcp_servers'
    ])
    expect(existsSync(marker)).toBe(false)
  })
})
