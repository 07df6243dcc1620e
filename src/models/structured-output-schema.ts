/**
 * The JSON Schema subset that structured outputs (`output_config.format`) accept, read by
 * both sides: the sandbox's fake refuses what the API refuses (`refusedConstruct`), and
 * `subagent.json` prepares a user's schema before sending it (`prepareOutputSchema`).
 *
 * Sources: platform.claude.com/docs/en/build-with-claude/structured-outputs ("JSON Schema
 * limitations": every object needs `additionalProperties: false`; no recursive schemas, no
 * external `$ref`; no numeric bounds, no string length bounds; `minItems` only 0 or 1;
 * supported string formats), and, for the exact wording of each 400, messages the API
 * returned as quoted in public code (`output_config.format.schema: For 'object' type,
 * 'additionalProperties' must be explicitly set to false`, `For 'integer' type, property
 * 'minimum' is not supported`, `Schema type 'oneOf' is not supported`, `Circular reference
 * detected in schema definitions: N -> N`, `Empty schema ({}) that accepts any JSON value
 * is not supported.`). Two messages were not found quoted anywhere and are ours: the
 * `minItems` one and the external `$ref` one.
 */

type Schema = Record<string, unknown>

const isRecord = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value)

export const SUPPORTED_STRING_FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'uri', 'ipv4', 'ipv6', 'uuid'])

/** Keywords the API refuses per type; a schema keeps them only in our own check. */
const UNSUPPORTED_BY_TYPE: Record<string, readonly string[]> = {
  integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  string: ['minLength', 'maxLength', 'pattern'],
  array: ['maxItems', 'uniqueItems', 'prefixItems', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
  object: ['if', 'then', 'else', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties', 'patternProperties', 'propertyNames', 'minProperties', 'maxProperties']
}
/** Keywords refused whatever the type. */
const UNSUPPORTED_ANYWHERE: Record<string, string> = { oneOf: "Schema type 'oneOf' is not supported", not: "Schema keyword 'not' is not supported" }
/** Keys that describe and constrain nothing the decoder needs. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly'])

const typeOf = (node: Schema): string | undefined => {
  const t = node.type
  if (typeof t === 'string') return t
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined
  return undefined
}

function definitions(root: Schema): Record<string, unknown> {
  return { ...(isRecord(root.definitions) ? root.definitions : {}), ...(isRecord(root.$defs) ? root.$defs : {}) }
}

function refName(ref: string): string | undefined {
  return /^#\/(?:\$defs|definitions)\/([^/]+)$/.exec(ref)?.[1]
}

/** A definition that reaches itself through `$ref`s: the chain, or undefined. */
function findCycle(root: Schema): string[] | undefined {
  const defs = definitions(root)
  const refsIn = (value: unknown, out: Set<string> = new Set()): Set<string> => {
    if (Array.isArray(value)) value.forEach((v) => refsIn(v, out))
    else if (isRecord(value)) {
      if (typeof value.$ref === 'string') {
        const name = refName(value.$ref)
        if (name) out.add(name)
      }
      for (const [key, v] of Object.entries(value)) if (key !== '$defs' && key !== 'definitions') refsIn(v, out)
    }
    return out
  }
  const visit = (name: string, chain: string[]): string[] | undefined => {
    if (chain.includes(name)) return [...chain.slice(chain.indexOf(name)), name]
    for (const next of refsIn(defs[name])) {
      const cycle = visit(next, [...chain, name])
      if (cycle) return cycle
    }
    return undefined
  }
  for (const name of Object.keys(defs)) {
    const cycle = visit(name, [])
    if (cycle) return cycle
  }
  return undefined
}

/** One node of a schema with its JSON path (`properties.items.items`). */
interface Visited {
  node: Schema
  path: string
}

function walk(root: Schema): Visited[] {
  const out: Visited[] = []
  const go = (node: unknown, path: string): void => {
    if (!isRecord(node)) return
    out.push({ node, path })
    const join = (key: string) => (path ? `${path}.${key}` : key)
    if (isRecord(node.properties)) for (const [k, v] of Object.entries(node.properties)) go(v, join(`properties.${k}`))
    if (isRecord(node.items)) go(node.items, join('items'))
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const list = node[key]
      if (Array.isArray(list)) list.forEach((v, i) => go(v, join(`${key}.${i}`)))
    }
    for (const key of ['$defs', 'definitions'] as const) {
      const defs = node[key]
      if (isRecord(defs)) for (const [k, v] of Object.entries(defs)) go(v, join(`${key}.${k}`))
    }
  }
  go(root, '')
  return out
}

const isEmptySchema = (node: Schema): boolean => Object.keys(node).every((k) => ANNOTATIONS.has(k))

/**
 * The first construct the API refuses, worded as the API's 400 (without its
 * `output_config.format.schema: ` prefix), or undefined when the schema is acceptable.
 */
export function refusedConstruct(schema: Schema): string | undefined {
  const cycle = findCycle(schema)
  if (cycle) return `Circular reference detected in schema definitions: ${cycle.join(' -> ')}`
  for (const { node } of walk(schema)) {
    if (isEmptySchema(node)) return 'Empty schema ({}) that accepts any JSON value is not supported.'
    for (const [key, message] of Object.entries(UNSUPPORTED_ANYWHERE)) if (key in node) return message
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) return `External $ref is not supported: ${node.$ref}`
    const type = typeOf(node)
    if (!type) continue
    for (const key of UNSUPPORTED_BY_TYPE[type] ?? []) if (key in node) return `For '${type}' type, property '${key}' is not supported`
    if (type === 'object' && node.additionalProperties !== false) return "For 'object' type, 'additionalProperties' must be explicitly set to false"
    if (type === 'array') {
      if (Array.isArray(node.items)) return "Invalid schema: Array types must be specified with a single object schema for 'items'."
      if (node.minItems !== undefined && node.minItems !== 0 && node.minItems !== 1) return "For 'array' type, property 'minItems' supports only the values 0 and 1"
    }
    if (type === 'string' && typeof node.format === 'string' && !SUPPORTED_STRING_FORMATS.has(node.format)) {
      return `For 'string' type, format '${node.format}' is not supported`
    }
  }
  return undefined
}

