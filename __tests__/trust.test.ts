import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chooseSource, isForkPullRequest, UNTRUSTED_EVENTS } from '../src/trust.js'
import { GitHubSource, SourceError } from '../src/config/github-source.js'
import type { GitHubClient } from '../src/clients/types.js'
import type { Trigger } from '../src/trigger.js'

const REPO = 'octo-org/web'
const trigger = (event: string, payload: Record<string, unknown> = {}): Trigger => ({ event, action: null, payload, repository: REPO, ref: 'refs/heads/main', sha: 'a'.repeat(40), actor: 'octocat' })
const pr = (head: string | null | undefined) => ({
  pull_request: { number: 1, head: { repo: head === undefined ? undefined : head === null ? null : { full_name: head } }, base: { repo: { full_name: REPO } } }
})

/** Every event kind users wire up, and the source `trust: auto` must pick (the README's table). */
const AUTO: [name: string, t: Trigger, expected: 'default-branch' | 'workspace'][] = [
  ['pull_request_target', trigger('pull_request_target', pr('mallory/web')), 'default-branch'],
  ['pull_request_target from this repository', trigger('pull_request_target', pr(REPO)), 'default-branch'],
  ['issue_comment', trigger('issue_comment', { issue: { number: 1 }, comment: { body: 'hi' } }), 'default-branch'],
  ['pull_request_review_comment', trigger('pull_request_review_comment', pr(REPO)), 'default-branch'],
  ['workflow_run', trigger('workflow_run', { workflow_run: { id: 1 } }), 'default-branch'],
  ['pull_request from a fork', trigger('pull_request', pr('mallory/web')), 'default-branch'],
  ['pull_request from a deleted fork (head.repo null)', trigger('pull_request', pr(null)), 'default-branch'],
  ['pull_request whose head names no repository (a hand-made event)', trigger('pull_request', pr(undefined)), 'workspace'],
  ['pull_request without a pull_request in its payload (a hand-made event)', trigger('pull_request', {}), 'workspace'],
  ['pull_request_review from a fork', trigger('pull_request_review', pr('mallory/web')), 'default-branch'],
  ['pull_request from this repository', trigger('pull_request', pr(REPO)), 'workspace'],
  ['pull_request from this repository, other letter case', trigger('pull_request', pr('Octo-Org/Web')), 'workspace'],
  ['pull_request_review from this repository', trigger('pull_request_review', pr(REPO)), 'workspace'],
  ['push', trigger('push', { ref: 'refs/heads/main' }), 'workspace'],
  ['schedule', trigger('schedule', { schedule: '*/30 * * * *' }), 'workspace'],
  ['workflow_dispatch', trigger('workflow_dispatch', { inputs: {} }), 'workspace'],
  ['repository_dispatch', trigger('repository_dispatch', { action: 'deploy' }), 'workspace'],
  ['issues', trigger('issues', { issue: { number: 1 } }), 'workspace'],
  ['release', trigger('release', { release: { tag_name: 'v1' } }), 'workspace'],
  ['merge_group', trigger('merge_group', { merge_group: {} }), 'workspace'],
  ['discussion_comment', trigger('discussion_comment', {}), 'workspace']
]

describe('chooseSource', () => {
  const cases = AUTO.map(([name, t, expected]) => ({ name, t, expected }))

  it.each(cases)('trust: auto, $name -> $expected', ({ t, expected }) => {
    const choice = chooseSource('auto', t)
    expect(choice.kind).toBe(expected)
    expect(choice.reason).toMatch(/^trust: auto, and /)
  })

  it('lists exactly the SPEC untrusted events', () => {
    expect([...UNTRUSTED_EVENTS].sort()).toEqual(['issue_comment', 'pull_request_review_comment', 'pull_request_target', 'workflow_run'])
  })

  it.each(cases)('trust: workspace and default-branch override auto ($name)', ({ t }) => {
    expect(chooseSource('workspace', t)).toEqual({ kind: 'workspace', reason: 'trust: workspace' })
    expect(chooseSource('default-branch', t)).toEqual({ kind: 'default-branch', reason: 'trust: default-branch' })
  })

  it('says why in words the summary and log can show', () => {
    expect(chooseSource('auto', trigger('pull_request', pr('mallory/web'))).reason).toBe("trust: auto, and this pull_request may check out a fork's code: it comes from the fork mallory/web")
    expect(chooseSource('auto', trigger('pull_request', pr(null))).reason).toContain('a deleted fork')
    expect(chooseSource('auto', trigger('issue_comment')).reason).toBe('trust: auto, and issue_comment events may check out unreviewed code')
    expect(chooseSource('auto', trigger('push')).reason).toBe("trust: auto, and push checks out this repository's own code")
  })

  it('isForkPullRequest only ever answers for pull_request events', () => {
    expect(isForkPullRequest(trigger('push', pr('mallory/web')))).toBe(false)
    expect(isForkPullRequest(trigger('pull_request', { pull_request: 'not an object' }))).toBe(false)
    expect(isForkPullRequest({ ...trigger('pull_request', { pull_request: { head: { repo: { full_name: 'a/b' } } } }), repository: 'a/b' })).toBe(false)
  })
})

