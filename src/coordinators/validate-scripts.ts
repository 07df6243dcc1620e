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
        for (const problem of await runtime.validate(script, key, services)) {
          // A helper two workflows share is reported once, whichever imported it.
          if (!errors.some((e) => sameProblem(e, problem))) errors.push(problem)
        }
      } catch (error) {
        errors.push(new ConfigError(`${script}: ${errorMessage(error)}`, { file: script }, key))
      }
    }
  }
  return errors
}

function sameProblem(a: ConfigError, b: ConfigError): boolean {
  const what = (e: ConfigError) => e.message.replace(/ \(imported from [^)]*\)$/, '')
  return a.location.file === b.location.file && a.location.line === b.location.line && what(a) === what(b)
}
