import { AnthropicVertex } from '@anthropic-ai/vertex-sdk'
import { GoogleAuth } from 'google-auth-library'
import type { ProviderSettings } from './provider.js'
import { ANTHROPIC_REQUEST_TIMEOUT_MS } from './anthropic.js'

/** Vertex AI's rawPredict takes the API version in the body; this is the one it documents. */
export const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16'

/**
 * Claude on Google Vertex AI through the same Messages interface (`…:rawPredict` with a
 * Bearer token). Credentials are Application Default Credentials: the file
 * GOOGLE_APPLICATION_CREDENTIALS names (google-github-actions/auth writes one, Workload
 * Identity Federation included), gcloud's own, or the metadata server. `fetch` is the
 * action's proxy-aware one for the model requests; google-auth-library's own token requests
 * honour the proxy variables themselves (gaxios).
 */
export function createVertexClient(s: ProviderSettings, fetch?: typeof globalThis.fetch): AnthropicVertex {
  // The project is known: without it google-auth-library would look for one itself, asking
  // gcloud and then the GCE metadata server, which off Google Cloud only times out.
  const googleAuth = new GoogleAuth({ scopes: 'https://www.googleapis.com/auth/cloud-platform', ...(s.projectId ? { projectId: s.projectId } : {}) })
  return new AnthropicVertex({
    region: s.region,
    projectId: s.projectId,
    googleAuth,
    ...(fetch ? { fetch } : {}),
    baseURL: s.baseUrl || undefined,
    defaultHeaders: { 'anthropic-version': VERTEX_ANTHROPIC_VERSION },
    maxRetries: 3,
    timeout: ANTHROPIC_REQUEST_TIMEOUT_MS
  })
}
