import { DefaultArtifactClient } from '@actions/artifact'
import { basename, dirname } from 'node:path'

/** Uploads the run's trace as a workflow artifact (input `upload-trace`); returns its name. */
export async function uploadTraceArtifact(file: string): Promise<string> {
  const name = basename(file, '.jsonl')
  await new DefaultArtifactClient().uploadArtifact(name, [file], dirname(file), { retentionDays: 14 })
  return name
}
