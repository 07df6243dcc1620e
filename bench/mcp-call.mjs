// One-off measurement for MCP tools (issue 12), separate from `npm run bench`:
//   node bench/mcp-call.mjs            (after npm run bundle)
// - start-up of the example server (node dist/sandbox.js mcp-tickets --stdio): spawn,
//   initialize and tools/list, as the action does before a workflow's first MCP call;
// - one tools/call over stdio after start-up, against a direct in-process call of the same
//   lookup. Median of several runs; the machine's load shows in the figures.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { performance } from 'node:perf_hooks'

const STARTS = 7
const CALLS = 1000
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ms = (x) => `${x.toFixed(3)} ms`

async function start() {
  const t0 = performance.now()
  const client = new Client({ name: 'bench', version: '1' })
  await client.connect(new StdioClientTransport({ command: process.execPath, args: ['dist/sandbox.js', 'mcp-tickets', '--stdio'] }))
  await client.listTools()
  return { client, ms: performance.now() - t0 }
}

const startups = []
for (let i = 0; i < STARTS; i++) {
  const s = await start()
  startups.push(s.ms)
  await s.client.close()
}

const { client } = await start()
for (let i = 0; i < 50; i++) await client.callTool({ name: 'get', arguments: { id: 'T-1' } }) // warm-up
const perCall = []
for (let i = 0; i < CALLS; i++) {
  const t = performance.now()
  await client.callTool({ name: 'get', arguments: { id: 'T-1' } })
  perCall.push(performance.now() - t)
}
await client.close()

// The same lookup, called in-process (what a built-in tool's implementation costs).
const tickets = [
  { id: 'T-1', title: 'Login fails on Safari 18', status: 'open', body: 'x' },
  { id: 'T-2', title: 'b', status: 'open', body: 'y' }
]
const get = async ({ id }) => {
  const t = tickets.find((x) => x.id === id)
  return { content: [{ type: 'text', text: `${t.id} [${t.status}] ${t.title}` }], structuredContent: { ...t } }
}
const direct = []
for (let i = 0; i < CALLS; i++) {
  const t = performance.now()
  await get({ id: 'T-1' })
  direct.push(performance.now() - t)
}

console.log(`node ${process.version}`)
console.log(`example server start-up (spawn + initialize + tools/list), median of ${STARTS}: ${ms(median(startups))} (min ${ms(Math.min(...startups))})`)
console.log(`one MCP call over stdio, median of ${CALLS}: ${ms(median(perCall))}`)
console.log(`the same lookup in-process, median of ${CALLS}: ${ms(median(direct))}`)
