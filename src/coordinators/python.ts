import type { Coordinator } from '../run-workflow.js'

/** Python script coordinators: not built yet in this version. */
export const pythonCoordinator: Coordinator = async (run) => {
  throw new Error(`${run.workflow.script}: Python coordinator scripts are not built yet in this version`)
}

import { ConfigError } from '../errors.js'
/** Not built yet: says so instead of pretending the script was checked. */
export async function validatePythonScript(_path: string, script: string, _python: string): Promise<ConfigError | undefined> {
  return new ConfigError(`${script}: Python coordinator scripts are not supported yet in this version`, { file: script }, 'coordinator_script')
}
