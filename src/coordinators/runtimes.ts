import { extname } from 'node:path'
import type { WorkflowConfig } from '../config/workflow-config.js'
import type { Runtime, RuntimeKind } from './contract.js'

/**
 * The one table of runtimes, each loaded only when a workflow needs it, and the one
 * function that says which runtime runs a workflow or a script.
 */
export const RUNTIMES: Record<RuntimeKind, () => Promise<Runtime>> = {
  llm: async () => (await import('./llm/llm.js')).llmRuntime,
  javascript: async () => (await import('./script/index.js')).javascriptRuntime,
  python: async () => (await import('./python/index.js')).pythonRuntime
}

/** The runtime of a script file, by its extension (any case): `.py` is Python, the rest JavaScript/TypeScript. */
export function scriptRuntime(script: string): Exclude<RuntimeKind, 'llm'> {
  return extname(script).toLowerCase() === '.py' ? 'python' : 'javascript'
}

/** The runtime a workflow's config names: llm, or its script's. */
export function runtimeKind(workflow: Pick<WorkflowConfig, 'coordinator' | 'script'>): RuntimeKind {
  return workflow.coordinator === 'llm' ? 'llm' : scriptRuntime(workflow.script ?? '')
}

export function loadRuntime(kind: RuntimeKind): Promise<Runtime> {
  return RUNTIMES[kind]()
}
