import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'
import { readFileSync, readdirSync } from 'node:fs'
import { startSandbox, type Sandbox } from './sandbox/server.js'
import { createAnthropicFake } from './sandbox/anthropic.js'
import { DEMO } from './sandbox/state.js'
import { runAction, type ActionRun } from './sandbox/run-action.js'
import { summaryAsText } from './report/summary.js'

/**
 * `npm run demo`: starts the sandbox (fake Slack, GitHub and Anthropic APIs on loopback),
 * then runs `node dist/index.js` exactly as the runner would on a `pull_request` closed
 * event, once per example workflow, and shows what happened. No tokens needed.
 */
// The demo is a chunk of the bundle in dist/: the action is dist/index.js beside it, and
// the repository root (the workspace the runner would check out) is dist/'s parent.
const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const action = resolve(here, 'index.js')

const realModel = Boolean(process.env.ANTHROPIC_API_KEY)
const anthropic = createAnthropicFake({ policy: 'pr-merged' })
const sandbox = await startSandbox({ anthropic: anthropic.handler })

const event = {
  action: 'closed',
  number: 12,
  pull_request: {
    number: 12,
    state: 'closed',
    merged: true,
    html_url: `https://github.com/${DEMO.repo}/pull/12`,
    head: { ref: 'feature/pr-12', repo: { full_name: DEMO.repo } },
    base: { ref: 'main', repo: { full_name: DEMO.repo } }
  },
  repository: { full_name: DEMO.repo, default_branch: 'main' },
  sender: { login: 'octocat' }
}

const examples = readdirSync(`${root}/workflows`)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
const say = (text = '') => process.stdout.write(`${text}\n`)

say('Hybrid Coordinator demo: the sandbox fakes Slack, GitHub and the Anthropic API on ' + sandbox.url)
say(
  realModel
    ? 'ANTHROPIC_API_KEY is set: llm workflows use the real model; Slack and GitHub are the sandbox.'
    : 'No ANTHROPIC_API_KEY: the model\'s part in llm workflows is SCRIPTED by the sandbox (policy "pr-merged"), not a real model.'
)
say()

let failed = false
for (const file of examples) {
  sandbox.reset()
  const name = file.replace(/\.ya?ml$/, '')
  // The MCP examples (workflows/tickets_*.yml) use the sandbox's ticket server and, for the model's part, the "tickets" policy.
  const tickets = name.startsWith('tickets')
  anthropic.setPolicy(tickets ? 'tickets' : 'pr-merged')
  const run = await runAction({
    action,
    workspace: root,
    eventName: 'pull_request',
    event,
    inputs: {
      'config-dir': 'workflows',
      workflow: nameOf(file),
      'github-token': sandbox.tokens.github,
      'slack-token': sandbox.tokens.slack,
      'slack-api-url': sandbox.slackUrl,
      'anthropic-api-key': realModel ? process.env.ANTHROPIC_API_KEY! : sandbox.tokens.anthropic,
      trust: 'workspace'
    },
    env: { GITHUB_API_URL: sandbox.githubUrl, ...(realModel ? {} : { ANTHROPIC_BASE_URL: sandbox.anthropicUrl }) }
  })
  failed ||= tickets ? reportTickets(name, run) : report(name, run, sandbox)
}
const { demoUpgradeLoop } = await import('./demo-propose.js')
failed = (await demoUpgradeLoop({ sandbox, anthropic, action, root, realModel, say })) || failed
await sandbox.close()
process.exit(failed ? 1 : 0)

function nameOf(file: string): string {
  const text = readFileSync(`${root}/workflows/${file}`, 'utf8')
  return /^name:\s*([^\s#]+)/m.exec(text)?.[1] ?? file.replace(/\.ya?ml$/, '')
}

/** The MCP examples: what went to the ticket server (from the trace), and whether a follow-up ticket was opened. */
function reportTickets(name: string, run: ActionRun): boolean {
  say(`━━━ workflows/${name} ━━━ exit ${run.exitCode}`)
  say(run.summary.trim())
  say()
  say('Calls to the MCP server "tickets" (node dist/sandbox.js mcp-tickets --stdio), from the trace:')
  const trace = run.outputs['trace-file']
    ? readFileSync(run.outputs['trace-file'], 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : []
  const calls = trace.filter((l) => l.type === 'tool_call' && String(l.tool).startsWith('mcp.'))
  for (const c of calls) {
    const output = c.output as { text?: string } | undefined
    say(`  ${String(c.tool).padEnd(20)} ${String(c.outcome).padEnd(5)} ${JSON.stringify(c.input)} -> ${(output?.text ?? String(c.error ?? '')).split('\n').join(' | ').slice(0, 80)}`)
  }
  const created = calls.some((c) => c.tool === 'mcp.tickets.create' && c.outcome === 'sent')
  const wrong = !created || run.exitCode !== 0
  say(wrong ? 'Result: NOT as expected' : 'Result: one follow-up ticket opened, through the same toolbox, guards and trace as every tool.')
  say()
  return wrong
}

function report(name: string, run: ActionRun, box: Sandbox): boolean {
  say(`━━━ workflows/${name} ━━━ exit ${run.exitCode}`)
  say(summaryAsText(run.summary.trim()))
  say()
  const channel = box.state.slack.channels[DEMO.channel]
  say('Messages in #deploys after the run:')
  for (const m of DEMO.messages) {
    const now = channel.messages.find((x) => x.ts === m.ts)
    const has = Boolean(now?.reactions.some((r) => r.name === DEMO.reaction))
    const mark = has ? ':merged:' : '        '
    const ok = has === m.expectMerged ? '' : '   <-- UNEXPECTED'
    say(`  ${mark}  ${m.prState ? `PR ${m.pr} (${m.prState})`.padEnd(18) : 'no PR'.padEnd(18)} ${m.text.slice(0, 60)}${ok}`)
  }
  const wrong = DEMO.messages.some((m) => Boolean(channel.messages.find((x) => x.ts === m.ts)?.reactions.some((r) => r.name === DEMO.reaction)) !== m.expectMerged)
  say(wrong || run.exitCode !== 0 ? 'Result: NOT as expected' : 'Result: every merged or closed PR is marked, nothing else.')
  say()
  return wrong || run.exitCode !== 0
}
