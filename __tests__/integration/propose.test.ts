import { beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { addTraceArtifact } from '../../src/sandbox/artifacts.js'
import { traceArtifactName } from '../../src/propose/artifact-name.js'
import { MIGRATED_PR_MERGED_SCRIPT } from '../../src/sandbox/policies.js'
import { runAgainstSandbox, useSandbox } from '../helpers/workspace.js'
import { exampleWorkspace, recordTrace } from '../cli/helpers.js'

// mode: propose, run as the runner runs dist/index.js, against the sandbox's GitHub
// (artifacts, Git data, pulls) with the Anthropic fake's scripted `migrate` answer.
let sandbox: Sandbox
useSandbox({ policy: 'migrate' }, (s) => {
  sandbox = s
})

const BRANCH = 'hybrid-coordinator/upgrade-pr-merged-llm'
const DISPATCH = { inputs: {}, ref: 'refs/heads/main', repository: { full_name: DEMO.repo, default_branch: 'main' }, sender: { login: 'octocat' } }
let root: string
let llmTraces: string[]
let otherTrace: string

beforeAll(async () => {
  root = exampleWorkspace()
  const first = await recordTrace(root, 'pr-merged-llm')
  llmTraces = [first, await recordTrace(root, 'pr-merged-llm', { traceDir: dirname(first) })]
  otherTrace = await recordTrace(root, 'pr-merged-reacji', { traceDir: dirname(first) })
})

const web = () => sandbox.state.github.repos[DEMO.repo]!
const runIdOf = (file: string) => basename(file, '.jsonl').replace(/^trace-/, '')
/** The artifacts upload-trace would have left: one per recorded run, named as it names them. */
function seedArtifacts(): number[] {
  return [...llmTraces.map((f) => [f, 'pr-merged-llm'] as const), [otherTrace, 'pr-merged-reacji'] as const].map(
    ([file, workflow], i) =>
      addTraceArtifact(web(), { name: traceArtifactName(runIdOf(file), [workflow]), file: basename(file), trace: readFileSync(file, 'utf8'), createdAt: `2026-11-2${i}T10:00:00Z` }).workflow_run.id
  )
}
const propose = (inputs: Record<string, string> = {}) =>
  runAgainstSandbox(sandbox, root, { eventName: 'workflow_dispatch', event: DISPATCH, inputs: { mode: 'propose', workflow: 'pr-merged-llm', 'config-dir': '.github/coordinator', ...inputs } })

describe('mode: propose', () => {
  it('reads the trace artifacts, opens the stage-1 pull request and sets the pull-request output', async () => {
    const runIds = seedArtifacts()
    // An expired artifact (410 on download) and a corrupt zip: left out and counted.
    addTraceArtifact(web(), {
      name: traceArtifactName('old1', ['pr-merged-llm']),
      file: 'trace-old1.jsonl',
      trace: readFileSync(llmTraces[0]!, 'utf8'),
      createdAt: '2026-10-01T10:00:00Z',
      expired: true
    })
    const broken = addTraceArtifact(web(), { name: traceArtifactName('bad1', ['pr-merged-llm']), file: 'trace-bad1.jsonl', trace: '', createdAt: '2026-10-02T10:00:00Z' })
    broken.zip_base64 = Buffer.from('PK\u0003\u0004 this is not a zip archive').toString('base64')

    const run = await propose()
    expect(run.stderr).toBe('')
    expect(run.exitCode).toBe(0)
    const pr = Object.values(web().pulls).find((p) => p.head_ref === BRANCH)!
    expect(run.outputs['pull-request']).toBe(pr.html_url)
    expect(pr.labels).toEqual(['determinism-upgrade'])
    expect(web().snapshots![web().branches[BRANCH]!]!['scripts/pr-merged-llm.ts']).toBe(MIGRATED_PR_MERGED_SCRIPT)
    expect(run.summary).toContain(`Opened [pull request #31](${pr.html_url}) (stage 1 of 2).`)
    expect(run.summary).toContain('### Replay: 2 of 2 recorded runs agree')
    for (const id of runIds.slice(0, 2)) expect(pr.body).toContain(`(https://github.com/${DEMO.repo}/actions/runs/${id})`)
    expect(run.summary).toMatch(
      /Recorded runs read: 2 \(left out: 1 trace\(s\) of other workflows, 1 expired artifact\(s\), 1 unreadable \(https:\/\/github.com\/octo-org\/web\/actions\/runs\/\d+ \(artifact hc-trace-bad1-pr-merged-llm\): not a readable zip archive/
    )
    // The download followed GitHub's 302 to the signed URL, with no token there.
    expect(sandbox.callsTo('github', '/zip').map((c) => c.status)).toContain(302)
    expect(sandbox.callsTo('github', '/_blobs/').every((c) => c.status === 200)).toBe(true)
    expect(sandbox.callsTo('github', '/zip').map((c) => c.status)).toContain(410)
  })

  it('under dry-run prints the files and the body, and writes nothing', async () => {
    seedArtifacts()
    const run = await propose({ 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('--- scripts/pr-merged-llm.ts')
    expect(run.stdout).toContain('shadow_script: scripts/pr-merged-llm.ts')
    expect(run.stdout).toContain('### Replay: 2 of 2 recorded runs agree')
    expect(run.outputs['pull-request']).toBe('')
    expect(run.summary).toContain(`Dry run: the pull request below would be opened on \`${BRANCH}\``)
    expect(sandbox.callsTo('github', '/git/').filter((c) => c.method !== 'GET')).toHaveLength(0)
    expect(web().branches[BRANCH]).toBeUndefined()
  })

  it('fails with the reason when no artifact holds a run of the workflow', async () => {
    addTraceArtifact(web(), {
      name: traceArtifactName(runIdOf(otherTrace), ['pr-merged-reacji']),
      file: basename(otherTrace),
      trace: readFileSync(otherTrace, 'utf8'),
      createdAt: '2026-11-20T10:00:00Z'
    })
    const run = await propose()
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'propose pr-merged-llm: no recorded run of pr-merged-llm to learn from (left out: 1 trace(s) of other workflows): turn on `upload-trace: true` for its runs, or pass --traces DIR'
      })
    )
    expect(Object.values(web().pulls).some((p) => p.head_ref === BRANCH)).toBe(false)
  })

  it('names the missing permission when the token may not write contents', async () => {
    seedArtifacts()
    sandbox.state.github.permissions = { contents: 'read' }
    const run = await propose()
    expect(run.exitCode).toBe(1)
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain('propose needs `contents: write`')
    expect(run.summary).toContain('**Nothing proposed.**')
  })

  it('needs the workflow input', async () => {
    const run = await propose({ workflow: '' })
    expect(run.exitCode).toBe(1)
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', message: 'mode: propose needs the input workflow: the name of the coordinator: llm workflow to upgrade' }))
  })
})
