import { addUsage, emptyUsage, type Usage } from '../usage.js'
import { formatUsd } from '../models/prices.js'

/** What the totals read from each workflow's report. */
export interface UsageReport {
  usage: Usage
  costUsd: number | null
  unpricedModels: string[]
}

export interface RunTotals {
  usage: Usage
  /** USD as the `cost-usd` output shows it; null when any model had no list price. */
  costUsd: string | null
  unpriced: string[]
}

/** The run's tokens and cost over every workflow, subagents included (pure). */
export function runTotals(reports: readonly UsageReport[]): RunTotals {
  const usage = emptyUsage()
  let usd = 0
  const unpriced = new Set<string>()
  for (const r of reports) {
    addUsage(usage, r.usage)
    usd += r.costUsd ?? 0
    for (const m of r.unpricedModels) unpriced.add(m)
  }
  return { usage, costUsd: unpriced.size ? null : formatUsd(usd), unpriced: [...unpriced] }
}
