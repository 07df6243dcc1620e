import { mkdtempSync, promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import picomatch from 'picomatch'
import type { GitHubClient } from '../clients/types.js'
import type { FileSource, FileStat } from './source.js'
import { describeStat } from './source.js'

interface TreeEntry {
  path: string
  type: 'blob' | 'tree' | 'commit'
  mode: string
  sha?: string
  size?: number
}

/** Script files copied to disk beside a coordinator script so its relative imports resolve. */
const CODE_FILE = /\.(?:[cm]?[jt]s|py|json)$/
const MAX_MATERIALIZED = 500
/** Requests in flight at once while copying scripts: enough to be quick, few enough to stay clear of secondary rate limits. */
const FETCH_CONCURRENCY = 6
/** Folders listed one by one when the recursive tree was too large; bounds a glob's walk. */
const MAX_LAZY_FOLDERS = 2000

/** The default branch could not be read: says what was asked, of which repository, and why. */
export class SourceError extends Error {
  override name = 'SourceError'
}

/**
 * Files of the default branch, read through the GitHub API at the branch head's SHA
 * (looked up once, so every file of the run comes from the same commit). Used on events
 * whose checkout may hold unreviewed code.
 */
export class GitHubSource implements FileSource {
  readonly kind = 'default-branch'
  readonly description: string
  readonly localRoot: string
  readonly #entries: Map<string, TreeEntry>
  /** Folders whose direct children are all in #entries (every folder when the tree was complete). */
  readonly #listed = new Set<string>()
  readonly #complete: boolean
  readonly #cache = new Map<string, Promise<string>>()
  readonly #materialized = new Set<string>()

  private constructor(
    readonly octokit: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    readonly branch: string,
    readonly sha: string,
    entries: TreeEntry[],
    complete: boolean
  ) {
    this.description = `default branch ${branch} at ${sha.slice(0, 7)}`
    this.#entries = new Map(entries.map((e) => [e.path, e]))
    this.#complete = complete
    this.#listed.add('')
    this.localRoot = mkdtempSync(join(tmpdir(), 'hybrid-coordinator-src-'))
  }

  /**
   * Looks up the default branch and its head commit, then lists that commit's tree. A tree
   * too large for one recursive listing (GitHub truncates past 100,000 entries) is listed
   * folder by folder as files are asked for.
   */
  static async open(octokit: GitHubClient, repository: string): Promise<GitHubSource> {
    const [owner, repo, ...rest] = repository.split('/')
    if (!owner || !repo || rest.length) {
      throw new SourceError(`the repository is "${repository}": expected owner/name (GITHUB_REPOSITORY, or the event's repository.full_name)`)
    }
    const { data: meta } = await ask(`read the repository ${repository}`, () => octokit.rest.repos.get({ owner, repo }))
    const branch = meta.default_branch
    if (!branch) throw new SourceError(`${repository} has no default branch: push one before running on this event`)
    const { data: ref } = await ask(`look up the head of the default branch ${branch} of ${repository}`, () => octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }))
    const sha = ref.object.sha
    const { data: tree } = await ask(`list the files of ${repository} at ${sha.slice(0, 7)}`, () => octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' }))
    if (!tree.truncated) return new GitHubSource(octokit, owner, repo, branch, sha, tree.tree as TreeEntry[], true)
    const { data: top } = await ask(`list the top folder of ${repository} at ${sha.slice(0, 7)}`, () => octokit.rest.git.getTree({ owner, repo, tree_sha: sha }))
    return new GitHubSource(octokit, owner, repo, branch, sha, top.tree as TreeEntry[], false)
  }

  async listFiles(dir: string): Promise<string[]> {
    const folder = dir === '.' ? '' : dir.replace(/\/+$/, '')
    if (folder && !(await this.#ensureFolder(folder))) {
      const stat = await this.stat(folder)
      const what =
        stat.kind === 'missing'
          ? 'does not exist'
          : stat.kind === 'file'
            ? 'is a file, not a folder'
            : stat.kind === 'outside'
              ? 'is a symlink, which is not followed'
              : 'is a submodule, which cannot be read'
      throw new SourceError(`${folder} ${what} on the ${this.description}`)
    }
    const prefix = folder ? `${folder}/` : ''
    return [...this.#entries.values()]
      .filter((e) => e.type === 'blob' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/'))
      .map((e) => e.path)
      .sort()
  }

  async stat(path: string): Promise<FileStat> {
    const clean = path.replace(/\/+$/, '')
    const parent = clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : ''
    if (!(await this.#ensureFolder(parent))) return { kind: 'missing' }
    const entry = this.#entries.get(clean)
    if (!entry) return { kind: 'missing' }
    // A submodule is a folder in a checkout, and nothing the contents API can read.
    if (entry.type === 'tree' || entry.type === 'commit') return { kind: 'directory' }
    // A symlink's target is not something the API can vouch for: refuse it as leaving.
    if (entry.mode === '120000') return { kind: 'outside', real: path }
    return { kind: 'file', size: entry.size ?? 0 }
  }

  readText(path: string): Promise<string> {
    let text = this.#cache.get(path)
    if (!text) {
      text = this.#fetch(path)
      this.#cache.set(path, text)
      // A failure is not remembered: a later read may succeed.
      text.catch(() => this.#cache.delete(path))
    }
    return text
  }

  async #fetch(path: string): Promise<string> {
    const stat = await this.stat(path)
    if (stat.kind !== 'file') throw new SourceError(`${path} ${describeStat(stat)} on the ${this.description}`)
    const { data } = await ask(`read ${path} from the ${this.description}`, () => this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: this.sha }))
    if (Array.isArray(data) || data.type !== 'file') throw new SourceError(`${path} is not a file on the ${this.description}`)
    const file = data as { content?: unknown; encoding?: unknown; size?: number }
    if (file.encoding === 'base64' && typeof file.content === 'string') return Buffer.from(file.content, 'base64').toString('utf8')
    // Files of 1 to 100 MB come without content ("encoding": "none"): ask for the raw bytes.
    const { data: raw } = await ask(`read ${path} from the ${this.description}`, () =>
      this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: this.sha, mediaType: { format: 'raw' } })
    )
    return decodeRaw(raw)
  }

  async glob(pattern: string): Promise<string[]> {
    const isMatch = picomatch(pattern)
    if (!this.#complete) {
      const scan = picomatch.scan(pattern)
      const base = (scan.isGlob ? scan.base : pattern.split('/').slice(0, -1).join('/')).replace(/\/+$/, '')
      await this.#ensureSubtree(base)
    }
    return [...this.#entries.values()]
      .filter((e) => e.type === 'blob' && isMatch(e.path))
      .map((e) => e.path)
      .sort()
  }

  /**
   * Copies the code files of the script's top folder to a temp dir (with the repository's
   * package.json, which says whether `.js` is ESM), so relative imports resolve. Each top
   * folder is copied once per run, whichever workflow asks first.
   */
  async localPath(path: string): Promise<string> {
    const top = path.includes('/') ? path.split('/')[0] + '/' : ''
    if (!this.#materialized.has(top)) {
      this.#materialized.add(top)
      await this.#ensureSubtree(top.replace(/\/$/, ''))
      const files = [...this.#entries.values()]
        .filter((e) => e.type === 'blob' && e.mode !== '120000' && e.path.startsWith(top) && CODE_FILE.test(e.path))
        .slice(0, MAX_MATERIALIZED)
        .map((e) => e.path)
      if (this.#entries.get('package.json')?.type === 'blob' && !files.includes('package.json')) files.push('package.json')
      await inPool(files, FETCH_CONCURRENCY, (file) => this.#writeLocal(file))
    }
    return this.#writeLocal(path)
  }

  async #writeLocal(path: string): Promise<string> {
    const target = join(this.localRoot, path)
    await fs.mkdir(dirname(target), { recursive: true })
    await fs.writeFile(target, await this.readText(path))
    return target
  }

  /** Makes sure the direct children of `folder` are known; false when it is not a folder. */
  async #ensureFolder(folder: string): Promise<boolean> {
    if (folder === '' || this.#listed.has(folder)) return true
    if (this.#complete) return this.#entries.get(folder)?.type === 'tree'
    const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : ''
    if (!(await this.#ensureFolder(parent))) return false
    const entry = this.#entries.get(folder)
    if (entry?.type !== 'tree' || !entry.sha) return false
    const { data } = await ask(`list ${folder} on the ${this.description}`, () => this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: entry.sha! }))
    for (const child of data.tree as TreeEntry[]) this.#entries.set(`${folder}/${child.path}`, { ...child, path: `${folder}/${child.path}` })
    this.#listed.add(folder)
    return true
  }

  /** Lists every folder below `folder` (bounded), for globs and script copies on a truncated tree. */
  async #ensureSubtree(folder: string): Promise<void> {
    if (this.#complete) return
    const queue = [folder]
    let visited = 0
    while (queue.length && visited++ < MAX_LAZY_FOLDERS) {
      const next = queue.shift()!
      if (!(await this.#ensureFolder(next))) continue
      const prefix = next ? `${next}/` : ''
      for (const e of this.#entries.values()) {
        if (e.type === 'tree' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/') && !this.#listed.has(e.path)) queue.push(e.path)
      }
    }
  }
}

/** Runs one API request, turning its failure into a sentence that says what was being read and what to check. */
async function ask<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    const status = (error as { status?: number }).status
    const message = error instanceof Error ? error.message : String(error)
    const hint = status === 401 ? ': the github-token was refused' : status === 403 || status === 404 ? ': check that the github-token can read this repository (permissions: contents: read)' : ''
    throw new SourceError(`cannot ${what}: ${status ? `HTTP ${status}: ` : ''}${message}${hint}`, { cause: error })
  }
}

/** The raw media type answers with text or bytes depending on the content type. */
function decodeRaw(raw: unknown): string {
  if (typeof raw === 'string') return raw
  if (raw instanceof ArrayBuffer) return Buffer.from(raw).toString('utf8')
  if (ArrayBuffer.isView(raw)) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8')
  throw new SourceError('the contents API answered with neither text nor bytes')
}

/** Runs `work` over `items`, at most `size` at a time. */
async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}
