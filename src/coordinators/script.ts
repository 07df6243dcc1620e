import { relative, sep } from 'node:path'
import type { Trigger } from '../trigger.js'
import type { Toolbox } from '../tools/toolbox.js'
import type { VirtualFiles } from '../virtual-files.js'
import type { Subagent } from './subagent.js'
import { ScriptError, errorMessage } from '../errors.js'
import { createScriptFiles, createScriptTools } from './script-face.js'
import { loadScript, locateInStack, ScriptLoadError } from './ts-loader.js'
import { whyNotJson } from './json-result.js'

export interface ScriptRun {
  /** The script's path relative to the repository root, for messages. */
  script: string
  /** Where it is on disk. */
  localPath: string
  /** The repository root on disk, to name files in errors relative to it. */
  root: string
  trigger: Trigger
  toolbox: Toolbox
  files: VirtualFiles
  subagent: Subagent
}

/** The handler a script exports: default export, named `handler`, or CommonJS either way. */
export type Handler = (trigger: Trigger, tools: unknown, virtualFiles: unknown, subagent: Subagent) => unknown

export function findHandler(module: Record<string, unknown>): Handler | undefined {
  const def = module.default as Record<string, unknown> | ((...a: unknown[]) => unknown) | undefined
  if (typeof def === 'function') return def as Handler
  if (typeof module.handler === 'function') return module.handler as Handler
  if (def && typeof def === 'object' && typeof def.handler === 'function') return def.handler as Handler
  return undefined
}

/**
 * Runs a JavaScript or TypeScript coordinator in this process. Every way it can fail
 * becomes a ScriptError naming the script's file and line.
 */
export async function runScriptCoordinator(run: ScriptRun): Promise<unknown> {
  const rel = (file: string) => relative(run.root, file).split(sep).join('/')
  let loaded
  try {
    loaded = await loadScript(run.localPath)
  } catch (error) {
    if (error instanceof ScriptLoadError) throw new ScriptError(`${rel(error.file)}: ${error.message}`, { file: rel(error.file), line: error.line }, { cause: error })
    throw new ScriptError(`${run.script}: cannot be loaded: ${errorMessage(error)}`, { file: run.script }, { cause: error })
  }
  try {
    const handler = findHandler(loaded.module)
    if (!handler) {
      throw new ScriptError(
        `${run.script}: exports no handler: expected \`export default async function (trigger, tools, virtualFiles, subagent)\` or \`export async function handler(...)\``,
        { file: run.script, line: 1 }
      )
    }
    let value: unknown
    try {
      value = await handler(run.trigger, createScriptTools(run.toolbox), createScriptFiles(run.files), run.subagent)
    } catch (error) {
      const at = locateInStack((error as Error)?.stack, loaded.sources, run.root)
      const file = at ? rel(at.file) : run.script
      const where = at ? `${file}:${at.line}` : file
      throw new ScriptError(`${where}: the script threw: ${errorMessage(error)}`, { file, line: at?.line }, { cause: error })
    }
    const why = value === undefined ? undefined : whyNotJson(value)
    if (why) throw new ScriptError(`${run.script}: the handler's return value is not JSON: ${why}`, { file: run.script })
    return value === undefined ? null : value
  } finally {
    await loaded.dispose()
  }
}
