import type { SandboxState } from './state.js'

/**
 * What the sandbox holds, in a few lines: its repositories with their pull request and
 * issue numbers, and its Slack channels. Printed by `node dist/sandbox.js --help` and by
 * `run --sandbox` when the event names something the sandbox does not have, so a user
 * can write an event that fits.
 */
export function describeSandboxWorld(state: SandboxState): string[] {
  const lines = ['The sandbox holds:']
  for (const [full, repo] of Object.entries(state.github.repos)) {
    const pulls = Object.entries(repo.pulls).map(([n, p]) => `#${n} ${p.merged ? 'merged' : p.draft ? 'draft' : p.state}`)
    const issues = Object.keys(repo.issues).map((n) => `#${n}`)
    lines.push(`  GitHub repository ${full} (default branch ${repo.default_branch}): pull requests ${pulls.join(', ') || 'none'}; issues ${issues.join(', ') || 'none'}`)
  }
  for (const channel of Object.values(state.slack.channels)) lines.push(`  Slack channel ${channel.id} (#${channel.name}): ${channel.messages.length} message(s)`)
  return lines
}

/**
 * What an event names that the sandbox lacks: its repository, or its pull request or
 * issue number in that repository. [] when the sandbox has all of it.
 */
export function missingFromSandbox(state: SandboxState, repository: string, payload: Record<string, unknown>): string[] {
  const repo = state.github.repos[repository]
  if (!repo) return [`repository ${repository || '(none)'}`]
  const missing: string[] = []
  const issue = payload.issue as { pull_request?: unknown; number?: unknown } | undefined
  // A comment on a pull request arrives as an issue with a pull_request field.
  const pr = (payload.pull_request as { number?: unknown } | undefined)?.number ?? (issue?.pull_request ? issue.number : undefined)
  if (pr !== undefined && pr !== null && !repo.pulls[String(pr)]) missing.push(`pull request #${String(pr)} in ${repository}`)
  if (issue && !issue.pull_request && issue.number !== undefined && !repo.issues[String(issue.number)]) missing.push(`issue #${String(issue.number)} in ${repository}`)
  return missing
}
