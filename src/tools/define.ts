import type * as z from 'zod/mini'
import type { Trigger } from '../trigger.js'
import type { VirtualFiles } from '../virtual-files.js'
import type { GitHubClient, SlackClient } from '../clients/types.js'
// The tools' schemas use zod's mini API, which has no messages of its own: English ones, as the config's.
import '../config/zod-messages.js'

/** What a guard checks of a call: where it lands (a write) or what it reads. */
export interface ToolTarget {
  /** `slack_channels` or `github_repos`: the allow-list this target is checked against; `mcp_server`: limits only. */
  kind: 'slack_channel' | 'github_repo' | 'mcp_server'
  /** The channel id, or `owner/repo`. */
  value: string
  /** A Slack reaction name, checked against `allow.slack_reactions`. */
  reaction?: string
  /** Short human form for the summary and trace: `C0123 1712.0001`, `octo-org/web#12`. */
  label: string
}

/** What every tool implementation receives beside its input. */
export interface ToolContext {
  trigger: Trigger
  /** The workflow's default Slack channel (`slack.channel`). */
  slackChannel?: string
  files: VirtualFiles
  github(): Promise<GitHubClient>
  slack(): Promise<SlackClient>
  /** A stable id for this call, used to make retried writes idempotent. */
  callId: string
  /** Aborted when the workflow times out or fails: requests in flight are cancelled. */
  signal?: AbortSignal
}

/**
 * A tool, defined once. The LLM face, the script face, the Python stub, the JSON Schema
 * and the README table are all derived from this.
 */
export interface ToolDefinition<S extends z.ZodMiniObject = z.ZodMiniObject, Out = unknown> {
  /** Dotted name users write in `tools:` and scripts call: `slack.add_reacji`. */
  name: string
  description: string
  input: S
  /** Parameter order for positional calls: `get_status(url)`. */
  params: readonly (keyof z.infer<S> & string)[]
  /** Short text for the README's "returns" column. */
  returns: string
  /** The output's TypeScript type, for the typed script API (types/index.d.ts). */
  outputType: string
  mutates: boolean
  /** Dynamic tools (MCP): the input's JSON Schema as their server gave it; `input` then only checks it is an object. */
  jsonSchema?: Record<string, unknown>
  run(input: z.infer<S>, ctx: ToolContext): Promise<Out>
  /** Where the call lands (mutating tools) or what it reads (reads of a repository or channel), for the allow-lists. */
  target?(input: z.infer<S>, ctx: ToolContext): ToolTarget
  /** Mutating tools: what the call would have returned, for dry runs. May read, never write. */
  preview?(input: z.infer<S>, ctx: ToolContext): Promise<Out>
}

/** Keeps each definition's input type tied to its schema while the registry holds them all. */
export function defineTool<S extends z.ZodMiniObject, Out>(tool: ToolDefinition<S, Out>): ToolDefinition {
  return tool as unknown as ToolDefinition
}
