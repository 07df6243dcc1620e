import { describe, expect, it } from '@jest/globals'
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js'
import { Toolbox, recordedReadsFrom, type ToolSource } from '../../../src/tools/toolbox.js'
import { Guards } from '../../../src/tools/guards.js'
import { findTool, llmToolName } from '../../../src/tools/registry.js'
import { llmToolSpec } from '../../../src/tools/llm-spec.js'
import { VirtualFileStore } from '../../../src/virtual-files.js'
import { ToolError } from '../../../src/errors.js'
import { mcpLlmName, parseMcpToolName } from '../../../src/tools/mcp/names.js'
import { mcpResultOutput, mcpToolDefinition } from '../../../src/tools/mcp/tools.js'
import { schemaCompiler } from '../../../src/tools/mcp/schemas.js'
import { offlineMcpTools } from '../../../src/tools/mcp/offline.js'
import { openMcpSession } from '../../../src/tools/mcp/open.js'
import type { WorkflowConfig } from '../../../src/config/workflow-config.js'

describe('MCP tool names', () => {
  it('mcp.<server>.<tool> for configs and scripts, mcp_<server>_<tool> for the model', () => {
    expect(parseMcpToolName('mcp.tickets.search')).toEqual({ server: 'tickets', tool: 'search' })
    expect(parseMcpToolName('mcp.tickets.*')).toEqual({ server: 'tickets', tool: '*' })
    expect(parseMcpToolName('mcp.fs.read.file')).toEqual({ server: 'fs', tool: 'read.file' })
    for (const bad of ['mcp.tickets', 'mcp..x', 'mcp.tickets.', 'slack.get_messages', 'mcp.a b.c']) expect(parseMcpToolName(bad)).toBeUndefined()
    expect(llmToolName('mcp.tickets.search')).toBe('mcp_tickets_search')
  })

  it('a name the Messages API would refuse gets a stable, unique short form within 128 characters', () => {
    const long = 'x'.repeat(200)
    const short = mcpLlmName('tickets', long)
    expect(short).toMatch(/^[a-zA-Z0-9_-]{1,128}$/)
    expect(short).toHaveLength(128)
    expect(mcpLlmName('tickets', long)).toBe(short) // same on every run: traces and replays agree
    expect(mcpLlmName('tickets', `${long}y`)).not.toBe(short)
    const dotted = mcpLlmName('fs', 'read.file')
    expect(dotted).toMatch(/^mcp_fs_read_file_[0-9a-f]{10}$/)
    expect(dotted).not.toBe(mcpLlmName('fs', 'read_file')) // read_file keeps its plain name
    expect(mcpLlmName('fs', 'read_file')).toBe('mcp_fs_read_file')
  })
})

describe('MCP tool results', () => {
  it('text and structured content go back; other content is named, not dropped silently', () => {
    const result: CallToolResult = {
      content: [
        { type: 'text', text: 'T-1 open' },
        { type: 'image', data: 'AAAA', mimeType: 'image/png' }
      ],
      structuredContent: { tickets: [{ id: 'T-1' }] }
    }
    expect(mcpResultOutput('mcp.t.search', result)).toEqual({ text: 'T-1 open\n[image content (image/png) omitted]', structuredContent: { tickets: [{ id: 'T-1' }] } })
    expect(mcpResultOutput('mcp.t.get', { content: [{ type: 'text', text: 'ok' }] })).toEqual({ text: 'ok' })
  })

  it("isError becomes a ToolError carrying the server's message", () => {
    expect(() => mcpResultOutput('mcp.t.get', { isError: true, content: [{ type: 'text', text: 'no ticket T-9' }] })).toThrow(
      new ToolError('mcp.t.get: the MCP server reported an error: no ticket T-9', 'mcp.t.get')
    )
  })

  it('an input schema that is not JSON Schema, or not an object schema, is refused', () => {
    const compile = schemaCompiler()
    expect(() => compile({ type: 'object', properties: { q: { type: 'strnig' } } })).toThrow(/not valid JSON Schema/)
    expect(() => compile({ type: 'string' })).toThrow('its input schema has type "string": expected "object"')
    const check = compile({ type: 'object', properties: { q: { type: 'string' } }, required: ['q'], $schema: 'http://json-schema.org/draft-07/schema#' })
    expect(check({ q: 'x' })).toEqual([])
    expect(check({ q: 3 })).toEqual([{ path: ['q'], message: 'must be string' }])
  })
})

const TOOL_LIST: Tool[] = [
  { name: 'search', description: 'Search.', inputSchema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] } },
  { name: 'create', description: 'Create.', inputSchema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] } }
]

/** A ToolSource over an in-memory "server": what reached it is recorded. */
function memorySource(readOnly: string[]) {
  const reached: { tool: string; args: unknown }[] = []
  let loads = 0
  const compile = schemaCompiler()
  const tools = TOOL_LIST.map((tool) =>
    mcpToolDefinition({
      server: 'tickets',
      tool,
      mutates: !readOnly.includes(tool.name),
      validate: compile(tool.inputSchema as Record<string, unknown>),
      call: async (args) => (reached.push({ tool: tool.name, args }), { content: [{ type: 'text', text: `${tool.name} done` }] })
    })
  )
  const source: ToolSource = { covers: (n) => n.startsWith('mcp.'), load: async () => (loads++, tools), loadAll: async () => (loads++, tools) }
  return { source, reached, loads: () => loads }
}

