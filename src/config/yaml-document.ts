import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml'
import { ConfigError } from '../errors.js'
import { binaryConfig, MAX_CONFIG_DEPTH, shapeProblem } from './config-text.js'

/**
 * A config read with the `yaml` package, which keeps every node's position: for the line
 * of a problem, and for texts js-yaml refuses (src/config/config-text.ts says when). Loaded
 * only then: a config that is fine never needs it.
 */

export type Located = { doc: Document; lines: LineCounter }
export type Parsed = (Located & { value: Record<string, unknown> }) | { errors: ConfigError[] }

/** YAML text -> a plain object, or errors with their line. Anchors are capped (billion laughs). */
export function parseConfigText(text: string, file: string): Parsed {
  if (text.includes('\0')) return { errors: [binaryConfig(file)] }
  const lines = new LineCounter()
  let doc: Document
  let value: unknown
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true })
    // An unknown tag (`!!js/function`) would silently become a string: refuse it like an error.
    const problems = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')]
    if (problems.length) {
      return {
        errors: problems.map((e) => {
          const pos = lines.linePos(e.pos[0])
          return new ConfigError(`invalid YAML: ${yamlProblem(e.message)}`, { file, line: pos.line, column: pos.col })
        })
      }
    }
    value = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    return { errors: [new ConfigError(`invalid YAML: ${yamlProblem((error as Error)?.message ?? String(error))}`, { file }, undefined, { cause: error })] }
  }
  const problem = shapeProblem(value, file)
  if (problem) return { errors: [problem] }
  return { doc: doc!, lines, value: value as Record<string, unknown> }
}

/** The parser's message, first line; a stack overflow (absurd nesting) said in the user's terms. */
function yamlProblem(message: string): string {
  return /call stack/i.test(message) ? `nested too deeply to read: expected at most ${MAX_CONFIG_DEPTH} levels` : message.split('\n')[0]!
}

/** 1-based line of the node at `path` (or of `key` inside it), for annotations. */
export function lineOf(doc: Document, lines: LineCounter, path: (string | number)[], key?: string): number | undefined {
  let node: unknown = path.length ? doc.getIn(path, true) : doc.contents
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key)
    node = pair?.key
  }
  if (!node && path.length) return lineOf(doc, lines, path.slice(0, -1), typeof path.at(-1) === 'string' ? (path.at(-1) as string) : undefined)
  const range = (node as YamlNode | undefined)?.range
  return range ? lines.linePos(range[0]).line : undefined
}
