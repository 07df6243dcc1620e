import type { Trigger } from '../../trigger.js'
import type { Toolbox } from '../../tools/toolbox.js'
import type { VirtualFiles } from '../../virtual-files.js'
import type { Subagent } from '../subagent.js'
import { runJavaScriptScript, type JavaScriptRun } from './javascript.js'

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
 * Runs a JavaScript or TypeScript coordinator in its own process (script/javascript.ts).
 * Every way it can fail becomes a ScriptError naming the script's file and line.
 */
export async function runScriptCoordinator(
  run: ScriptRun & Partial<Pick<JavaScriptRun, 'secrets' | 'restrictImports' | 'signal' | 'stdout' | 'stderr' | 'commands' | 'memoryMb' | 'onStarted'>>
): Promise<unknown> {
  return runJavaScriptScript({ secrets: [], restrictImports: false, ...run })
}
