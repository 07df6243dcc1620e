import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'

/**
 * GitHub's own parser for action.yml and workflow files (@actions/workflow-parser, what the
 * Actions language service runs). It is ESM that imports its JSON schemas without import
 * attributes, which Node refuses, so we bundle it once per test process with esbuild (the
 * JSON inlined) and import the bundle.
 */

export interface ParseProblem {
  message: string
}

interface ParserModule {
  parseWorkflow(file: { name: string; content: string }, trace: unknown): ParseResult
  parseAction(file: { name: string; content: string }, trace: unknown): ParseResult
  NoOperationTraceWriter: new () => unknown
}

interface ParseResult {
  value?: unknown
  context: { errors: { getErrors(): ParseProblem[] } }
}

let loaded: Promise<ParserModule> | undefined

function load(): Promise<ParserModule> {
  loaded ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hc-workflow-parser-')), 'parser.mjs')
    buildSync({
      stdin: {
        contents: "export { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser'\nexport { parseAction } from '@actions/workflow-parser/actions/action-parser'\n",
        resolveDir: resolve('.')
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'error',
      // Its CommonJS dependencies (yaml) call require(): give the ESM bundle one.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" }
    })
    return (await import(pathToFileURL(out).href)) as ParserModule
  })()
  return loaded
}

/** The problems GitHub's parser finds in an action.yml (syntax and schema); [] when it loads. */
export async function actionProblems(name: string, content: string): Promise<string[]> {
  const parser = await load()
  const result = parser.parseAction({ name, content }, new parser.NoOperationTraceWriter())
  return result.context.errors.getErrors().map((e) => e.message)
}

/** The problems GitHub's parser finds in a workflow file (syntax and schema); [] when it loads. */
export async function workflowProblems(name: string, content: string): Promise<string[]> {
  const parser = await load()
  const result = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter())
  const problems = result.context.errors.getErrors().map((e) => e.message)
  if (!problems.length && !result.value) problems.push(`${name}: the parser returned no workflow`)
  return problems
}
