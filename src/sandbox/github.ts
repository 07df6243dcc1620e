import { createHash } from 'node:crypto'
import type { SandboxRequest, SandboxResponse, ServiceHandler } from './types.js'
import type { CommentState, GitHubState, RepoState, SandboxState } from './state.js'
import { fakeSha } from './state.js'
import { UPGRADE_ROUTES, isUnsignedBlobPath, serveBlob } from './github-upgrade.js'

export interface GitHubFakeOptions {
  /** The one token the fake accepts. */
  token: string
  /** Public base of the fake (`http://127.0.0.1:PORT/github`), used in `url` fields and Link headers. */
  apiUrl?: string
  now?: () => Date
}

const DOCS = 'https://docs.github.com/rest'

/** Real GitHub's error bodies carry `status` as a string next to the message. */
export const error = (status: number, message: string, documentation_url = DOCS): SandboxResponse => ({
  status,
  body: { message, documentation_url, status: String(status) }
})
export const notFound = (): SandboxResponse => error(404, 'Not Found')
export const invalid = (detail: string): SandboxResponse => error(422, `Invalid request.\n\n${detail}`)
export const ok = (body: unknown, status = 200, headers?: Record<string, string>): SandboxResponse => ({ status, body, headers })

/** What a route handler gets: the request, its decoded path parameters and its JSON body. */
export interface RouteContext {
  req: SandboxRequest
  params: Record<string, string>
  body: unknown
  gh: GitHubState
  api: string
  now: () => Date
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH'
  /** `:name` matches one segment, `*name` the rest of the path (branch names and file paths hold slashes). */
  pattern: string
  run: (ctx: RouteContext) => SandboxResponse
}

interface CompiledRoute extends Route {
  regex: RegExp
  names: string[]
}

function compile(route: Route): CompiledRoute {
  const names: string[] = []
  const source = route.pattern
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1))
        return '([^/]+)'
      }
      if (segment.startsWith('*')) {
        names.push(segment.slice(1))
        return '(.*)'
      }
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return { ...route, regex: new RegExp(`^${source}/?$`), names }
}

// ---------------------------------------------------------------------------------------------
// Lookups

export function findRepo(ctx: RouteContext): RepoState | undefined {
  return ctx.gh.repos[`${ctx.params.owner}/${ctx.params.repo}`]
}

/** Parses a path number strictly: GitHub 404s on `pulls/7a`. */
export function issueNumber(ctx: RouteContext): number | undefined {
  const raw = ctx.params.number ?? ''
  return /^[1-9]\d*$/.test(raw) ? Number(raw) : undefined
}

interface Commit {
  sha: string
  files: Record<string, string>
}

/** Resolves a branch name, `heads/x`, `refs/heads/x` or a known commit sha to that commit's tree. */
export function resolveCommit(repo: RepoState, ref: string | undefined): Commit | undefined {
  const name = (ref ?? repo.default_branch).replace(/^refs\//, '').replace(/^heads\//, '')
  const branchSha = repo.branches[name]
  const sha = branchSha ?? name
  const snapshot = repo.snapshots?.[sha]
  if (snapshot) return { sha, files: snapshot }
  if (Object.values(repo.branches).includes(sha)) return { sha, files: repo.files }
  return undefined
}

/** Git's own blob id, so shas look and behave like real ones (same content, same sha). */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** Git orders tree entries bytewise (`README.md` before `docs`), not by locale. */
const bytewise = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const treeSha = (commitSha: string, dir: string): string => fakeSha(`tree:${commitSha}:${dir}`)

/** Every directory implied by the file paths, `''` being the root. */
function directories(files: Record<string, string>): Set<string> {
  const dirs = new Set<string>([''])
  for (const path of Object.keys(files)) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
  }
  return dirs
}

/** GitHub wraps base64 content at 60 characters; clients must cope, so the fake does it too. */
const base64Wrapped = (content: string): string =>
  (
    Buffer.from(content, 'utf8')
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  ).join('\n') + '\n'

// ---------------------------------------------------------------------------------------------
// Shapes as GitHub returns them (the fields clients read, and a few more for realism)

export const userJson = (login: string) => ({
  login,
  id: Number.parseInt(fakeSha(login).slice(0, 7), 16),
  type: login.endsWith('[bot]') ? 'Bot' : 'User'
})

