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
  size?: number
}

/** Script files copied to disk beside a coordinator script so its relative imports resolve. */
const CODE_FILE = /\.(?:[cm]?[jt]s|py|json)$/
const MAX_MATERIALIZED = 500

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
  readonly #cache = new Map<string, Promise<string>>()
  #materialized = false

  private constructor(
    readonly octokit: GitHubClient,
    readonly owner: string,
    readonly repo: string,
    readonly branch: string,
    readonly sha: string,
    entries: TreeEntry[]
  ) {
    this.description = `default branch ${branch} at ${sha.slice(0, 7)}`
    this.#entries = new Map(entries.map((e) => [e.path, e]))
    this.localRoot = mkdtempSync(join(tmpdir(), 'hybrid-coordinator-src-'))
  }

  static async open(octokit: GitHubClient, repository: string): Promise<GitHubSource> {
    const [owner, repo] = repository.split('/')
    const { data: meta } = await octokit.rest.repos.get({ owner, repo })
    const branch = meta.default_branch
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })
    const sha = ref.object.sha
    const { data: tree } = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' })
    if (tree.truncated) throw new Error(`the tree of ${repository}@${sha.slice(0, 7)} is too large to list through the API`)
    return new GitHubSource(octokit, owner, repo, branch, sha, tree.tree as TreeEntry[])
  }

  async listFiles(dir: string): Promise<string[]> {
    const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/$/, '')}/`
    if (prefix && this.#entries.get(prefix.slice(0, -1))?.type !== 'tree') throw new Error(`${dir} is not a folder on ${this.branch}`)
    return [...this.#entries.values()].filter((e) => e.type === 'blob' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/')).map((e) => e.path).sort()
  }

  async stat(path: string): Promise<FileStat> {
    const entry = this.#entries.get(path)
    if (!entry) return { kind: 'missing' }
    if (entry.type === 'tree') return { kind: 'directory' }
    // A symlink's target is not something the API can vouch for: refuse it as leaving.
    if (entry.mode === '120000') return { kind: 'outside', real: path }
    return { kind: 'file', size: entry.size ?? 0 }
  }

  readText(path: string): Promise<string> {
    let text = this.#cache.get(path)
    if (!text) {
      text = this.#fetch(path)
      this.#cache.set(path, text)
    }
    return text
  }

  async #fetch(path: string): Promise<string> {
    const stat = await this.stat(path)
    if (stat.kind !== 'file') throw new Error(`${path} ${describeStat(stat)} on ${this.branch}`)
    const { data } = await this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: this.sha })
    if (Array.isArray(data) || data.type !== 'file' || typeof (data as { content?: unknown }).content !== 'string') throw new Error(`${path} is not a file on ${this.branch}`)
    return Buffer.from((data as { content: string }).content, 'base64').toString('utf8')
  }

  async glob(pattern: string): Promise<string[]> {
    const isMatch = picomatch(pattern)
    return [...this.#entries.values()].filter((e) => e.type === 'blob' && isMatch(e.path)).map((e) => e.path).sort()
  }

  /** Copies the script's folder's code files to a temp dir, so relative imports resolve. */
  async localPath(path: string): Promise<string> {
    if (!this.#materialized) {
      this.#materialized = true
      const top = path.includes('/') ? path.split('/')[0] + '/' : ''
      const files = [...this.#entries.values()].filter((e) => e.type === 'blob' && e.mode !== '120000' && e.path.startsWith(top) && CODE_FILE.test(e.path)).slice(0, MAX_MATERIALIZED)
      await Promise.all(
        files.map(async (e) => {
          const target = join(this.localRoot, e.path)
          await fs.mkdir(dirname(target), { recursive: true })
          await fs.writeFile(target, await this.readText(e.path))
        })
      )
    }
    const target = join(this.localRoot, path)
    await fs.mkdir(dirname(target), { recursive: true })
    await fs.writeFile(target, await this.readText(path))
    return target
  }
}
