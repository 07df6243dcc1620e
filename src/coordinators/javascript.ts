import type { Coordinator } from '../run-workflow.js'
import { runScriptCoordinator } from './script.js'

/** `coordinator: script` with a .js .mjs .cjs .ts .mts file, run in this process. */
export const javascriptCoordinator: Coordinator = async (run) => {
  const script = run.workflow.script!
  const result = await runScriptCoordinator({
    script,
    localPath: await run.source.localPath(script),
    root: run.root,
    trigger: run.trigger,
    toolbox: run.toolbox,
    files: run.files,
    subagent: run.subagent
  })
  return { result }
}
