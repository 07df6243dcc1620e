import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { strFromU8, unzipSync } from 'fflate'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO, fakeSha } from '../../src/sandbox/state.js'
import { addTraceArtifact } from '../../src/sandbox/artifacts.js'
import { artifactMayHold, traceArtifactName } from '../../src/propose/artifact-name.js'

// The GitHub fake's artifacts, Git data and pulls routes, driven by the real Octokit, held
// to what GitHub's REST docs say: required fields, 302 to a signed URL, 410, 422s, 403s.
let sandbox: Sandbox
let octokit: ReturnType<typeof getOctokit>
const repo = { owner: 'octo-org', repo: 'web' }
const MAIN = fakeSha(`${DEMO.repo}:main`)

beforeAll(async () => {
  sandbox = await startSandbox()
  octokit = getOctokit(sandbox.tokens.github, { baseUrl: sandbox.githubUrl })
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => sandbox.reset())

async function failure(promise: Promise<unknown>): Promise<{ status: number; message: string; response?: { headers: Record<string, string>; data: unknown } }> {
  try {
    await promise
  } catch (err) {
    return err as { status: number; message: string }
  }
  throw new Error('expected the call to fail')
}

const web = () => sandbox.state.github.repos[DEMO.repo]!

describe('artifacts', () => {
  it('lists newest first, filters by name, and downloads the zip through a 302 to a signed URL', async () => {
    addTraceArtifact(web(), { name: 'hc-trace-a-x', file: 'trace-a.jsonl', trace: 'old\n', createdAt: '2026-11-01T00:00:00Z' })
    addTraceArtifact(web(), { name: 'hc-trace-b-x', file: 'trace-b.jsonl', trace: 'new\n', createdAt: '2026-11-02T00:00:00Z' })
    const { data } = await octokit.rest.actions.listArtifactsForRepo({ ...repo })
    expect(data.total_count).toBe(2)
    expect(data.artifacts.map((a) => a.name)).toEqual(['hc-trace-b-x', 'hc-trace-a-x'])
    expect(data.artifacts[0]!.archive_download_url).toBe(`${sandbox.githubUrl}/repos/octo-org/web/actions/artifacts/${data.artifacts[0]!.id}/zip`)
    expect((await octokit.rest.actions.listArtifactsForRepo({ ...repo, name: 'hc-trace-a-x' })).data.artifacts).toHaveLength(1)

    const zip = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: data.artifacts[0]!.id, archive_format: 'zip' })
    expect(strFromU8(unzipSync(new Uint8Array(zip.data as ArrayBuffer))['trace-b.jsonl']!)).toBe('new\n')
    expect(sandbox.callsTo('github', '/zip')[0]!.status).toBe(302)
  })

  it('answers 410 for an expired artifact, 404 for an unknown one, and 403 at a signed URL with a wrong signature', async () => {
    const a = addTraceArtifact(web(), { name: 'hc-trace-a-x', file: 't.jsonl', trace: 'x\n', createdAt: '2026-11-01T00:00:00Z', expired: true })
    expect((await failure(octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: a.id, archive_format: 'zip' }))).status).toBe(410)
    expect((await failure(octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: 1, archive_format: 'zip' }))).status).toBe(404)
    const forged = await fetch(`${sandbox.githubUrl}/_blobs/artifacts/${encodeURIComponent(`${DEMO.repo}@${a.id}`)}?sig=0000`)
    expect(forged.status).toBe(403)
  })

  it('needs actions: read', async () => {
    sandbox.state.github.permissions = { actions: 'none' }
    const f = await failure(octokit.rest.actions.listArtifactsForRepo({ ...repo }))
    expect(f.status).toBe(403)
    expect(f.response!.headers['x-accepted-github-permissions']).toBe('actions=read')
  })
})

