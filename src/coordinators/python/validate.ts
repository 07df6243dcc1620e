import { dirname, relative, sep } from 'node:path'
import type { Readable } from 'node:stream'
import { ConfigError, ScriptError } from '../../errors.js'
import { killIsolated, spawnIsolated, whenClosed } from '../script/process.js'
import { OutputTail, readLines } from '../script/output.js'
import { knowsNoIsolatedMode, OLDER, pythonArgs, startError, tooOldError } from './run.js'

/**
 * `mode: validate`: the interpreter starts and is 3.9 or newer, the script and the modules
 * of its own folder it imports (transitively) parse (`ast.parse` in an isolated interpreter
 * in an empty directory: nothing of the script or the checkout runs), and it defines a
 * top-level `handler`. `root` is the folder of the source, for the paths in messages.
 */
export async function validatePythonScript(path: string, script: string, python: string, secrets: readonly string[] = [], root?: string): Promise<ConfigError | undefined> {
  type Problem = { kind: string; message: string; line?: number; file?: string; imported_from?: [string, number] }
  const problem = await new Promise<ScriptError | Problem | undefined>((resolve) => {
    const proc = spawnIsolated(python, pythonArgs(['validate', path]), { secrets, env: { PYTHONIOENCODING: 'utf-8' } })
    const { child } = proc
    const tail = new OutputTail()
    let answer: { type: string; kind?: string; message?: string; line?: number; version?: string; file?: string; imported_from?: [string, number] } | undefined
    const timer = setTimeout(() => {
      killIsolated(proc)
      resolve({ kind: 'timeout', message: 'checking the script took more than 30 s' })
    }, 30_000)
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      killIsolated(proc)
      resolve(startError(python, script, error))
    })
    child.stdout!.resume()
    child.stderr!.on('data', (chunk: Buffer) => tail.add(chunk))
    child.stdin!.on('error', () => {})
    child.stdin!.end()
    readLines(
      child.stdio[3] as Readable,
      (line) => {
        try {
          answer ??= JSON.parse(line)
        } catch {
          // reported below as an unexpected end
        }
      },
      () => {}
    )
    child.on('exit', (code) => {
      killIsolated(proc)
      void whenClosed(child, 500).then(() => {
        clearTimeout(timer)
        if (answer?.type === 'valid') return resolve(undefined)
        if (answer?.type === 'too_old') return resolve(tooOldError(python, script, String(answer.version)))
        if (!answer && knowsNoIsolatedMode(tail.text())) return resolve(tooOldError(python, script, OLDER))
        if (answer?.type === 'error')
          return resolve({ kind: answer.kind ?? 'error', message: answer.message ?? '', line: answer.line ?? undefined, file: answer.file, imported_from: answer.imported_from })
        resolve({ kind: 'crash', message: `the Python process exited with code ${code} while checking it${tail.lastLines(3) ? `: ${tail.lastLines(3)}` : ''}` })
      })
    })
  })
  if (!problem) return undefined
  if (problem instanceof ScriptError) return new ConfigError(problem.message, { file: script }, 'coordinator_script', { cause: problem })
  const line = problem.line ?? undefined
  // A module the script imports is named by its own path, relative to the source's folder.
  const tail = script.split('/').join(sep)
  const base = root ?? (path.endsWith(sep + tail) ? path.slice(0, -tail.length - 1) : dirname(path))
  const rel = (file: string) => relative(base, file).split(sep).join('/')
  const file = problem.file && problem.imported_from ? rel(problem.file) : script
  const via = problem.imported_from ? ` (imported from ${rel(problem.imported_from[0])}:${problem.imported_from[1]})` : ''
  const message =
    problem.kind === 'syntax'
      ? `${file}${line ? `:${line}` : ''}: ${via ? 'the module' : 'the script'} does not parse: SyntaxError: ${problem.message}${via}`
      : problem.kind === 'no_handler'
        ? `${script}: defines no handler: expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``
        : `${script}: ${problem.message}`
  return new ConfigError(message, { file, ...(line ? { line } : {}) }, 'coordinator_script')
}
