import type { ClientSettings } from '../clients/index.js'
import type { WorkflowConfig } from '../config/workflow-config.js'

/**
 * On the command line the action's inputs are environment variables: a selected workflow
 * whose credential is missing is named with the variable to set, before anything runs
 * (the engine would otherwise fail it naming the action's input, `slack-token`, which a CLI
 * user cannot set).
 */
export function missingCredentials(workflows: readonly WorkflowConfig[], clients: ClientSettings): string[] {
  const lines: string[] = []
  for (const w of workflows) {
    const need: string[] = []
    if ((w.coordinator === 'llm' || Object.keys(w.subagents).length) && !clients.anthropicApiKey)
      need.push(`ANTHROPIC_API_KEY (coordinator: ${w.coordinator}${w.coordinator === 'llm' ? '' : ' with subagents'})`)
    const slack = w.tools.filter((t) => t.startsWith('slack.'))
    if (slack.length && !clients.slackToken) need.push(`SLACK_BOT_TOKEN or SLACK_TOKEN (${slack.join(', ')})`)
    const github = w.tools.filter((t) => t.startsWith('github.'))
    if (github.length && !clients.githubToken) need.push(`GITHUB_TOKEN or GH_TOKEN (${github.join(', ')})`)
    if (need.length) lines.push(`${w.name} needs ${need.join('; ')}`)
  }
  return lines
}
