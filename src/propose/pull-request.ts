import type { GitHubClient } from '../clients/types.js'
import { errorMessage } from '../errors.js'

/** The label every upgrade pull request carries. */
export const UPGRADE_LABEL = 'determinism-upgrade'
/** Our commits say who made them: a branch head without this is someone else's work. */
const AUTHOR = { name: 'hybrid-coordinator', email: 'hybrid-coordinator@users.noreply.github.com' }
const TRAILER = 'Hybrid-Coordinator-Upgrade'
const EVIDENCE_TRAILER = 'Hybrid-Coordinator-Evidence'

export const upgradeBranch = (workflow: string) => `hybrid-coordinator/upgrade-${workflow}`

/** What one proposal puts on the branch and in the pull request. */
export interface UpgradeChange {
  workflow: string
  /** Repository-relative path -> new content. */
  files: Record<string, string>
  title: string
  body: string
  /** First line of the commit message. */
  subject: string
  /** A digest of what the proposal was built from (stage, runs): unchanged means nothing new. */
  evidenceKey: string
}

export interface PublishedUpgrade {
  url: string
  number: number
  /** `created` a new PR, `updated` its title or body, `unchanged` nothing to do. */
  pull: 'created' | 'updated' | 'unchanged'
  /** Whether a new commit went onto the branch. */
  committed: boolean
}

/** Something that stops the proposal: a person's commit on the branch, a missing permission. */
export class ProposeStop extends Error {
  override name = 'ProposeStop'
}

/** The branch as it is: absent, ours (with the evidence key it was built from), or someone else's. */
export type BranchState = { kind: 'absent' } | { kind: 'ours'; sha: string; tree: string; parent?: string; evidenceKey?: string } | { kind: 'theirs'; sha: string; author: string }

interface Repo {
  owner: string
  repo: string
}

const split = (repository: string): Repo => {
  const [owner, repo] = repository.split('/') as [string, string]
  return { owner, repo }
}

/** A 403 names the permission the job lacks; anything else keeps its message and cause. */
function failure(error: unknown, doing: string, permission: 'contents' | 'pull-requests'): Error {
  const status = (error as { status?: number }).status
  if (status === 403) {
    const header = (error as { response?: { headers?: Record<string, string> } }).response?.headers?.['x-accepted-github-permissions']
    const named = header ? header.replace(/_/g, '-').replace(/=/g, ': ') : `${permission}: write`
    return new ProposeStop(
      `propose needs \`${named}\` to ${doing}, and the token was refused (403 ${errorMessage(error).split('\n')[0]}): give the job \`permissions: { contents: write, pull-requests: write }\``,
      { cause: error }
    )
  }
  return new Error(`${doing}: ${errorMessage(error).split('\n')[0]}`, { cause: error })
}

async function step<T>(doing: string, permission: 'contents' | 'pull-requests', call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw failure(error, doing, permission)
  }
}

/** The upgrade branch's head: whether it exists, and whether its last commit is ours. */
export async function inspectBranch(github: GitHubClient, repository: string, workflow: string): Promise<BranchState> {
  const r = split(repository)
  const branch = upgradeBranch(workflow)
  let sha: string
  try {
    const { data } = await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...r, ref: `heads/${branch}` })
    sha = data.object.sha
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { kind: 'absent' }
    throw failure(error, `read branch ${branch}`, 'contents')
  }
  const { data: commit } = await step(`read the head commit of ${branch}`, 'contents', () => github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...r, commit_sha: sha }))
  const ours = commit.author?.name === AUTHOR.name && commit.author?.email === AUTHOR.email && new RegExp(`^${TRAILER}: ${escape(workflow)}$`, 'm').test(commit.message)
  if (!ours) return { kind: 'theirs', sha, author: commit.author?.name ?? 'someone' }
  const evidenceKey = new RegExp(`^${EVIDENCE_TRAILER}: (\\S+)$`, 'm').exec(commit.message)?.[1]
  return { kind: 'ours', sha, tree: commit.tree.sha, parent: commit.parents[0]?.sha, evidenceKey }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Refuses to go on over a person's commit: their work is never force-pushed away. */
export function refuseTheirs(state: BranchState, workflow: string): void {
  if (state.kind !== 'theirs') return
  throw new ProposeStop(
    `branch ${upgradeBranch(workflow)} has a commit by ${state.author} (${state.sha.slice(0, 7)}) that propose did not make: it does not force-update over it. Merge or close that pull request, or delete the branch, and propose starts afresh`
  )
}

/**
 * Puts the change on `hybrid-coordinator/upgrade-<workflow>` through the Git data API (blobs,
 * a tree on the default branch head's, a commit, the ref created or force-updated), then
 * opens the pull request or updates its title and body, and labels it. Never touches the
 * default branch and never merges. Nothing new (same tree on the same base), no new commit.
 */
