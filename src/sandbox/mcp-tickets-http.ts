import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js'
import { createTicketsServer, seedTickets, type Ticket, type TicketsOptions } from './mcp-tickets.js'

/**
 * The example ticket server over Streamable HTTP (`mcp-tickets --http`). Its own module so
 * that the stdio server, which a workflow starts on every run, never loads node:http or the
 * SDK's HTTP transport (issue 12: start-up under 150 ms).
 */

export interface TicketsHttp {
  url: string
  tickets: Ticket[]
  close(): Promise<void>
}

/** Streamable HTTP on loopback, stateless: one McpServer per request over shared tickets. */
export async function serveHttp(options: TicketsOptions & { port?: number }): Promise<TicketsHttp> {
  const tickets = seedTickets(options.many)
  const http: Server = createServer((req, res) => {
    void (async () => {
      if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="sandbox-tickets"' })
        res.end(JSON.stringify({ error: 'invalid_token', error_description: 'a valid bearer token is required' }))
        return
      }
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' }).end()
        return
      }
      const server = createTicketsServer(tickets, options)
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
      res.on('close', () => void transport.close().then(() => server.close()))
      await server.connect(transport)
      await transport.handleRequest(req, res, await readJson(req))
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    tickets,
    close: () => new Promise((resolve) => http.close(() => resolve()))
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : undefined
}
