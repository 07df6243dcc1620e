import { promises as fs } from 'node:fs'
import { isBuiltin } from 'node:module'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findImports, type ScriptImport } from './imports.js'
import { resolveTsImport } from './ts-loader.js'

/**
 * `validate`'s walk over the local files a script imports (relative imports, transitively,
 * cycles included), resolved the way the run resolves them, with nothing evaluated: each
 * file it reaches is one more to syntax-check, and each import that cannot work is a
 * problem at the importing file's line.
 */

export interface ImportGraph {
  /** The real path of the source's folder: `files` and problems are under it. */
  root: string
  /** Every local file reached, the entry first, each once (cycles end at a file already seen). */
  files: string[]
  /** How each file but the entry was first reached: the importing file and the import's line. */
  via: Map<string, { file: string; line: number }>
  problems: ImportProblem[]
}

/** An import that fails (or would fail) at run time, at the importing file's line. */
export interface ImportProblem {
  file: string
  line: number
  message: string
}

export interface WalkOptions {
  /** The folder of the run's source on disk: imports may not leave it. */
  root: string
  /**
   * The source is not the workspace: the run lets bare imports resolve only to Node
   * built-ins (runner.mjs), so validate says the same about every import made at load.
   */
  restrictImports: boolean
}

const CODE = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts']
const TS = ['.ts', '.mts', '.cts']
/** A bound on the walk, far above any script's own helpers. */
const MAX_FILES = 2000

export async function walkImports(entry: string, options: WalkOptions): Promise<ImportGraph> {
  // Real paths throughout, so a symlink is judged by where it leads.
  const root = await fs.realpath(options.root).catch(() => resolve(options.root))
  const start = await fs.realpath(entry).catch(() => resolve(entry))
  const graph: ImportGraph = { root, files: [start], via: new Map(), problems: [] }
  const seen = new Set([start])
  for (let i = 0; i < graph.files.length && i < MAX_FILES; i++) {
    const file = graph.files[i]!
    const ext = extname(file).toLowerCase()
    if (ext === '.json') {
      const problem = await checkJson(file)
      if (problem) graph.problems.push(problem)
      continue
    }
    if (!CODE.includes(ext)) continue
    const imports = await findImports(await fs.readFile(file, 'utf8'), TS.includes(ext))
    for (const imp of imports ?? []) {
      const target = await resolveImport(file, imp, root)
      if (target.kind === 'problem') graph.problems.push({ file, line: imp.line, message: `${describeImport(imp)}: ${target.message}` })
      else if (target.kind === 'package' && options.restrictImports && imp.atLoad) {
        // The same words as the run's resolve hook (runner.mjs), which would refuse it.
        const what = imp.kind === 'require' ? 'require' : 'import'
        graph.problems.push({ file, line: imp.line, message: `${describeImport(imp)}: scripts read from the default branch may ${what} only their own files and Node built-ins, not packages` })
      } else if (target.kind === 'file' && !seen.has(target.path)) {
        seen.add(target.path)
        graph.files.push(target.path)
        graph.via.set(target.path, { file, line: imp.line })
      }
    }
  }
  return graph
}

type Resolved = { kind: 'file'; path: string } | { kind: 'builtin' } | { kind: 'package' } | { kind: 'other' } | { kind: 'problem'; message: string }

/** Where an import leads, as Node (with the action's TypeScript compile) would resolve it. */
async function resolveImport(from: string, imp: ScriptImport, root: string): Promise<Resolved> {
  const spec = imp.specifier
  if (spec.startsWith('node:')) return isBuiltin(spec) ? { kind: 'builtin' } : { kind: 'problem', message: `Node.js has no built-in module "${spec.slice(5)}"` }
  let base: string
  if (spec.startsWith('file:')) {
    try {
      base = fileURLToPath(spec.replace(/[?#].*$/, ''))
    } catch {
      return { kind: 'problem', message: 'not a valid file: URL' }
    }
  } else if (/^\.{1,2}(\/|$)|^\//.test(spec)) base = resolve(dirname(from), spec.replace(/[?#].*$/, ''))
  else if (/^[a-z][a-z0-9+.-]*:/i.test(spec))
    return { kind: 'other' } // data:, and schemes Node itself refuses
  else return isBuiltin(spec) ? { kind: 'builtin' } : { kind: 'package' }

  if (outside(base, root)) return { kind: 'problem', message: `leaves the repository (it resolves to ${base}): a script may import only files of its own repository` }
  const candidates =
    imp.kind === 'require'
      ? [base, ...['.js', '.json', '.node', '.cjs'].map((e) => base + e), ...['index.js', 'index.json'].map((f) => join(base, f))]
      : // A TypeScript file's `./util` or `./util.js` means util.ts when that exists (ts-loader compiles it so).
        [(TS.includes(extname(from).toLowerCase()) && /^\.{1,2}\//.test(spec) && resolveTsImport(dirname(from), spec.replace(/[?#].*$/, ''))) || base]
  for (const candidate of candidates) {
    const stat = await fs.stat(candidate).catch(() => undefined)
    if (!stat) continue
    if (stat.isDirectory()) {
      if (imp.kind === 'require') continue
      return { kind: 'problem', message: `${shown(candidate, root)} is a folder: an import names a file (say ${JSON.stringify(spec.replace(/\/$/, '') + '/index.js')})` }
    }
    const real = await fs.realpath(candidate)
    if (outside(real, root)) return { kind: 'problem', message: `${shown(candidate, root)} is a symlink that leaves the repository (to ${real})` }
    if (
      relative(root, real)
        .split(sep)
        .some((s) => s.toLowerCase() === '.git')
    )
      return { kind: 'problem', message: `${shown(candidate, root)} is inside .git/, which is never readable` }
    return { kind: 'file', path: real }
  }
  return { kind: 'problem', message: `${shown(base, root)} does not exist${imp.kind === 'require' ? ' (nor with .js, .json, .node, .cjs, or as a folder with index.js)' : ''}` }
}

function outside(path: string, root: string): boolean {
  return path !== root && !path.startsWith(root + sep)
}

function shown(path: string, root: string): string {
  return relative(root, path).split(sep).join('/')
}

function describeImport(imp: ScriptImport): string {
  return imp.kind === 'require' ? `require("${imp.specifier}")` : `import of "${imp.specifier}"`
}

/** A JSON file the script imports parses (its error's line, from the offset JSON.parse names). */
async function checkJson(file: string): Promise<ImportProblem | undefined> {
  const text = await fs.readFile(file, 'utf8')
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1
    return { file, line, message: `not valid JSON: ${(error as Error).message}` }
  }
}
