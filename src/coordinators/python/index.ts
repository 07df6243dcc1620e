import type { Runtime } from '../contract.js'
import { rootOf } from '../script/index.js'
import { runPythonScript } from './run.js'
import { validatePythonScript } from './validate.js'

export { runPythonScript, type PythonScriptRun } from './run.js'
export { validatePythonScript } from './validate.js'

/** `coordinator: script` with a .py file. */
export const pythonRuntime: Runtime = {
  async run(run, services) {
    const script = run.workflow.script!
    const localPath = await services.source.localPath(script)
    const result = await runPythonScript({
      python: services.python,
      script,
      localPath,
      root: rootOf(localPath, script, services.source.localRoot),
      trigger: run.trigger,
      toolbox: run.toolbox,
      files: run.files,
      subagent: run.subagent,
      subagents: Object.keys(run.workflow.subagents ?? {}),
      secrets: services.secrets,
      signal: run.signal,
      commands: services.workflowCommands === false ? null : undefined
    })
    return { result }
  },
  async validate(script, key, services) {
    const localPath = await services.source.localPath(script)
    const problem = await validatePythonScript(localPath, script, services.python, services.secrets, rootOf(localPath, script, services.source.localRoot))
    if (!problem) return []
    return [key !== 'coordinator_script' ? Object.assign(problem, { key }) : problem]
  }
}
