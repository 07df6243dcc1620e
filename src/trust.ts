import type { Trigger } from './trigger.js'
import type { Trust } from './inputs.js'

/**
 * Events whose checkout may hold code nobody reviewed (SPEC, input `trust`): they run with
 * the base repository's secrets, yet anyone who can open a PR or write a comment causes them.
 */
export const UNTRUSTED_EVENTS = ['pull_request_target', 'issue_comment', 'pull_request_review_comment', 'workflow_run'] as const

/**
 * Events that check out a pull request's merge commit: untrusted when the PR comes from a
 * fork. `pull_request_review` checks out the same merge commit as `pull_request`.
 */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review'] as const

export interface SourceChoice {
  kind: 'workspace' | 'default-branch'
  /** Why, in a sentence for the summary and the log. */
  reason: string
}

interface PullRequestPayload {
  head?: { repo?: { full_name?: string } | null }
  base?: { repo?: { full_name?: string } | null }
}

/**
 * Whether a `pull_request` (or `pull_request_review`) event carries a fork's code: its head
 * repository is not the base repository, or is gone (GitHub sends `head.repo: null` for a
 * deleted fork, which counts as foreign). The payload comes from GitHub, not from the PR's
 * author; one that names no head repository at all (a hand-made event) shows no fork.
 */
export function isForkPullRequest(trigger: Trigger): boolean {
  if (!(PULL_REQUEST_EVENTS as readonly string[]).includes(trigger.event)) return false
  const raw = trigger.payload.pull_request
  if (!raw || typeof raw !== 'object') return false
  const pr = raw as PullRequestPayload
  if (pr.head?.repo === null) return true
  const head = pr.head?.repo?.full_name
  const base = pr.base?.repo?.full_name || (trigger.payload.repository as { full_name?: string } | undefined)?.full_name || trigger.repository
  if (typeof head !== 'string' || !head || typeof base !== 'string' || !base) return false
  return head.toLowerCase() !== base.toLowerCase()
}

/**
 * Which source a run's configs, prompts, virtual files and scripts come from. `auto` reads
 * the default branch (through the API, at its head's SHA) whenever the checkout may hold
 * code that no one with write access reviewed; every other event reads the workspace.
 */
export function chooseSource(trust: Trust, trigger: Trigger): SourceChoice {
  if (trust === 'workspace') return { kind: 'workspace', reason: 'trust: workspace' }
  if (trust === 'default-branch') return { kind: 'default-branch', reason: 'trust: default-branch' }
  if ((UNTRUSTED_EVENTS as readonly string[]).includes(trigger.event)) {
    return { kind: 'default-branch', reason: `trust: auto, and ${trigger.event} events may check out unreviewed code` }
  }
  if (isForkPullRequest(trigger)) {
    const pr = trigger.payload.pull_request as PullRequestPayload | undefined
    const head = pr?.head?.repo?.full_name
    const why = head ? `it comes from the fork ${head}` : 'its head repository is gone (a deleted fork)'
    return { kind: 'default-branch', reason: `trust: auto, and this ${trigger.event} may check out a fork's code: ${why}` }
  }
  return { kind: 'workspace', reason: `trust: auto, and ${trigger.event} checks out this repository's own code` }
}
