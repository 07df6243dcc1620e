import { TriggerError } from './errors.js'

/** The GitHub event, as both coordinators receive it (SPEC section 3). */
export interface Trigger {
  event: string
  action: string | null
  payload: Record<string, unknown>
  repository: string
  ref: string
  sha: string
  actor: string
}

/** The runner's variables the trigger is built from. */
export interface RunnerEvent {
  GITHUB_EVENT_NAME?: string
  GITHUB_EVENT_PATH?: string
  GITHUB_REPOSITORY?: string
  GITHUB_REF?: string
  GITHUB_SHA?: string
  GITHUB_ACTOR?: string
}

/**
 * Builds the trigger from the runner's environment. `readFile` is passed in so this
 * stays pure; a missing or malformed event file is a TriggerError naming the path.
 */
export function buildTrigger(env: RunnerEvent, readFile: (path: string) => string): Trigger {
  const event = env.GITHUB_EVENT_NAME
  if (!event) throw new TriggerError('GITHUB_EVENT_NAME is not set: expected the name of the GitHub event (e.g. pull_request)')
  const path = env.GITHUB_EVENT_PATH
  if (!path) throw new TriggerError('GITHUB_EVENT_PATH is not set: expected the path of the event JSON file the runner writes')
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    throw new TriggerError(`${path}: the event payload file cannot be read: expected the runner's event JSON`, { cause: error })
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (error) {
    throw new TriggerError(`${path}: the event payload is not JSON: ${(error as Error).message}`, { cause: error })
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new TriggerError(`${path}: the event payload must be a JSON object`)
  }
  return triggerFromPayload(event, payload as Record<string, unknown>, env)
}

/** The trigger for a payload already in hand (the CLI's `run --event`, replay). */
export function triggerFromPayload(event: string, payload: Record<string, unknown>, env: RunnerEvent = {}): Trigger {
  const repo = payload.repository as { full_name?: string } | undefined
  const sender = payload.sender as { login?: string } | undefined
  return {
    event,
    action: typeof payload.action === 'string' ? payload.action : null,
    payload,
    repository: env.GITHUB_REPOSITORY || repo?.full_name || '',
    ref: env.GITHUB_REF || (typeof payload.ref === 'string' ? payload.ref : ''),
    sha: env.GITHUB_SHA || (typeof payload.after === 'string' ? payload.after : ''),
    actor: env.GITHUB_ACTOR || sender?.login || ''
  }
}

/** Guesses the event name of a saved payload (CLI `run --event` without `--event-name`). */
export function guessEventName(payload: Record<string, unknown>): string {
  if ('pull_request' in payload && 'comment' in payload) return 'pull_request_review_comment'
  if ('issue' in payload && 'comment' in payload) return 'issue_comment'
  if ('pull_request' in payload) return 'pull_request'
  if ('issue' in payload) return 'issues'
  if ('workflow_run' in payload) return 'workflow_run'
  if ('schedule' in payload) return 'schedule'
  if ('commits' in payload || 'head_commit' in payload) return 'push'
  if ('inputs' in payload) return 'workflow_dispatch'
  return 'workflow_dispatch'
}