function labelJson(repo: RepoState, name: string) {
  const label = repo.labels[name]
  return { id: label?.id ?? 0, name, color: label?.color ?? 'ededed', default: false, description: null }
}

function repoJson(ctx: RouteContext, repo: RepoState) {
  const full = `${repo.owner}/${repo.name}`
  return {
    id: Number.parseInt(fakeSha(full).slice(0, 8), 16),
    name: repo.name,
    full_name: full,
    owner: { ...userJson(repo.owner), type: 'Organization' },
    private: false,
    html_url: `https://github.com/${full}`,
    description: null,
    fork: false,
    url: `${ctx.api}/repos/${full}`,
    default_branch: repo.default_branch,
    visibility: 'public'
  }
}

export function pullJson(ctx: RouteContext, repo: RepoState, n: number) {
  const pr = repo.pulls[String(n)]
  if (!pr) return undefined
  const full = `${repo.owner}/${repo.name}`
  const ref = (name: string, sha: string) => ({ label: `${repo.owner}:${name}`, ref: name, sha, repo: repoJson(ctx, repo) })
  return {
    url: `${ctx.api}/repos/${full}/pulls/${n}`,
    id: Number.parseInt(fakeSha(`${full}#${n}`).slice(0, 8), 16),
    html_url: pr.html_url,
    number: n,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userJson(pr.user),
    body: pr.body,
    labels: pr.labels.map((name) => labelJson(repo, name)),
    created_at: pr.created_at,
    updated_at: pr.closed_at ?? pr.created_at,
    closed_at: pr.closed_at,
    merged_at: pr.merged_at,
    merge_commit_sha: pr.merged ? fakeSha(`${full}#${n}:merge`) : null,
    draft: pr.draft,
    head: ref(pr.head_ref, pr.head_sha),
    base: ref(pr.base_ref, repo.branches[pr.base_ref] ?? fakeSha(`${full}:${pr.base_ref}`)),
    merged: pr.merged,
    mergeable: pr.state === 'open' ? true : null,
    comments: repo.comments[String(n)]?.length ?? 0
  }
}

/** PRs are issues too: the issues API answers for both, marking PRs with `pull_request`. */
function issueJson(ctx: RouteContext, repo: RepoState, n: number) {
  const full = `${repo.owner}/${repo.name}`
  const pr = repo.pulls[String(n)]
  const issue = repo.issues[String(n)]
  const common = { url: `${ctx.api}/repos/${full}/issues/${n}`, number: n, comments: repo.comments[String(n)]?.length ?? 0 }
  if (pr) {
    return {
      ...common,
      html_url: pr.html_url,
      title: pr.title,
      state: pr.state,
      state_reason: pr.state === 'closed' ? 'completed' : null,
      user: userJson(pr.user),
      labels: pr.labels.map((name) => labelJson(repo, name)),
      body: pr.body,
      created_at: pr.created_at,
      closed_at: pr.closed_at,
      draft: pr.draft,
      pull_request: {
        url: `${ctx.api}/repos/${full}/pulls/${n}`,
        html_url: pr.html_url,
        diff_url: `${pr.html_url}.diff`,
        patch_url: `${pr.html_url}.patch`,
        merged_at: pr.merged_at
      }
    }
  }
  if (issue) {
    return {
      ...common,
      html_url: issue.html_url,
      title: issue.title,
      state: issue.state,
      state_reason: null,
      user: userJson(issue.user),
      labels: issue.labels.map((name) => labelJson(repo, name)),
      body: issue.body,
      created_at: issue.created_at,
      closed_at: null
    }
  }
  return undefined
}

function commentJson(ctx: RouteContext, repo: RepoState, n: number, c: CommentState) {
  const full = `${repo.owner}/${repo.name}`
  return {
    id: c.id,
    url: `${ctx.api}/repos/${full}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${ctx.api}/repos/${full}/issues/${n}`,
    body: c.body,
    user: userJson(c.user),
    created_at: c.created_at,
    updated_at: c.created_at,
    author_association: 'NONE'
  }
}

/** The labels array of an issue or PR, or undefined when the number is neither. */
function labelsOf(repo: RepoState, n: number): string[] | undefined {
  return repo.pulls[String(n)]?.labels ?? repo.issues[String(n)]?.labels
}

