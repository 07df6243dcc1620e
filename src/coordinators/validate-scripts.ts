import { ConfigError, errorMessage } from '../errors.js'
import type { WorkflowConfig } from '../config/workflow-config.js'
import type { ValidateServices } from './contract.js'
import { loadRuntime, scriptRuntime } from './runtimes.js'

/**
 * `mode: validate`: every coordinator and shadow script compiles, parses and exports a
 * handler. Nothing of a script runs: each runtime checks its language statically.
 */
export async function validateScripts(workflows: WorkflowConfig[], services: ValidateServices): Promise<ConfigError[]> {
  const errors: ConfigError[] = []
  for (const w of workflows) {
    for (const [key, script] of [
      ['coordinator_script', w.script],
      ['shadow_script', w.shadowScript]
    ] as const) {
      if (!script) continue
      try {
        const runtime = await loadRuntime(scriptRuntime(script))
        const problem = await runtime.validate(script, key, services)
        if (problem) errors.push(problem)
      } catch (error) {
        errors.push(new ConfigError(`${script}: ${errorMessage(error)}`, { file: script }, key))
      }
    }
  }
  return errors
}
