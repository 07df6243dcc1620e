import { workflowJsonSchema } from '../config/schema.js'
import { renderToolTable } from './tool-table.js'
import { renderPythonStub } from './python-stub.js'
import { renderScriptTypes } from './types.js'
import { renderGithubEvents } from './github-events.js'
import { EVENT_FILES } from './events.js'

/**
 * Files derived from the one tool registry and config schema. `__tests__/generated.test.ts`
 * fails when one is stale; `npm run generate` rewrites them. Add a line per generated file.
 */
export interface GeneratedFile {
  /** Repository-relative path. */
  path: string
  render(): string
  /** Only this marked region of the file is generated (README tables). */
  region?: string
}

export const GENERATED_FILES: GeneratedFile[] = [
  { path: 'schema/workflow.schema.json', render: () => `${JSON.stringify(workflowJsonSchema(), null, 2)}\n` },
  { path: 'README.md', region: 'tool-table', render: renderToolTable },
  { path: 'python/hybrid_coordinator.pyi', render: renderPythonStub },
  { path: 'types/index.d.ts', render: renderScriptTypes },
  { path: 'src/config/github-events.generated.ts', render: renderGithubEvents },
  ...EVENT_FILES.map((e) => ({ path: e.path, render: () => `${JSON.stringify(e.build(), null, 2)}\n` }))
]