/** A schema structured outputs cannot express at all: the user must change it. */
export class UnsupportedSchemaError extends Error {
  override name = 'UnsupportedSchemaError'
  constructor(
    readonly path: string,
    readonly problem: string,
    readonly advice: string
  ) {
    super(`${path || 'the schema root'}: ${problem}; ${advice}`)
  }
}

export interface PreparedSchema {
  /** What is sent as `output_config.format.schema`. */
  schema: Schema
  /** Constraints left out of the sent schema (the answer is still checked against them). */
  relaxed: string[]
}

/**
 * Turns a user's JSON Schema into one structured outputs accept. Constraints the decoder
 * cannot enforce (bounds, lengths, patterns, `oneOf` exclusivity...) are left out of the
 * sent copy and noted in its description: the caller checks the answer against the full
 * schema, so nothing is lost. What no rewrite can express (recursion, open objects, "any
 * value", tuples, external refs) throws UnsupportedSchemaError saying what to change.
 */
export function prepareOutputSchema(schema: Schema): PreparedSchema {
  const cycle = findCycle(schema)
  if (cycle) {
    const at = cycle[0]!
    throw new UnsupportedSchemaError(
      `$defs.${at}`,
      `refers to itself (${cycle.join(' -> ')}): structured outputs refuse recursive schemas`,
      'give the nesting a fixed depth (write out each level) instead of a $ref back to itself'
    )
  }
  const relaxed: string[] = []
  const convert = (node: unknown, path: string): Schema => {
    const at = path || 'the schema root'
    if (!isRecord(node)) throw new UnsupportedSchemaError(path, `is ${JSON.stringify(node)}, not a schema object`, 'write a schema object such as { "type": "string" }')
    if (isEmptySchema(node)) {
      throw new UnsupportedSchemaError(path, 'accepts any JSON value (no type, enum, const, anyOf or $ref)', 'give it a type, e.g. { "type": "string" }, or an anyOf of the types it may take')
    }
    const out: Schema = {}
    const notes: string[] = []
    const join = (key: string) => (path ? `${path}.${key}` : key)
    for (const [key, value] of Object.entries(node)) {
      switch (key) {
        case '$schema':
        case '$id':
        case '$comment':
          break
        case '$ref':
          if (typeof value !== 'string' || !value.startsWith('#')) {
            throw new UnsupportedSchemaError(path, `has the external $ref ${JSON.stringify(value)}`, 'inline that schema, or put it under $defs and refer to it as #/$defs/NAME')
          }
          out.$ref = value
          break
        case '$defs':
        case 'definitions':
          if (isRecord(value)) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, join(`${key}.${k}`))]))
          break
        case 'properties':
          if (isRecord(value)) out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, join(`properties.${k}`))]))
          break
        case 'items':
          if (Array.isArray(value)) {
            throw new UnsupportedSchemaError(path, 'lists one schema per position in items (a tuple)', 'give items one schema for every element, or make the tuple an object with named properties')
          }
          out.items = convert(value, join('items'))
          break
        case 'anyOf':
        case 'oneOf':
        case 'allOf':
          if (Array.isArray(value)) {
            // oneOf's "exactly one" cannot be decoded; anyOf plus our own check keeps it.
            if (key === 'oneOf') notes.push('oneOf (sent as anyOf)')
            out[key === 'oneOf' ? 'anyOf' : key] = value.map((v, i) => convert(v, join(`${key}.${i}`)))
          }
          break
        case 'additionalProperties':
          if (value !== false) {
            throw new UnsupportedSchemaError(
              path,
              `is an open object (additionalProperties: ${JSON.stringify(value)}): structured outputs need every object's properties listed`,
              'list the properties and set additionalProperties: false, or use an array of { "key": ..., "value": ... } objects'
            )
          }
          break
        case 'patternProperties':
          throw new UnsupportedSchemaError(
            path,
            "uses patternProperties (an open object): structured outputs need every object's properties listed",
            'list the properties, or use an array of { "key": ..., "value": ... } objects'
          )
        case 'minItems':
          if (value === 0 || value === 1) out.minItems = value
          else notes.push(`minItems ${JSON.stringify(value)}`)
          break
        case 'format':
          if (typeof value === 'string' && SUPPORTED_STRING_FORMATS.has(value)) out.format = value
          else notes.push(`format ${JSON.stringify(value)}`)
          break
        case 'not':
          notes.push('not')
          break
        default: {
          const type = typeOf(node)
          const refused = (type && UNSUPPORTED_BY_TYPE[type]?.includes(key)) || Object.values(UNSUPPORTED_BY_TYPE).some((keys) => keys.includes(key))
          if (refused) notes.push(`${key} ${JSON.stringify(value)}`)
          else out[key] = value
        }
      }
    }
    if (typeOf(node) === 'object') {
      if (!isRecord(node.properties) || Object.keys(node.properties).length === 0) {
        if (node.additionalProperties === false) out.properties = {}
        else {
          throw new UnsupportedSchemaError(
            path,
            "is an object that lists no properties (any object): structured outputs need every object's properties listed",
            'list its properties (with additionalProperties: false), or use an array of { "key": ..., "value": ... } objects'
          )
        }
      }
      out.additionalProperties = false
    }
    if (notes.length) {
      relaxed.push(...notes.map((n) => `${at}: ${n}`))
      const described = typeof out.description === 'string' ? `${out.description}\n\n` : ''
      out.description = `${described}Also: ${notes.join(', ')}.`
    }
    return out
  }
  return { schema: convert(schema, ''), relaxed }
}
