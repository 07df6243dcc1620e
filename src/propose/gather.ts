import { promises as fs } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { GitHubClient } from '../clients/types.js'
import { errorMessage } from '../errors.js'
import { TraceError, completeWorkflow, findTraceFiles, parseTrace, type TracedRun, type TracedWorkflow } from '../cli/trace-file.js'
import { recordedCalls } from '../cli/replay-run.js'
import { TRACE_ARTIFACT_PREFIX, artifactMayHold } from './artifact-name.js'

/** Most recorded runs `propose` reads, newest first (SPEC section 8 names no knob for it). */
export const MAX_RECORDED_RUNS = 50

/** One recorded run of the workflow, with where a reviewer can see it. */
export interface RecordedRun {
  run: TracedRun
  traced: TracedWorkflow
  /** The workflow run's page (artifacts) or the trace file (`--traces`). */
  link: string
}

export interface Gathered {
  runs: RecordedRun[]
  /** Traces that hold no run of this workflow. */
  otherWorkflow: number
  /** Runs of it that failed before any tool call: nothing to learn from. */
  beforeAnyToolCall: number
  /** Artifacts that expired (410) before they could be read. */
  expired: number
  /** What could not be read, each with its reason: a corrupt zip, a damaged trace. */
  unusable: string[]
}

const emptyGathered = (): Gathered => ({ runs: [], otherWorkflow: 0, beforeAnyToolCall: 0, expired: 0, unusable: [] })

/** Sorts a trace into the tally: a usable run of `workflow`, or why it is left out. */
function classify(into: Gathered, run: TracedRun, workflow: string, link: string): void {
  if (!run.workflows.some((w) => w.name === workflow)) return void into.otherWorkflow++
  let traced: TracedWorkflow
  try {
    traced = completeWorkflow(run, workflow)
  } catch (error) {
    into.unusable.push(`${link}: ${errorMessage(error)}`)
    return
  }
  if (traced.end?.status === 'failed' && !recordedCalls(traced).length) return void into.beforeAnyToolCall++
  into.runs.push({ run, traced, link })
}

const newestFirst = (runs: RecordedRun[]) => runs.sort((a, b) => (b.run.time ?? '').localeCompare(a.run.time ?? ''))

/** `--traces DIR`: every `*.jsonl` under it (or the one file), newest first, at most `max`. */
export async function gatherLocal(path: string, shown: (file: string) => string, workflow: string, max = MAX_RECORDED_RUNS): Promise<Gathered> {
  const stat = await fs.stat(path)
  const files = stat.isDirectory() ? await findTraceFiles(path) : [path]
  const gathered = emptyGathered()
  for (const file of files) {
    const label = shown(file)
    try {
      classify(gathered, parseTrace(label, await fs.readFile(file, 'utf8')), workflow, label)
    } catch (error) {
      gathered.unusable.push(error instanceof TraceError ? `${label}${error.location.line ? `:${error.location.line}` : ''}: ${error.message}` : `${label}: ${errorMessage(error)}`)
    }
  }
  newestFirst(gathered.runs).splice(max)
  return gathered
}

export interface ArtifactSource {
  github: GitHubClient
  /** `owner/name` */
  repository: string
  /** `https://github.com` (env GITHUB_SERVER_URL): run links point there. */
  serverUrl: string
  max?: number
}

interface ListedArtifact {
  id: number
  name: string
  expired: boolean
  created_at: string | null
  workflow_run?: { id?: number } | null
}

/**
 * The action's way: the repository's trace artifacts whose name says they hold `workflow`
 * (newest first, at most `max`), each downloaded through the REST API (the zip endpoint
 * answers 302 to a short-lived URL, which the client follows) and read with fflate.
 */
export async function gatherArtifacts(source: ArtifactSource, workflow: string): Promise<Gathered> {
  const { github, repository, serverUrl } = source
  const max = source.max ?? MAX_RECORDED_RUNS
  const [owner, repo] = repository.split('/') as [string, string]
  const candidates: ListedArtifact[] = []
  let otherWorkflow = 0
  for (let page = 1; candidates.length < max; page++) {
    const { data } = await github.request('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 100, page })
    for (const a of data.artifacts as ListedArtifact[]) {
      const holds = artifactMayHold(a.name, workflow)
      if (holds === 'no') {
        if (a.name.startsWith(TRACE_ARTIFACT_PREFIX)) otherWorkflow++
        continue
      }
      if (candidates.length < max) candidates.push(a)
    }
    if (data.artifacts.length < 100) break
  }
  candidates.sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)

  const gathered = emptyGathered()
  gathered.otherWorkflow = otherWorkflow
  for (const artifact of candidates) {
    const link = artifact.workflow_run?.id ? `${serverUrl.replace(/\/$/, '')}/${repository}/actions/runs/${artifact.workflow_run.id}` : `artifact ${artifact.name}`
    let zip: Uint8Array
    try {
      const { data } = await github.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner, repo, artifact_id: artifact.id, archive_format: 'zip' })
      zip = new Uint8Array(data as ArrayBuffer)
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status === 410) {
        gathered.expired++
        continue
      }
      throw new Error(`artifact ${artifact.name}: the download failed: ${errorMessage(error)}`, { cause: error })
    }
    let files: Record<string, Uint8Array>
    try {
      files = unzipSync(zip, { filter: (f) => f.name.endsWith('.jsonl') })
    } catch (error) {
      gathered.unusable.push(`${link} (artifact ${artifact.name}): not a readable zip archive (${errorMessage(error)})`)
      continue
    }
    const traces = Object.entries(files)
    if (!traces.length) gathered.unusable.push(`${link} (artifact ${artifact.name}): holds no trace (*.jsonl)`)
    for (const [name, bytes] of traces) {
      try {
        classify(gathered, parseTrace(`${artifact.name}/${name}`, strFromU8(bytes)), workflow, link)
      } catch (error) {
        gathered.unusable.push(`${link} (artifact ${artifact.name}/${name}): ${errorMessage(error)}`)
      }
    }
  }
  newestFirst(gathered.runs).splice(max)
  return gathered
}

/** "3 of another workflow, 1 failed before any tool call, …": what was left out, for the summary. */
export function describeSkipped(g: Gathered): string {
  return [
    g.otherWorkflow ? `${g.otherWorkflow} trace(s) of other workflows` : '',
    g.beforeAnyToolCall ? `${g.beforeAnyToolCall} run(s) that failed before any tool call` : '',
    g.expired ? `${g.expired} expired artifact(s)` : '',
    g.unusable.length ? `${g.unusable.length} unreadable (${g.unusable.join('; ')})` : ''
  ]
    .filter(Boolean)
    .join(', ')
}
