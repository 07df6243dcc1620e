import { promises as fs, readFileSync, realpathSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/**
 * Where a run's configs, prompts, virtual files and scripts come from. All of one run's
 * files come from one source (SPEC, input `trust`).
 */
export interface FileSource {
  kind: 'workspace' | 'default-branch'
  /** For the summary: "workspace" or "default branch main at 1a2b3c4". */
  description: string
  /** The commit the files were read at, where known. */
  sha?: string
  /** Where scripts from this source sit on disk (the checkout, or a temp copy). */
  localRoot: string
  /** Repository-relative paths of the files directly inside `dir`. */
  listFiles(dir: string): Promise<string[]>
  readText(path: string): Promise<string>
  /** `file`, `missing`, or why it cannot be used (`outside`, `not-a-file`). */
  stat(path: string): Promise<FileStat>
  /** Repository-relative paths of every file matching a glob. */
  glob(pattern: string): Promise<string[]>
  /** A path on disk a script can be imported from (a temp copy for API sources). */
  localPath(path: string): Promise<string>
}

export type FileStat =
  | { kind: 'file'; size: number }
  | { kind: 'missing' }
  | { kind: 'directory' }
  | { kind: 'outside'; real: string }
  /** Inside `.git/` (through a symlink): the checkout's credentials, never readable. */
  | { kind: 'git' }

/**
 * Files read straight from the checkout, refusing anything a symlink takes outside it.
 * `stat` and `readText` use the synchronous calls: on a local disk they return in
 * microseconds, while each promise-based call costs a trip through libuv's thread pool
 * (and `fs.promises.realpath` walks the path one `lstat` at a time): with a `realpath`
 * and a `stat` for every config and every file it names, that was a third of what a
 * config costs to load.
 */
export class WorkspaceSource implements FileSource {
  readonly kind = 'workspace'
  readonly description: string
  readonly localRoot: string
  #realRoot?: string
  /**
   * The file `stat` last found, which `readText` of the same path reuses: loading checks a
   * config's size, then reads it, and the second realpath and stat were a tenth of a
   * config's cost. Only the very next read uses it.
   */
  #checked: { path: string; real: string } | undefined

  constructor(
    readonly root: string,
    readonly sha?: string
  ) {
    this.localRoot = root
    this.description = sha ? `workspace at ${sha.slice(0, 7)}` : 'workspace'
  }

  async listFiles(dir: string): Promise<string[]> {
    const entries = await fs.readdir(join(this.root, dir), { withFileTypes: true })
    return entries
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => (dir === '.' || dir === '' ? e.name : `${dir.replace(/\/$/, '')}/${e.name}`))
      .sort()
  }

  async readText(path: string): Promise<string> {
    const checked = this.#checked
    this.#checked = undefined
    let real = checked?.path === path ? checked.real : undefined
    if (real === undefined) {
      const stat = this.#stat(path)
      if (stat.kind !== 'file') throw new Error(`${path}: ${describeStat(stat)}`)
      real = stat.real
    }
    // The resolved path checked, not the name again: a symlink swapped in between cannot
    // take the read elsewhere.
    return readFileSync(real, 'utf8')
  }

  async stat(path: string): Promise<FileStat> {
    const stat = this.#stat(path)
    this.#checked = stat.kind === 'file' ? { path, real: stat.real } : undefined
    return stat.kind === 'file' ? { kind: 'file', size: stat.size } : stat
  }

  #stat(path: string): Exclude<FileStat, { kind: 'file' }> | { kind: 'file'; size: number; real: string } {
    const full = join(this.root, path)
    let real: string
    try {
      real = realpathSync.native(full)
    } catch {
      return { kind: 'missing' }
    }
    const root = (this.#realRoot ??= realpathSync.native(this.root))
    if (real !== root && !real.startsWith(root + sep)) return { kind: 'outside', real }
    if (
      relative(root, real)
        .split(sep)
        .some((segment) => segment.toLowerCase() === '.git')
    )
      return { kind: 'git' }
    const stat = statSync(real, { throwIfNoEntry: false })
    if (!stat) return { kind: 'missing' }
    if (stat.isDirectory()) return { kind: 'directory' }
    return { kind: 'file', size: stat.size, real }
  }

  async glob(pattern: string): Promise<string[]> {
    // Loaded on first use: only configs with a `glob:` virtual file need it.
    const { default: picomatch } = await import('picomatch')
    const isMatch = picomatch(pattern, { dot: false })
    const scan = picomatch.scan(pattern)
    const base = scan.isGlob ? scan.base : pattern.split('/').slice(0, -1).join('/')
    const found: string[] = []
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > 32) return
      let entries
      try {
        entries = await fs.readdir(join(this.root, dir), { withFileTypes: true })
      } catch {
        return
      }
      for (const e of entries) {
        if (e.name === '.git' || e.name === 'node_modules') continue
        const rel = dir ? `${dir}/${e.name}` : e.name
        if (e.isDirectory()) await walk(rel, depth + 1)
        else if (isMatch(rel)) found.push(rel)
      }
    }
    await walk(base, 0)
    return found.sort()
  }

  async localPath(path: string): Promise<string> {
    return join(this.root, path)
  }

  relative(full: string): string {
    return relative(this.root, full).split(sep).join('/')
  }
}

export function describeStat(stat: FileStat): string {
  switch (stat.kind) {
    case 'missing':
      return 'does not exist'
    case 'directory':
      return 'is a directory, not a file'
    case 'outside':
      return 'is a symlink that leaves the workspace'
    case 'git':
      return "is a symlink into .git/, which holds the checkout's credentials and is never readable"

    default:
      return 'is a file'
  }
}
