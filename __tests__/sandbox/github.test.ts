import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO, fakeSha } from '../../src/sandbox/state.js'

let sandbox: Sandbox
let octokit: ReturnType<typeof getOctokit>
const repo = { owner: 'octo-org', repo: 'web' }

beforeAll(async () => {
  sandbox = await startSandbox()
  octokit = getOctokit(sandbox.tokens.github, { baseUrl: sandbox.githubUrl })
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => sandbox.reset())

/** The error an Octokit call rejects with, for asserting on status and message. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string; response?: { headers: Record<string, string>; data: unknown } }> {
  try {
    await promise
  } catch (err) {
    return err as { status: number; message: string }
  }
  throw new Error('expected the call to fail')
}

describe('pull requests and issues', () => {
  const expected = {
    merged: { state: 'closed', merged: true, draft: false },
    closed: { state: 'closed', merged: false, draft: false },
    open: { state: 'open', merged: false, draft: false },
    draft: { state: 'open', merged: false, draft: true }
  } as const
  const rows = DEMO.messages.filter((m) => m.pr !== null).map((m) => [m.pr as number, m.prState as keyof typeof expected] as const)

  it.each(rows)('reads PR #%i as %s', async (n, prState) => {
    const { data, status } = await octokit.rest.pulls.get({ ...repo, pull_number: n })
    expect(status).toBe(200)
    expect(data).toMatchObject({ number: n, ...expected[prState], html_url: `https://github.com/octo-org/web/pull/${n}` })
    expect(typeof data.title).toBe('string')
    expect(typeof data.user?.login).toBe('string')
    expect(data.merged_at === null).toBe(prState !== 'merged')
    expect(data.base.ref).toBe('main')
  })

  it('serves labels as objects and the other repository', async () => {
    const open = await octokit.rest.pulls.get({ ...repo, pull_number: 25 })
    expect(open.data.labels.map((l) => l.name)).toEqual(['needs-review'])
    const other = await octokit.rest.pulls.get({ owner: 'octo-org', repo: 'other', pull_number: 3 })
    expect(other.data).toMatchObject({ number: 3, merged: true })
  })

  it('answers the issues API for PRs (with pull_request) and for plain issues', async () => {
    const pr = await octokit.rest.issues.get({ ...repo, issue_number: 12 })
    expect(pr.data.pull_request?.merged_at).toEqual(expect.any(String))
    const issue = await octokit.rest.issues.get({ ...repo, issue_number: 30 })
    expect(issue.data.pull_request).toBeUndefined()
    expect(issue.data.labels).toEqual([expect.objectContaining({ name: 'bug' })])
  })

  it('404s on unknown repositories, numbers and an issue asked for as a PR', async () => {
    for (const call of [
      octokit.rest.pulls.get({ ...repo, pull_number: 999 }),
      octokit.rest.pulls.get({ ...repo, pull_number: 30 }),
      octokit.rest.pulls.get({ owner: 'octo-org', repo: 'nope', pull_number: 12 }),
      octokit.rest.repos.get({ owner: 'nobody', repo: 'web' })
    ]) {
      const err = await failure(call)
      expect(err.status).toBe(404)
      expect(err.message).toContain('Not Found')
    }
  })

  it('reads the repository', async () => {
    const { data } = await octokit.rest.repos.get(repo)
    expect(data).toMatchObject({ full_name: 'octo-org/web', default_branch: 'main' })
  })
})

describe('auth', () => {
  it('rejects a wrong token with Bad credentials', async () => {
    const stranger = getOctokit('ghs_wrong', { baseUrl: sandbox.githubUrl })
    const err = await failure(stranger.rest.pulls.get({ ...repo, pull_number: 12 }))
    expect(err.status).toBe(401)
    expect(err.message).toContain('Bad credentials')
  })

  it('requires authentication when no token is sent, and takes Bearer too', async () => {
    const url = `${sandbox.githubUrl}/repos/octo-org/web/pulls/12`
    const anonymous = await fetch(url)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' })
    const bearer = await fetch(url, { headers: { authorization: `Bearer ${sandbox.tokens.github}` } })
    expect(bearer.status).toBe(200)
    expect(bearer.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/)
  })
})

describe('comments', () => {
  // Typed as a plain string so Octokit takes deliberately wrong parameters.
  const commentsRoute: string = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'
  it('creates a comment and lists comments oldest first, paginated', async () => {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 25, body: 'first from the bot' })
    expect(created.status).toBe(201)
    expect(created.data.html_url).toMatch(/^https:\/\/github\.com\/octo-org\/web\/pull\/25#issuecomment-\d+$/)
    expect(created.data.user?.login).toBe('github-actions[bot]')
    await octokit.rest.issues.createComment({ ...repo, issue_number: 25, body: 'second' })

    const page = await octokit.rest.issues.listComments({ ...repo, issue_number: 25, per_page: 2, page: 1 })
    expect(page.data.map((c) => c.body)).toEqual(['Looks good to me once CI is green.', 'first from the bot'])
    expect(page.headers.link).toContain('rel="next"')
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 25, per_page: 2 })
    expect(all.map((c) => c.body)).toEqual(['Looks good to me once CI is green.', 'first from the bot', 'second'])
    expect(sandbox.state.github.repos['octo-org/web']?.comments['25']).toHaveLength(3)
  })

  it('comments on plain issues too, and 404s on unknown numbers', async () => {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 30, body: 'triaged' })
    expect(created.data.html_url).toContain('/issues/30#issuecomment-')
    const err = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 404, body: 'x' }))
    expect(err.status).toBe(404)
  })

  it('422s on a missing or non-string body and 400s on malformed JSON', async () => {
    const missing = await failure(octokit.request(commentsRoute, { ...repo, issue_number: 25 }))
    expect(missing.status).toBe(422)
    const notString = await failure(octokit.request(commentsRoute, { ...repo, issue_number: 25, body: 42 }))
    expect(notString.status).toBe(422)
    const malformed = await fetch(`${sandbox.githubUrl}/repos/octo-org/web/issues/25/comments`, {
      method: 'POST',
      headers: { authorization: `token ${sandbox.tokens.github}`, 'content-type': 'application/json' },
      body: '{"body": '
    })
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toMatchObject({ message: 'Problems parsing JSON' })
    expect(sandbox.state.github.repos['octo-org/web']?.comments['25']).toHaveLength(1)
  })
})

describe('labels', () => {
  const labelsRoute: string = 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels'
  it('adds labels, creating unknown ones, and returns every label now on the PR', async () => {
    const { data } = await octokit.rest.issues.addLabels({ ...repo, issue_number: 25, labels: ['shipped', 'needs-review'] })
    expect(data.map((l) => l.name)).toEqual(['needs-review', 'shipped'])
    expect(data[1]).toEqual(expect.objectContaining({ id: expect.any(Number), color: expect.any(String) }))
    const listed = await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 25 })
    expect(listed.data.map((l) => l.name)).toEqual(['needs-review', 'shipped'])
  })

  it('422s without a labels array', async () => {
    const err = await failure(octokit.request(labelsRoute, { ...repo, issue_number: 25, labels: 'x' }))
    expect(err.status).toBe(422)
    const none = await failure(octokit.request(labelsRoute, { ...repo, issue_number: 25 }))
    expect(none.status).toBe(422)
  })
})

describe('branches, refs, contents and trees', () => {
  const mainSha = fakeSha('octo-org/web:main')

  it('gives the default branch head through branches and git refs', async () => {
    const branch = await octokit.rest.repos.getBranch({ ...repo, branch: 'main' })
    expect(branch.data.commit.sha).toBe(mainSha)
    const ref = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })
    expect(ref.data.object.sha).toBe(mainSha)
    expect((await failure(octokit.rest.repos.getBranch({ ...repo, branch: 'nope' }))).status).toBe(404)
  })

  it('serves files as wrapped base64 at a sha, and directories as listings', async () => {
    const file = await octokit.rest.repos.getContent({ ...repo, path: 'docs/merge-policy.md', ref: mainSha })
    const data = file.data as { type: string; encoding: string; content: string; path: string; size: number; sha: string }
    expect(data).toMatchObject({ type: 'file', encoding: 'base64', path: 'docs/merge-policy.md' })
    const text = Buffer.from(data.content, 'base64').toString('utf8')
    expect(text).toBe(sandbox.state.github.repos['octo-org/web']?.files['docs/merge-policy.md'])
    expect(data.size).toBe(Buffer.byteLength(text))
    expect(data.sha).toMatch(/^[0-9a-f]{40}$/)

    const dir = await octokit.rest.repos.getContent({ ...repo, path: 'docs', ref: 'main' })
    expect((dir.data as { type: string; name: string }[]).map((d) => [d.type, d.name])).toEqual([
      ['file', 'merge-policy.md'],
      ['dir', 'runbooks']
    ])
  })

  it('serves the raw media type as text', async () => {
    const res = await octokit.rest.repos.getContent({ ...repo, path: 'README.md', mediaType: { format: 'raw' } })
    expect(res.data as unknown).toBe('# web\n\nThe octo-org storefront.\n')
  })

  it('404s on unknown paths and unknown refs', async () => {
    expect((await failure(octokit.rest.repos.getContent({ ...repo, path: 'nope.md' }))).status).toBe(404)
    const badRef = await failure(octokit.rest.repos.getContent({ ...repo, path: 'README.md', ref: 'f'.repeat(40) }))
    expect(badRef.status).toBe(404)
    expect(badRef.message).toContain('No commit found')
  })

  it('serves a snapshot for a commit that is not the default head', async () => {
    const forkSha = 'a'.repeat(40)
    const web = sandbox.state.github.repos['octo-org/web']
    if (!web) throw new Error('seed lacks octo-org/web')
    web.snapshots = { [forkSha]: { 'README.md': 'unreviewed' } }
    const file = await octokit.rest.repos.getContent({ ...repo, path: 'README.md', ref: forkSha })
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toBe('unreviewed')
  })

  it('lists a recursive tree with blobs and trees', async () => {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: mainSha, recursive: '1' })
    expect(data.truncated).toBe(false)
    expect(data.tree.map((e) => `${e.type}:${e.path}`)).toEqual(['blob:README.md', 'tree:docs', 'blob:docs/merge-policy.md', 'tree:docs/runbooks', 'blob:docs/runbooks/deploy.md'])
    const docs = data.tree.find((e) => e.path === 'docs')
    const sub = await octokit.rest.git.getTree({ ...repo, tree_sha: docs?.sha ?? '' })
    expect(sub.data.tree.map((e) => e.path)).toEqual(['merge-policy.md', 'runbooks'])
  })
})

describe('faults seen through Octokit', () => {
  it('applies a comment whose response was lost (drop-after)', async () => {
    sandbox.inject({ service: 'github', kind: 'drop-after', method: 'POST', path: '/comments' })
    await expect(octokit.rest.issues.createComment({ ...repo, issue_number: 12, body: 'lost response' })).rejects.toThrow()
    const comments = sandbox.state.github.repos['octo-org/web']?.comments['12'] ?? []
    expect(comments.map((c) => c.body)).toEqual(['lost response'])
    expect(sandbox.callsTo('github', '/comments')).toEqual([expect.objectContaining({ status: 0, fault: 'drop-after', method: 'POST' })])
  })

  it('answers a 502 without applying the request', async () => {
    sandbox.inject({ service: 'github', kind: 'status', status: 502, path: '/issues/12/comments' })
    const err = await failure(octokit.rest.issues.createComment({ ...repo, issue_number: 12, body: 'never lands' }))
    expect(err.status).toBe(502)
    expect(sandbox.state.github.repos['octo-org/web']?.comments['12']).toBeUndefined()
    // The fault was used once; the same call now goes through.
    await octokit.rest.issues.createComment({ ...repo, issue_number: 12, body: 'lands' })
    expect(sandbox.state.github.repos['octo-org/web']?.comments['12']).toHaveLength(1)
  })

  it('carries a secondary rate limit with its body and Retry-After', async () => {
    sandbox.inject({
      service: 'github',
      kind: 'status',
      status: 403,
      retryAfter: 60,
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
    })
    const err = await failure(octokit.rest.pulls.get({ ...repo, pull_number: 12 }))
    expect(err.status).toBe(403)
    expect(err.message).toContain('secondary rate limit')
    expect(err.response?.headers['retry-after']).toBe('60')
  })

  it('can carry extra headers, as a primary rate limit does', async () => {
    sandbox.inject({ service: 'github', kind: 'status', status: 403, headers: { 'x-ratelimit-remaining': '0' }, body: { message: 'API rate limit exceeded' } })
    const err = await failure(octokit.rest.pulls.get({ ...repo, pull_number: 12 }))
    expect(err.response?.headers['x-ratelimit-remaining']).toBe('0')
  })
})
