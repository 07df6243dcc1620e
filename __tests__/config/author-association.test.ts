import { describe, expect, it } from '@jest/globals'
import { matchTrigger } from '../../src/config/match.js'
import { authorAssociationOf, authorAssociationWarnings } from '../../src/config/author-association.js'
import { workflowConfigSchema } from '../../src/config/schema.js'

const on = { issue_comment: { types: ['created'], author_association: ['OWNER', 'MEMBER'] } }
const comment = (association: string | undefined, issueAssociation = 'OWNER') => ({
  event: 'issue_comment',
  action: 'created',
  payload: { comment: { body: 'do it', ...(association ? { author_association: association } : {}) }, issue: { author_association: issueAssociation } }
})

describe('author_association', () => {
  it("matches on the comment author's association, not the issue author's", () => {
    expect(matchTrigger({ on }, comment('MEMBER'))).toBe(true)
    expect(matchTrigger({ on }, comment('NONE', 'OWNER'))).toBe(false)
    expect(matchTrigger({ on }, comment('FIRST_TIME_CONTRIBUTOR'))).toBe(false)
  })

  it('fails closed when the payload carries no association', () => {
    expect(matchTrigger({ on: { workflow_dispatch: { author_association: ['OWNER'] } } }, { event: 'workflow_dispatch', action: null, payload: {} })).toBe(false)
  })

  it('still checks types first, and no filter lets everyone through', () => {
    expect(matchTrigger({ on }, { ...comment('OWNER'), action: 'deleted' })).toBe(false)
    expect(matchTrigger({ on: { issue_comment: null } }, comment('NONE'))).toBe(true)
  })

  it('reads the review, then the issue, then the pull request', () => {
    expect(authorAssociationOf({ review: { author_association: 'COLLABORATOR' }, pull_request: { author_association: 'NONE' } })).toBe('COLLABORATOR')
    expect(authorAssociationOf({ issue: { author_association: 'CONTRIBUTOR' } })).toBe('CONTRIBUTOR')
    expect(authorAssociationOf({ pull_request: { author_association: 'MEMBER' } })).toBe('MEMBER')
    expect(authorAssociationOf(null)).toBeUndefined()
  })

  it('the schema takes GitHub values only', () => {
    const base = { coordinator: 'llm', prompt: 'x' }
    expect(workflowConfigSchema.safeParse({ ...base, on }).success).toBe(true)
    expect(workflowConfigSchema.safeParse({ ...base, on: { issue_comment: { author_association: ['ADMIN'] } } }).success).toBe(false)
    expect(workflowConfigSchema.safeParse({ ...base, on: { issue_comment: { author_association: [] } } }).success).toBe(false)
  })

  it('validate warns for an llm workflow on comment or issue events without a filter, not for scripts', () => {
    const warnings = authorAssociationWarnings([
      { name: 'a', file: 'a.yml', coordinator: 'llm', on: { issue_comment: null, push: null } },
      { name: 'b', file: 'b.yml', coordinator: 'llm', on },
      { name: 'c', file: 'c.yml', coordinator: 'script', on: { issues: null } },
      { name: 'd', file: 'd.yml', coordinator: 'llm', on: { issues: { types: ['opened'] } } }
    ])
    expect(warnings.map((w) => [w.location.file, w.key])).toEqual([
      ['a.yml', 'on.issue_comment.author_association'],
      ['d.yml', 'on.issues.author_association']
    ])
    expect(warnings[0]!.message).toContain('add author_association: [OWNER, MEMBER, COLLABORATOR] under issue_comment')
  })
})
