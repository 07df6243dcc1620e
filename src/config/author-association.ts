import * as z from 'zod/mini'
import type { WorkflowConfig } from './workflow-config.js'
import { ConfigError } from '../errors.js'

/**
 * `author_association` under an event in `on:` (SPEC section 3): who may trigger a workflow,
 * by the association GitHub puts on the payload's comment, review, issue or pull request.
 */

/** The values GitHub's `author_association` takes. */
export const AUTHOR_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR', 'CONTRIBUTOR', 'FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER', 'MANNEQUIN', 'NONE'] as const

/** The key's schema, for the event filter in `on:`. */
export const authorAssociationSchema = z
  .optional(z.array(z.enum(AUTHOR_ASSOCIATIONS)).check(z.minLength(1)))
  .check(z.describe("Run only when the author of the payload's comment, review, issue or pull request has one of these associations"))

/**
 * The association of whoever wrote what triggered the event: the comment's or review's
 * author before the or pull request's (on `issue_comment`, the author is
 * someone else).
 */
export function authorAssociationOf(payload: unknown): string | undefined {
  const p = (payload ?? {}) as Record<string, { author_association?: unknown } | undefined>
  for (const key of ['comment', 'review', 'issue', 'pull_request']) {
    const value = p[key]?.author_association
    if (typeof value === 'string') return value
  }
  return undefined
}

/** Whether the trigger passes the event's `author_association` filter; no filter passes everyone, no association passes no filter. */
export function matchesAuthorAssociation(allowed: readonly string[] | undefined, trigger: { payload?: unknown }): boolean {
  if (!allowed) return true
  const association = authorAssociationOf(trigger.payload)
  return association !== undefined && allowed.includes(association)
}

/** Events whose text anyone who can open an issue or comment writes. */
const OPEN_TO_ANYONE = ['issue_comment', 'issues', 'pull_request_review_comment', 'pull_request_review', 'discussion', 'discussion_comment']

/** The title of that warning's annotation, the same from the action and the CLI. */
export const WHO_MAY_TRIGGER_TITLE = 'Hybrid Coordinator: who may trigger'

/** `validate`: an llm workflow anyone can trigger with their own text deserves a warning. */
export function authorAssociationWarnings(workflows: readonly Pick<WorkflowConfig, 'name' | 'file' | 'coordinator' | 'on'>[]): ConfigError[] {
  const warnings: ConfigError[] = []
  for (const w of workflows) {
    if (w.coordinator !== 'llm') continue
    for (const event of Object.keys(w.on).filter((e) => OPEN_TO_ANYONE.includes(e))) {
      if (w.on[event]?.author_association) continue
      warnings.push(
        new ConfigError(
          `on.${event}: anyone who can comment or open an issue can trigger this llm workflow with their own text: add author_association: [OWNER, MEMBER, COLLABORATOR] under ${event} to say who may`,
          { file: w.file },
          `on.${event}.author_association`
        )
      )
    }
  }
  return warnings
}
