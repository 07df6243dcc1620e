import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { relative, sep } from 'node:path'
import { ConfigError, errorMessage } from '../../errors.js'
import { compileScript, ScriptLoadError } from './ts-loader.js'
import { scriptEnv } from './process.js'

/**
 * `mode: validate` for a JavaScript or TypeScript script, without running any of its code:
 * TypeScript compiles, every file parses (`node --check`, which never evaluates), and the
 * module exports a handler, found in its text: `export default`, `export function handler`,
 * `export { x as default }`, `module.exports =`, `exports.handler =`.
 */
export async function validateJavaScriptScript(localPath: string, script: string, key: string, root: string, secrets: readonly string[]): Promise<ConfigError | undefined> {
  const rel = (file: string) => relative(root, file).split(sep).join('/')
  let compiled
  try {
    compiled = await compileScript(localPath)
  } catch (error) {
    if (error instanceof ScriptLoadError) return new ConfigError(`${rel(error.file)}${error.line ? `:${error.line}` : ''}: ${error.message}`, { file: rel(error.file), line: error.line }, key)
    return new ConfigError(`${script}: ${errorMessage(error)}`, { file: script }, key)
  }
  try {
    const files = compiled.sources.size ? [...compiled.sources.keys()] : [compiled.entry]
    for (const file of files) {
      const problem = await checkSyntax(file, secrets)
      if (problem) {
        const source = compiled.sources.get(file) ?? file
        return new ConfigError(`${rel(source)}${problem.line ? `:${problem.line}` : ''}: syntax error: ${problem.message}`, { file: rel(source), ...(problem.line ? { line: problem.line } : {}) }, key)
      }
    }
    if (!exportsHandler(await fs.readFile(compiled.entry, 'utf8'))) {
      return new ConfigError(`${script}: exports no handler: expected a default export or a function named handler`, { file: script, line: 1 }, key)
    }
    return undefined
  } finally {
    await compiled.dispose()
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
