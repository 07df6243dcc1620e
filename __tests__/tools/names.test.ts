import { describe, expect, it } from '@jest/globals'
import { BUILT_IN_TOOLS, MUTATING_TOOL_NAMES, TOOL_NAMES } from '../../src/tools/names.js'
import { TOOLS } from '../../src/tools/registry.js'

// Loading a config reads the tool names from src/tools/names.ts, which does not load the
// tool definitions; the two lists must never drift apart.
describe('the tool name list', () => {
  it('names every tool of the registry, in its order, with its mutates flag', () => {
    expect(BUILT_IN_TOOLS.map((t) => ({ name: t.name, mutates: t.mutates }))).toEqual(TOOLS.map((t) => ({ name: t.name, mutates: t.mutates })))
  })

  it('derives the names users may write in tools: and limits:', () => {
    expect(TOOL_NAMES).toEqual(TOOLS.map((t) => t.name))
    expect(MUTATING_TOOL_NAMES).toEqual(['github.comment', 'github.add_labels', 'slack.add_reacji', 'slack.post_message'])
  })
})