function toolbox(source: ToolSource, opts: { dryRun?: boolean; limits?: Record<string, number>; records?: Parameters<typeof recordedReadsFrom>[0] } = {}) {
  return new Toolbox({
    workflow: 'w',
    tools: [findTool('files.list')!, findTool('files.read')!],
    dynamicTools: source,
    dryRun: opts.dryRun ?? false,
    callIdPrefix: 'run-w',
    guards: new Guards({ limits: opts.limits ?? {}, allow: {}, repository: 'o/r' }),
    context: {
      trigger: { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' },
      files: new VirtualFileStore(),
      github: () => Promise.reject(new Error('no')),
      slack: () => Promise.reject(new Error('no'))
    },
    recordedReads: opts.records ? recordedReadsFrom(opts.records) : undefined
  })
}

describe('MCP tools in the toolbox', () => {
  it('load on first use, then sit beside the built-in ones under both names', async () => {
    const mem = memorySource(['search'])
    const box = toolbox(mem.source)
    expect(box.get('mcp.tickets.search')).toBeUndefined()
    expect(await box.callWithArgs('mcp.tickets.search', ['login'])).toEqual({ text: 'search done' })
    expect(box.get('mcp_tickets_search')?.name).toBe('mcp.tickets.search')
    expect(box.tools.map((t) => t.name)).toEqual(['files.list', 'files.read', 'mcp.tickets.search', 'mcp.tickets.create'])
    await box.call('mcp.tickets.search', { query: 'again' })
    expect(mem.loads()).toBe(1)
    expect(mem.reached).toEqual([
      { tool: 'search', args: { query: 'login' } },
      { tool: 'search', args: { query: 'again' } }
    ])
    expect(llmToolSpec(box.get('mcp.tickets.search')!).input_schema).toBe(TOOL_LIST[0]!.inputSchema) // as given
  })

  it("input that breaks the server's schema is an error before anything is sent", async () => {
    const mem = memorySource([])
    const box = toolbox(mem.source)
    await expect(box.call('mcp.tickets.create', { title: 7 })).rejects.toThrow('mcp.tickets.create: invalid input: title: must be string')
    expect(mem.reached).toEqual([])
  })

  it('mutating tools count against limits (default 20) and are only previewed in a dry run', async () => {
    const limited = memorySource(['search'])
    const box = toolbox(limited.source, { limits: { 'mcp.tickets.create': 1 } })
    await box.call('mcp.tickets.create', { title: 'a' })
    await expect(box.call('mcp.tickets.create', { title: 'b' })).rejects.toThrow(/refused by limits\.mcp\.tickets\.create/)
    expect(limited.reached).toEqual([{ tool: 'create', args: { title: 'a' } }])

    const byDefault = memorySource(['search'])
    const box2 = toolbox(byDefault.source)
    for (let i = 0; i < 20; i++) await box2.call('mcp.tickets.create', { title: `t${i}` })
    await expect(box2.call('mcp.tickets.create', { title: 'one too many' })).rejects.toThrow(/at most 20 call/)
    expect(byDefault.reached).toHaveLength(20)

    const dry = memorySource(['search'])
    const box3 = toolbox(dry.source, { dryRun: true })
    expect(await box3.call('mcp.tickets.create', { title: 'a' })).toMatchObject({ dry_run: true })
    expect(dry.reached).toEqual([])
    expect(box3.records[0]).toMatchObject({ outcome: 'dry', sent: false, mutates: true })
  })

  it('reads are answered from a recording (shadow, replay)', async () => {
    const mem = memorySource(['search'])
    const box = toolbox(mem.source, { records: [{ tool: 'mcp.tickets.search', input: { query: 'x' }, outcome: 'read', output: { text: 'recorded' }, mutates: false }] })
    expect(await box.call('mcp.tickets.search', { query: 'x' })).toEqual({ text: 'recorded' })
    expect(mem.reached).toEqual([])
  })

  it('replay starts no server: allowed tools exist offline, reads come from the recording', async () => {
    const config = { tools: ['mcp.tickets.*'], mcpServers: { tickets: { args: [], env: {}, headers: {}, read_only: ['search'], command: 'node' } } }
    const box = toolbox(offlineMcpTools(config), { dryRun: true, records: [{ tool: 'mcp.tickets.search', input: { query: 'x' }, outcome: 'read', output: { text: 'recorded' }, mutates: false }] })
    expect(await box.call('mcp.tickets.search', { query: 'x' })).toEqual({ text: 'recorded' })
    await expect(box.call('mcp.tickets.search', { query: 'other' })).rejects.toThrow(/not started here/)
    expect(await box.call('mcp.tickets.create', { title: 'a' })).toMatchObject({ dry_run: true })
  })
})

describe('a workflow without MCP servers', () => {
  it('opens no session (nothing of MCP is loaded)', async () => {
    const workflow = { name: 'w', file: 'w.yml', tools: ['slack.get_messages'], timeoutSeconds: 10 } as WorkflowConfig
    expect(await openMcpSession(workflow, { root: '/' })).toBeUndefined()
  })
})
