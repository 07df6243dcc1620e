import { FAILSAFE_SCHEMA, Type, load as loadYaml, type LoadOptions } from 'js-yaml'
import { ConfigError } from '../errors.js'
import type { Located } from './yaml-document.js'

/**
 * A config's YAML text -> a plain object. Two parsers, one meaning: js-yaml reads the
 * common case (about three times faster than the `yaml` package per config, and it spares
 * loading `yaml` at all: a cold start reads the configs, also on an event that runs
 * nothing), and `yaml` (./yaml-document.ts), which keeps every node's position, reads the
 * text only when a message needs a line, or when js-yaml refuses the text: a syntax error
 * (so the message and line are `yaml`'s, as before), an alias (`yaml` expands them under
 * a cap: billion laughs), an empty document, a complex key, a tag.
 * js-yaml is on its 4.x line (4.3, maintained beside 5.x), which reads a config in about
 * half the time of 5.5 (5.x builds a list of parser events, then the value).
 * Both read YAML 1.2's core schema; a `%YAML` directive (1.1 reads `yes` as true) always
 * goes to `yaml`. `__tests__/config/read-config.test.ts` checks that both give the same value.
 */

export type ConfigText = { value: Record<string, unknown>; located(): Promise<Located | undefined> } | { errors: ConfigError[] }

export async function readConfigText(text: string, file: string): Promise<ConfigText> {
  if (text.includes('\0')) return { errors: [binaryConfig(file)] }
  let quick: unknown
  try {
    if (/^%YAML/m.test(text)) throw new Error('a %YAML directive: read by `yaml`')
    if (HANDED_OVER.test(text)) throw new Error('an anchor, alias, tag or complex key: read by `yaml`')
    // `maxDepth` is js-yaml's since 4.2 (@types/js-yaml 4.0.9 predates it).
    quick = loadYaml(text, { schema: CORE_1_2, maxDepth: MAX_CONFIG_DEPTH + 1 } as LoadOptions)
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

/**
 * Texts js-yaml 4 would read differently from `yaml`, or without a cap, go to `yaml`:
 * - an anchor or alias (`&x`, `*x`): js-yaml has no cap on aliases, and turns a mapping
 *   used as a key into a string;
 * - a tag (`!x`), an explicit key (`? `), a flow collection as a key (`[a]: 1`);
 * - a null or empty key (`~: 1`): js-yaml makes it `"null"`, yaml `""`;
 * - a comment right after a flow collection or a quote (`{}#`): js-yaml 4 reads it, YAML
 *   refuses it.
 * Matched wherever such a character starts a token, also inside quoted text, where it only
 * costs the slower parser; a glob's `*` after a `/` or a `*` does not match. The property
 * test in `__tests__/config/read-config.test.ts` found the last two.
 */
const HANDED_OVER = /(?:^|[\s[\]{},:-])[&*!]|(?:^|[\s[{,])\?(?:\s|$)|[\]}]\s*:(?:\s|$)|(?:^|[\s[{,?-])(?:~|[Nn]ull|NULL)?:(?:\s|$)|[\]}"']#/m

/**
 * YAML 1.2's core schema, as `yaml` reads it (its `core` tags, same patterns and numbers):
 * js-yaml 4's own core schema also reads `0b101`, `1_000` and `-0` as numbers of YAML 1.1.
 */
const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) => new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (text: string) => test.test(text), construct })
const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    scalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)
    ),
    scalar('float', /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (text) =>
      /nan$/i.test(text) ? NaN : /inf$/i.test(text) ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text)
    )
  ]
})

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
