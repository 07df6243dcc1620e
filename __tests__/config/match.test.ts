import { describe, expect, it } from '@jest/globals'
import { matchTrigger, selectWorkflows } from '../../src/config/match.js'
import { buildTrigger } from '../../src/trigger.js'
import { TriggerError } from '../../src/errors.js'

describe('matchTrigger', () => {
  const closedOnly = { on: { pull_request: { types: ['closed'] } } }
  it('matches a listed event whose action is in types', () => {
    expect(matchTrigger(closedOnly, { event: 'pull_request', action: 'closed' })).toBe(true)
  })
  it('does not match another action, another event, or a missing action', () => {
    expect(matchTrigger(closedOnly, { event: 'pull_request', action: 'opened' })).toBe(false)
    expect(matchTrigger(closedOnly, { event: 'push', action: null })).toBe(false)
    expect(matchTrigger(closedOnly, { event: 'pull_request', action: null })).toBe(false)
  })
  it('matches any action when types is not given', () => {
    expect(matchTrigger({ on: { schedule: null } }, { event: 'schedule', action: null })).toBe(true)
    expect(matchTrigger({ on: { issues: {} } }, { event: 'issues', action: 'labeled' })).toBe(true)
  })
  it('selects by name regardless of the event when `workflow` is given', () => {
    const ws: Array<{ name: string; on: Record<string, null> }> = [
      { name: 'a', on: { push: null } },
      { name: 'b', on: { schedule: null } }
    ]
    const trigger = { event: 'push', action: null, payload: {}, repository: 'o/r', ref: '', sha: '', actor: '' }
    expect(selectWorkflows(ws, trigger).map((w) => w.name)).toEqual(['a'])
    expect(selectWorkflows(ws, trigger, 'b').map((w) => w.name)).toEqual(['b'])
  })
})

describe('buildTrigger', () => {
  const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/ev.json', GITHUB_REPOSITORY: 'o/r', GITHUB_REF: 'refs/pull/1/merge', GITHUB_SHA: 'abc', GITHUB_ACTOR: 'me' }
  it('builds the SPEC trigger from the runner event', () => {
    const t = buildTrigger(env, () => JSON.stringify({ action: 'closed', number: 1 }))
    expect(t).toEqual({ event: 'pull_request', action: 'closed', payload: { action: 'closed', number: 1 }, repository: 'o/r', ref: 'refs/pull/1/merge', sha: 'abc', actor: 'me' })
  })
  it('names the path when the event file is missing', () => {
    expect(() =>
      buildTrigger(env, () => {
        throw new Error('ENOENT')
      })
    ).toThrow(TriggerError)
    expect(() =>
      buildTrigger(env, () => {
        throw new Error('ENOENT')
      })
    ).toThrow(/\/ev.json: the event payload file cannot be read/)
  })
  it('names the path when the event file is not JSON or not an object', () => {
    expect(() => buildTrigger(env, () => '{nope')).toThrow(/\/ev.json: the event payload is not JSON/)
    expect(() => buildTrigger(env, () => '[1]')).toThrow(/\/ev.json: the event payload must be a JSON object/)
  })
  it('says which variable is missing', () => {
    expect(() => buildTrigger({}, () => '{}')).toThrow(/GITHUB_EVENT_NAME is not set/)
  })
})
