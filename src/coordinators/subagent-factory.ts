import type { Clients } from '../clients/index.js'
import type { TraceWriter } from '../report/trace.js'
import type { CoordinatorRun } from '../run-workflow.js'
import { SubagentUnavailableError, type Subagent } from './subagent.js'

export interface SubagentDeps {
  clients: Clients
  trace: TraceWriter
  defaultModel: string
}

/** The `subagent` handle for one workflow run. */
export async function createSubagent(_run: Omit<CoordinatorRun, 'subagent' | 'env'>, _deps: SubagentDeps): Promise<Subagent> {
  const unavailable = async (): Promise<never> => {
    throw new SubagentUnavailableError('subagent needs the LLM coordinator, which is not built yet in this version')
  }
  return { run: unavailable, json: unavailable, summarize: unavailable, call: unavailable }
}
