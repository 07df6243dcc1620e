import type { WorkflowConfig } from '../config/workflow-config.js'
import { stableJson } from '../tools/toolbox.js'
import { short } from '../report/summary.js'
import type { Evidence } from './evidence.js'
import { describeSkipped, type Gathered } from './gather.js'
import type { ShadowTally } from './stage.js'

export interface BodyInput {
  workflow: WorkflowConfig
  stage: 1 | 2
  script: string
  evidence: Evidence
  gathered: Gathered
  shadow?: ShadowTally & { needed: number }
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const runLink = (link: string, i: number) => (/^https?:\/\//.test(link) ? `[run ${i + 1}](${link})` : `\`${link}\``)

/** The title: what the pull request does, in one line. */
export function upgradeTitle(input: Pick<BodyInput, 'workflow' | 'stage' | 'script'>): string {
  return input.stage === 1 ? `Determinism upgrade for ${input.workflow.name} (1/2): shadow ${input.script}` : `Determinism upgrade for ${input.workflow.name} (2/2): switch to coordinator: script`
}

/**
 * The body a reviewer reads: what changes, the replay table (N of M runs agree), each
 * divergence with tool, target and run, the reads no trace recorded, and what to check.
 * Holds nothing that changes between runs with the same evidence (no times of the run).
 */
export function upgradeBody(input: BodyInput): string {
  const { workflow, stage, script, evidence: e, gathered } = input
  const lines: string[] = []
  lines.push(`## ${upgradeTitle(input)}`, '')
  if (stage === 1) {
    lines.push(
      `This adds \`${script}\`, a TypeScript script coordinator drafted from the prompt, tools and recorded runs of \`${workflow.name}\`, and sets \`shadow_script: ${script}\` in \`${workflow.file}\`.`,
      `Nothing changes in what the workflow does: the LLM still drives it, and after each run the script runs in dry run on the same trigger; the summary and trace show where its planned mutations differ. Once the shadow has agreed on ${workflow.minAgreeingRuns ?? 10} live runs and differed on none, propose opens the switch (stage 2).`
    )
  } else {
    lines.push(
      `This switches \`${workflow.name}\` (\`${workflow.file}\`) to \`coordinator: script\` with \`coordinator_script: ${script}\`, and drops its llm-only keys. The script is the one already reviewed as its shadow.`
    )
  }
  if (input.shadow) {
    lines.push(
      '',
      `### Shadow record`,
      '',
      `On live runs the shadow \`${script}\` agreed ${input.shadow.agreed} time(s) (${input.shadow.needed} needed) and differed ${input.shadow.diverged.length} time(s).`
    )
  }

  lines.push('', `### Replay: ${e.agreed} of ${e.total} recorded runs agree`, '')
  lines.push('| run | event | verdict | mutations on both sides |', '| --- | --- | --- | --- |')
  e.verdicts.forEach((v, i) => {
    const verdict = v.agree ? 'agrees' : v.failure ? `differs: ${cell(short(v.failure, 120))}` : 'differs'
    lines.push(`| ${runLink(v.link, i)} | ${v.event} | ${verdict} | ${v.same} |`)
  })

  lines.push('', '### Divergences', '')
  if (!e.divergences.length) lines.push('None: on every run the script would make exactly the mutations the recorded run made.')
  for (const d of e.divergences) {
    const i = e.verdicts.findIndex((v) => v.link === d.link)
    lines.push(
      `- ${runLink(d.link, i)}: \`${d.tool}\` on \`${d.target}\`, ${d.side === 'recorded only' ? 'made by the recorded run, not by the script' : 'planned by the script, not made by the recorded run'}`
    )
  }
  if (e.unrecordedReads.length) {
    lines.push('', '### Reads no trace recorded', '', 'The script asked for these and the recorded run never did, so replay could not answer them:', '')
    for (const r of e.unrecordedReads) {
      const i = e.verdicts.findIndex((v) => v.link === r.link)
      lines.push(`- ${runLink(r.link, i)}: \`${r.tool}\` ${cell(short(stableJson(r.input), 100))}`)
    }
  }
  const skipped = describeSkipped(gathered)
  if (skipped) lines.push('', `Left out: ${skipped}.`)

  lines.push('', '### What a reviewer should check', '')
  if (stage === 1) {
    lines.push(
      `- [ ] \`${script}\` does what the prompt asks on events the traces do not show (no PR link, several links, an error from a tool).`,
      '- [ ] Every divergence above is a case where the script is right, or one you accept.',
      `- [ ] The tools and guards of \`${workflow.file}\` are still what this workflow needs.`
    )
  } else {
    lines.push('- [ ] The shadow record above covers the kinds of events this workflow sees.', `- [ ] \`${workflow.file}\` keeps its tools, guards and virtual files; only the coordinator changes.`)
  }
  lines.push('', '<sub>Opened by Hybrid Coordinator (`mode: propose`). It never merges: this lands only through review.</sub>')
  return `${lines.join('\n')}\n`
}
