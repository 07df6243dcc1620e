import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { Sandbox } from './sandbox/server.js'
import type { AnthropicFake } from './sandbox/anthropic.js'
import { DEMO } from './sandbox/state.js'
import { addTraceArtifact } from './sandbox/artifacts.js'
import { runAction, type ActionRun } from './sandbox/run-action.js'
import { traceArtifactName } from './propose/artifact-name.js'
import { upgradeBranch } from './propose/pull-request.js'

export interface UpgradeLoopDemo {
  sandbox: Sandbox
  anthropic: AnthropicFake
  /** dist/index.js */
  action: string
  /** The repository root (its workflows/, prompts/). */
  root: string
  realModel: boolean
  say: (text?: string) => void
}

const WORKFLOW = 'pr-merged-llm'
const SHADOW_RUNS = 3

/**
 * The end of `npm run demo`: the determinism upgrade as pull requests. The llm example runs
 * a few times; each run's trace goes into the sandbox's artifact store, named as
 * `upload-trace` names it (the sandbox fakes GitHub's REST API, not the Actions artifact
 * service that `@actions/artifact` uploads to, so the demo puts the trace files there
 * itself). `mode: propose` then opens the stage-1 pull request; the demo merges it, shadow
 * runs follow, and `mode: propose` opens stage 2. Returns whether anything went wrong.
 */
