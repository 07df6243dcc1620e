import { describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { comment, commentMarker } from '../../src/tools/github.js'
import { createGitHubClient } from '../../src/clients/github.js'
import { VirtualFileStore } from '../../src/virtual-files.js'
import type { ToolContext } from '../../src/tools/define.js'
import { useSandbox } from '../helpers/workspace.js'

/**
 * The comment tool's idempotency marker, with the real Octokit against the GitHub fake:
 * a retried comment trusts an earlier comment carrying its marker only when the token's own
 * identity wrote it.
 */

let sandbox: Sandbox
useSandbox({}, (s) => (sandbox = s))

function context(callId: string): ToolContext {
  const github = createGitHubClient(sandbox.tokens.github, sandbox.githubUrl, 5_000)
  return {
    trigger: { event: 'push', action: null, payload: {}, repository: DEMO.repo, ref: '', sha: '', actor: '' },
    files: new VirtualFileStore(),
    github: async () => github,
    slack: async () => Promise.reject(new Error('no slack')),
    callId
  }
}

function plant(user: string, callId: string): string {
  const list = (sandbox.state.github.repos[DEMO.repo]!.comments['12'] ??= [])
  const id = 90_000 + list.length
  const html_url = `https://github.com/${DEMO.repo}/pull/12#issuecomment-${id}`
  list.push({ id, user, body: `earlier ${commentMarker(callId)}`, html_url, created_at: '2026-01-01T00:00:00Z' })
  return html_url
}

describe('the sandbox models who a token is', () => {
  it('refuses GET /user for an installation token and names its bot through GraphQL viewer', async () => {
    const octokit = getOctokit(sandbox.tokens.github, { baseUrl: sandbox.githubUrl })
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') })
    await expect(octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')).resolves.toEqual({ viewer: { login: 'github-actions[bot]' } })
  })
})

describe('the comment marker', () => {
  it('is not trusted from another author: the failed comment fails instead of claiming their comment', async () => {
    plant('mallory', 'run-1')
    sandbox.inject({ service: 'github', kind: 'status', method: 'POST', path: '/issues/12/comments', status: 502, times: 10 })
    await expect(comment.run({ url: `${DEMO.repo}#12`, body: 'hello' }, context('run-1'))).rejects.toMatchObject({ status: 502 })
  }, 20_000)

  it("is trusted from the token's own identity: a lost answer finds our earlier comment", async () => {
    const ours = plant('github-actions[bot]', 'run-2')
    sandbox.inject({ service: 'github', kind: 'status', method: 'POST', path: '/issues/12/comments', status: 502, times: 1 })
    await expect(comment.run({ url: `${DEMO.repo}#12`, body: 'hello' }, context('run-2'))).resolves.toBe(ours)
    expect(sandbox.callsTo('github', '/issues/12/comments').filter((c) => c.method === 'POST')).toHaveLength(1)
  })
})