// ---------------------------------------------------------------------------------------------
// GitHubSource against a stub Octokit: what the sandbox does not model (truncated trees,
// large files, symlinks, submodules, failures).

interface StubFile {
  content: string
  mode?: string
  type?: 'blob' | 'commit'
}

const SHA = 'c'.repeat(40)

function stubOctokit(files: Record<string, StubFile>, options: { truncated?: boolean; fail?: (what: string) => unknown; largeOver?: number } = {}) {
  const calls: string[] = []
  const dirs = new Set<string>()
  for (const path of Object.keys(files)) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
  }
  const treeSha = (dir: string) => (dir ? `tree:${dir}` : SHA)
  const entriesOf = (dir: string, recursive: boolean) => {
    const prefix = dir ? `${dir}/` : ''
    const within = (p: string) => p.startsWith(prefix) && (recursive || !p.slice(prefix.length).includes('/'))
    return [
      ...[...dirs].filter(within).map((d) => ({ path: d.slice(prefix.length), type: 'tree', mode: '040000', sha: treeSha(d) })),
      ...Object.entries(files)
        .filter(([p]) => within(p))
        .map(([p, f]) => ({ path: p.slice(prefix.length), type: f.type ?? 'blob', mode: f.mode ?? '100644', sha: `blob:${p}`, size: f.content.length }))
    ]
  }
  const check = (what: string) => {
    calls.push(what)
    const failure = options.fail?.(what)
    if (failure) throw failure
  }
  const octokit = {
    rest: {
      repos: {
        get: async () => (check('repos.get'), { data: { default_branch: 'main' } }),
        getContent: async ({ path, ref, mediaType }: { path: string; ref: string; mediaType?: { format?: string } }) => {
          check(`getContent ${path}${mediaType?.format ? ` ${mediaType.format}` : ''}`)
          expect(ref).toBe(SHA)
          const file = files[path]!
          if (mediaType?.format === 'raw') return { data: new TextEncoder().encode(file.content).buffer }
          if (options.largeOver !== undefined && file.content.length > options.largeOver) return { data: { type: 'file', encoding: 'none', content: '', size: file.content.length } }
          return { data: { type: 'file', encoding: 'base64', content: Buffer.from(file.content).toString('base64') } }
        }
      },
      git: {
        getRef: async () => (check('getRef'), { data: { object: { sha: SHA } } }),
        getTree: async ({ tree_sha, recursive }: { tree_sha: string; recursive?: string }) => {
          check(`getTree ${tree_sha}${recursive ? ' recursive' : ''}`)
          const dir = tree_sha === SHA ? '' : tree_sha.replace(/^tree:/, '')
          if (recursive && options.truncated) return { data: { tree: entriesOf(dir, true).slice(0, 1), truncated: true } }
          return { data: { tree: entriesOf(dir, Boolean(recursive)), truncated: false } }
        }
      }
    }
  }
  return { octokit: octokit as unknown as GitHubClient, calls }
}

const FILES: Record<string, StubFile> = {
  '.github/coordinator/a.yml': { content: 'name: a\n' },
  '.github/coordinator/b.yaml': { content: 'name: b\n' },
  '.github/coordinator/notes.txt': { content: 'x' },
  '.github/coordinator/nested/c.yml': { content: 'name: c\n' },
  'docs/runbooks/deploy.md': { content: '# Deploy\n' },
  'docs/runbooks/rollback.md': { content: '# Rollback\n' },
  'docs/link.md': { content: '../../etc/passwd', mode: '120000' },
  'vendor/lib': { content: '', type: 'commit' },
  'scripts/run.mjs': { content: "import { x } from './lib/x.mjs'\nexport default () => x\n" },
  'scripts/lib/x.mjs': { content: 'export const x = 1\n' },
  'tools/other.mjs': { content: 'export default () => 2\n' },
  'package.json': { content: '{ "type": "module" }\n' },
  'big.md': { content: 'B'.repeat(5000) }
}

