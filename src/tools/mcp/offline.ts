import * as z from 'zod/mini'
import type { WorkflowConfig } from '../../config/workflow-config.js'
import type { ToolDefinition } from '../define.js'
import type { ToolSource } from '../toolbox.js'
import { ToolError } from '../../errors.js'
import { parseMcpToolName } from './names.js'
import { toolsAllow } from './declarations.js'

/**
 * MCP tools for a replay, which starts no server: each tool the config allows exists, reads
 * are answered by the toolbox from the recorded results (a read the trace lacks fails as
 * unrecorded), and mutations are dry (their preview, through `wrap`). The input is not
 * checked against the server's schema: the trace does not keep it.
 */
export function offlineMcpTools(config: Pick<WorkflowConfig, 'tools' | 'mcpServers'>, wrap: (tool: ToolDefinition) => ToolDefinition = (t) => t): ToolSource {
  const servers = config.mcpServers ?? {}
  const make = (name: string): ToolDefinition[] => {
    const ref = parseMcpToolName(name)
    if (!ref || ref.tool === '*' || !Object.hasOwn(servers, ref.server) || !toolsAllow(config.tools, name)) return []
    const mutates = !servers[ref.server]!.read_only.includes(ref.tool)
    const tool: ToolDefinition = {
      name,
      description: `${ref.tool} (MCP server ${ref.server}, answered from the recording)`,
      input: z.looseObject({}),
      params: [],
      returns: '`{ text, structuredContent? }`',
      outputType: 'unknown',
      mutates,
      jsonSchema: { type: 'object' },
      run: () => Promise.reject(new ToolError(`${name}: replay makes no network calls: MCP server "${ref.server}" is not started here`, name)),
      target: () => ({ kind: 'mcp_server', value: ref.server, label: `MCP server ${ref.server}` }),
      preview: async () => ({ text: `dry run: ${name} was recorded and not sent to the MCP server "${ref.server}"`, dry_run: true })
    }
    return [mutates ? wrap(tool) : tool]
  }
  return {
    covers: (name) => name.startsWith('mcp.'),
    load: async (name) => make(name),
    loadAll: async () => config.tools.flatMap(make)
  }
}
