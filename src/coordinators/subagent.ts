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

/**
 * A handle whose implementation is made on its first call: a script that never asks the
 * model loads none of the model code (the Messages API client, the loop, the schemas).
 */
export function lazySubagent(make: () => Promise<Subagent>): Subagent {
  let made: Promise<Subagent> | undefined
  const real = () => (made ??= make())
  return {
    run: (...args) => real().then((s) => s.run(...args)),
    json: (...args) => real().then((s) => s.json(...args)),
    summarize: (...args) => real().then((s) => s.summarize(...args)),
    call: (...args) => real().then((s) => s.call(...args))
  }
}