describe('Git data', () => {
  it('makes a blob, a tree on a base tree, a commit and a branch; the contents API then serves the branch', async () => {
    const base = await octokit.rest.git.getCommit({ ...repo, commit_sha: MAIN })
    const blob = await octokit.rest.git.createBlob({ ...repo, content: 'hello\n', encoding: 'utf-8' })
    expect(blob.status).toBe(201)
    const tree = await octokit.rest.git.createTree({ ...repo, base_tree: base.data.tree.sha, tree: [{ path: 'scripts/x.ts', mode: '100644', type: 'blob', sha: blob.data.sha }] })
    expect(tree.data.tree.map((e) => e.path)).toContain('README.md')
    // The same content gives the same tree, as in git.
    const again = await octokit.rest.git.createTree({ ...repo, base_tree: base.data.tree.sha, tree: [{ path: 'scripts/x.ts', mode: '100644', type: 'blob', content: 'hello\n' }] })
    expect(again.data.sha).toBe(tree.data.sha)
    const commit = await octokit.rest.git.createCommit({ ...repo, message: 'Add x', tree: tree.data.sha, parents: [MAIN] })
    expect(commit.data.parents.map((p) => p.sha)).toEqual([MAIN])
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/topic', sha: commit.data.sha })
    const file = await octokit.rest.repos.getContent({ ...repo, path: 'scripts/x.ts', ref: 'topic' })
    expect(Buffer.from((file.data as { content: string }).content, 'base64').toString()).toBe('hello\n')
  })

  it('is strict: missing fields, a second create of a ref, a non-fast-forward update without force', async () => {
    expect((await failure(octokit.request('POST /repos/{owner}/{repo}/git/blobs', { ...repo } as never))).status).toBe(422)
    expect((await failure(octokit.request('POST /repos/{owner}/{repo}/git/commits', { ...repo, message: 'no tree' } as never))).status).toBe(422)
    expect((await failure(octokit.rest.git.createCommit({ ...repo, message: 'x', tree: fakeSha('nope'), parents: [MAIN] }))).message).toContain('Tree SHA does not exist')
    const exists = await failure(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/main', sha: MAIN }))
    expect(exists.status).toBe(422)
    expect(exists.message).toContain('Reference already exists')
    expect((await failure(octokit.rest.git.createRef({ ...repo, ref: 'heads/x', sha: MAIN }))).message).toContain("Reference name must start with 'refs/'")

    const base = await octokit.rest.git.getCommit({ ...repo, commit_sha: MAIN })
    const side = await octokit.rest.git.createCommit({ ...repo, message: 'unrelated', tree: base.data.tree.sha, parents: [] })
    const ff = await failure(octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: side.data.sha }))
    expect(ff.message).toContain('Update is not a fast forward')
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/topic', sha: MAIN })
    const forced = await octokit.rest.git.updateRef({ ...repo, ref: 'heads/topic', sha: side.data.sha, force: true })
    expect(forced.data.object.sha).toBe(side.data.sha)
  })

  it('refuses writes without contents: write, naming the permission', async () => {
    sandbox.state.github.permissions = { contents: 'read' }
    const f = await failure(octokit.rest.git.createBlob({ ...repo, content: 'x' }))
    expect(f.status).toBe(403)
    expect(f.message).toContain('Resource not accessible by integration')
    expect(f.response!.headers['x-accepted-github-permissions']).toBe('contents=write')
  })
})

describe('pulls', () => {
  async function branchWithCommit(name: string): Promise<void> {
    const base = await octokit.rest.git.getCommit({ ...repo, commit_sha: MAIN })
    const tree = await octokit.rest.git.createTree({ ...repo, base_tree: base.data.tree.sha, tree: [{ path: 'x.txt', mode: '100644', type: 'blob', content: name }] })
    const commit = await octokit.rest.git.createCommit({ ...repo, message: name, tree: tree.data.sha, parents: [MAIN] })
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${name}`, sha: commit.data.sha })
  }

  it('creates one pull request per head: a second answers 422 "A pull request already exists"', async () => {
    await branchWithCommit('topic')
    const pr = await octokit.rest.pulls.create({ ...repo, title: 'T', head: 'topic', base: 'main', body: 'B' })
    expect(pr.status).toBe(201)
    expect(pr.data.number).toBe(31)
    const dup = await failure(octokit.rest.pulls.create({ ...repo, title: 'T2', head: 'topic', base: 'main' }))
    expect(dup.status).toBe(422)
    expect(JSON.stringify(dup.response!.data)).toContain('A pull request already exists for octo-org:topic.')
    const listed = await octokit.rest.pulls.list({ ...repo, head: 'octo-org:topic', state: 'open' })
    expect(listed.data.map((p) => p.number)).toEqual([31])
    const updated = await octokit.rest.pulls.update({ ...repo, pull_number: 31, title: 'New', body: 'New body' })
    expect(updated.data).toMatchObject({ title: 'New', body: 'New body' })
  })

  it('requires title, head and base; a head that does not exist or has no commits is invalid', async () => {
    expect((await failure(octokit.request('POST /repos/{owner}/{repo}/pulls', { ...repo, head: 'topic', base: 'main' } as never))).status).toBe(422)
    expect(JSON.stringify((await failure(octokit.rest.pulls.create({ ...repo, title: 'T', head: 'nope', base: 'main' }))).response!.data)).toContain('"field":"head","code":"invalid"')
    await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/same', sha: MAIN })
    expect(JSON.stringify((await failure(octokit.rest.pulls.create({ ...repo, title: 'T', head: 'same', base: 'main' }))).response!.data)).toContain('No commits between main and same')
  })

  it('refuses to open one without pull-requests: write', async () => {
    await branchWithCommit('topic')
    sandbox.state.github.permissions = { pull_requests: 'read' }
    const f = await failure(octokit.rest.pulls.create({ ...repo, title: 'T', head: 'topic', base: 'main' }))
    expect(f.status).toBe(403)
    expect(f.response!.headers['x-accepted-github-permissions']).toBe('pull_requests=write')
  })
})

describe('trace artifact names', () => {
  it('say which workflows a run holds, within artifact-name rules', () => {
    const name = traceArtifactName('m1abc', ['pr-merged-llm', 'weird name:/x'])
    expect(name).toBe('hc-trace-m1abc-pr-merged-llm+weird_name__x')
    expect(name).not.toMatch(/[":<>|*?\\/\r\n]/)
    expect(artifactMayHold(name, 'pr-merged-llm')).toBe('yes')
    expect(artifactMayHold(name, 'pr-merged')).toBe('no')
    expect(artifactMayHold('trace-m1abc', 'pr-merged')).toBe('maybe')
    expect(artifactMayHold(traceArtifactName('r', Array(40).fill('a-long-workflow-name')), 'x')).toBe('maybe')
    expect(artifactMayHold('coverage-report', 'pr-merged')).toBe('no')
  })
})