export async function publishUpgrade(github: GitHubClient, repository: string, change: UpgradeChange): Promise<PublishedUpgrade> {
  const r = split(repository)
  const branch = upgradeBranch(change.workflow)
  const { data: repoInfo } = await step('read the repository', 'contents', () => github.request('GET /repos/{owner}/{repo}', { ...r }))
  const base = repoInfo.default_branch
  if (base === branch) throw new ProposeStop(`the default branch is ${branch}: propose never pushes to the default branch`)
  const { data: baseRef } = await step(`read ${base}`, 'contents', () => github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...r, ref: `heads/${base}` }))
  const baseSha = baseRef.object.sha
  const { data: baseCommit } = await step(`read ${base}'s head commit`, 'contents', () => github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...r, commit_sha: baseSha }))

  const entries: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = []
  for (const [path, content] of Object.entries(change.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { data: blob } = await step(`create a blob for ${path}`, 'contents', () => github.request('POST /repos/{owner}/{repo}/git/blobs', { ...r, content, encoding: 'utf-8' }))
    entries.push({ path, mode: '100644' as const, type: 'blob' as const, sha: blob.sha })
  }
  const { data: tree } = await step('create the tree', 'contents', () => github.request('POST /repos/{owner}/{repo}/git/trees', { ...r, base_tree: baseCommit.tree.sha, tree: entries }))

  let state = await inspectBranch(github, repository, change.workflow)
  refuseTheirs(state, change.workflow)
  let committed = false
  if (!(state.kind === 'ours' && state.tree === tree.sha && state.parent === baseSha)) {
    const message = `${change.subject}\n\n${TRAILER}: ${change.workflow}\n${EVIDENCE_TRAILER}: ${change.evidenceKey}\n`
    const { data: commit } = await step('create the commit', 'contents', () =>
      github.request('POST /repos/{owner}/{repo}/git/commits', { ...r, message, tree: tree.sha, parents: [baseSha], author: AUTHOR, committer: AUTHOR })
    )
    const forceUpdate = () =>
      step(`update branch ${branch}`, 'contents', () => github.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...r, ref: `heads/${branch}`, sha: commit.sha, force: true }))
    if (state.kind === 'absent') {
      try {
        await github.request('POST /repos/{owner}/{repo}/git/refs', { ...r, ref: `refs/heads/${branch}`, sha: commit.sha })
      } catch (error) {
        // Another propose run created it meanwhile: go on over it only if that commit is ours too.
        if ((error as { status?: number }).status !== 422) throw failure(error, `create branch ${branch}`, 'contents')
        state = await inspectBranch(github, repository, change.workflow)
        refuseTheirs(state, change.workflow)
        await forceUpdate()
      }
    } else {
      await forceUpdate()
    }
    committed = true
  }

  const pull = await openOrUpdatePull(github, r, branch, base, change)
  return { ...pull, committed }
}

interface PullLike {
  number: number
  html_url: string
  title: string
  body?: string | null
  labels: { name?: string }[]
}

async function findOpenPull(github: GitHubClient, r: Repo, branch: string): Promise<PullLike | undefined> {
  const { data } = await step('list pull requests', 'pull-requests', () => github.request('GET /repos/{owner}/{repo}/pulls', { ...r, head: `${r.owner}:${branch}`, state: 'open', per_page: 10 }))
  return (data as PullLike[])[0]
}

async function openOrUpdatePull(github: GitHubClient, r: Repo, branch: string, base: string, change: UpgradeChange): Promise<Omit<PublishedUpgrade, 'committed'>> {
  let pr = await findOpenPull(github, r, branch)
  let pull: PublishedUpgrade['pull'] = 'unchanged'
  if (!pr) {
    try {
      const { data } = await github.request('POST /repos/{owner}/{repo}/pulls', { ...r, title: change.title, head: branch, base, body: change.body })
      pr = data as PullLike
      pull = 'created'
    } catch (error) {
      // GitHub allows one open pull request per head: a concurrent run opened it first.
      const already = (error as { status?: number }).status === 422 && /already exists/i.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? errorMessage(error)))
      if (!already) throw failure(error, `open the pull request from ${branch}`, 'pull-requests')
      pr = await findOpenPull(github, r, branch)
      if (!pr) throw failure(error, `open the pull request from ${branch}`, 'pull-requests')
    }
  }
  if (pull !== 'created' && (pr.title !== change.title || (pr.body ?? '') !== change.body)) {
    const current = pr
    await step(`update pull request #${current.number}`, 'pull-requests', () =>
      github.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...r, pull_number: current.number, title: change.title, body: change.body })
    )
    pull = 'updated'
  }
  if (!pr.labels.some((l) => l.name === UPGRADE_LABEL)) {
    const current = pr
    await step(`label pull request #${current.number}`, 'pull-requests', () =>
      github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...r, issue_number: current.number, labels: [UPGRADE_LABEL] })
    )
  }
  return { url: pr.html_url, number: pr.number, pull }
}
