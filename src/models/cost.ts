import type { Usage } from '../usage.js'
import { apiModelId } from '../clients/provider.js'
import { costOfUsage, priceOf, type PricedUsage } from './prices.js'

/**
 * The running cost of one workflow run, priced per request (a subagent may use another
 * model than the workflow). `unpriced` names the models with no list price: while it is
 * not empty the workflow's cost is unknown, never a guess.
 */
export interface CostTally {
  usd: number
  unpriced: Set<string>
}

/**
 * Each workflow's tally, keyed by its usage object: that object already travels with every
 * model session of the run (subagents included), so the cost follows it without another
 * field in the coordinator contract.
 */
const tallies = new WeakMap<Usage, CostTally>()

export function costTally(usage: Usage): CostTally {
  let tally = tallies.get(usage)
  if (!tally) tallies.set(usage, (tally = { usd: 0, unpriced: new Set() }))
  return tally
}

/** The tally's cost, or null while a model had no price. */
export function knownCost(tally: CostTally): number | null {
  return tally.unpriced.size ? null : tally.usd
}

/** Prices one response and adds it to the workflow's tally; null when the model has no price. */
export function addRequestCost(usage: Usage, model: string, responseUsage: PricedUsage | undefined): number | null {
  const tally = costTally(usage)
  const price = priceForModel(model)
  if (!price) {
    tally.unpriced.add(model)
    return null
  }
  const usd = responseUsage ? costOfUsage(price, responseUsage) : 0
  tally.usd += usd
  return usd
}

/** The list price of a model given by any provider's id. */
export function priceForModel(model: string) {
  const api = apiModelId(model)
  return api ? priceOf(api) : undefined
}
