import type { CoreLike } from '../main.js'
import type { ActionInputs } from '../inputs.js'
import type { Trigger } from '../trigger.js'
import { Clients, type ClientSettings } from '../clients/index.js'
import { WorkspaceSource } from '../config/source.js'
import { loadWorkflowConfigs } from '../config/load.js'
import { errorMessage } from '../errors.js'
import { describeSkipped, gatherArtifacts } from './gather.js'
import { proposeUpgrade, type ProposeOutcome } from './propose.js'
import { ProposeStop, upgradeBranch } from './pull-request.js'

export interface ProposeModeInput {
  core: CoreLike
  env: NodeJS.ProcessEnv
  inputs: ActionInputs
  trigger: Trigger
  clients: ClientSettings
  /** The checkout: configs, prompts and the draft's temp file live here (propose runs on schedule or dispatch, where it is the default branch). */
  workspace: string
}

/** `mode: propose` (SPEC section 8): outputs `pull-request`, the step summary, annotations. */
export async function runProposeMode({ core, env, inputs, trigger, clients, workspace }: ProposeModeInput): Promise<void> {
  core.setOutput('pull-request', '')
  if (!inputs.workflow) {
    core.setFailed('mode: propose needs the input workflow: the name of the coordinator: llm workflow to upgrade')
    return
  }
  const source = new WorkspaceSource(workspace, trigger.sha || undefined)
  const loaded = await loadWorkflowConfigs(source, inputs.configDir)
  const workflow = loaded.workflows.find((w) => w.name === inputs.workflow)
  if (!workflow) {
    for (const e of loaded.errors) core.error(e.message, { title: 'Hybrid Coordinator: invalid config', file: e.location.file, startLine: e.location.line })
    const names = loaded.workflows.map((w) => w.name).join(', ') || 'none'
    core.setFailed(`propose: input workflow "${inputs.workflow}" names no valid workflow config in ${inputs.configDir}: the valid workflows are ${names}`)
    return
  }

  const lines = [`## Hybrid Coordinator: propose ${workflow.name}`, '']
  let outcome: ProposeOutcome
  try {
    const github = await new Clients(clients).github()
    const gathered = await gatherArtifacts({ github, repository: trigger.repository, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' }, workflow.name)
    const skipped = describeSkipped(gathered)
    core.info(`propose: ${gathered.runs.length} recorded run(s) of ${workflow.name}${skipped ? `; left out: ${skipped}` : ''}.`)
    lines.push(`Recorded runs read: ${gathered.runs.length}${skipped ? ` (left out: ${skipped})` : ''}.`, '')
    outcome = await proposeUpgrade({
      workflow,
      gathered,
      source,
      root: workspace,
      python: inputs.python,
      settings: clients,
      model: workflow.model ?? inputs.model,
      github: { client: github, repository: trigger.repository },
      dryRun: inputs.dryRun,
      secrets: [inputs.githubToken, inputs.slackToken, inputs.anthropicApiKey].filter(Boolean)
    })
  } catch (error) {
    const message = `propose ${workflow.name}: ${errorMessage(error)}`
    lines.push(`**Nothing proposed.** ${errorMessage(error)}`)
    await writeSummary(core, env, lines)
    if (error instanceof ProposeStop) core.error(message, { title: 'Hybrid Coordinator: propose stopped', file: workflow.file })
    core.setFailed(message)
    return
  }

  switch (outcome.kind) {
    case 'waiting':
      core.notice(`propose ${workflow.name}: no pull request: ${outcome.reason}`)
      lines.push(`No pull request: ${outcome.reason}.${outcome.published ? ` (${outcome.published.url})` : ''}`)
      if (outcome.published) core.setOutput('pull-request', outcome.published.url)
      break
    case 'rejected':
      core.warning(`propose ${workflow.name}: ${outcome.reason}`, { title: 'Hybrid Coordinator: draft not proposed', file: workflow.file })
      lines.push(`**No pull request:** ${outcome.reason}.`, '', ...outcome.problems.map((p) => `- ${p}`))
      if (outcome.evidence) {
        for (const d of outcome.evidence.divergences) lines.push(`- ${d.link}: \`${d.tool}\` on \`${d.target}\` (${d.side})`)
        for (const r of outcome.evidence.unrecordedReads) lines.push(`- ${r.link}: read the trace never recorded: \`${r.tool}\` ${JSON.stringify(r.input)}`)
      }
      break
    case 'proposed': {
      const { change, published } = outcome
      if (!published) {
        core.info(`propose (dry run): the pull request it would open on ${upgradeBranch(workflow.name)}:`)
        for (const [path, content] of Object.entries(change.files)) core.info(`--- ${path}\n${content.trimEnd()}`)
        core.info(`--- ${change.title}\n${change.body.trimEnd()}`)
        lines.push(
          `Dry run: the pull request below would be opened on \`${upgradeBranch(workflow.name)}\` (files: ${Object.keys(change.files)
            .map((f) => `\`${f}\``)
            .join(', ')}).`,
          ''
        )
      } else {
        const what = published.pull === 'created' ? 'Opened' : published.pull === 'updated' ? 'Updated' : published.committed ? 'Pushed a new commit to' : 'Nothing new for'
        core.info(`propose: ${what} pull request #${published.number}: ${published.url}`)
        core.setOutput('pull-request', published.url)
        lines.push(`${what} [pull request #${published.number}](${published.url}) (stage ${outcome.stage} of 2).`, '')
      }
      lines.push(change.body)
    }
  }
  await writeSummary(core, env, lines)
}

async function writeSummary(core: CoreLike, env: NodeJS.ProcessEnv, lines: string[]): Promise<void> {
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(lines.join('\n'), true).write()
}
