import type { Trigger } from '../trigger.js'
import type { WorkflowConfig } from '../config/workflow-config.js'
import type { FileSource } from '../config/source.js'
import type { Clients } from '../clients/index.js'
import type { TraceWriter } from '../report/trace.js'
import type { ConfigError } from '../errors.js'
import type { Toolbox } from '../tools/toolbox.js'
import type { VirtualFileStore } from '../virtual-files.js'
import type { Usage } from '../usage.js'
import type { Subagent } from './subagent.js'

/**
 * The coordinator contract: what a coordinator (the LLM loop, a JavaScript or a Python
 * script) gets for one workflow run, what it hands back, and what every runtime offers.
 */

/** One workflow run, as a coordinator sees it. */
export interface CoordinatorRun {
  workflow: WorkflowConfig
  trigger: Trigger
  /** Every tool call goes through it: allowlist, guards, dry run, records. */
  toolbox: Toolbox
  files: VirtualFileStore
  subagent: Subagent
  /** Aborted when the workflow's timeout_seconds runs out. */
  signal: AbortSignal
  /** The workflow's model tokens, subagents included (counted against max_total_tokens). */
  usage: Usage
  /**
   * Loads the workflow's API clients ahead of their first call. A script runtime calls it
   * once the script's process has what it needs, so the clients load while that process
   * starts instead of on the critical path of the first tool call.
   */
  warm?: () => void
}

/** What a coordinator hands back: its result, and what the summary needs to know. */
export interface CoordinatorOutcome {
  result: unknown
  turns?: number
  notes?: string[]
}

/** What is the same for every workflow of a run: the services a runtime may reach. */
export interface RunServices {
  trigger: Trigger
  /** Where configs, prompts, files and scripts are read from. */
  source: FileSource
  clients: Clients
  trace: TraceWriter
  runId: string
  dryRun: boolean
  defaultModel: string
  /** Interpreter for .py scripts (the `python` input). */
  python: string
  /** Every secret the action knows: a script's environment holds none of them. */
  secrets: readonly string[]
  /** Heap cap of a JavaScript script's process, in MB (default 1024). */
  scriptMemoryMb?: number
  /**
   * Whether stdout is a GitHub Actions log, which takes `::name::` lines as workflow commands
   * (default true): a script's output then goes inside a `::stop-commands::` block. The CLI
   * outside Actions prints it plain.
   */
  workflowCommands?: boolean
}

export type Coordinator = (run: CoordinatorRun, services: RunServices) => Promise<CoordinatorOutcome>

/** What `validate` needs: where the script is read from, and how Python is started. */
export interface ValidateServices {
  source: FileSource
  python: string
  secrets: readonly string[]
}

/** A way to run a workflow: the LLM, or a script in one language. */
export interface Runtime {
  run: Coordinator
  /** Checks a script (and the files it imports) without running any of their code; empty when all is fine. */
  validate(script: string, key: 'coordinator_script' | 'shadow_script', services: ValidateServices): Promise<ConfigError[]>
}

export type RuntimeKind = 'llm' | 'javascript' | 'python'