export async function demoUpgradeLoop({ sandbox, anthropic, action, root, realModel, say: sayOne }: UpgradeLoopDemo): Promise<boolean> {
  const say = (...lines: string[]) => (lines.length ? lines : ['']).forEach((l) => sayOne(l))
  sandbox.reset()
  // A checkout of octo-org/web holding the llm example (min_agreeing_runs lowered to 3 so the demo stays short).
  const workspace = mkdtempSync(join(tmpdir(), 'hc-demo-upgrade-'))
  const config = `.github/coordinator/pr_merged_llm.yml`
  mkdirSync(join(workspace, '.github/coordinator'), { recursive: true })
  mkdirSync(join(workspace, 'prompts'), { recursive: true })
  writeFileSync(join(workspace, config), `${readFileSync(join(root, 'workflows/pr_merged_llm.yml'), 'utf8')}min_agreeing_runs: ${SHADOW_RUNS}\n`)
  copyFileSync(join(root, 'prompts/pr_merged.md'), join(workspace, 'prompts/pr_merged.md'))
  const repo = sandbox.state.github.repos[DEMO.repo]!
  repo.files = { ...repo.files, [config]: readFileSync(join(workspace, config), 'utf8'), 'prompts/pr_merged.md': readFileSync(join(workspace, 'prompts/pr_merged.md'), 'utf8') }

  const inputs = {
    'github-token': sandbox.tokens.github,
    'slack-token': sandbox.tokens.slack,
    'slack-api-url': sandbox.slackUrl,
    'anthropic-api-key': realModel ? process.env.ANTHROPIC_API_KEY! : sandbox.tokens.anthropic,
    trust: 'workspace'
  }
  const env = { GITHUB_API_URL: sandbox.githubUrl, ...(realModel ? {} : { ANTHROPIC_BASE_URL: sandbox.anthropicUrl }) }
  const closed = {
    action: 'closed',
    number: 12,
    pull_request: {
      number: 12,
      state: 'closed',
      merged: true,
      html_url: `https://github.com/${DEMO.repo}/pull/12`,
      head: { ref: 'feature/pr-12', repo: { full_name: DEMO.repo } },
      base: { ref: 'main', repo: { full_name: DEMO.repo } }
    },
    repository: { full_name: DEMO.repo, default_branch: 'main' },
    sender: { login: 'octocat' }
  }
  const dispatch = { inputs: {}, ref: 'refs/heads/main', repository: { full_name: DEMO.repo, default_branch: 'main' }, sender: { login: 'octocat' } }
  let day = 0
  const recordRun = async (): Promise<boolean> => {
    anthropic.setPolicy('pr-merged')
    const run = await runAction({ action, workspace, eventName: 'pull_request', event: closed, inputs: { ...inputs, 'config-dir': '.github/coordinator', workflow: WORKFLOW }, env })
    const file = run.outputs['trace-file']
    if (run.exitCode !== 0 || !file) return (say(`  run failed (exit ${run.exitCode}): ${run.stderr.trim() || run.summary.trim()}`), false)
    day++
    const name = traceArtifactName(basename(file, '.jsonl').replace(/^trace-/, ''), [WORKFLOW])
    addTraceArtifact(repo, { name, file: basename(file), trace: readFileSync(file, 'utf8'), createdAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00Z` })
    say(`  ran ${WORKFLOW}: ${run.results[0]?.status}; trace uploaded to the sandbox as artifact ${name}`)
    return true
  }
  const propose = async (): Promise<ActionRun> => {
    anthropic.setPolicy('migrate')
    return runAction({ action, workspace, eventName: 'workflow_dispatch', event: dispatch, inputs: { ...inputs, mode: 'propose', workflow: WORKFLOW, 'config-dir': '.github/coordinator' }, env })
  }

  say('━━━ the determinism upgrade, as pull requests (mode: propose) ━━━')
  say(`The trace files of these runs are put into the sandbox's artifact store by the demo itself (as upload-trace would name them).`)
  say(realModel ? 'Drafting uses the real model.' : 'Drafting is SCRIPTED by the sandbox (policy "migrate": a fixed pr_merged script), not a real model.')
  say()
  say(`1. ${WORKFLOW} (coordinator: llm) runs three times:`)
  for (let i = 0; i < 3; i++) if (!(await recordRun())) return true

  say('', '2. mode: propose drafts the script, replays it on the recorded runs, and opens stage 1:')
  const first = await propose()
  const stage1 = Object.values(repo.pulls).find((p) => p.head_ref === upgradeBranch(WORKFLOW) && p.state === 'open')
  if (first.exitCode !== 0 || !stage1) return (say(`  propose failed (exit ${first.exitCode}): ${first.stderr.trim() || first.summary.trim()}`), true)
  say(`  pull-request output: ${first.outputs['pull-request']}`, `  "${stage1.title}", labels: ${stage1.labels.join(', ')}`)

  say('', '3. A reviewer merges it (the demo merges it in the sandbox and checks out the result); shadow runs follow:')
  const head = repo.branches[upgradeBranch(WORKFLOW)]!
  const merged = repo.snapshots![head]!
  for (const path of [config, `scripts/${WORKFLOW}.ts`]) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true })
    writeFileSync(join(workspace, path), merged[path]!)
  }
  repo.branches.main = head
  delete repo.branches[upgradeBranch(WORKFLOW)]
  Object.assign(stage1, { state: 'closed', merged: true, merged_at: '2026-11-10T12:00:00Z', closed_at: '2026-11-10T12:00:00Z' })
  for (let i = 0; i < SHADOW_RUNS; i++) if (!(await recordRun())) return true

  say('', `4. mode: propose counts the shadow's verdicts (${SHADOW_RUNS} agreeing live runs needed) and opens stage 2:`)
  const second = await propose()
  const stage2 = Object.values(repo.pulls).find((p) => p.head_ref === upgradeBranch(WORKFLOW) && p.state === 'open')
  if (second.exitCode !== 0 || !stage2) return (say(`  propose failed (exit ${second.exitCode}): ${second.stderr.trim() || second.summary.trim()}`), true)
  say(`  pull-request output: ${second.outputs['pull-request']}`, '', `${upgradeBranch(WORKFLOW)}: ${config} becomes:`, '')
  say(repo.snapshots![repo.branches[upgradeBranch(WORKFLOW)]!]![config]!.trimEnd().replace(/^/gm, '    '))
  say('', `The body of pull request #${Object.entries(repo.pulls).find(([, p]) => p === stage2)![0]}:`, '')
  say(stage2.body.trimEnd())
  say()
  return false
}