// ---------------------------------------------------------------------------------------------
// Pagination as GitHub does it: per_page (default 30, max 100), page, and a Link header.

export function paginate<T>(ctx: RouteContext, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.req.query.get('per_page') ?? 30) || 30, 1), 100)
  const page = Math.max(Number(ctx.req.query.get('page') ?? 1) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (p: number, rel: string) => {
    const query = new URLSearchParams(ctx.req.query)
    query.set('per_page', String(perPage))
    query.set('page', String(p))
    return `<${ctx.api}${ctx.req.path}?${query.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {}
  }
}

// ---------------------------------------------------------------------------------------------
// Routes

const ROUTES: Route[] = [
  {
    // An app's installation token (GITHUB_TOKEN among them) has no user: GitHub refuses.
    method: 'GET',
    pattern: '/user',
    run: (ctx) =>
      ctx.gh.login.endsWith('[bot]') ? error(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/users/users#get-the-authenticated-user') : ok(userJson(ctx.gh.login))
  },
  {
    // GraphQL, only as far as `viewer { login }`: the identity of any token, an app's included.
    method: 'POST',
    pattern: '/graphql',
    run: (ctx) => {
      const query = (ctx.body as { query?: unknown } | undefined)?.query
      if (typeof query !== 'string') return error(400, 'A query attribute must be specified and must be a string.')
      if (!/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) return ok({ errors: [{ message: 'sandbox: only { viewer { login } } is modelled' }] })
      return ok({ data: { viewer: { login: ctx.gh.login } } })
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo',
    run: (ctx) => {
      const repo = findRepo(ctx)
      return repo ? ok(repoJson(ctx, repo)) : notFound()
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/pulls/:number',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const n = issueNumber(ctx)
      const pr = repo && n !== undefined ? pullJson(ctx, repo, n) : undefined
      return pr ? ok(pr) : notFound()
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues/:number',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const n = issueNumber(ctx)
      const issue = repo && n !== undefined ? issueJson(ctx, repo, n) : undefined
      return issue ? ok(issue) : notFound()
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues/:number/comments',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const n = issueNumber(ctx)
      if (!repo || n === undefined || !labelsOf(repo, n)) return notFound()
      const all = (repo.comments[String(n)] ?? []).map((c) => commentJson(ctx, repo, n, c))
      const { page, headers } = paginate(ctx, all)
      return ok(page, 200, headers)
    }
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/issues/:number/comments',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const n = issueNumber(ctx)
      if (!repo || n === undefined || !labelsOf(repo, n)) return notFound()
      const body = (ctx.body as { body?: unknown } | undefined)?.body
      if (body === undefined) return invalid('"body" wasn\'t supplied.')
      if (typeof body !== 'string') return invalid(`For 'properties/body', ${JSON.stringify(body)} is not a string.`)
      if (body.trim() === '') return error(422, 'Validation Failed: body cannot be blank')
      const id = ctx.gh.nextId++
      const base = repo.pulls[String(n)]?.html_url ?? repo.issues[String(n)]?.html_url ?? ''
      const comment: CommentState = {
        id,
        body,
        user: ctx.gh.login,
        html_url: `${base}#issuecomment-${id}`,
        created_at: ctx
          .now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z')
      }
      ;(repo.comments[String(n)] ??= []).push(comment)
      return ok(commentJson(ctx, repo, n, comment), 201)
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/issues/:number/labels',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const n = issueNumber(ctx)
      const labels = repo && n !== undefined ? labelsOf(repo, n) : undefined
      if (!repo || !labels) return notFound()
      const { page, headers } = paginate(
        ctx,
        labels.map((name) => labelJson(repo, name))
      )
      return ok(page, 200, headers)
    }
  },
  {
    method: 'POST',
    pattern: '/repos/:owner/:repo/issues/:number/labels',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const n = issueNumber(ctx)
      const labels = repo && n !== undefined ? labelsOf(repo, n) : undefined
      if (!repo || !labels) return notFound()
      const names = labelNames(ctx.body)
      if (typeof names === 'string') return invalid(names)
      for (const name of names) {
        if (!repo.labels[name]) repo.labels[name] = { id: ctx.gh.nextId++, color: 'ededed' }
        if (!labels.includes(name)) labels.push(name)
      }
      return ok(labels.map((name) => labelJson(repo, name)))
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/branches/*branch',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const branch = ctx.params.branch ?? ''
      const sha = repo?.branches[branch]
      if (!repo || !sha) return error(404, 'Branch not found')
      const full = `${repo.owner}/${repo.name}`
      return ok({
        name: branch,
        commit: { sha, url: `${ctx.api}/repos/${full}/commits/${sha}`, commit: { tree: { sha: treeSha(sha, '') } } },
        protected: branch === repo.default_branch
      })
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/git/ref/*ref',
    run: (ctx) => {
      const repo = findRepo(ctx)
      const ref = ctx.params.ref ?? ''
      const branch = ref.startsWith('heads/') ? ref.slice('heads/'.length) : undefined
      const sha = repo && branch !== undefined ? repo.branches[branch] : undefined
      if (!repo || !sha) return notFound()
      const full = `${repo.owner}/${repo.name}`
      return ok({
        ref: `refs/${ref}`,
        url: `${ctx.api}/repos/${full}/git/refs/${ref}`,
        object: { sha, type: 'commit', url: `${ctx.api}/repos/${full}/git/commits/${sha}` }
      })
    }
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/contents',
    run: (ctx) => contents(ctx, '')
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/contents/*path',
    run: (ctx) => contents(ctx, ctx.params.path ?? '')
  },
  {
    method: 'GET',
    pattern: '/repos/:owner/:repo/git/trees/:sha',
    run: tree
  }
]

/** Accepts what GitHub accepts: `{labels: [...]}` or a bare array, of names or `{name}` objects. */
function labelNames(body: unknown): string[] | string {
  const list = Array.isArray(body) ? body : (body as { labels?: unknown } | undefined)?.labels
  if (list === undefined) return '"labels" wasn\'t supplied.'
  if (!Array.isArray(list) || list.length === 0) return `For 'properties/labels', ${JSON.stringify(list)} is not a non-empty array.`
  const names: string[] = []
  for (const item of list) {
    const name = typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name
    if (typeof name !== 'string' || name.trim() === '') return `For 'items', ${JSON.stringify(item)} is not a label name.`
    names.push(name)
  }
  return names
}

function contents(ctx: RouteContext, rawPath: string): SandboxResponse {
  const repo = findRepo(ctx)
  if (!repo) return notFound()
  const ref = ctx.req.query.get('ref') ?? undefined
  const commit = resolveCommit(repo, ref)
  if (!commit) return error(404, `No commit found for the ref ${ref ?? ''}`)
  const path = rawPath.replace(/\/+$/, '')
  const full = `${repo.owner}/${repo.name}`
  const item = (type: 'file' | 'dir', p: string) => {
    const content = commit.files[p]
    return {
      type,
      name: p.split('/').pop() ?? p,
      path: p,
      sha: type === 'file' ? blobSha(content ?? '') : treeSha(commit.sha, p),
      size: type === 'file' ? Buffer.byteLength(content ?? '', 'utf8') : 0,
      url: `${ctx.api}/repos/${full}/contents/${p}?ref=${commit.sha}`,
      html_url: `https://github.com/${full}/${type === 'file' ? 'blob' : 'tree'}/${commit.sha}/${p}`,
      download_url: type === 'file' ? `https://raw.githubusercontent.com/${full}/${commit.sha}/${p}` : null
    }
  }

  const content = commit.files[path]
  if (content !== undefined) {
    // The raw media type answers with the bytes themselves, as GitHub does.
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.req.headers.accept ?? '')) {
      return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: content }
    }
    return ok({ ...item('file', path), encoding: 'base64', content: base64Wrapped(content) })
  }
  if (!directories(commit.files).has(path)) return notFound()
  const prefix = path === '' ? '' : `${path}/`
  const children = new Map<string, 'file' | 'dir'>()
  for (const file of Object.keys(commit.files)) {
    if (!file.startsWith(prefix)) continue
    const rest = file.slice(prefix.length)
    const slash = rest.indexOf('/')
    children.set(prefix + (slash < 0 ? rest : rest.slice(0, slash)), slash < 0 ? 'file' : 'dir')
  }
  const listing = [...children.entries()].sort(([a], [b]) => bytewise(a, b)).map(([p, type]) => item(type, p))
  return ok(listing)
}

