import type { ProviderName } from '../clients/provider.js'
import { LlmApiError } from './llm-api.js'

/**
 * A failed request's message for Bedrock and Vertex AI: their refusals name the cloud and
 * the credentials to check (AWS keys and region, Google credentials and project), not the
 * Anthropic API key. The Anthropic API's messages stay as `describeApiError` wrote them.
 */
export function describeForProvider(error: LlmApiError, provider: ProviderName | undefined, model: string): LlmApiError {
  if (!provider || provider === 'anthropic') return error
  const cloud = provider === 'bedrock' ? 'Amazon Bedrock' : 'Vertex AI'
  const detail = detailOf(error.cause) ?? error.message
  const what = (text: string) => new LlmApiError(text, error.status, { cause: error.cause })
  const credentials =
    provider === 'bedrock'
      ? 'check the AWS credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), AWS_REGION, and that they may call bedrock:InvokeModel'
      : 'check the Google credentials (GOOGLE_APPLICATION_CREDENTIALS or the auth step), ANTHROPIC_VERTEX_PROJECT_ID, and that the account may use Vertex AI (roles/aiplatform.user)'
  switch (error.status) {
    case 401:
    case 403:
      return what(`${cloud} refused the request (${error.status}): ${detail}: ${credentials}`)
    case 404:
      return what(`${cloud} does not know model ${model} here (404: ${detail}): check the model id and that ${provider === 'vertex' ? 'CLOUD_ML_REGION serves it' : 'AWS_REGION serves it'}`)
    case 400:
      if (/model identifier is invalid/i.test(detail)) return what(`${cloud} does not know model ${model} (400: ${detail}): use a Bedrock model id or inference profile that AWS_REGION serves`)
      return what(`${cloud} refused the request (400): ${detail}`)
    default: {
      const text = error.message.replace(/the Anthropic API/g, cloud)
      // Credentials the SDK could not get (a token exchange, the AWS credential chain) show up as connection errors.
      return what(/Google OAuth credentials|AWS credentials/.test(text) ? `${text}: ${credentials}` : text)
    }
  }
}

/** The service's own words: Bedrock's `{ message }`, Google's `{ error: { message } }`, the Messages API's `{ error: { message } }`. */
function detailOf(cause: unknown): string | undefined {
  const body = (cause as { error?: unknown } | undefined)?.error as { message?: unknown; error?: { message?: unknown } } | undefined
  const message = body?.error?.message ?? body?.message
  return typeof message === 'string' ? message : undefined
}
