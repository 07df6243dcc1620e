import { createHash } from 'node:crypto'
import type { SandboxRequest, SandboxResponse } from './types.js'
import type { ArtifactState, GitCommitState, GitHubState, GitObjectsState, GitPerson, RepoState } from './state.js'
import { fakeSha } from './state.js'
import { blobSha, error, findRepo, issueNumber, notFound, ok, paginate, pullJson, resolveCommit, treeSha, type Route, type RouteContext } from './github.js'

/**
 * The parts of GitHub's REST API that `mode: propose` uses, as strict as the docs: workflow
 * artifacts (list, and the zip download's 302 to a short-lived signed URL, 410 once
 * expired), the Git data API (blobs, trees, commits, refs with `force`) and pulls (list by
 * head, create, update). Writes need the token's permission (`state.github.permissions`):
 * without it GitHub answers 403 and names the permission in `x-accepted-github-permissions`.
 */

const DOCS = 'https://docs.github.com/rest'
/** Validation failures carry `errors`, each naming the resource, the field and a code. */
const failed = (errors: Record<string, string>[], docs = DOCS): SandboxResponse => ({
  status: 422,
  body: { message: 'Validation Failed', errors, documentation_url: docs, status: '422' }
})
const unprocessable = (message: string, docs = DOCS): SandboxResponse => error(422, message, docs)
const BLOB_PREFIX = '/_blobs/artifacts/'

/** The signed artifact URL needs no token (the signature is its authority). */
export function isUnsignedBlobPath(path: string): boolean {
  return path.startsWith(BLOB_PREFIX)
}

/** Serves an artifact's zip at its signed URL; a wrong signature is 403, as blob storage answers. */
export function serveBlob(gh: GitHubState, req: SandboxRequest): SandboxResponse {
  const [repoKey, id] = decodeURIComponent(req.path.slice(BLOB_PREFIX.length)).split('@')
  const artifact = gh.repos[repoKey ?? '']?.artifacts?.find((a) => String(a.id) === id)
  if (!artifact || req.query.get('sig') !== signature(repoKey ?? '', artifact))
    return { status: 403, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>AuthenticationFailed</Code></Error>' }
  return { status: 200, headers: { 'content-type': 'application/zip' }, body: Buffer.from(artifact.zip_base64, 'base64') }
}

const signature = (repo: string, a: ArtifactState) => fakeSha(`sig:${repo}:${a.id}`).slice(0, 16)

/** 403 unless the token holds the permission (absent permissions: write everywhere). */
function need(ctx: RouteContext, permission: 'contents' | 'pull_requests' | 'actions'): SandboxResponse | undefined {
  const granted = ctx.gh.permissions?.[permission] ?? (permission === 'actions' ? 'read' : 'write')
  const wanted = permission === 'actions' ? 'read' : 'write'
  if (granted === wanted || granted === 'write') return undefined
  const res = error(403, 'Resource not accessible by integration')
  return { ...res, headers: { 'x-accepted-github-permissions': `${permission}=${wanted}` } }
}

const isSha = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{40}$/.test(v)
const objects = (repo: RepoState): GitObjectsState => (repo.git ??= { blobs: {}, trees: {}, commits: {} })
const isoNow = (ctx: RouteContext) =>
  ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')

/** Every commit sha the repo knows: seed branch heads and snapshots, and API-made commits. */
function seedCommit(repo: RepoState, sha: string): GitCommitState | undefined {
  if (!Object.values(repo.branches).includes(sha) && !repo.snapshots?.[sha]) return undefined
  const person: GitPerson = { name: 'octocat', email: 'octocat@github.com', date: '2024-11-23T00:00:00Z' }
  return { tree: treeSha(sha, ''), parents: [], message: 'Seed commit', author: person, committer: person }
}

function commitOf(repo: RepoState, sha: string): GitCommitState | undefined {
  return repo.git?.commits[sha] ?? seedCommit(repo, sha)
}

/** The files of a tree: one made through the API, or the root tree of a known commit. */
function filesOfTree(repo: RepoState, sha: string): Record<string, string> | undefined {
  const made = repo.git?.trees[sha]
  if (made) return made
  for (const commit of new Set([...Object.values(repo.branches), ...Object.keys(repo.snapshots ?? {})])) {
    if (treeSha(commit, '') === sha) return resolveCommit(repo, commit)?.files
  }
  return undefined
}

/** Git's tree id depends only on content: the same files give the same sha. */
function contentTreeSha(files: Record<string, string>): string {
  const hash = createHash('sha1')
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${blobSha(files[path]!)}\n`)
  return hash.digest('hex')
}

function commitJson(ctx: RouteContext, repo: RepoState, sha: string, c: GitCommitState) {
  const full = `${repo.owner}/${repo.name}`
  return {
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    url: `${ctx.api}/repos/${full}/git/commits/${sha}`,
    html_url: `https://github.com/${full}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${ctx.api}/repos/${full}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({ sha: p, url: `${ctx.api}/repos/${full}/git/commits/${p}`, html_url: `https://github.com/${full}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null }
  }
}

