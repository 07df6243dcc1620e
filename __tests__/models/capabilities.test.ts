import { describe, expect, it } from '@jest/globals'
import { canForceTool, KNOWN_MODELS, lookupModel, loopThinking, MODEL_TABLE } from '../../src/models/capabilities.js'
import { prepareOutputSchema, refusedConstruct } from '../../src/models/structured-output-schema.js'

describe('the model table', () => {
  it('Sonnet 5.5, the default: no forced tools, adaptive thinking by default and between_tools instead of disabled', () => {
    const { capabilities, notice } = lookupModel('claude-sonnet-5-5')
    expect(notice).toBeUndefined()
    expect(capabilities).toMatchObject({ known: true, forcedToolUse: false, structuredOutputs: true, contextWindow: 1_000_000, maxOutputTokens: 128_000 })
    expect(capabilities.thinking).toEqual({ accepted: ['adaptive', 'between_tools'], default: 'adaptive', display: true, notesInThinking: true, boundToConversation: true })
    expect(canForceTool(capabilities)).toBe(false)
    expect(loopThinking(capabilities)).toEqual({ type: 'adaptive', display: 'summarized' })
  })

  it('no row ever lets the code send thinking disabled, nor force a tool while thinking is on by default', () => {
    for (const id of KNOWN_MODELS) {
      const caps = lookupModel(id).capabilities
      expect(loopThinking(caps)?.type ?? 'adaptive').not.toBe('disabled')
      if (caps.thinking.default === 'adaptive') expect(canForceTool(caps)).toBe(false)
      expect(MODEL_TABLE[id]!.source).not.toBe('')
    }
  })

  it("reads the same row for the cloud platforms' ids of a model", () => {
    for (const id of ['us.anthropic.claude-sonnet-5-5', 'anthropic.claude-sonnet-5-5-v1:0', 'global.anthropic.claude-sonnet-5-5', 'claude-sonnet-5-5@20260928']) {
      const { capabilities, notice } = lookupModel(id)
      expect(notice).toBeUndefined()
      expect(capabilities).toMatchObject({ id, known: true, forcedToolUse: false, maxOutputTokens: 128_000 })
    }
  })

  it('a model outside the table: the most conservative capabilities and a notice, never a throw', () => {
    for (const id of ['claude-future-9', '', '__proto__', 'constructor', 'toString']) {
      const { capabilities, notice } = lookupModel(id)
      expect(capabilities).toMatchObject({ id, known: false, forcedToolUse: false, structuredOutputs: false })
      expect(capabilities.thinking.accepted).toEqual([])
      expect(loopThinking(capabilities)).toBeUndefined()
      expect(notice).toContain(`model ${id} is not in the action's model table`)
    }
  })
})

describe('structured output schemas', () => {
  it("prepares a plain schema: objects closed, undecodable bounds moved to the description, the caller's schema untouched", () => {
    const schema = {
      type: 'object',
      properties: { n: { type: 'integer', minimum: 1 }, s: { type: 'string', format: 'email', maxLength: 9 }, u: { oneOf: [{ type: 'string' }, { type: 'null' }] } },
      required: ['n']
    }
    const copy = structuredClone(schema)
    const { schema: sent, relaxed } = prepareOutputSchema(schema)
    expect(schema).toEqual(copy)
    expect(sent).toEqual({
      type: 'object',
      properties: {
        n: { type: 'integer', description: 'Also: minimum 1.' },
        s: { type: 'string', format: 'email', description: 'Also: maxLength 9.' },
        u: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'Also: oneOf (sent as anyOf).' }
      },
      required: ['n'],
      additionalProperties: false
    })
    expect(relaxed).toEqual(['properties.n: minimum 1', 'properties.s: maxLength 9', 'properties.u: oneOf (sent as anyOf)'])
    // What we send is what the fake (and the API) accept.
    expect(refusedConstruct(sent)).toBeUndefined()
    expect(refusedConstruct(schema)).toBe("For 'object' type, 'additionalProperties' must be explicitly set to false")
  })
})
