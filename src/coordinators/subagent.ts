/**
 * The `subagent` handle a script receives (SPEC section 5): one bounded LLM call per
 * method, no tools, recorded in the trace; `call` runs a named subagent from the config.
 */
export interface Subagent {
  run(instructions: string, input?: unknown): Promise<string>
  json(instructions: string, input: unknown, schema: Record<string, unknown>): Promise<unknown>
  summarize(input: unknown): Promise<string>
  call(name: string, input: unknown, files?: string[]): Promise<string>
}

export class SubagentUnavailableError extends Error {
  override name = 'SubagentUnavailableError'
}