describe.each([
  ['a complete tree', false],
  ['a truncated tree (listed folder by folder)', true]
])('GitHubSource over %s', (_name, truncated) => {
  const open = (extra: Parameters<typeof stubOctokit>[1] = {}) => {
    const stub = stubOctokit(FILES, { truncated, ...extra })
    return GitHubSource.open(stub.octokit, REPO).then((source) => ({ source, calls: stub.calls }))
  }

  it('names the branch and SHA it reads', async () => {
    const { source } = await open()
    expect(source.description).toBe(`default branch main at ${SHA.slice(0, 7)}`)
    expect(source.sha).toBe(SHA)
    expect(source.kind).toBe('default-branch')
  })

  it('lists a folder, and says clearly when it is missing or not a folder', async () => {
    const { source } = await open()
    expect(await source.listFiles('.github/coordinator')).toEqual(['.github/coordinator/a.yml', '.github/coordinator/b.yaml', '.github/coordinator/notes.txt'])
    expect(await source.listFiles('.github/coordinator/')).toHaveLength(3)
    await expect(source.listFiles('.github/nope')).rejects.toThrow(`.github/nope does not exist on the default branch main at ${SHA.slice(0, 7)}`)
    await expect(source.listFiles('big.md')).rejects.toThrow('big.md is a file, not a folder')
    await expect(source.listFiles('docs/link.md')).rejects.toThrow('is a symlink, which is not followed')
  })

  it('stats files, folders, symlinks and submodules', async () => {
    const { source } = await open()
    expect(await source.stat('big.md')).toEqual({ kind: 'file', size: 5000 })
    expect(await source.stat('docs/runbooks')).toEqual({ kind: 'directory' })
    expect(await source.stat('docs/link.md')).toMatchObject({ kind: 'outside' })
    expect(await source.stat('vendor/lib')).toEqual({ kind: 'directory' })
    expect(await source.stat('docs/none.md')).toEqual({ kind: 'missing' })
    expect(await source.stat('nowhere/deep/x.md')).toEqual({ kind: 'missing' })
  })

  it('reads text at the SHA, once per file, and refuses symlinks', async () => {
    const { source, calls } = await open()
    expect(await source.readText('docs/runbooks/deploy.md')).toBe('# Deploy\n')
    expect(await source.readText('docs/runbooks/deploy.md')).toBe('# Deploy\n')
    expect(calls.filter((c) => c === 'getContent docs/runbooks/deploy.md')).toHaveLength(1)
    await expect(source.readText('docs/link.md')).rejects.toThrow('docs/link.md is a symlink that leaves the workspace on the default branch')
    await expect(source.readText('docs/none.md')).rejects.toThrow(SourceError)
  })

  it('globs', async () => {
    const { source } = await open()
    expect(await source.glob('docs/runbooks/*.md')).toEqual(['docs/runbooks/deploy.md', 'docs/runbooks/rollback.md'])
    expect(await source.glob('.github/coordinator/**/*.yml')).toEqual(['.github/coordinator/a.yml', '.github/coordinator/nested/c.yml'])
  })

  it('copies each script folder (and package.json) to disk, for every workflow that asks', async () => {
    const { source } = await open()
    const first = await source.localPath('scripts/run.mjs')
    expect(readFileSync(first, 'utf8')).toContain("from './lib/x.mjs'")
    expect(existsSync(join(source.localRoot, 'scripts/lib/x.mjs'))).toBe(true)
    expect(readFileSync(join(source.localRoot, 'package.json'), 'utf8')).toContain('module')
    // A second workflow's script in another folder gets its folder copied too.
    await source.localPath('tools/other.mjs')
    expect(existsSync(join(source.localRoot, 'tools/other.mjs'))).toBe(true)
    expect(existsSync(join(source.localRoot, 'docs/link.md'))).toBe(false)
  })
})

describe('GitHubSource failures', () => {
  it('reads files over 1 MB (served without content) as raw bytes', async () => {
    const { octokit, calls } = stubOctokit(FILES, { largeOver: 1000 })
    const source = await GitHubSource.open(octokit, REPO)
    expect(await source.readText('big.md')).toBe('B'.repeat(5000))
    expect(calls).toContain('getContent big.md raw')
  })

  it('does not remember a failed read', async () => {
    let failures = 1
    const { octokit } = stubOctokit(FILES, { fail: (what) => (what === 'getContent big.md' && failures-- > 0 ? Object.assign(new Error('Server Error'), { status: 502 }) : undefined) })
    const source = await GitHubSource.open(octokit, REPO)
    await expect(source.readText('big.md')).rejects.toThrow(`cannot read big.md from the default branch main at ${SHA.slice(0, 7)}: HTTP 502: Server Error`)
    expect(await source.readText('big.md')).toHaveLength(5000)
  })

  it.each([
    [401, 'the github-token was refused'],
    [403, 'check that the github-token can read this repository (permissions: contents: read)'],
    [404, 'check that the github-token can read this repository']
  ])('HTTP %s opening the repository says what to check', async (status, hint) => {
    const { octokit } = stubOctokit(FILES, { fail: (what) => (what === 'repos.get' ? Object.assign(new Error('nope'), { status }) : undefined) })
    await expect(GitHubSource.open(octokit, REPO)).rejects.toThrow(`cannot read the repository ${REPO}: HTTP ${status}: nope: ${hint}`)
  })

  it.each(['', 'octo-org', 'a/b/c'])('refuses the repository name %j', async (repository) => {
    const { octokit, calls } = stubOctokit(FILES)
    await expect(GitHubSource.open(octokit, repository)).rejects.toThrow('expected owner/name')
    expect(calls).toEqual([])
  })
})