function refJson(ctx: RouteContext, repo: RepoState, branch: string) {
  const full = `${repo.owner}/${repo.name}`
  const sha = repo.branches[branch]!
  return {
    ref: `refs/heads/${branch}`,
    node_id: `REF_${branch}`,
    url: `${ctx.api}/repos/${full}/git/refs/heads/${branch}`,
    object: { sha, type: 'commit', url: `${ctx.api}/repos/${full}/git/commits/${sha}` }
  }
}

/** Whether `ancestor` is reachable from `sha` through parents (a fast-forward). */
function reaches(repo: RepoState, sha: string, ancestor: string): boolean {
  const seen = new Set<string>()
  const queue = [sha]
  while (queue.length) {
    const next = queue.shift()!
    if (next === ancestor) return true
    if (seen.has(next)) continue
    seen.add(next)
    queue.push(...(commitOf(repo, next)?.parents ?? []))
  }
  return false
}

function artifactJson(ctx: RouteContext, repo: RepoState, a: ArtifactState) {
  const full = `${repo.owner}/${repo.name}`
  return {
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: Buffer.from(a.zip_base64, 'base64').length,
    url: `${ctx.api}/repos/${full}/actions/artifacts/${a.id}`,
    archive_download_url: `${ctx.api}/repos/${full}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.created_at,
    updated_at: a.created_at,
    expires_at: a.expires_at,
    workflow_run: { id: a.workflow_run.id, repository_id: 1, head_repository_id: 1, head_branch: a.workflow_run.head_branch, head_sha: a.workflow_run.head_sha }
  }
}

const ref = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export const UPGRADE_ROUTES: Route[] = [
  // ------------------------------------------------------------------ artifacts
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/actions/artifacts',
    run: (ctx) => {
      const repo = findRepo(ctx)
      if (!repo) return notFound()
      const denied = need(ctx, 'actions')
      if (denied) return denied
      const name = ctx.req.query.get('name')
      const all = [...(repo.artifacts ?? [])].filter((a) => name === null || a.name === name).sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
      const { page, headers } = paginate(
        ctx,
        all.map((a) => artifactJson(ctx, repo, a))
      )
      return ok({ total_count: all.length, artifacts: page }, 200, headers)
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/actions/artifacts/:id/:format',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const artifact = repo?.artifacts?.find((a) => String(a.id) === ctx.params.id)
      if (!repo || !artifact) return notFound()
      if (ctx.params.format !== 'zip') return unprocessable('Unsupported archive format', `${DOCS}/actions/artifacts#download-an-artifact`)
      const denied = need(ctx, 'actions')
      if (denied) return denied
      if (artifact.expired) return error(410, 'Artifact has expired', `${DOCS}/actions/artifacts#download-an-artifact`)
      const key = `${repo.owner}/${repo.name}`
      const location = `${ctx.api}${BLOB_PREFIX}${encodeURIComponent(`${key}@${artifact.id}`)}?sig=${signature(key, artifact)}`
      return { status: 302, headers: { location }, body: undefined }
    }
  },

  // ------------------------------------------------------------------ Git data
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/git/commits/:sha',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const commit = repo && commitOf(repo, ctx.params.sha ?? '')
      return repo && commit ? ok(commitJson(ctx, repo, ctx.params.sha!, commit)) : notFound()
    }
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/git/blobs',
    run: (ctx) => {
      const repo = findRepo(ctx)
      if (!repo) return notFound()
      const denied = need(ctx, 'contents')
      if (denied) return denied
      const body = (ctx.body ?? {}) as { content?: unknown; encoding?: unknown }
      if (typeof body.content !== 'string') return failed([{ resource: 'Blob', field: 'content', code: 'missing_field' }])
      const encoding = body.encoding ?? 'utf-8'
      if (encoding !== 'utf-8' && encoding !== 'base64') return failed([{ resource: 'Blob', field: 'encoding', code: 'invalid' }])
      const content = encoding === 'base64' ? Buffer.from(body.content, 'base64').toString('utf8') : body.content
      const sha = blobSha(content)
      objects(repo).blobs[sha] = content
      return ok({ sha, url: `${ctx.api}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}` }, 201)
    }
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/git/trees',
    run: (ctx) => {
      const repo = findRepo(ctx)
      if (!repo) return notFound()
      const denied = need(ctx, 'contents')
      if (denied) return denied
      const body = (ctx.body ?? {}) as { tree?: unknown; base_tree?: unknown }
      if (!Array.isArray(body.tree)) return failed([{ resource: 'Tree', field: 'tree', code: 'missing_field' }])
      let files: Record<string, string> = {}
      if (body.base_tree !== undefined) {
        const base = isSha(body.base_tree) ? filesOfTree(repo, body.base_tree) : undefined
        if (!base) return unprocessable('base_tree is not a valid tree oid')
        files = { ...base }
      }
      for (const entry of body.tree as Record<string, unknown>[]) {
        const path = ref(entry?.path)
        if (!path || path.startsWith('/') || path.split('/').some((p) => p === '' || p === '.' || p === '..')) return unprocessable(`tree.path contains a malformed path component`)
        if (!['100644', '100755', '040000', '160000', '120000'].includes(String(entry.mode))) return unprocessable(`tree.mode must be one of 100644, 100755, 040000, 160000, 120000`)
        if (entry.type !== 'blob') return unprocessable(`tree.type: only blob entries are supported by the sandbox`)
        if (entry.sha === null) {
          delete files[path]
          continue
        }
        if (entry.sha !== undefined && entry.content !== undefined) return unprocessable('Must supply either tree.sha or tree.content, not both')
        if (typeof entry.content === 'string') files[path] = entry.content
        else if (isSha(entry.sha) && repo.git?.blobs[entry.sha] !== undefined) files[path] = repo.git.blobs[entry.sha]!
        else return unprocessable(`tree.sha ${String(entry.sha)} is not a valid blob`)
      }
      const sha = contentTreeSha(files)
      objects(repo).trees[sha] = files
      const tree = Object.keys(files)
        .sort()
        .map((path) => ({ path, mode: '100644', type: 'blob', sha: blobSha(files[path]!), size: Buffer.byteLength(files[path]!) }))
      return ok({ sha, url: `${ctx.api}/repos/${repo.owner}/${repo.name}/git/trees/${sha}`, tree, truncated: false }, 201)
    }
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/git/commits',
    run: (ctx) => {
      const repo = findRepo(ctx)
      if (!repo) return notFound()
      const denied = need(ctx, 'contents')
      if (denied) return denied
      const body = (ctx.body ?? {}) as { message?: unknown; tree?: unknown; parents?: unknown; author?: Partial<GitPerson>; committer?: Partial<GitPerson> }
      if (typeof body.message !== 'string') return failed([{ resource: 'Commit', field: 'message', code: 'missing_field' }])
      if (typeof body.tree !== 'string') return failed([{ resource: 'Commit', field: 'tree', code: 'missing_field' }])
      if (!filesOfTree(repo, body.tree)) return unprocessable('Tree SHA does not exist')
      const parents = body.parents ?? []
      if (!Array.isArray(parents) || parents.some((p) => !isSha(p) || !commitOf(repo, p))) return unprocessable('Parent SHA does not exist or is not a commit object')
      const date = isoNow(ctx)
      const bot: GitPerson = { name: ctx.gh.login, email: `41898282+${ctx.gh.login}@users.noreply.github.com`, date }
      const person = (p?: Partial<GitPerson>): GitPerson | string => {
        if (p === undefined) return bot
        if (typeof p.name !== 'string' || typeof p.email !== 'string') return 'author and committer need name and email'
        return { name: p.name, email: p.email, date: typeof p.date === 'string' ? p.date : date }
      }
      const author = person(body.author)
      const committer = body.committer ? person(body.committer) : author
      if (typeof author === 'string' || typeof committer === 'string') return unprocessable(`Invalid request.\n\n${typeof author === 'string' ? author : committer}`)
      const commit: GitCommitState = { tree: body.tree, parents: parents as string[], message: body.message, author, committer: committer as GitPerson }
      const sha = fakeSha(`commit:${JSON.stringify(commit)}`)
      objects(repo).commits[sha] = commit
      ;(repo.snapshots ??= {})[sha] = filesOfTree(repo, body.tree)!
      return ok(commitJson(ctx, repo, sha, commit), 201)
    }
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/git/refs',
    run: (ctx) => {
      const repo = findRepo(ctx)
      if (!repo) return notFound()
      const denied = need(ctx, 'contents')
      if (denied) return denied
      const body = (ctx.body ?? {}) as { ref?: unknown; sha?: unknown }
      if (typeof body.ref !== 'string') return failed([{ resource: 'Reference', field: 'ref', code: 'missing_field' }])
      if (typeof body.sha !== 'string') return failed([{ resource: 'Reference', field: 'sha', code: 'missing_field' }])
      const match = /^refs\/heads\/(.+)$/.exec(body.ref)
      if (!/^refs\/[^/]+\/.+/.test(body.ref) || !match) return unprocessable("Reference name must start with 'refs/' and have at least two slashes.")
      if (!commitOf(repo, body.sha)) return unprocessable('Object does not exist')
      if (repo.branches[match[1]!]) return unprocessable('Reference already exists')
      repo.branches[match[1]!] = body.sha
      return ok(refJson(ctx, repo, match[1]!), 201)
    }
  },
  {
    method: 'PATCH',
    pattern: '/repos/:owner/:repo/git/refs/*ref',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const branch = /^heads\/(.+)$/.exec(ctx.params.ref ?? '')?.[1]
      if (!repo || !branch || !repo.branches[branch]) return unprocessable('Reference does not exist')
      const denied = need(ctx, 'contents')
      if (denied) return denied
      const body = (ctx.body ?? {}) as { sha?: unknown; force?: unknown }
      if (typeof body.sha !== 'string') return failed([{ resource: 'Reference', field: 'sha', code: 'missing_field' }])
      if (!commitOf(repo, body.sha)) return unprocessable('Object does not exist')
      if (body.force !== true && !reaches(repo, body.sha, repo.branches[branch]!)) return unprocessable('Update is not a fast forward')
      repo.branches[branch] = body.sha
      syncPullHeads(repo)
      return ok(refJson(ctx, repo, branch))
    }
  },

  // ------------------------------------------------------------------ pulls
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls',
    run: (ctx) => {
      const repo = findRepo(ctx)
      if (!repo) return notFound()
      const state = ctx.req.query.get('state') ?? 'open'
      const head = ctx.req.query.get('head')
      const base = ctx.req.query.get('base')
      const numbers = Object.keys(repo.pulls)
        .map(Number)
        .sort((a, b) => b - a)
      const matching = numbers.filter((n) => {
        const pr = repo.pulls[String(n)]!
        if (state !== 'all' && pr.state !== state) return false
        // `head` is `user:ref`; GitHub ignores a head filter without the owner part.
        if (head && head.includes(':') && `${repo.owner}:${pr.head_ref}` !== head) return false
        return !base || pr.base_ref === base
      })
      const { page, headers } = paginate(
        ctx,
        matching.map((n) => pullJson(ctx, repo, n))
      )
      return ok(page, 200, headers)
    }
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/pulls',
    run: (ctx) => {
      const repo = findRepo(ctx)
      if (!repo) return notFound()
      const denied = need(ctx, 'pull_requests')
      if (denied) return denied
      const body = (ctx.body ?? {}) as { title?: unknown; head?: unknown; base?: unknown; body?: unknown; draft?: unknown }
      const docs = `${DOCS}/pulls/pulls#create-a-pull-request`
      for (const field of ['head', 'base'] as const) if (typeof body[field] !== 'string') return failed([{ resource: 'PullRequest', field, code: 'missing_field' }], docs)
      if (typeof body.title !== 'string' || !body.title.trim()) return failed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }], docs)
      const head = (body.head as string).replace(new RegExp(`^${repo.owner}:`), '')
      const base = body.base as string
      if (!repo.branches[head]) return failed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }], docs)
      if (!repo.branches[base]) return failed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], docs)
      if (repo.branches[head] === repo.branches[base]) return failed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }], docs)
      const open = Object.values(repo.pulls).some((p) => p.state === 'open' && p.head_ref === head && p.base_ref === base)
      if (open) return failed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${head}.` }], docs)
      const n = Math.max(0, ...Object.keys(repo.pulls).map(Number), ...Object.keys(repo.issues).map(Number)) + 1
      repo.pulls[String(n)] = {
        title: body.title,
        state: 'open',
        merged: false,
        draft: body.draft === true,
        user: ctx.gh.login,
        labels: [],
        body: typeof body.body === 'string' ? body.body : '',
        html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${n}`,
        created_at: isoNow(ctx),
        merged_at: null,
        closed_at: null,
        head_ref: head,
        head_sha: repo.branches[head]!,
        base_ref: base
      }
      return ok(pullJson(ctx, repo, n), 201)
    }
  },
  {
    method: 'PATCH',
    pattern: '/repos/:owner/:repo/pulls/:number',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const n = issueNumber(ctx)
      const pr = repo && n !== undefined ? repo.pulls[String(n)] : undefined
      if (!repo || !pr) return notFound()
      const denied = need(ctx, 'pull_requests')
      if (denied) return denied
      const body = (ctx.body ?? {}) as { title?: unknown; body?: unknown; state?: unknown }
      if (body.title !== undefined && typeof body.title !== 'string') return failed([{ resource: 'PullRequest', field: 'title', code: 'invalid' }])
      if (body.body !== undefined && typeof body.body !== 'string') return failed([{ resource: 'PullRequest', field: 'body', code: 'invalid' }])
      if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') return failed([{ resource: 'PullRequest', field: 'state', code: 'invalid' }])
      if (typeof body.title === 'string') pr.title = body.title
      if (typeof body.body === 'string') pr.body = body.body
      if (body.state === 'closed' && pr.state === 'open') Object.assign(pr, { state: 'closed', closed_at: isoNow(ctx) })
      return ok(pullJson(ctx, repo, n!))
    }
  }
]

/** The head sha of a PR follows its branch, as on GitHub (a push moves it). */
export function syncPullHeads(repo: RepoState): void {
  for (const pr of Object.values(repo.pulls)) if (pr.state === 'open' && repo.branches[pr.head_ref]) pr.head_sha = repo.branches[pr.head_ref]!
}
