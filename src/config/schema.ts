import * as z from 'zod/mini'
import { MUTATING_TOOL_NAMES, TOOL_NAMES } from '../tools/names.js'
import { authorAssociationSchema } from './author-association.js'
import { mcpServersSchema, mcpToolNameSchema } from '../tools/mcp/declarations.js'
import './zod-messages.js'

/**
 * The workflow config as users write it (SPEC section 2), one source for validation,
 * TypeScript types and the published JSON Schema (schema/workflow.schema.json).
 *
 * Written with zod's mini API: a config is checked at every start, also on an event that
 * runs nothing, and building these schemas with the classic API (each one gets its methods
 * attached) cost more of a cold start than reading the configs. Same checks, same JSON Schema.
 */

const describe = z.describe
const eventName = z.string().check(z.regex(/^[a-z_]+$/, 'a GitHub event name like pull_request'))
const eventFilter = z.nullable(
  z.strictObject({
    types: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))).check(describe("Run only when the payload's action is one of these")),
    author_association: authorAssociationSchema
  })
)

export const onSchema = z
  .union([eventName, z.array(eventName).check(z.minLength(1)), z.record(eventName, eventFilter)])
  .check(describe('The GitHub events that select this workflow: `push`, `[push, schedule]`, or a map with optional `types`'))

const relativePath = z.string().check(z.minLength(1), describe('A path relative to the repository root'))
// A built-in tool, or an MCP server's (`mcp.<server>.<tool>`, `mcp.<server>.*`: checked against mcp_servers by the loader).
const toolName = z.union([z.enum(TOOL_NAMES as [string, ...string[]]), mcpToolNameSchema])
const int = (min: number, max?: number) => (max === undefined ? z.number().check(z.int(), z.minimum(min)) : z.number().check(z.int(), z.minimum(min), z.maximum(max)))

const subagentSchema = z.strictObject({
  prompt: z.optional(z.string().check(z.minLength(1))).check(describe('Instructions of this subagent')),
  prompt_file: z.optional(relativePath).check(describe('Or: a file holding them')),
  description: z.optional(z.string()).check(describe('What it is for, shown to the model when it can delegate')),
  tools: z._default(z.array(toolName), []).check(describe("A subset of the workflow's tools")),
  model: z.optional(z.string().check(z.minLength(1))),
  max_turns: z.optional(int(1, 100)),
  max_tokens: z.optional(int(1, 64000))
})

const virtualFileSchema = z.union([
  z.strictObject({ path: relativePath.check(describe('A repository file, named by its path')) }),
  z.strictObject({ glob: z.string().check(z.minLength(1), describe('Every matching repository file, each named by its path')) }),
  z.strictObject({ name: z.string().check(z.minLength(1), describe('Name of an inline file')), content: z.string().check(describe('Its text')) })
])

export const workflowConfigSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    name: z.optional(z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash or underscore'))).check(describe('Unique; default: the file name without extension')),
    description: z.optional(z.string()),
    on: onSchema,
    coordinator: z._default(z.enum(['llm', 'script']), 'llm'),
    coordinator_script: z.optional(relativePath).check(describe('script: .js .mjs .cjs .ts .mts .py')),
    shadow_script: z.optional(relativePath).check(describe('llm: a candidate script run in dry run after the LLM, for comparison')),
    prompt_file: z.optional(relativePath),
    prompt: z.optional(z.string().check(z.minLength(1))),
    model: z.optional(z.string().check(z.minLength(1))),
    max_turns: z._default(int(1, 100), 10).check(describe('llm: cap on model calls')),
    max_tokens: z._default(int(1, 64000), 4096).check(describe('llm: cap per model response')),
    min_agreeing_runs: z
      .optional(int(1, 1000))
      .check(describe('llm, mode propose: live runs on which the shadow_script must agree (and none differ) before the switch to coordinator: script is proposed; default 10')),
    timeout_seconds: z._default(int(1, 21600), 300).check(describe('Whole workflow, either coordinator')),
    dry_run: z.optional(z.boolean()),
    tools: z._default(z.array(toolName), []).check(describe('Allowlist: both coordinators get exactly these (files.* always)')),
    slack: z.optional(
      z.strictObject({
        channel: z.optional(z.string().check(z.regex(/^[A-Z0-9]{2,}$/, 'a Slack channel id like C0123456789')))
      })
    ),
    max_total_tokens: z._default(int(1), 200000).check(describe('llm and subagents: token budget for the whole workflow run')),
    max_cost_usd: z.optional(z.number().check(z.positive())).check(describe('llm and subagents: stop before a model request could take the estimated cost (USD, list prices) past this')),
    subagents: z.optional(z.record(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, dash or underscore')), subagentSchema)),
    virtual_files: z._default(z.array(virtualFileSchema), []),
    limits: z
      .optional(z.partialRecord(z.union([z.enum(MUTATING_TOOL_NAMES as [string, ...string[]]), mcpToolNameSchema]), z.number().check(z.int(), z.minimum(0))))
      .check(describe('Most calls per run of each mutating tool; default 20 each')),
    mcp_servers: z.optional(mcpServersSchema),
    allow: z.optional(
      z.strictObject({
        slack_channels: z.optional(z.array(z.string().check(z.minLength(1)))),
        slack_reactions: z.optional(z.array(z.string().check(z.minLength(1)))),
        github_repos: z.optional(z.array(z.string().check(z.regex(/^[\w.-]+\/[\w.-]+$/, 'owner/repo'))))
      })
    )
  })
  .check(describe('A Hybrid Coordinator workflow'))

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
