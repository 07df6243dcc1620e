import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { addTraceArtifact } from '../../src/sandbox/artifacts.js'
import { createGitHubClient } from '../../src/clients/github.js'
import { gatherArtifacts } from '../../src/propose/gather.js'
import { traceArtifactName } from '../../src/propose/artifact-name.js'
import { exampleWorkspace, recordTrace, traceLines } from '../cli/helpers.js'

// Gathering recorded runs from the repository's artifacts, through the real Octokit.
let sandbox: Sandbox
let trace: string
let text: string

beforeAll(async () => {
  sandbox = await startSandbox()
  trace = await recordTrace(exampleWorkspace(), 'pr-merged-llm')
  text = readFileSync(trace, 'utf8')
})
afterAll(async () => {
  await sandbox.close()
})
beforeEach(() => sandbox.reset())

const web = () => sandbox.state.github.repos[DEMO.repo]!
const gather = () => gatherArtifacts({ github: createGitHubClient(sandbox.tokens.github, sandbox.githubUrl), repository: DEMO.repo, serverUrl: 'https://github.com' }, 'pr-merged-llm')

describe('gatherArtifacts', () => {
  it('counts a run that failed before any tool call, and leaves it out', async () => {
    const failedEarly = traceLines(trace)
      .filter((l) => l.type !== 'tool_call' && l.type !== 'llm_request')
      .map((l) => (l.type === 'workflow_end' ? { ...l, status: 'failed', error: 'the model refused' } : l))
    addTraceArtifact(web(), {
      name: traceArtifactName('early', ['pr-merged-llm']),
      file: 'trace-early.jsonl',
      trace: failedEarly.map((l) => JSON.stringify(l)).join('\n') + '\n',
      createdAt: '2026-11-01T00:00:00Z'
    })
    addTraceArtifact(web(), { name: traceArtifactName('good', ['pr-merged-llm']), file: basename(trace), trace: text, createdAt: '2026-11-02T00:00:00Z' })
    const g = await gather()
    expect(g.runs).toHaveLength(1)
    expect(g.beforeAnyToolCall).toBe(1)
    expect(g.runs[0]!.link).toMatch(/^https:\/\/github\.com\/octo-org\/web\/actions\/runs\/\d+$/)
  })

  it('reads at most 50 runs, newest first, without downloading artifacts of other workflows', async () => {
    for (let i = 0; i < 53; i++)
      addTraceArtifact(web(), { name: traceArtifactName(`r${i}`, ['pr-merged-llm']), file: 'trace.jsonl', trace: text, createdAt: `2026-11-01T00:${String(i).padStart(2, '0')}:00Z` })
    addTraceArtifact(web(), { name: traceArtifactName('o1', ['pr-merged-reacji']), file: 'trace.jsonl', trace: text, createdAt: '2026-11-03T00:00:00Z' })
    const g = await gather()
    expect(g.runs).toHaveLength(50)
    expect(g.otherWorkflow).toBe(1)
    expect(sandbox.callsTo('github', '/zip')).toHaveLength(50)
    const downloaded = sandbox.callsTo('github', '/zip').map((c) => Number(/artifacts\/(\d+)\/zip/.exec(c.path)![1]))
    expect(downloaded).not.toContain(web().artifacts!.find((a) => a.name.includes('reacji'))!.id)
    // The three oldest are the ones left out.
    const oldest = ['r0', 'r1', 'r2'].map((r) => web().artifacts!.find((a) => a.name === traceArtifactName(r, ['pr-merged-llm']))!.id)
    for (const id of oldest) expect(downloaded).not.toContain(id)
  })

  it('a hostile archive: entry paths that climb out are read in memory, never written; non-trace entries are ignored', async () => {
    const target = join(tmpdir(), `hc-evil-${process.pid}.jsonl`)
    const zip = zipSync({ [`../../../../../../..${target}`]: strToU8(text), 'run.sh': strToU8('rm -rf /\n') })
    const a = addTraceArtifact(web(), { name: traceArtifactName('evil', ['pr-merged-llm']), file: 'x.jsonl', trace: text, createdAt: '2026-11-01T00:00:00Z' })
    a.zip_base64 = Buffer.from(zip).toString('base64')
    const g = await gather()
    expect(existsSync(target)).toBe(false)
    expect(g.runs).toHaveLength(1)
    expect(g.unusable).toEqual([])
  })
})
