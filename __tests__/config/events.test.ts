import { describe, expect, it } from '@jest/globals'
import { loadWorkflowConfigs } from '../../src/config/load.js'
import { WorkspaceSource } from '../../src/config/source.js'
import { GITHUB_EVENTS } from '../../src/config/github-events.generated.js'
import { makeWorkspace } from '../helpers/workspace.js'

// `on:` typos are errors (they would validate and then never run), and every problem of a
// config is reported at once.

async function problems(config: string): Promise<string[]> {
  const root = makeWorkspace({ '.github/coordinator/bad.yml': config, 'scripts/ok.ts': 'export default async () => 1\n' })
  const { workflows, errors } = await loadWorkflowConfigs(new WorkspaceSource(root), '.github/coordinator')
  expect(workflows).toEqual([])
  return errors.map((e) => `${e.location.line ?? '?'}: ${e.message}`)
}

async function accepted(config: string): Promise<void> {
  const root = makeWorkspace({ '.github/coordinator/ok.yml': config })
  const { workflows, errors } = await loadWorkflowConfigs(new WorkspaceSource(root), '.github/coordinator')
  expect(errors.map((e) => e.message)).toEqual([])
  expect(workflows).toHaveLength(1)
}

describe('on: events and activity types', () => {
  it('rejects an event GitHub does not have, naming the closest event.type', async () => {
    expect(await problems('on: { issue_opened: {} }\nprompt: x\n')).toEqual([
      '1: on.issue_opened: "issue_opened" is not a GitHub event: expected an event like pull_request, issues or push (did you mean issues.opened?)'
    ])
  })

  it('rejects an unknown event in the string and list forms too', async () => {
    expect(await problems('on: pul_request\nprompt: x\n')).toEqual([expect.stringMatching(/^1: on: "pul_request" is not a GitHub event: .*\(did you mean pull_request\?\)$/)])
    expect(await problems('on: [push, scheduled]\nprompt: x\n')).toEqual([expect.stringMatching(/^1: on\.1: "scheduled" is not a GitHub event: .*\(did you mean schedule\?\)$/)])
  })

  it('rejects an activity type its event does not have, naming the closest', async () => {
    const [message, ...rest] = await problems('on:\n  issues:\n    types: [opened, openned]\nprompt: x\n')
    expect(rest).toEqual([])
    expect(message).toMatch(/^3: on\.issues\.types\.1: "openned" is not an activity type of issues: expected one of assigned, closed, .*opened.* \(did you mean issues\.opened\?\)$/)
  })

  it('says that types must be a list when it is a string', async () => {
    expect(await problems('on: { pull_request: { types: closed } }\nprompt: x\n')).toEqual(['1: on.pull_request.types: is the string "closed": types must be a list, like types: [closed]'])
  })

  it('says an event without activity types takes no types', async () => {
    expect(await problems('on:\n  push:\n    types: [created]\nprompt: x\n')).toEqual(['3: on.push.types: push has no activity types: remove types (every push event selects this workflow)'])
  })

  it('gives no suggestion when nothing is close', async () => {
    expect(await problems('on: { zzzzzzzzzzzz: {} }\nprompt: x\n')).toEqual(['1: on.zzzzzzzzzzzz: "zzzzzzzzzzzz" is not a GitHub event: expected an event like pull_request, issues or push'])
  })

  it('accepts the Actions-only events, pull_request_target types and free repository_dispatch types', async () => {
    await accepted(
      'on:\n  schedule: {}\n  workflow_dispatch: {}\n  workflow_call:\n  merge_group: { types: [checks_requested] }\n  pull_request_target: { types: [opened, synchronize] }\n  repository_dispatch: { types: [deploy-staging] }\n  issue_comment: { types: [created] }\nprompt: x\n'
    )
  })

  it('has the events and types of the SPEC examples in its generated table', () => {
    for (const event of ['push', 'pull_request', 'pull_request_target', 'issue_comment', 'issues', 'schedule', 'workflow_dispatch', 'workflow_call', 'merge_group', 'workflow_run', 'release'])
      expect(GITHUB_EVENTS).toHaveProperty(event)
    expect(GITHUB_EVENTS.pull_request).toEqual(expect.arrayContaining(['opened', 'closed', 'synchronize', 'reopened']))
    expect(GITHUB_EVENTS.pull_request_target).toEqual(GITHUB_EVENTS.pull_request)
    expect(GITHUB_EVENTS.push).toEqual([])
    expect(GITHUB_EVENTS.repository_dispatch).toBe('any')
  })
})

describe('every problem of a config at once', () => {
  it('reports every unknown key and every wrong type, in file order', async () => {
    const found = await problems('on: push\nprompt: x\ncolour: blue\nmax_turns: "ten"\nshape: round\nslack: { channel: C0123456789, team: T1 }\ntimeout_seconds: soon\n')
    expect(found).toEqual([
      expect.stringMatching(/^3: colour: unknown key: expected one of name, description, on/),
      '4: max_turns: expected number, got string "ten"',
      expect.stringMatching(/^5: shape: unknown key/),
      '6: slack.team: unknown key: expected a key this section knows (channel)',
      '7: timeout_seconds: expected number, got string "soon"'
    ])
  })

  it('reports an event typo beside the schema problems', async () => {
    const found = await problems('on: { pull_requests: { types: [closed] } }\nprompt: x\nmax_turn: 3\n')
    expect(found).toEqual([expect.stringMatching(/^1: on\.pull_requests: .*did you mean pull_request\?/), expect.stringMatching(/^3: max_turn: unknown key/)])
  })

  it('reports an event typo beside the semantic problems of a valid-shaped config', async () => {
    const found = await problems('on: { issues: { types: [openned] } }\ncoordinator: script\ncoordinator_script: scripts/missing.ts\n')
    expect(found).toEqual([
      expect.stringMatching(/^1: on\.issues\.types\.0: "openned" .*did you mean issues\.opened\?/),
      expect.stringMatching(/^3: coordinator_script: "scripts\/missing.ts" does not exist/)
    ])
  })

  it('says a read-only tool under limits is read-only, and that limits count mutations', async () => {
    const found = await problems('on: push\nprompt: x\ntools: [slack.get_messages, slack.add_reacji]\nlimits:\n  slack.get_messages: 5\n  slack.add_reacjii: 2\n')
    expect(found).toEqual([
      '5: limits.slack.get_messages: slack.get_messages is read-only: limits count the calls of mutating tools (github.comment, github.add_labels, slack.add_reacji, slack.post_message); remove this line',
      expect.stringMatching(/^6: limits\.slack\.add_reacjii: unknown tool "slack\.add_reacjii": expected one of the mutating tools/)
    ])
  })
})
