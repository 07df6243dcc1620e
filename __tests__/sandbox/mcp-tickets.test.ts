import { describe, expect, it } from '@jest/globals'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js'
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js'
import { createTicketsServer, lazyAjvValidator, seedTickets } from '../../src/sandbox/mcp-tickets.js'

// The example server builds its JSON Schema validator (Ajv) on first use instead of at
// start-up (issue 12). These check that nothing is lost: the server still refuses a client's
// elicitation answer that does not match the schema it asked for, as the SDK's default does.

describe('the example MCP server: lazily built Ajv', () => {
  it('validates like Ajv: a valid value passes, an invalid one is refused with the reason', () => {
    const validate = lazyAjvValidator().getValidator<{ title: string }>({ type: 'object', properties: { title: { type: 'string', minLength: 3 } }, required: ['title'] })
    expect(validate({ title: 'Broken login' })).toEqual({ valid: true, data: { title: 'Broken login' }, errorMessage: undefined })
    const bad = validate({ title: 'no' })
    expect(bad.valid).toBe(false)
    expect(bad.errorMessage).toMatch(/title must NOT have fewer than 3 characters/)
    expect(validate({}).errorMessage).toMatch(/must have required property 'title'/)
  })

  it("the server still checks a client's elicitation answer against the requested schema", async () => {
    const server = createTicketsServer(seedTickets())
    const client = new Client({ name: 'test', version: '1' }, { capabilities: { elicitation: { form: {} } } })
    let answer: Record<string, unknown> = {}
    client.setRequestHandler(ElicitRequestSchema, () => ({ action: 'accept' as const, content: answer }))
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair()
    await Promise.all([server.connect(serverSide), client.connect(clientSide)])
    const ask = () =>
      server.server.elicitInput({ message: 'Which priority?', requestedSchema: { type: 'object', properties: { priority: { type: 'string', enum: ['low', 'high'] } }, required: ['priority'] } })

    answer = { priority: 'high' }
    await expect(ask()).resolves.toEqual({ action: 'accept', content: { priority: 'high' } })
    answer = { priority: 'urgent' }
    await expect(ask()).rejects.toThrow(/Elicitation response content does not match requested schema: .*priority must be equal to one of the allowed values/)
    await client.close()
    await server.close()
  })
})
