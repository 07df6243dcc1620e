import type { AllowLists } from '../tools/guards.js'

/** A resolved virtual file: a repository file (read at run time) or inline text. */
export type VirtualFileEntry = { name: string; path: string } | { name: string; content: string }

export interface SubagentDefinition {
  name: string
  prompt: string
  description?: string
  tools: string[]
  model?: string
  maxTurns?: number
  maxTokens?: number
}

/** A workflow config after validation: every path checked, defaults applied. */
export interface WorkflowConfig {
  name: string
  /** The config file, relative to the repository root. */
  file: string
  description?: string
  on: Record<string, { types?: string[]; author_association?: string[] } | null>
  coordinator: 'llm' | 'script'
  /** script: the coordinator script, relative to the repository root. */
  script?: string
  /** llm: a candidate script run in dry run after the LLM (SPEC section 7). */
  shadowScript?: string
  /** llm: the prompt text (inline or read from prompt_file). */
  prompt?: string
  promptFile?: string
  model?: string
  maxTurns: number
  maxTokens: number
  timeoutSeconds: number
  dryRun?: boolean
  /** The config's allowlist as written (files.* are added when the toolbox is built). */
  tools: string[]
  slackChannel?: string
  maxTotalTokens: number
  /** `max_cost_usd`: no model request may take the run's estimated cost past it. */
  maxCostUsd?: number
  subagents: Record<string, SubagentDefinition>
  virtualFiles: VirtualFileEntry[]
  limits: Record<string, number>
  allow: AllowLists
}
