/**
 * The name `upload-trace` gives a run's trace artifact: `hc-trace-<run id>-<workflows>`,
 * the workflows joined by `+`, so `mode: propose` can pick a workflow's traces from the
 * repository's artifact list without downloading the others. Artifact names may not hold
 * `" : < > | * ? \ /` or line breaks: anything outside `[A-Za-z0-9._-]` becomes `_`.
 */
export const TRACE_ARTIFACT_PREFIX = 'hc-trace-'
/** Past this length the names are left out (`-many`): such an artifact is downloaded and its trace read to tell. */
const MAX_NAME_LENGTH = 200

const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_')

export function traceArtifactName(runId: string, workflows: readonly string[]): string {
  const names = workflows.length ? workflows.map(safe).join('+') : 'none'
  const full = `${TRACE_ARTIFACT_PREFIX}${safe(runId).replace(/-/g, '_')}-${names}`
  return full.length <= MAX_NAME_LENGTH ? full : `${TRACE_ARTIFACT_PREFIX}${safe(runId).replace(/-/g, '_')}-many`
}

/**
 * Whether an artifact may hold a trace of `workflow`: `yes` (named), `maybe` (a trace whose
 * name does not list its workflows: too many, or the older `trace-<id>` names), or `no`.
 */
export function artifactMayHold(name: string, workflow: string): 'yes' | 'maybe' | 'no' {
  if (/^trace-[A-Za-z0-9]+$/.test(name)) return 'maybe'
  if (!name.startsWith(TRACE_ARTIFACT_PREFIX)) return 'no'
  const rest = name.slice(TRACE_ARTIFACT_PREFIX.length)
  const dash = rest.indexOf('-')
  if (dash < 0) return 'no'
  const names = rest.slice(dash + 1)
  if (names === 'many') return 'maybe'
  return names.split('+').includes(safe(workflow)) ? 'yes' : 'no'
}
