import * as z from 'zod/mini'
import { defineTool, type ToolContext, type ToolTarget } from './define.js'
import { ToolError } from '../errors.js'
import { sleepUnlessAborted } from '../clients/cancel.js'

/** A pull request or issue, named the ways users and models name them. */
export interface IssueRef {
  owner: string
  repo: string
  number: number
}

const url = z.union([z.string().check(z.minLength(1)), z.number().check(z.int(), z.positive())]).check(z.describe('A pull request or issue: its URL, `owner/repo#N`, or a number in this repository'))

/**
 * Parses `https://github.com/o/r/pull/12` (any host, so GHES works), `o/r#12`, `#12`
 * or `12`. Numbers alone refer to the repository the action runs in.
 */
export function parseIssueRef(value: string | number, thisRepo: string): IssueRef {
  const text = String(value).trim()
  const inRepo = (n: string): IssueRef => {
    const [owner, repo] = thisRepo.split('/')
    if (!owner || !repo) throw new Error(`"${text}" is a bare number, but the repository this action runs in is unknown`)
    return { owner, repo, number: Number(n) }
  }
  let m = /^#?(\d+)$/.exec(text)
  if (m) return inRepo(m[1])
  m = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(text)
  if (m) return { owner: m[1], repo: m[2], number: Number(m[3]) }
  m = /^https?:\/\/[^/\s]+\/([\w.-]+)\/([\w.-]+)\/(?:pull|pulls|issues)\/(\d+)(?:[/?#].*)?$/.exec(text)
  if (m) return { owner: m[1], repo: m[2], number: Number(m[3]) }
  throw new Error(`"${text}" is not a pull request or issue: expected a URL like https://github.com/owner/repo/pull/12, owner/repo#12, or a number`)
}

function ref(input: { url: string | number }, ctx: ToolContext, tool: string): IssueRef {
  try {
    return parseIssueRef(input.url, ctx.trigger.repository)
  } catch (error) {
    throw new ToolError((error as Error).message, tool, { cause: error })
  }
}

function target(r: IssueRef): ToolTarget {
  return { kind: 'github_repo', value: `${r.owner}/${r.repo}`, label: `${r.owner}/${r.repo}#${r.number}` }
}

export type PullRequestStatus = 'open' | 'draft' | 'merged' | 'closed'

export interface PullRequestSummary {
  number: number
  title: string
  state: PullRequestStatus
  merged: boolean
  draft: boolean
  author: string | null
  url: string
  labels: string[]
  body: string
}

function statusOf(pr: { state: string; merged?: boolean | null; merged_at?: string | null; draft?: boolean }): PullRequestStatus {
  if (pr.merged || pr.merged_at) return 'merged'
  if (pr.state === 'closed') return 'closed'
  return pr.draft ? 'draft' : 'open'
}

export const getStatus = defineTool({
  name: 'github.get_status',
  description: 'The state of a pull request: "open", "draft", "merged" or "closed".',
  input: z.strictObject({ url }),
  params: ['url'],
  returns: '`"open"`, `"draft"`, `"merged"` or `"closed"`',
  outputType: "'open' | 'draft' | 'merged' | 'closed'",
  mutates: false,
  target: (input, ctx) => target(ref(input, ctx, 'github.get_status')),
  async run(input, ctx): Promise<PullRequestStatus> {
    const r = ref(input, ctx, 'github.get_status')
    const { data } = await (await ctx.github()).rest.pulls.get({ owner: r.owner, repo: r.repo, pull_number: r.number, request: { signal: ctx.signal } })
    return statusOf(data)
  }
})

export const getPullRequest = defineTool({
  name: 'github.get_pull_request',
  description: 'A pull request: number, title, state, merged, draft, author, url, labels and body.',
  input: z.strictObject({ url }),
  params: ['url'],
  returns: 'number, title, state, merged, draft, author, url, labels, body',
  outputType: 'PullRequest',
  mutates: false,
  target: (input, ctx) => target(ref(input, ctx, 'github.get_pull_request')),
  async run(input, ctx): Promise<PullRequestSummary> {
    const r = ref(input, ctx, 'github.get_pull_request')
    const { data } = await (await ctx.github()).rest.pulls.get({ owner: r.owner, repo: r.repo, pull_number: r.number, request: { signal: ctx.signal } })
    return {
      number: data.number,
      title: data.title,
      state: statusOf(data),
      merged: Boolean(data.merged || data.merged_at),
      draft: Boolean(data.draft),
      author: data.user?.login ?? null,
      url: data.html_url,
      labels: (data.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
      body: data.body ?? ''
    }
  }
})

/** Hidden marker that makes a retried comment find its earlier attempt instead of posting twice. */
export function commentMarker(callId: string): string {
  return `<!-- hybrid-coordinator:${callId} -->`
}

export const comment = defineTool({
  name: 'github.comment',
  description: 'Comment on an issue or pull request. Returns the comment URL.',
  input: z.strictObject({ url, body: z.string().check(z.minLength(1), z.maxLength(65536), z.describe('Markdown text of the comment')) }),
  params: ['url', 'body'],
  returns: "the comment's URL",
  outputType: 'string',
  mutates: true,
  target: (input, ctx) => target(ref(input, ctx, 'github.comment')),
  async preview(input, ctx) {
    const r = ref(input, ctx, 'github.comment')
    return `https://github.com/${r.owner}/${r.repo}/issues/${r.number}#dry-run`
  },
  async run(input, ctx): Promise<string> {
    const r = ref(input, ctx, 'github.comment')
    const octokit = await ctx.github()
    const marker = commentMarker(ctx.callId)
    const body = `${input.body}\n\n${marker}`
    // Retried here, not by Octokit's retry plugin: a POST whose answer was lost may have
    // landed, so before each new attempt we look for our marker instead of posting twice.
    for (let attempt = 1; ; attempt++) {
      // Cancelled by the workflow (timeout, failure, end): no new attempt.
      ctx.signal?.throwIfAborted()
      const attemptStarted = Date.now()
      try {
        const { data } = await octokit.rest.issues.createComment({
          owner: r.owner,
          repo: r.repo,
          issue_number: r.number,
          body,
          request: { retries: 0, signal: ctx.signal }
        })
        return data.html_url
      } catch (error) {
        // Cancelled by the workflow's timeout: no more attempts, and no waiting.
        if (ctx.signal?.aborted) throw error
        // A POST that timed out may still land: give it as long again before looking for it.
        if (isTimeout(error)) await sleepUnlessAborted(Math.min(Date.now() - attemptStarted, 10_000), ctx.signal)
        if (!isRetryable(error) || attempt >= COMMENT_ATTEMPTS) {
          const earlier = await findMarkedComment(octokit, r, marker).catch(() => undefined)
          if (earlier) return earlier
          throw error
        }
        const earlier = await findMarkedComment(octokit, r, marker).catch(() => undefined)
        if (earlier) return earlier
        await sleepUnlessAborted(retryDelayMs(error, attempt), ctx.signal)
      }
    }
  }
})

const COMMENT_ATTEMPTS = 4

/** Octokit reports a fetch aborted by its timeout as a status-500 RequestError. */
function isTimeout(error: unknown): boolean {
  const e = error as { status?: number; message?: string; name?: string }
  return e.name === 'TimeoutError' || ((e.status === undefined || e.status === 500) && /aborted|timed? ?out/i.test(e.message ?? ''))
}

function isRetryable(error: unknown): boolean {
  const status = (error as { status?: number }).status
  return status === undefined || status >= 500 || status === 429 || (status === 403 && retryAfterSeconds(error) !== undefined)
}

function retryAfterSeconds(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers
  const value = headers?.['retry-after']
  return value === undefined ? undefined : Number(value)
}

function retryDelayMs(error: unknown, attempt: number): number {
  const after = retryAfterSeconds(error)
  return after !== undefined && Number.isFinite(after) ? Math.min(after, 60) * 1000 : Math.min(250 * 2 ** attempt, 4000)
}

type Octokit = Awaited<ReturnType<ToolContext['github']>>

/**
 * Our earlier attempt's comment: it carries the marker and was written by the token's own
 * identity. Anyone can write the marker into a comment; only we can author ours.
 */
async function findMarkedComment(octokit: Octokit, r: IssueRef, marker: string): Promise<string | undefined> {
  const self = await ownLogin(octokit)
  if (!self) return undefined
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner: r.owner, repo: r.repo, issue_number: r.number, per_page: 100 })
  return comments.find((c) => c.user?.login === self && c.body?.includes(marker))?.html_url
}

const logins = new WeakMap<Octokit, Promise<string | undefined>>()

/**
 * The token's login: `GET /user` for a user's token; an app's installation token (the
 * workflow's GITHUB_TOKEN) is refused there, and GraphQL's `viewer` names its bot
 * (`github-actions[bot]`). Undefined when neither answers: then no marker is trusted.
 */
function ownLogin(octokit: Octokit): Promise<string | undefined> {
  let login = logins.get(octokit)
  if (!login) {
    login = octokit.rest.users
      .getAuthenticated()
      .then(({ data }) => data.login)
      .catch(async () => (await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')).viewer.login)
      .catch(() => undefined)
    logins.set(octokit, login)
  }
  return login
}

export const addLabels = defineTool({
  name: 'github.add_labels',
  description: 'Add labels to an issue or pull request. Returns the labels now on it.',
  input: z.strictObject({ url, labels: z.array(z.string().check(z.minLength(1), z.maxLength(50))).check(z.minLength(1), z.maxLength(100), z.describe('Label names to add')) }),
  params: ['url', 'labels'],
  returns: 'the labels now on it',
  outputType: 'string[]',
  mutates: true,
  target: (input, ctx) => target(ref(input, ctx, 'github.add_labels')),
  async preview(input, ctx) {
    const r = ref(input, ctx, 'github.add_labels')
    const { data } = await (await ctx.github()).rest.issues.listLabelsOnIssue({ owner: r.owner, repo: r.repo, issue_number: r.number, request: { signal: ctx.signal } })
    return [...new Set([...data.map((l) => l.name), ...input.labels])]
  },
  async run(input, ctx): Promise<string[]> {
    const r = ref(input, ctx, 'github.add_labels')
    const { data } = await (await ctx.github()).rest.issues.addLabels({ owner: r.owner, repo: r.repo, issue_number: r.number, labels: input.labels, request: { signal: ctx.signal } })
    return data.map((l) => l.name)
  }
})

export const githubTools = [getStatus, getPullRequest, comment, addLabels]
