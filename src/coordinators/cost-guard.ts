import type Anthropic from '@anthropic-ai/sdk'
import { BudgetError } from '../errors.js'
import { wrongModelForm, type ProviderName } from '../clients/provider.js'
import { costTally, priceForModel } from '../models/cost.js'
import { formatUsd, worstCaseCost } from '../models/prices.js'
import type { Usage } from '../usage.js'

/** What the checks need from a model session. */
export interface CostGuardSession {
  usage: Usage
  /** Where the request goes; default the Anthropic API. */
  provider?: ProviderName
  /** `max_cost_usd`: no request is sent that could take the workflow past it. */
  maxCostUsd?: number
}

/** A model id of the wrong form for the provider: refused before the request, naming the form. */
export class ModelIdError extends Error {
  override name = 'ModelIdError'
}

/**
 * Characters per token for the worst-case estimate of a prompt: English runs about four,
 * code and JSON fewer; three keeps the estimate on the safe side.
 */
const CHARS_PER_TOKEN = 3

/** The prompt's tokens, estimated from the size of what is sent (tools, system, messages). */
export function estimatePromptTokens(params: Pick<Anthropic.MessageCreateParamsNonStreaming, 'system' | 'messages' | 'tools'>): number {
  const chars = JSON.stringify([params.tools ?? [], params.system ?? '', params.messages]).length
  return Math.ceil(chars / CHARS_PER_TOKEN)
}

/**
 * Runs before every model request: the model id must have the provider's form, and with
 * `max_cost_usd` the spend so far plus the next request's worst case (its whole prompt at
 * the dearest input rate, all of max_tokens as output) must stay within it. Either failure
 * stops the workflow before anything is sent, as `max_total_tokens` does.
 */
export function checkNextRequest(session: CostGuardSession, params: Pick<Anthropic.MessageCreateParamsNonStreaming, 'model' | 'max_tokens' | 'system' | 'messages' | 'tools'>): void {
  const wrong = wrongModelForm(session.provider ?? 'anthropic', params.model)
  if (wrong) throw new ModelIdError(wrong)
  const cap = session.maxCostUsd
  if (cap === undefined) return
  const price = priceForModel(params.model)
  if (!price) {
    throw new BudgetError(
      `max_cost_usd (${cap}) is set, but model ${params.model} has no list price in the action's price table, so its cost cannot be capped: use a model the README's price table lists, or remove max_cost_usd`,
      'max_cost_usd'
    )
  }
  const spent = costTally(session.usage).usd
  const worst = worstCaseCost(price, estimatePromptTokens(params), params.max_tokens)
  if (spent + worst > cap) {
    throw new BudgetError(
      `the workflow stopped before passing max_cost_usd (${cap}): $${formatUsd(spent)} spent, subagents included, and the next request could cost up to $${formatUsd(worst)} (its prompt at the dearest input rate and all ${params.max_tokens} max_tokens of output)`,
      'max_cost_usd'
    )
  }
}
