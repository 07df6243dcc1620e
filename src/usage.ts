/** LLM tokens, as `results[].usage` reports them: the workflow's model calls, subagents included. */
export interface Usage {
  input_tokens: number
  output_tokens: number
  cache_read_input_tokens: number
  cache_creation_input_tokens: number
}

export function emptyUsage(): Usage {
  return { input_tokens: 0, output_tokens: 0, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 }
}

/** Adds an API usage block (fields may be null or missing) into a running total. */
export function addUsage(total: Usage, usage: Partial<Record<keyof Usage, number | null>> | undefined): Usage {
  if (!usage) return total
  total.input_tokens += usage.input_tokens ?? 0
  total.output_tokens += usage.output_tokens ?? 0
  total.cache_read_input_tokens += usage.cache_read_input_tokens ?? 0
  total.cache_creation_input_tokens += usage.cache_creation_input_tokens ?? 0
  return total
}

/** Every token the budget counts: all input (cached or not) and output. */
export function totalTokens(u: Usage): number {
  return u.input_tokens + u.output_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens
}
