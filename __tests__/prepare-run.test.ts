import { describe, expect, it } from '@jest/globals'
import { prepareRun, type PrepareServices } from '../src/prepare-run.js'
import type { WorkflowConfig } from '../src/config/workflow-config.js'

// warm(): the clients a workflow's tools use load ahead of their first call, one at a time
// (Clients builds them in turn), in the order the config first names their tools.
describe('prepareRun().warm', () => {
  const trigger = { event: 'push', action: null, payload: {}, repository: 'o/r', ref: 'refs/heads/main', sha: 'abc', actor: 'me' }
  const workflow = (tools: string[]) => ({ name: 'w', tools, virtualFiles: [], limits: {}, allow: {}, slackChannel: 'C0123456789' }) as unknown as WorkflowConfig

  async function warmed(tools: string[], offline = false): Promise<string[]> {
    const built: string[] = []
    const scope = {
      github: () => (built.push('github'), Promise.resolve({})),
      slack: () => (built.push('slack'), Promise.resolve({}))
    }
    // Each workflow gets clients of its own, bound to its signal (Clients.scoped).
    const clients = { ...scope, scoped: () => scope }
    const services = { trigger, runId: 'r', source: {}, clients } as unknown as PrepareServices
    const prepared = await prepareRun(workflow(tools), services, { dryRun: false, offline })
    prepared.warm()
    prepared.warm()
    await new Promise((r) => setTimeout(r, 20))
    return built
  }

  it('loads the Slack client first when the config names a Slack tool first, then GitHub, each once', async () => {
    expect(await warmed(['slack.get_messages', 'github.get_status', 'slack.add_reacji'])).toEqual(['slack', 'github'])
    expect(await warmed(['github.get_status', 'slack.add_reacji'])).toEqual(['github', 'slack'])
  })

  it('loads nothing the workflow does not use, and nothing in an offline run (replay)', async () => {
    expect(await warmed(['files.read'])).toEqual([])
    expect(await warmed(['slack.get_messages'], true)).toEqual([])
  })
})
