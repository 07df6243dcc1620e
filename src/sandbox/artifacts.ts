import { strToU8, zipSync } from 'fflate'
import type { ArtifactState, RepoState } from './state.js'
import { fakeSha } from './state.js'

/**
 * Puts a run's trace into a repository's artifact store, zipped as the artifact service
 * stores an uploaded file: how the demo and tests stand in for `upload-trace` (the sandbox
 * fakes the REST API, not the Actions artifact service `@actions/artifact` uploads to).
 */
export function addTraceArtifact(repo: RepoState, artifact: { name: string; file: string; trace: string; createdAt: string; expired?: boolean; runId?: number }): ArtifactState {
  const list = (repo.artifacts ??= [])
  const id = 9000 + list.length + 1
  const entry: ArtifactState = {
    id,
    name: artifact.name,
    created_at: artifact.createdAt,
    expires_at: new Date(Date.parse(artifact.createdAt) + 14 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    expired: artifact.expired ?? false,
    workflow_run: { id: artifact.runId ?? 7000 + id, head_branch: repo.default_branch, head_sha: fakeSha(`${artifact.name}:head`) },
    zip_base64: Buffer.from(zipSync({ [artifact.file]: strToU8(artifact.trace) })).toString('base64')
  }
  list.push(entry)
  return entry
}
