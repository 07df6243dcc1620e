import { DefaultArtifactClient } from '@actions/artifact'
import { dirname } from 'node:path'
import { traceArtifactName } from '../propose/artifact-name.js'

/**
 * Uploads the run's trace as a workflow artifact (input `upload-trace`), named after the run
 * and the workflows it holds (`hc-trace-<run id>-<workflows>`); returns the name.
 */
export async function uploadTraceArtifact(file: string, runId: string, workflows: readonly string[]): Promise<string> {
  const name = traceArtifactName(runId, workflows)
  await new DefaultArtifactClient().uploadArtifact(name, [file], dirname(file), { retentionDays: 14 })
  return name
}