/** Git trees: by commit sha, branch name or tree sha; `recursive` lists every blob and tree below. */
function tree(ctx: RouteContext): SandboxResponse {
  const repo = findRepo(ctx)
  if (!repo) return notFound()
  const wanted = ctx.params.sha ?? ''
  let found: { commit: Commit; dir: string } | undefined
  const commit = resolveCommit(repo, wanted)
  if (commit) found = { commit, dir: '' }
  const commitShas = new Set([...Object.values(repo.branches), ...Object.keys(repo.snapshots ?? {})])
  for (const sha of commitShas) {
    if (found) break
    const candidate = resolveCommit(repo, sha)
    if (!candidate) continue
    for (const dir of directories(candidate.files)) {
      if (treeSha(sha, dir) === wanted) found = { commit: candidate, dir }
    }
  }
  if (!found) return notFound()

  const { commit: c, dir } = found
  const recursive = ['1', 'true'].includes(ctx.req.query.get('recursive') ?? '')
  const prefix = dir === '' ? '' : `${dir}/`
  const entries: { path: string; mode: string; type: 'blob' | 'tree'; sha: string; size?: number }[] = []
  const within = (p: string) => p.startsWith(prefix) && (recursive || !p.slice(prefix.length).includes('/'))
  for (const d of directories(c.files)) {
    if (d !== '' && d !== dir && within(d)) entries.push({ path: d.slice(prefix.length), mode: '040000', type: 'tree', sha: treeSha(c.sha, d) })
  }
  for (const [p, content] of Object.entries(c.files)) {
    if (within(p)) entries.push({ path: p.slice(prefix.length), mode: '100644', type: 'blob', sha: blobSha(content), size: Buffer.byteLength(content, 'utf8') })
  }
  entries.sort((a, b) => bytewise(a.path, b.path))
  const sha = treeSha(c.sha, dir)
  return ok({ sha, url: `${ctx.api}/repos/${repo.owner}/${repo.name}/git/trees/${sha}`, tree: entries, truncated: false })
}

