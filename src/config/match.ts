import type { Trigger } from '../trigger.js'
import type { WorkflowConfig } from './workflow-config.js'
import { matchesAuthorAssociation } from './author-association.js'

/**
 * SPEC section 3: the event is listed under `on`, where `types` is given the action is one
 * of them, and where `author_association` is given the author's association is one of them.
 */
export function matchTrigger(workflow: Pick<WorkflowConfig, 'on'>, trigger: Pick<Trigger, 'event' | 'action'> & Partial<Pick<Trigger, 'payload'>>): boolean {
  if (!Object.prototype.hasOwnProperty.call(workflow.on, trigger.event)) return false
  const filter = workflow.on[trigger.event]
  const types = filter?.types
  if (types && (trigger.action === null || !types.includes(trigger.action))) return false
  return matchesAuthorAssociation(filter?.author_association, { payload: trigger.payload })
}

/** The workflows to run: by name when `workflow` is given (ignoring the event), else those the trigger matches. */
export function selectWorkflows<W extends Pick<WorkflowConfig, 'on' | 'name'>>(workflows: W[], trigger: Trigger, only?: string): W[] {
  if (only) return workflows.filter((w) => w.name === only)
  return workflows.filter((w) => matchTrigger(w, trigger))
}
