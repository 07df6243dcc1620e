import { sep } from 'node:path'
import type { Runtime } from '../contract.js'
import { runJavaScriptScript } from './javascript.js'
import { validateJavaScriptScript } from './validate.js'

/** `coordinator: script` with a .js .mjs .cjs .ts .mts file, run in its own Node process. */
export const javascriptRuntime: Runtime = {
  async run(run, services) {
    const script = run.workflow.script!
    const localPath = await services.source.localPath(script)
    const result = await runJavaScriptScript({
      script,
      localPath,
      root: rootOf(localPath, script, services.source.localRoot),
      trigger: run.trigger,
      toolbox: run.toolbox,
      files: run.files,
      subagent: run.subagent,
      secrets: services.secrets,
      // Outside the workspace only the source's own files and Node built-ins may be imported.
      restrictImports: services.source.kind !== 'workspace',
      memoryMb: services.scriptMemoryMb,
      commands: services.workflowCommands === false ? null : undefined,
      signal: run.signal,
      onStarted: run.warm
    })
    return { result }
  },
  async validate(script, key, services) {
    const localPath = await services.source.localPath(script)
    return validateJavaScriptScript(localPath, script, key, {
      root: rootOf(localPath, script, services.source.localRoot),
      secrets: services.secrets,
      // As the run: outside the workspace only the source's own files and Node built-ins.
      restrictImports: services.source.kind !== 'workspace'
    })
  }
}

/** The folder a repository-relative path was resolved under (a temp copy for API sources). */
export function rootOf(localPath: string, script: string, fallback: string): string {
  const tail = script.split('/').join(sep)
  return localPath.endsWith(sep + tail) ? localPath.slice(0, -tail.length - 1) : fallback
}
