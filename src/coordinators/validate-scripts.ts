import { extname } from 'node:path'
import { ConfigError, errorMessage } from '../errors.js'
import type { FileSource } from '../config/source.js'
import type { WorkflowConfig } from '../config/workflow-config.js'
import { loadScript, ScriptLoadError } from './ts-loader.js'
import { findHandler } from './script.js'

/**
 * `mode: validate`: every coordinator and shadow script loads (TypeScript compiles) and
 * exports a handler. Loading runs the module's top level, as a run would.
 */
export async function validateScripts(workflows: WorkflowConfig[], source: FileSource, python: string): Promise<ConfigError[]> {
  const errors: ConfigError[] = []
  for (const w of workflows) {
    for (const [key, script] of [['coordinator_script', w.script], ['shadow_script', w.shadowScript]] as const) {
      if (!script) continue
      if (extname(script) === '.py') {
        const { validatePythonScript } = await import('./python.js')
        const problem = await validatePythonScript(await source.localPath(script), script, python)
        if (problem) errors.push(problem)
        continue
      }
      try {
        const loaded = await loadScript(await source.localPath(script))
        const ok = findHandler(loaded.module)
        await loaded.dispose()
        if (!ok) errors.push(new ConfigError(`${script}: exports no handler: expected a default export or a function named handler`, { file: script, line: 1 }, key))
      } catch (error) {
        if (error instanceof ScriptLoadError) errors.push(new ConfigError(`${script}: ${error.message}`, { file: script, line: error.line }, key))
        else errors.push(new ConfigError(`${script}: ${errorMessage(error)}`, { file: script }, key))
      }
    }
  }
  return errors
}
