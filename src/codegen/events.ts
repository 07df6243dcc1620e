import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * events/: the saved events the docs run (`run --event events/pr-closed.json`), built from
 * real webhook payloads (@octokit/webhooks-examples) so they have every field GitHub sends.
 * The examples happen in Codertocat/Hello-World; ours happen in the sandbox's octo-org/web,
 * whose demo channel links its pull requests. Build-time only, like the other codegen.
 */

interface WebhookDefinition {
  name: string
  examples: Record<string, unknown>[]
}

let definitions: WebhookDefinition[] | undefined

function examples(event: string): Record<string, unknown>[] {
  if (!definitions) {
    const require = createRequire(import.meta.url)
    definitions = JSON.parse(readFileSync(require.resolve('@octokit/webhooks-examples'), 'utf8')) as WebhookDefinition[]
  }
  const found = definitions.find((d) => d.name === event)
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} event`)
  return found.examples
}

/** The example moved to octo-org/web, pull request or issue `number`. */
function inSandboxRepo(payload: unknown, from: number, to: number): Record<string, unknown> {
  const text = JSON.stringify(payload)
    .replaceAll('Codertocat/Hello-World', 'octo-org/web')
    .replaceAll('"Hello-World"', '"web"')
    .replaceAll('/Codertocat', '/octo-org')
    .replaceAll('"login":"Codertocat"', '"login":"octo-org"')
    .replaceAll('"Codertocat:', '"octo-org:')
    .replace(new RegExp(`/(pull|pulls|issues)/${from}(?=["/])`, 'g'), `/$1/${to}`)
  return JSON.parse(text) as Record<string, unknown>
}

/**
 * pull_request closed, merged. The examples hold no merged pull request (TOOLCHAIN.md), so
 * the real closed one gets the fields GitHub's docs give a merged one.
 */
export function prClosedMergedEvent(): Record<string, unknown> {
  const closed = examples('pull_request').find((e) => e.action === 'closed')
  if (!closed) throw new Error('@octokit/webhooks-examples has no pull_request closed example')
  const payload = inSandboxRepo(closed, Number(closed.number), 12)
  const pr = payload.pull_request as Record<string, unknown>
  const closedAt = String(pr.closed_at ?? pr.updated_at)
  Object.assign(payload, { number: 12 })
  Object.assign(pr, {
    number: 12,
    merged: true,
    merged_at: closedAt,
    merge_commit_sha: String(pr.merge_commit_sha ?? (pr.head as { sha: string }).sha),
    merged_by: payload.sender,
    mergeable: null,
    mergeable_state: 'unknown'
  })
  return payload
}

/**
 * schedule: exists only in Actions (no webhook). GitHub's docs give it `schedule` (the cron
 * that fired) and `workflow`, beside the repository and sender every event has.
 */
export function scheduleEvent(): Record<string, unknown> {
  const push = examples('push')[0]!
  const real = inSandboxRepo(push, 0, 0)
  return { schedule: '*/30 * * * *', workflow: '.github/workflows/coordinator.yml', repository: real.repository, sender: real.sender }
}

export const EVENT_FILES: { path: string; build: () => Record<string, unknown> }[] = [
  { path: 'events/pr-closed.json', build: prClosedMergedEvent },
  { path: 'events/schedule.json', build: scheduleEvent }
]
