import { describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import type { Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'
import { makeWorkspace, runAgainstSandbox, useSandbox } from '../helpers/workspace.js'
import { processesTagged } from '../helpers/processes.js'

/**
 * The first workflow's script process is started as soon as the workflow is selected, before
 * the run machinery loads (engine.ts). Through the bundled action: it holds no secret, is
 * used by that workflow alone, and nothing of it outlives the action.
 */

let sandbox: Sandbox
useSandbox({}, (s) => {
  sandbox = s
})

/** What a script reports of its own process: its pid, and which of its variables hold a token. */
const REPORT = `export default async function () {
  const tokens = ${JSON.stringify(['ghs_sandbox_token', 'xoxb-sandbox-token', 'sk-ant-sandbox-key'])}
  return {
    pid: process.pid,
    secretVariables: Object.entries(process.env).filter(([k, v]) => k.startsWith('INPUT_') || tokens.some((t) => String(v).includes(t))).map(([k]) => k)
  }
}
`
const workflow = (name: string, tools: string) =>
  `name: ${name}\non: { pull_request: { types: [closed] } }\ncoordinator: script\ncoordinator_script: scripts/report.mjs\ntools: [${tools}]\nslack: { channel: ${DEMO.channel} }\n`

describe('the script process started ahead', () => {
  it('runs the first workflow with no secret in its environment; the second gets a process of its own; none is left behind', async () => {
    const tag = randomUUID()
    const ws = makeWorkspace({
      '.github/coordinator/a.yml': workflow('a-first', 'slack.get_messages'),
      '.github/coordinator/b.yml': workflow('b-second', 'slack.get_messages'),
      'scripts/report.mjs': REPORT
    })
    const run = await runAgainstSandbox(sandbox, ws, { env: { HC_TEST_TAG: tag, GITHUB_TOKEN: sandbox.tokens.github } })
    expect(run.exitCode).toBe(0)
    const [a, b] = run.results
    expect(a).toMatchObject({ workflow: 'a-first', status: 'succeeded', result: { secretVariables: [] } })
    expect(b).toMatchObject({ workflow: 'b-second', status: 'succeeded', result: { secretVariables: [] } })
    expect((a!.result as { pid: number }).pid).not.toBe((b!.result as { pid: number }).pid)
    expect(processesTagged(tag)).toEqual([])
  })

  it('is killed when the first workflow fails before its script runs, and the next workflow still runs', async () => {
    const tag = randomUUID()
    const ws = makeWorkspace({
      // Needs a GitHub token, which this run lacks: it fails before its script starts.
      '.github/coordinator/a.yml': workflow('a-needs-github', 'github.get_status'),
      '.github/coordinator/b.yml': workflow('b-slack-only', 'slack.get_messages'),
      'scripts/report.mjs': REPORT
    })
    const run = await runAgainstSandbox(sandbox, ws, { inputs: { 'github-token': '' }, env: { HC_TEST_TAG: tag } })
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-needs-github', 'failed'],
      ['b-slack-only', 'succeeded']
    ])
    expect(run.results[0]!.error).toMatch(/github-token/)
    expect(run.results[1]).toMatchObject({ result: { secretVariables: [] } })
    expect(processesTagged(tag)).toEqual([])
  })
})
