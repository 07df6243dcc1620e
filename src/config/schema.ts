import { z } from 'zod'
import { MUTATING_TOOL_NAMES, TOOL_NAMES } from '../tools/registry.js'
import { authorAssociationSchema } from './author-association.js'
import { mcpServersSchema, mcpToolNameSchema } from '../tools/mcp/declarations.js'

/**
 * The workflow config as users write it (SPEC section 2), one source for validation,
 * TypeScript types and the published JSON Schema (schema/workflow.schema.json).
 */

const eventName = z.string().regex(/^[a-z_]+$/, 'a GitHub event name like pull_request')
const eventFilter = z
  .strictObject({
    types: z.array(z.string().min(1)).min(1).optional().describe("Run only when the payload's action is one of these"),
    author_association: authorAssociationSchema
  })
  .nullable()

export const onSchema = z
  .union([eventName, z.array(eventName).min(1), z.record(eventName, eventFilter)])
  .describe('The GitHub events that select this workflow: `push`, `[push, schedule]`, or a map with optional `types`')

const relativePath = z.string().min(1).describe('A path relative to the repository root')
// A built-in tool, or an MCP server's (`mcp.<server>.<tool>`, `mcp.<server>.*`: checked against mcp_servers by the loader).
const toolName = z.union([z.enum(TOOL_NAMES as [string, ...string[]]), mcpToolNameSchema])

const subagentSchema = z.strictObject({
  prompt: z.string().min(1).optional().describe('Instructions of this subagent'),
  prompt_file: relativePath.optional().describe('Or: a file holding them'),
  description: z.string().optional().describe('What it is for, shown to the model when it can delegate'),
  tools: z.array(toolName).default([]).describe("A subset of the workflow's tools"),
  model: z.string().min(1).optional(),
  max_turns: z.number().int().min(1).max(100).optional(),
  max_tokens: z.number().int().min(1).max(64000).optional()
})

const virtualFileSchema = z.union([
  z.strictObject({ path: relativePath.describe('A repository file, named by its path') }),
  z.strictObject({ glob: z.string().min(1).describe('Every matching repository file, each named by its path') }),
  z.strictObject({ name: z.string().min(1).describe('Name of an inline file'), content: z.string().describe('Its text') })
])

export const workflowConfigSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash or underscore')
      .optional()
      .describe('Unique; default: the file name without extension'),
    description: z.string().optional(),
    on: onSchema,
    coordinator: z.enum(['llm', 'script']).default('llm'),
    coordinator_script: relativePath.optional().describe('script: .js .mjs .cjs .ts .mts .py'),
    shadow_script: relativePath.optional().describe('llm: a candidate script run in dry run after the LLM, for comparison'),
    prompt_file: relativePath.optional(),
    prompt: z.string().min(1).optional(),
    model: z.string().min(1).optional(),
    max_turns: z.number().int().min(1).max(100).default(10).describe('llm: cap on model calls'),
    max_tokens: z.number().int().min(1).max(64000).default(4096).describe('llm: cap per model response'),
    min_agreeing_runs: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe('llm, mode propose: live runs on which the shadow_script must agree (and none differ) before the switch to coordinator: script is proposed; default 10'),
    timeout_seconds: z.number().int().min(1).max(21600).default(300).describe('Whole workflow, either coordinator'),
    dry_run: z.boolean().optional(),
    tools: z.array(toolName).default([]).describe('Allowlist: both coordinators get exactly these (files.* always)'),
    slack: z
      .strictObject({
        channel: z
          .string()
          .regex(/^[A-Z0-9]{2,}$/, 'a Slack channel id like C0123456789')
          .optional()
      })
      .optional(),
    max_total_tokens: z.number().int().min(1).default(200000).describe('llm and subagents: token budget for the whole workflow run'),
    max_cost_usd: z.number().positive().finite().optional().describe('llm and subagents: stop before a model request could take the estimated cost (USD, list prices) past this'),
    subagents: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, dash or underscore'), subagentSchema).optional(),
    virtual_files: z.array(virtualFileSchema).default([]),
    limits: z
      .partialRecord(z.union([z.enum(MUTATING_TOOL_NAMES as [string, ...string[]]), mcpToolNameSchema]), z.number().int().min(0))
      .optional()
      .describe('Most calls per run of each mutating tool; default 20 each'),
    mcp_servers: mcpServersSchema.optional(),
    allow: z
      .strictObject({
        slack_channels: z.array(z.string().min(1)).optional(),
        slack_reactions: z.array(z.string().min(1)).optional(),
        github_repos: z.array(z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/repo')).optional()
      })
      .optional()
  })
  .describe('A Hybrid Coordinator workflow')

export type RawWorkflowConfig = z.infer<typeof workflowConfigSchema>
export type SubagentConfig = z.infer<typeof subagentSchema>
export type VirtualFileSpec = z.infer<typeof virtualFileSchema>

/** Keys that belong to one coordinator only: mixing them is an error. */
export const LLM_ONLY_KEYS = ['prompt', 'prompt_file', 'max_turns', 'max_tokens', 'shadow_script', 'min_agreeing_runs'] as const
export const SCRIPT_ONLY_KEYS = ['coordinator_script'] as const

export const SCRIPT_EXTENSIONS = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.py'] as const

/** The JSON Schema published for editors (`# yaml-language-server: $schema=...`). */
export function workflowJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(workflowConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>),
    $id: 'https://github.com/hybrid-coordinator/hybrid-coordinator/schema/workflow.schema.json',
    title: 'Hybrid Coordinator workflow config'
  }
}
