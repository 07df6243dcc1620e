import { Ajv2020 } from 'ajv/dist/2020.js'
import type { InputValidator } from './tools.js'

/**
 * A server's input schemas, checked when it lists them: one that is not valid JSON Schema
 * would only fail later as the model API's 400 (or never be checked at all for a script),
 * so it fails the workflow at start, naming the server and the tool. Valid ones validate
 * every call before it is sent, so the model gets the same kind of error as for built-ins.
 */
export type SchemaCompiler = (schema: Record<string, unknown>) => InputValidator

/** One compiler per server: schemas' `$id`s are the server's own and may repeat across servers. */
export function schemaCompiler(): SchemaCompiler {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: true, validateFormats: false })
  return (schema) => compileInputSchema(ajv, schema)
}

function compileInputSchema(ajv: Ajv2020, schema: Record<string, unknown>): InputValidator {
  if (schema.type !== 'object') throw new Error(`its input schema has type ${JSON.stringify(schema.type)}: expected "object"`)
  // 2020-12 is MCP's default dialect; older $schema URIs are read as that too (their keywords agree for tool inputs).
  const { $schema: _dialect, ...body } = schema
  let check: ReturnType<Ajv2020['compile']>
  try {
    check = ajv.compile(body)
  } catch (error) {
    throw new Error(`its input schema is not valid JSON Schema: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  return (input) => (check(input) ? [] : (check.errors ?? []).map((e) => ({ path: e.instancePath.split('/').slice(1), message: e.message ?? 'is invalid' })))
}