const COMPILED = [...ROUTES, ...UPGRADE_ROUTES].map(compile)

// ---------------------------------------------------------------------------------------------
// The handler

/** `token X` or `Bearer X`, as GitHub accepts both. */
function presentedToken(req: SandboxRequest): string | undefined {
  const header = req.headers.authorization
  const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
  return match ? match[1] : header === undefined ? undefined : ''
}

/** GitHub reads the body as JSON whatever the content type says. */
function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(raw) as unknown }
  } catch {
    return { ok: false }
  }
}

function decodeParams(names: string[], match: RegExpExecArray): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  try {
    names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '')
    })
  } catch {
    return undefined
  }
  return params
}

/** The GitHub REST fake over `state.github`, strict about auth, paths and bodies. */
export function createGitHubFake(state: SandboxState, opts: GitHubFakeOptions): ServiceHandler {
  const now = opts.now ?? (() => new Date())
  const limit = 5000
  let used = 0
  const reset = Math.floor(now().getTime() / 1000) + 3600

  return (req) => {
    used = Math.min(used + 1, limit)
    const headers = {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(limit - used),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28'
    }
    const answer = (res: SandboxResponse): SandboxResponse => ({ ...res, headers: { ...headers, ...res.headers } })

    // A signed download URL (an artifact's zip) carries its own authority, as blob storage does.
    if (req.method === 'GET' && isUnsignedBlobPath(req.path)) return answer(serveBlob(state.github, req))
    const token = presentedToken(req)
    if (token === undefined) return answer(error(401, 'Requires authentication'))
    if (token !== opts.token) return answer(error(401, 'Bad credentials'))

    const parsed = parseJson(req.rawBody)
    if (!parsed.ok) return answer(error(400, 'Problems parsing JSON'))

    for (const route of COMPILED) {
      if (route.method !== req.method) continue
      const match = route.regex.exec(req.path)
      if (!match) continue
      const params = decodeParams(route.names, match)
      if (!params) return answer(notFound())
      const ctx: RouteContext = { req, params, body: parsed.value, gh: state.github, api: opts.apiUrl ?? '', now }
      return answer(route.run(ctx))
    }
    return answer(notFound())
  }
}
