import * as z from 'zod/mini'
import type { ToolDefinition } from './define.js'
import { llmToolName } from './registry.js'

// What the model and the docs see of a tool. Apart from the registry: a script's run never
// needs a JSON Schema, and zod's JSON Schema writer is a chunk of its own to load.

/** The JSON Schema of a tool's input, as the LLM and the docs see it. */
export function inputJsonSchema(tool: ToolDefinition): Record<string, unknown> {
  // A dynamic tool (MCP) brings its own JSON Schema, passed on as given.
  if (tool.jsonSchema) return tool.jsonSchema
  const schema = z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  delete schema.$schema
  return schema
}

/** The tool as offered to the Messages API. */
export function llmToolSpec(tool: ToolDefinition): { name: string; description: string; input_schema: Record<string, unknown> } {
  return {
    name: llmToolName(tool.name),
    description: tool.mutates ? `${tool.description} (Mutates: guarded by the workflow's limits and allow-lists.)` : tool.description,
    input_schema: inputJsonSchema(tool)
  }
}
