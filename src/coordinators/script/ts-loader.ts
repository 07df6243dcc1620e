import { spawnSync } from 'node:child_process'
import { existsSync, promises as fs, rmSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

/** A user's script module, loaded, with what is needed to map errors back to its files. */
export interface LoadedScript {
  module: Record<string, unknown>
  /** Compiled temp file -> the user's source file, for stack traces. */
  sources: Map<string, string>
  /** Removes the compiled temp files. */
  dispose(): Promise<void>
}

/** A problem at a place in the user's script, found while compiling or importing it. */
export class ScriptLoadError extends Error {
  override name = 'ScriptLoadError'
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

const TS = ['.ts', '.mts', '.cts']

/**
 * Compiled copies not yet removed. They sit beside the user's files (so the script's own
 * imports resolve), so they must not outlive the process: a run stopped by a signal (a
 * cancelled job, Ctrl-C on the command line) exits through `process.exit`, past the
 * `dispose` that would have removed them, and would leave them in the checkout.
 */
const undisposed = new Set<string>()
let exitHookInstalled = false
function track(file: string): void {
  undisposed.add(file)
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once('exit', () => {
    for (const f of undisposed) rmSync(f, { force: true })
  })
}

/** A script ready to import: its entry file (compiled when TypeScript) and the map back to the user's files. */
export interface CompiledScript {
  entry: string
  sources: Map<string, string>
  dispose(): Promise<void>
}

/**
 * Compiles a coordinator script for import. JavaScript is used as it is. TypeScript is
 * compiled with sucrase (bundled, so the user's repo installs nothing) into sibling temp
 * `.mjs` files, so the script's relative imports and its own packages still resolve; it
 * keeps line numbers, so stack traces point at the user's lines.
 */
export async function compileScript(path: string): Promise<CompiledScript> {
  const sources = new Map<string, string>()
  const written: string[] = []
  const dispose = async () => {
    await Promise.all(written.map((f) => fs.rm(f, { force: true }).then(() => undisposed.delete(f))))
  }
  try {
    const entry = TS.includes(extname(path).toLowerCase()) ? await compileGraph(resolve(path), sources, written) : resolve(path)
    return { entry, sources, dispose }
  } catch (error) {
    await dispose()
    throw toLoadError(error, path, sources)
  }
}

/** Imports a coordinator script into this process (benchmarks; runs use the isolated runtime). */
export async function loadScript(path: string): Promise<LoadedScript> {
  const compiled = await compileScript(path)
  try {
    const module = (await import(/* webpackIgnore: true */ pathToFileURL(compiled.entry).href)) as Record<string, unknown>
    return { module, sources: compiled.sources, dispose: compiled.dispose }
  } catch (error) {
    await compiled.dispose()
    throw toLoadError(error, path, compiled.sources)
  }
}

/**
 * TypeScript to JavaScript with the lines kept, by sucrase (loaded only here), on every
 * Node. Node 24's own `stripTypeScriptTypes` was measured beside it on a pr_merged run
 * (paired, same machine): its bundled swc (WebAssembly) cost the action about 12% more CPU
 * and 9 MB more peak memory than loading sucrase, and it cannot compile enums, parameter
 * properties or imports used only as types, which needed sucrase anyway.
 */
async function toJavaScript(code: string, file: string): Promise<string> {
  const { stripTypes } = await import('./strip-types.js')
  try {
    return await stripTypes(code)
  } catch (error) {
    const loc = (error as { loc?: { line: number } }).loc
    throw new ScriptLoadError(`TypeScript does not compile: ${(error as Error).message.replace(/\s*\(\d+:\d+\)$/, '')}`, file, loc?.line, { cause: error })
  }
}

async function compileGraph(file: string, sources: Map<string, string>, written: string[], compiled = new Map<string, string>()): Promise<string> {
  const done = compiled.get(file)
  if (done) return done
  const out = join(dirname(file), `.${basename(file)}.hc-${process.pid}.mjs`)
  compiled.set(file, out)
  sources.set(out, file)
  const code = await fs.readFile(file, 'utf8')
  const js = await toJavaScript(code, file)
  const rewritten = await replaceAsync(js, RELATIVE_SPECIFIER, async (match, pre: string, spec: string, post: string) => {
    const target = resolveTsImport(dirname(file), spec)
    if (!target) return match
    const compiledTarget = await compileGraph(target, sources, written, compiled)
    let rel = relative(dirname(out), compiledTarget).split(sep).join('/')
    if (!rel.startsWith('./') && !rel.startsWith('../')) rel = `./${rel}`
    return `${pre}${rel}${post}`
  })
  track(out)
  await fs.writeFile(out, rewritten)
  written.push(out)
  return out
}

/** `from './x.ts'`, `import './x'`, `import('./x.js')`: relative specifiers only. */
const RELATIVE_SPECIFIER = /(\bfrom\s*['"]|\bimport\s*\(?\s*['"])(\.{1,2}\/[^'"]+)(['"])/g

/** The TypeScript file a relative import means, if it means one. */
export function resolveTsImport(dir: string, spec: string): string | undefined {
  const base = resolve(dir, spec)
  const ext = extname(base)
  if (TS.includes(ext)) return existsSync(base) ? base : undefined
  // TypeScript convention: `./util.js` in source means `./util.ts` when that exists.
  if (ext === '.js' || ext === '.mjs') {
    const stem = base.slice(0, -ext.length)
    const ts = ext === '.js' ? `${stem}.ts` : `${stem}.mts`
    return existsSync(ts) ? ts : undefined
  }
  if (!ext) {
    for (const candidate of [`${base}.ts`, `${base}.mts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate
  }
  return undefined
}

async function replaceAsync(text: string, re: RegExp, fn: (...args: string[]) => Promise<string>): Promise<string> {
  const parts: Promise<string>[] = []
  let last = 0
  for (const m of text.matchAll(re)) {
    parts.push(Promise.resolve(text.slice(last, m.index)))
    parts.push(fn(...(m as unknown as string[])))
    last = m.index! + m[0].length
  }
  parts.push(Promise.resolve(text.slice(last)))
  return (await Promise.all(parts)).join('')
}

export function toLoadError(error: unknown, path: string, sources: Map<string, string>): ScriptLoadError {
  if (error instanceof ScriptLoadError) return error
  const err = error as Error
  // Node prints an ESM syntax error's place as the first line of its stack: `file:///x.mjs:3`.
  const where = /^(file:\/\/\/?[^\s]+?|\/[^\s:]+):(\d+)/m.exec(err.stack ?? '')
  let file = path
  let line: number | undefined
  if (where) {
    const raw = where[1].startsWith('file:') ? decodeURIComponent(new URL(where[1]).pathname) : where[1]
    file = sources.get(raw) ?? raw
    line = Number(where[2])
  } else if (err instanceof SyntaxError) {
    // Node's import() SyntaxError carries no place; `node --check` on each file finds it.
    const found = findSyntaxError([...sources.keys(), resolve(path)])
    if (found) {
      file = sources.get(found.file) ?? found.file
      line = found.line
    }
  } else {
    const frame = locateInStack(err.stack, sources, dirname(resolve(path)))
    if (frame) ({ file, line } = frame)
  }
  const kind = err instanceof SyntaxError ? 'syntax error' : 'cannot be loaded'
  return new ScriptLoadError(`${kind}: ${err.message}`, file, line, { cause: error })
}

function findSyntaxError(files: string[]): { file: string; line: number } | undefined {
  for (const file of files) {
    if (!existsSync(file)) continue
    const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 })
    if (check.status === 0) continue
    const at = new RegExp(`^${escapeRegExp(file)}:(\\d+)`, 'm').exec(check.stderr)
    if (at) return { file, line: Number(at[1]) }
  }
  return undefined
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Where the bundled action itself lives: its frames are never the user's. */
const ACTION_DIR = dirname(new URL(import.meta.url).pathname)

/**
 * The first stack frame in the user's own code (under `root`, not in node_modules, not the
 * action): compiled temp files map back to their TypeScript source, whose line sucrase kept.
 */
export function locateInStack(stack: string | undefined, sources: Map<string, string>, root: string): { file: string; line: number } | undefined {
  if (!stack) return undefined
  for (const m of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+):(\d+):\d+/g)) {
    const file = decodeURIComponent(m[1])
    const source = sources.get(file) ?? file
    if (source.startsWith(root + sep) && !source.includes(`${sep}node_modules${sep}`) && !source.startsWith(ACTION_DIR + sep)) {
      return { file: source, line: Number(m[2]) }
    }
  }
  return undefined
}
