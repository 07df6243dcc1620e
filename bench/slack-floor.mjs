// The floor under (e): what 1000 sequential reactions.add cost against the same sandbox
// with nothing of ours in the way, in a fresh process (so V8 starts as cold as the action's
// does). Two floors, printed as one JSON line:
// - `direct`: a bare `node:http` keep-alive client, the request the Slack SDK sends (a form
//   body, the bearer token), in a loop;
// - `bridged`: the same client in a parent, driven by the real script runner
//   (dist/runner.mjs) in a child process over its JSON lines, as the action starts it
//   (under Node's permission model where this Node has it): the isolated runtime issue 10
//   asks for, without the SDK, the toolbox, the guards or the trace.
// Per call is the loop's own time divided by the calls (from the first request to the
// last answer). Run by `npm run bench` beside (e): `node bench/slack-floor.mjs SLACK_URL
// TOKEN CHANNEL` after `npm run bundle`; NAMES reactions on each of the channel's messages.
import { Agent, request } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startRunner } from './runner-child.mjs'

const [slackUrl, token, channel] = process.argv.slice(2)
const NAMES = Number(process.env.NAMES ?? 100)
const agent = new Agent({ keepAlive: true })

function call(method, form) {
  const body = new URLSearchParams(form).toString()
  return new Promise((done, fail) => {
    const req = request(new URL(method, slackUrl), {
      method: 'POST',
      agent,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }
    })
    req.once('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c) => (text += c))
      res.once('end', () => {
        const answer = JSON.parse(text)
        if (answer.ok) done(answer)
        else fail(new Error(`${method}: ${answer.error}`))
      })
    })
    req.once('error', fail)
    req.end(body)
  })
}

const { messages } = await call('conversations.history', { channel, limit: '10' })
const names = Array.from({ length: NAMES }, (_, i) => `f${i}`)
const react = (ts, name) => call('reactions.add', { channel, timestamp: ts, name })

async function direct() {
  const t0 = performance.now()
  let n = 0
  for (const name of names) {
    for (const m of messages) {
      await react(m.ts, `d${name}`)
      n++
    }
  }
  return { calls: n, perCallMs: (performance.now() - t0) / n }
}

function bridged() {
  const dir = mkdtempSync(join(tmpdir(), 'hc-bench-floor-'))
  const script = join(dir, 'reacji.mjs')
  writeFileSync(
    script,
    `export default async (trigger, tools) => { let n = 0; for (const name of trigger.names) for (const m of trigger.messages) (await tools.slack.add_reacji(m, name), n++); return n }\n`
  )
  return new Promise((done, fail) => {
    let first, last, result
    const { proc, reply } = startRunner({
      dir,
      entry: script,
      trigger: { names, messages },
      tools: [{ name: 'slack.add_reacji' }],
      onMessage: (m) => {
        if (m.type === 'tool') {
          first ??= performance.now()
          const [message, name] = m.args
          react(message.ts, `b${name}`).then(
            () => reply({ id: m.id, ok: true, value: { ok: true } }),
            (error) => reply({ id: m.id, ok: false, error: { message: error.message } })
          )
        } else if (m.type === 'result') {
          last = performance.now()
          result = m
        }
      }
    })
    proc.once('error', fail)
    proc.once('exit', () => {
      rmSync(dir, { recursive: true, force: true })
      if (typeof result?.value === 'number') done({ calls: result.value, perCallMs: (last - first) / result.value })
      else fail(new Error(`the runner ended without a count: ${JSON.stringify(result)}`))
    })
  })
}

const mode = process.env.MODE ?? 'direct'
const out = mode === 'bridged' ? await bridged() : await direct()
agent.destroy()
process.stdout.write(JSON.stringify({ mode, ...out }) + '\n')
