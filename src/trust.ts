import type { Trigger } from './trigger.js'
import type { Trust } from './inputs.js'

/** Events whose checkout may hold code nobody reviewed (SPEC, input `trust`). */
export const UNTRUSTED_EVENTS = ['pull_request_target', 'issue_comment', 'pull_request_review_comment', 'workflow_run'] as const

export interface SourceChoice {
  kind: 'workspace' | 'default-branch'
  /** Why, in a sentence for the summary and the log. */
  reason: string
}

/** A `pull_request` from a fork: its head repository is not the base repository. */
export function isForkPullRequest(trigger: Trigger): boolean {
  if (trigger.event !== 'pull_request') return false
  const pr = trigger.payload.pull_request as { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } } | undefined
  if (!pr) return false
  const head = pr.head?.repo?.full_name
  const base = pr.base?.repo?.full_name ?? trigger.repository
  // A deleted fork has no head repo: treat it as foreign.
  return !head || head.toLowerCase() !== base.toLowerCase()
}

/** Which source a run's files come from. */
export function chooseSource(trust: Trust, trigger: Trigger): SourceChoice {
  if (trust === 'workspace') return { kind: 'workspace', reason: 'trust: workspace' }
  if (trust === 'default-branch') return { kind: 'default-branch', reason: 'trust: default-branch' }
  if ((UNTRUSTED_EVENTS as readonly string[]).includes(trigger.event)) {
    return { kind: 'default-branch', reason: `trust: auto, and ${trigger.event} events may check out unreviewed code` }
  }
  if (isForkPullRequest(trigger)) return { kind: 'default-branch', reason: 'trust: auto, and this pull_request comes from a fork' }
  return { kind: 'workspace', reason: `trust: auto, and ${trigger.event} checks out this repository's own code` }
}
