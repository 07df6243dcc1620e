import { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import type { ProviderSettings } from './provider.js'
import { ANTHROPIC_REQUEST_TIMEOUT_MS } from './anthropic.js'

/** Vertex AI's rawPredict takes the API version in the body; this is the one it documents. */
export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16'

/**
 * Claude on Google Vertex AI through the same Messages interface (`…:rawPredict` with a
 * Bearer token). Credentials are Application Default Credentials: the file
 * GOOGLE_APPLICATION_CREDENTIALS names (google-github-actions/auth writes one, Workload
 * Identity Federation included), gcloud's own, or the metadata server.
 */
export function createVertexClient(s: ProviderSettings): AnthropicVertex {
  return new AnthropicVertex({
    region: s.region,
    projectId: s.projectId,
    baseURL: s.baseUrl || undefined,
    defaultHeaders: { 'anthropic-version': VERTEX_ANTHROPIC_VERSION },
    maxRetries: 3,
    timeout: ANTHROPIC_REQUEST_TIMEOUT_MS
  })
}
