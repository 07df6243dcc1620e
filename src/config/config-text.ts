import { CORE_SCHEMA, load as loadYaml } from 'js-yaml'
import { ConfigError } from '../errors.js'
import type { Located } from './yaml-document.js'

/**
 * A config's YAML text -> a plain object. Two parsers, one meaning: js-yaml reads the
 * common case (about three times faster than the `yaml` package per config, and it spares
 * loading `yaml` at all: a cold start reads the configs, also on an event that runs
 * nothing), and `yaml` (./yaml-document.ts), which keeps every node's position, reads the
 * text only when a message needs a line, or when js-yaml refuses the text: a syntax error
 * (so the message and line are `yaml`'s, as before), an alias (`yaml` expands them under
 * a cap: billion laughs), an empty document, a complex key, a tag js-yaml does not know.
 * Both read YAML 1.2's core schema; a `%YAML` directive (1.1 reads `yes` as true) always
 * goes to `yaml`. `__tests__/config/read-config.test.ts` checks that both give the same value.
 */

export type ConfigText = { value: Record<string, unknown>; located(): Promise<Located | undefined> } | { errors: ConfigError[] }

export async function readConfigText(text: string, file: string): Promise<ConfigText> {
  if (text.includes('\0')) return { errors: [binaryConfig(file)] }
  let quick: unknown
  try {
    if (/^%YAML/m.test(text)) throw new Error('a %YAML directive: read by `yaml`')
    quick = loadYaml(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: MAX_CONFIG_DEPTH + 1 })
  } catch {
    const { parseConfigText } = await import('./yaml-document.js')
    const parsed = parseConfigText(text, file)
    if ('errors' in parsed) return parsed
    return { value: parsed.value, located: async () => parsed }
  }
  const problem = shapeProblem(quick, file)
  if (problem) return { errors: [problem] }
  let located: Promise<Located | undefined> | undefined
  return {
    value: quick as Record<string, unknown>,
    located: () =>
      (located ??= import('./yaml-document.js').then(({ parseConfigText }) => {
        const parsed = parseConfigText(text, file)
        return 'errors' in parsed ? undefined : parsed
      }))
  }
}

/** NULs mean bytes, or text in UTF-16/32: a parser would only report a puzzling syntax error. */
export const binaryConfig = (file: string) => new ConfigError('is a binary file (or text not in UTF-8): expected YAML text in UTF-8', { file, line: 1 })

/** No workflow config needs more; deeper values are refused before validation walks them. */
export const MAX_CONFIG_DEPTH = 32

/** A parsed value that cannot be a config: too deep, empty, or not a mapping. */
export function shapeProblem(value: unknown, file: string): ConfigError | undefined {
  const depth = depthOf(value)
  if (depth > MAX_CONFIG_DEPTH) return new ConfigError(`is nested ${depth} levels deep: expected at most ${MAX_CONFIG_DEPTH} levels`, { file, line: 1 })
  if (value === null || value === undefined) return new ConfigError('is empty: expected a workflow config mapping (name, on, coordinator, ...)', { file, line: 1 })
  if (typeof value !== 'object' || Array.isArray(value)) {
    return new ConfigError(`is a YAML ${Array.isArray(value) ? 'list' : typeof value}: expected a mapping of keys (name, on, coordinator, ...)`, { file, line: 1 })
  }
  return undefined
}

/** Nesting depth of a parsed value, without recursion (so a deep value cannot overflow the stack). */
function depthOf(value: unknown): number {
  let max = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [v, d] = stack.pop()!
    if (d > max) max = d
    if (d > MAX_CONFIG_DEPTH) break
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, d + 1])
  }
  return max
}
