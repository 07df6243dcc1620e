import * as z from 'zod/mini'
import type { Tool, CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import type { ToolDefinition } from '../define.js'
import { ToolError } from '../../errors.js'
import { mcpToolName } from './names.js'
import '../../config/zod-messages.js'

/**
 * An MCP server's listed tools as registry tools: the same shape as the built-in ones, so
 * the toolbox (guards, dry run, trace, replay) and both coordinators treat them alike.
 */

/** Checks one input against the tool's own JSON Schema; one problem per entry, where it is and what is wrong. */
export type InputValidator = (input: unknown) => { path: string[]; message: string }[]

export interface McpToolOptions {
  server: string
  tool: Tool
  mutates: boolean
  validate: InputValidator
  call(input: Record<string, unknown>): Promise<CallToolResult>
}

export function mcpToolDefinition(options: McpToolOptions): ToolDefinition {
  const { server, tool } = options
  const name = mcpToolName(server, tool.name)
  const schema = tool.inputSchema as Record<string, unknown>
  const properties = (schema.properties ?? {}) as Record<string, unknown>
  // The server's schema decides; zod only carries its verdict into the toolbox's error path.
  const input = z.looseObject({}).check(
    z.superRefine((value, ctx) => {
      for (const { path, message } of options.validate(value)) ctx.addIssue({ code: 'custom', message, path })
    })
  )
  return {
    name,
    description: tool.description || tool.title || `${tool.name} (from the MCP server ${server})`,
    input,
    params: Object.keys(properties),
    returns: '`{ text, structuredContent? }`',
    outputType: 'unknown',
    mutates: options.mutates,
    jsonSchema: schema,
    run: async (args) => mcpResultOutput(name, await options.call(args)),
    target: () => ({ kind: 'mcp_server', value: server, label: `MCP server ${server}` }),
    preview: async () => ({ text: `dry run: ${name} was recorded and not sent to the MCP server "${server}"`, dry_run: true })
  }
}

/**
 * A tool result as the model and scripts get it: its text (text blocks and embedded text
 * resources, joined) and its structured content when it has one. `isError` is a failed
 * call: an error result for the model, an exception for a script.
 */
export function mcpResultOutput(name: string, result: CallToolResult): { text: string; structuredContent?: unknown } {
  const text = (result.content ?? [])
    .map(blockText)
    .filter((t) => t !== '')
    .join('\n')
  if (result.isError) throw new ToolError(`${name}: the MCP server reported an error: ${text || 'no message'}`, name)
  return result.structuredContent === undefined ? { text } : { text, structuredContent: result.structuredContent }
}

function blockText(block: CallToolResult['content'][number]): string {
  switch (block.type) {
    case 'text':
      return block.text
    case 'resource':
      return 'text' in block.resource ? String(block.resource.text) : `[binary resource ${block.resource.uri} omitted]`
    case 'resource_link':
      return `[resource ${block.uri}]`
    default:
      return `[${block.type} content (${'mimeType' in block ? String(block.mimeType) : 'binary'}) omitted]`
  }
}
