import type { Trigger } from '../trigger.js'
import type { WorkflowConfig } from './workflow-config.js'

/** SPEC section 3: the event is listed under `on`, and where `types` is given, the action is one of them. */
export function matchTrigger(workflow: Pick<WorkflowConfig, 'on'>, trigger: Pick<Trigger, 'event' | 'action'>): boolean {
  if (!Object.prototype.hasOwnProperty.call(workflow.on, trigger.event)) return false
  const types = workflow.on[trigger.event]?.types
  return !types || (trigger.action !== null && types.includes(trigger.action))
}

/** The workflows to run: by name when `workflow` is given (ignoring the event), else those the trigger matches. */
export function selectWorkflows<W extends Pick<WorkflowConfig, 'on' | 'name'>>(workflows: W[], trigger: Trigger, only?: string): W[] {
  if (only) return workflows.filter((w) => w.name === only)
  return workflows.filter((w) => matchTrigger(w, trigger))
}
