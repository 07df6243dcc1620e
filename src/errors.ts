/**
 * The project's own typed errors. Inner code throws these (keeping `cause`); the failure
 * boundaries in main.ts and the coordinators turn them into annotations and failed results.
 */

import { types } from 'node:util'

const { isNativeError } = types

/** Where in a user's file a problem is, for annotations and `file:line: message` lines. */
export interface SourceLocation {
  file: string
  line?: number
  column?: number
}

/** A config, event or script the user wrote is wrong. Names the file, the key and what was expected. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(
    message: string,
    readonly location: SourceLocation,
    readonly key?: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** The runner's event could not be read. */
export class TriggerError extends Error {
  override name = 'TriggerError'
}

/** A tool call failed: bad input, an API error, a tool the workflow does not have. */
export class ToolError extends Error {
  override name = 'ToolError'
  constructor(
    message: string,
    readonly tool: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** A guard (limit or allow-list) refused a mutating call before it was sent. */
export class ToolRefusedError extends ToolError {
  override name = 'ToolRefusedError'
  constructor(
    message: string,
    tool: string,
    readonly guard: string,
    readonly target: string
  ) {
    super(message, tool)
  }
}

/** A script coordinator failed: it threw, hung, or returned something that is not JSON. */
export class ScriptError extends Error {
  override name = 'ScriptError'
  constructor(
    message: string,
    readonly location: SourceLocation,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** A workflow ran out of its time, turns, token budget or cost budget. */
export class BudgetError extends Error {
  override name = 'BudgetError'
  constructor(
    message: string,
    readonly cap: 'timeout_seconds' | 'max_turns' | 'max_total_tokens' | 'max_cost_usd'
  ) {
    super(message)
  }
}

/**
 * Any thrown value, as a message a user can read. Handles non-Error throws too, and errors of
 * another realm (a vm context, a test runner's sandbox), which fail `instanceof Error`.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error || isNativeError(error)) return (error as Error).message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    // A cycle or a bigint in an object with no prototype: String() would throw too.
    try {
      return String(error)
    } catch {
      return Object.prototype.toString.call(error)
    }
  }
}
