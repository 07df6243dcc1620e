// The tickets example as a script: MCP tools are called like built-in ones, as
// tools.mcp.<server>.<tool>(args). Their results are `unknown` to the types (a server's tools
// are known only at run time), so the script checks the shape it relies on.
import type { Handler } from 'hybrid-coordinator'

interface Found {
  structuredContent?: { tickets?: { id: string; status: string }[] }
}

const handler: Handler = async (trigger, tools) => {
  const pr = (trigger.payload as { pull_request?: { title?: string } }).pull_request
  const title = pr?.title ?? 'login'
  const found = (await tools.mcp.tickets.search({ query: title.split(/\s+/).slice(0, 3).join(' ') })) as Found
  const open = (found.structuredContent?.tickets ?? []).filter((t) => t.status === 'open').map((t) => t.id)
  const created = (await tools.mcp.tickets.create({
    title: `Verify fix: ${title}`.slice(0, 200),
    body: open.length ? `Related open tickets: ${open.join(', ')}` : 'No related open ticket was found.'
  })) as { text: string }
  return { related: open, created: created.text }
}

export default handler
