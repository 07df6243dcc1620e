import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { extname, relative, sep } from 'node:path'
import { ConfigError, errorMessage } from '../../errors.js'
import { compileScript, ScriptLoadError, type CompiledScript } from './ts-loader.js'
import { scriptEnv } from './process.js'
import { walkImports, type ImportGraph } from './import-graph.js'

export interface ValidateJavaScriptOptions {
  /** The folder the script's source sits in on disk: no import may leave it. */
  root: string
  /** Secrets the checking processes' environment must not hold. */
  secrets: readonly string[]
  /** The run would let bare imports resolve only to Node built-ins (the source is not the workspace). */
  restrictImports: boolean
}

const TS = ['.ts', '.mts', '.cts']
const JS = ['.js', '.mjs', '.cjs']
/** `node --check` processes at a time. */
const CHECKS_AT_ONCE = 2

/**
 * `mode: validate` for a JavaScript or TypeScript script, without running any of its code:
 * every local file it imports (transitively, found by a parser: import-graph.ts) exists,
 * stays inside the source and is not a package the run would refuse; TypeScript compiles
 * (types are not checked: the run does not check them either); every file parses
 * (`node --check`, which never evaluates); and the module exports a handler, found in its
 * text: `export default`, `export function handler`, `export { x as default }`,
 * `module.exports =`, `exports.handler =`. Each problem is an error at its own file's line.
 */
export async function validateJavaScriptScript(localPath: string, script: string, key: string, options: ValidateJavaScriptOptions): Promise<ConfigError[]> {
  let graph: ImportGraph
  try {
    graph = await walkImports(localPath, { root: options.root, restrictImports: options.restrictImports })
  } catch (error) {
    return [new ConfigError(`${script}: ${errorMessage(error)}`, { file: script }, key)]
  }
  const rel = (file: string) =>
    relative(file.startsWith(graph.root + sep) ? graph.root : options.root, file)
      .split(sep)
      .join('/')
  const imported = (file: string) => {
    const via = graph.via.get(file)
    return via ? ` (imported from ${rel(via.file)}:${via.line})` : ''
  }
  const at = (file: string, line: number | undefined, message: string) => new ConfigError(`${rel(file)}${line ? `:${line}` : ''}: ${message}`, { file: rel(file), ...(line ? { line } : {}) }, key)
  const errors = graph.problems.map((p) => at(p.file, p.line, p.message))

  // TypeScript compiles: the entry with the TypeScript it imports (as the run compiles it),
  // and any TypeScript file only a JavaScript file imports.
  const compiled: CompiledScript[] = []
  const checks: { file: string; source: string }[] = []
  try {
    const real = async (file: string) => fs.realpath(file).catch(() => file)
    const compiledFrom = new Map<string, string>()
    const compile = async (file: string): Promise<boolean> => {
      try {
        const done = await compileScript(file)
        compiled.push(done)
        for (const [out, source] of done.sources) compiledFrom.set(await real(source), out)
        return true
      } catch (error) {
        const real = error instanceof ScriptLoadError ? await fs.realpath(error.file).catch(() => error.file) : file
        errors.push(error instanceof ScriptLoadError ? at(real, error.line, `${error.message}${imported(real)}`) : at(file, undefined, errorMessage(error)))
        return false
      }
    }
    const [entry] = graph.files
    if (TS.includes(extname(entry!).toLowerCase()) && !(await compile(entry!))) return errors
    for (const file of graph.files) {
      const ext = extname(file).toLowerCase()
      if (JS.includes(ext)) checks.push({ file, source: file })
      else if (TS.includes(ext)) {
        if (!compiledFrom.has(file) && !(await compile(file))) continue
        const out = compiledFrom.get(file)
        if (out) checks.push({ file: out, source: file })
      }
    }
    const problems = await inPool(checks, CHECKS_AT_ONCE, ({ file }) => checkSyntax(file, options.secrets))
    checks.forEach(({ source }, i) => {
      const problem = problems[i]
      if (problem) errors.push(at(source, problem.line, `syntax error: ${problem.message}${imported(source)}`))
    })
    if (checks[0] && !problems[0] && !exportsHandler(await fs.readFile(checks[0].file, 'utf8'))) {
      errors.push(new ConfigError(`${script}: exports no handler: expected a default export or a function named handler`, { file: script, line: 1 }, key))
    }
    return errors
  } finally {
    await Promise.all(compiled.map((c) => c.dispose()))
  }
}

/** `node --check`: parses the file as Node would load it, runs nothing. */
function checkSyntax(file: string, secrets: readonly string[]): Promise<{ line?: number; message: string } | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--check', file], { env: { ...scriptEnv(secrets), NODE_OPTIONS: '' }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', (error) => resolve({ message: errorMessage(error) }))
    child.on('close', (code) => {
      if (code === 0) return resolve(undefined)
      const at = /^(?:file:\/\/)?([^\n]+?):(\d+)\n/m.exec(stderr)
      const message = /^(SyntaxError: .*)$/m.exec(stderr)?.[1] ?? (stderr.trim().split('\n').pop() || `node --check exited with code ${code}`)
      resolve({ line: at ? Number(at[2]) : undefined, message })
    })
  })
}

/** `work` over `items`, at most `size` at a time; the results in the items' order. */
async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
  return results
}

/** Whether the module's text exports a handler (comments and strings blanked first). */
export function exportsHandler(code: string): boolean {
  const text = code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ')
  return [
    /\bexport\s+default\b/,
    /\bexport\s+(?:async\s+)?function\s*\*?\s*handler\b/,
    /\bexport\s+(?:const|let|var)\s+handler\b/,
    /\bexport\s*\{[^}]*\b(?:handler|as\s+default)\b[^}]*\}/,
    /\bmodule\.exports\s*=/,
    /\b(?:module\.)?exports\.(?:handler|default)\s*=/
  ].some((re) => re.test(text))
}
