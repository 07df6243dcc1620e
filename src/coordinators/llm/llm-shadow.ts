import type { CoordinatorRun, RunServices } from '../contract.js'
import type { WorkflowConfig } from '../../config/workflow-config.js'
import { recordedReadsFrom, type ToolCallRecord } from '../../tools/toolbox.js'
import { prepareRun } from '../../prepare-run.js'
import { loadRuntime, runtimeKind } from '../runtimes.js'
import { BudgetError, errorMessage } from '../../errors.js'
import { addUsage, emptyUsage, totalTokens } from '../../usage.js'
import { createSubagent } from '../subagent-factory.js'

/**
 * `shadow_script` (SPEC section 7): after the LLM's run, the candidate script runs on the
 * same trigger in dry run, its reads answered from what the LLM read (live where the LLM
 * read nothing), with a fresh toolbox and fresh guards so it never touches the workflow's
 * limits and never sends anything. Its planned mutations are compared with the LLM's.
 * A difference, or a failing candidate, is reported, never a failure of the workflow.
 */

/** Stops the shadow this long before the workflow's own timeout would fail the workflow. */
const MARGIN_MS = 1_000
const LIST_MAX = 20

export interface ShadowComparison {
  agree: boolean
  /** In the LLM's effects, not in the candidate's plan. */
  missing: string[]
  /** In the candidate's plan, not in the LLM's effects. */
  extra: string[]
}

/** A mutation as the comparison sees it: the tool and where it lands. */
export function mutationLabel(record: Pick<ToolCallRecord, 'tool' | 'target'>): string {
  return `${record.tool} on ${record.target ?? '?'}`
}

/** Compares two lists of mutations as multisets (order does not matter; counts do). */
export function compareMutations(llm: readonly string[], script: readonly string[]): ShadowComparison {
  const left = new Map<string, number>()
  for (const m of llm) left.set(m, (left.get(m) ?? 0) + 1)
  const extra: string[] = []
  for (const m of script) {
    const n = left.get(m) ?? 0
    if (n > 0) left.set(m, n - 1)
    else extra.push(m)
  }
  const missing = [...left].flatMap(([m, n]) => Array<string>(n).fill(m))
  return { agree: missing.length === 0 && extra.length === 0, missing, extra }
}

const effects = (records: readonly ToolCallRecord[], outcomes: readonly string[]): string[] => records.filter((r) => r.mutates && outcomes.includes(r.outcome)).map(mutationLabel)

function listed(items: string[]): string {
  if (!items.length) return 'none'
  const shown = items
    .slice(0, LIST_MAX)
    .map((m) => `\`${m}\``)
    .join('; ')
  return items.length > LIST_MAX ? `${shown}; … and ${items.length - LIST_MAX} more` : shown
}

/** Runs the workflow's shadow script; returns the summary notes. Never throws. */
export async function runShadow(run: CoordinatorRun, env: RunServices, deadline: number): Promise<string[]> {
  const { workflow } = run
  const file = workflow.shadowScript!
  const label = `shadow \`${file}\` (dry run)`
  const llm = effects(run.toolbox.records, ['sent', 'dry'])
  const remaining = deadline - MARGIN_MS - Date.now()
  if (run.signal.aborted || remaining <= 0) {
    env.trace.write({ type: 'shadow', workflow: workflow.name, file, agree: false, llm, script: [], missing: [], extra: [], error: 'not run: the workflow had no time left' })
    return [`${label}: not run: the workflow had no time left`]
  }

  const usage = emptyUsage()
  const controller = new AbortController()
  const shadowWorkflow: WorkflowConfig = { ...workflow, coordinator: 'script', script: file, shadowScript: undefined, dryRun: true }
  // A fresh toolbox and fresh guards, the files as configured (not the LLM's set-aside
  // results), reads answered from what the LLM read.
  let prepared
  try {
    prepared = await prepareRun(shadowWorkflow, env, {
      dryRun: true,
      recordedReads: recordedReadsFrom(run.toolbox.records),
      callIdPrefix: `${run.toolbox.options.callIdPrefix}-shadow`,
      traceCaller: 'shadow'
    })
  } catch (e) {
    env.trace.write({ type: 'shadow', workflow: workflow.name, file, agree: false, llm, script: [], missing: [], extra: [], error: errorMessage(e) })
    return [`${label}: not run: ${errorMessage(e)}`]
  }
  const { toolbox, files } = prepared
  const base = { workflow: shadowWorkflow, trigger: run.trigger, toolbox, files, usage, signal: controller.signal }

  const stop = (reason: unknown) => {
    toolbox.close(errorMessage(reason))
    controller.abort(reason)
  }
  const timer = setTimeout(() => stop(new BudgetError(`the shadow script was stopped before the workflow's timeout_seconds (${workflow.timeoutSeconds} s)`, 'timeout_seconds')), remaining)
  const onAbort = () => stop(run.signal.reason)
  run.signal.addEventListener('abort', onAbort, { once: true })
  let error: string | undefined
  let result: unknown = null
  try {
    const subagent = await createSubagent(base, { clients: env.clients, trace: env.trace, defaultModel: env.defaultModel }, { callerPrefix: 'shadow/' })
    const runtime = await loadRuntime(runtimeKind(shadowWorkflow))
    const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }))
    result = (await Promise.race([runtime.run({ ...base, subagent }, env), stopped])).result ?? null
  } catch (e) {
    error = errorMessage(e)
  } finally {
    clearTimeout(timer)
    run.signal.removeEventListener('abort', onAbort)
    toolbox.close('the shadow run is over')
  }
  // The candidate's model tokens are real spend: reported with the workflow's, after the
  // LLM's run, so they never counted toward its max_total_tokens.
  addUsage(run.usage, usage)

  const script = effects(toolbox.records, ['dry'])
  const refused = toolbox.records.filter((r) => r.outcome === 'refused').map((r) => `${mutationLabel(r)} (${r.guard})`)
  const comparison = compareMutations(llm, script)
  const agree = comparison.agree && !error
  env.trace.write({ type: 'shadow', workflow: workflow.name, file, agree, llm, script, missing: comparison.missing, extra: comparison.extra, refused, result, error, usage })

  const notes: string[] = []
  if (error) notes.push(`${label}: the script failed: ${error}`)
  if (comparison.agree) notes.push(`${label}: ${error ? 'before failing, its plan matched' : 'agrees with'} the LLM: the same ${llm.length} mutation(s)`)
  else {
    notes.push(`${label}: differs from the LLM: the LLM did ${llm.length} mutation(s), the script planned ${script.length}`)
    if (comparison.missing.length) notes.push(`shadow: missing from the script (the LLM did them): ${listed(comparison.missing)}`)
    if (comparison.extra.length) notes.push(`shadow: extra in the script (the LLM did not): ${listed(comparison.extra)}`)
  }
  notes.push(`shadow, LLM side: ${listed(llm)}`)
  notes.push(`shadow, script side: ${listed(script)}`)
  if (refused.length) notes.push(`shadow: the guards would refuse ${listed(refused)}`)
  if (totalTokens(usage)) notes.push(`shadow: the script's subagent used ${totalTokens(usage)} tokens (included in this workflow's usage)`)
  return notes
}
