import type { Coordinator } from '../run-workflow.js'

/** `coordinator: llm`: not built yet in this version. */
export const llmCoordinator: Coordinator = async () => {
  throw new Error('coordinator: llm is not built yet in this version')
}
