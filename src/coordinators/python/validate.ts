import type { Readable } from 'node:stream'
import { ConfigError, ScriptError } from '../../errors.js'
import { killIsolated, OutputTail, readLines, spawnIsolated, whenClosed } from '../script/process.js'
import { knowsNoIsolatedMode, OLDER, pythonArgs, startError, tooOldError } from './run.js'

/**
 * `mode: validate`: the interpreter starts and is 3.9 or newer, the script parses
 * (`ast.parse` in an isolated interpreter in an empty directory: nothing of the script or
 * the checkout runs) and defines a top-level `handler`.
 */
export async function validatePythonScript(path: string, script: string, python: string, secrets: readonly string[] = []): Promise<ConfigError | undefined> {
  const problem = await new Promise<ScriptError | { kind: string; message: string; line?: number } | undefined>((resolve) => {
    const proc = spawnIsolated(python, pythonArgs(['validate', path]), { secrets, env: { PYTHONIOENCODING: 'utf-8' } })
    const { child } = proc
    const tail = new OutputTail()
    let answer: { type: string; kind?: string; message?: string; line?: number; version?: string } | undefined
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
        if (answer?.type === 'error') return resolve({ kind: answer.kind ?? 'error', message: answer.message ?? '', line: answer.line ?? undefined })
        resolve({ kind: 'crash', message: `the Python process exited with code ${code} while checking it${tail.lastLines(3) ? `: ${tail.lastLines(3)}` : ''}` })
      })
    })
  })
  if (!problem) return undefined
  if (problem instanceof ScriptError) return new ConfigError(problem.message, { file: script }, 'coordinator_script', { cause: problem })
  const line = problem.line ?? undefined
  const message =
    problem.kind === 'syntax'
      ? `${script}${line ? `:${line}` : ''}: the script does not parse: SyntaxError: ${problem.message}`
      : problem.kind === 'no_handler'
        ? `${script}: defines no handler: expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``
        : `${script}: ${problem.message}`
  return new ConfigError(message, { file: script, ...(line ? { line } : {}) }, 'coordinator_script')
}
