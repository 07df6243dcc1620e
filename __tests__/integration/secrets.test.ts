import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake } from '../../src/sandbox/anthropic.js'
import { DEMO } from '../../src/sandbox/state.js'
import type { ActionRun } from '../../src/sandbox/run-action.js'
import { makeWorkspace, runAgainstSandbox } from '../helpers/workspace.js'
import { readTrace, traceText } from '../fixtures/run-helpers.js'

/**
 * Distinctive tokens, handed to the action as its inputs, and scripts and error paths that
 * try every way to let them out. None may appear in stdout, stderr, the summary, the
 * outputs, the trace or any other file the run leaves behind; the trace holds no headers.
 */

const TOKENS = {
  github: 'ghs_SECRETgithubTOKEN4f1a9c77',
  slack: 'xoxb-SECRET-slack-TOKEN-7e2d51',
  anthropic: 'sk-ant-SECRET-anthropic-KEY-91b3e0'
}

/** Every form a scan looks for: the token, and base64 of it as an auth header would carry it. */
function forms(token: string): string[] {
  return [token, Buffer.from(token).toString('base64').replace(/=+$/, ''), Buffer.from(`x-access-token:${token}`).toString('base64').slice(20, 40)]
}

const ENV_OF = { github: 'INPUT_GITHUB-TOKEN', slack: 'INPUT_SLACK-TOKEN', anthropic: 'INPUT_ANTHROPIC-API-KEY' }

/**
 * Scripts no longer see the tokens in their environment (the isolation tests check that);
 * here they get them from an inline virtual file, as a script that read one somewhere would.
 */
const TOKEN_FILE = `virtual_files:\n  - name: tokens.json\n    content: '${JSON.stringify(Object.fromEntries(Object.entries(ENV_OF).map(([k, env]) => [env, TOKENS[k as keyof typeof TOKENS]])))}'\n`
const tokenOf = (name: string) => `JSON.parse(files.read('tokens.json'))['${name}']`

const LEAKY = {
  '.github/coordinator/a-print.yml': `name: a-print\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/print.mjs\n${TOKEN_FILE}`,
  'scripts/print.mjs': `export default async function (trigger, tools, files) {
  const tokens = ${JSON.stringify(ENV_OF)}
  const values = Object.values(tokens).map((name) => JSON.parse(files.read('tokens.json'))[name])
  if (values.some((v) => !v)) throw new Error('the test expects the tokens in the virtual file')
  for (const v of values) {
    console.log('token:', v)
    console.error('token on stderr: ' + v)
    process.stdout.write(Buffer.from('raw bytes ' + v + '\\n'))
    console.log('basic auth header: Basic ' + Buffer.from('x-access-token:' + v).toString('base64'))
    console.log('url: https://example.com/?t=' + encodeURIComponent(v))
    console.log(JSON.stringify({ nested: { token: v } }))
  }
  return { values, note: 'returned: ' + values.join(' ') }
}
`,
  '.github/coordinator/b-throw.yml': `name: b-throw\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/throw.mjs\n${TOKEN_FILE}`,
  'scripts/throw.mjs': `export default async function (trigger, tools, files) {
  throw new Error('could not authenticate with ' + ${tokenOf(ENV_OF.slack)})
}
`,
  '.github/coordinator/c-tools.yml': `name: c-tools\non: pull_request\ncoordinator: script\ncoordinator_script: scripts/tools.mjs\ntools: [github.comment, github.get_pull_request, slack.post_message]\nslack: { channel: ${DEMO.channel} }\ndry_run: true\n${TOKEN_FILE}`,
  // Secrets in tool inputs, in a tool's error, and in an API error that echoes one.
  'scripts/tools.mjs': `export default async function (trigger, tools, files) {
  const gh = ${tokenOf(ENV_OF.github)}
  const outcomes = []
  await tools.files.read({ name: gh }).catch((e) => outcomes.push(e.message))
  await tools.github.comment('${DEMO.repo}#25', 'my token is ' + gh).then((u) => outcomes.push(u))
  await tools.slack.post_message({ text: 'slack token ' + ${tokenOf(ENV_OF.slack)} }).then((u) => outcomes.push(u))
  await tools.github.get_pull_request('${DEMO.repo}#12').catch((e) => outcomes.push(e.message))
  return outcomes
}
`,
  // A rejected config whose message quotes the secret (a duplicate name equal to the token).
  '.github/coordinator/d-dup1.yml': `name: ${TOKENS.github}\non: workflow_dispatch\ncoordinator: llm\nprompt: x\n`,
  '.github/coordinator/d-dup2.yml': `name: ${TOKENS.github}\non: workflow_dispatch\ncoordinator: llm\nprompt: x\n`,
  '.github/coordinator/e-llm.yml':
    'name: e-llm\non: pull_request\ncoordinator: llm\nprompt: Mark the merged PRs.\ntools: [slack.get_messages, slack.add_reacji, github.get_status]\nslack: { channel: C0123456789 }\nallow: { slack_reactions: [merged] }\n'
}

let sandbox: Sandbox

beforeAll(async () => {
  const fake = createAnthropicFake({ policy: 'pr-merged', apiKey: TOKENS.anthropic })
  sandbox = await startSandbox({ tokens: TOKENS, anthropic: fake.handler })
})
afterAll(async () => {
  await sandbox.close()
})

/** Everything the run left that a user or an artifact could see. */
function everything(run: ActionRun): Record<string, string> {
  const seen: Record<string, string> = {
    // The runner consumes `::add-mask::` commands (they must carry the secret to work); everything else is log.
    stdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    trace: traceText(run)
  }
  const traceFile = run.outputs['trace-file']
  if (traceFile) {
    // The runner's temp dir: the trace folder, the output and summary files.
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else if (name !== 'event.json') seen[full] = readFileSync(full, 'utf8')
      }
    }
    walk(dirname(dirname(traceFile)))
  }
  return seen
}

function expectNoToken(run: ActionRun): void {
  const leaks: string[] = []
  for (const [where, text] of Object.entries(everything(run))) {
    for (const [name, token] of Object.entries(TOKENS)) {
      for (const form of forms(token)) if (text.includes(form)) leaks.push(`${name} token (${form === token ? 'as is' : 'base64'}) in ${where}`)
    }
  }
  expect(leaks).toEqual([])
}

const addMaskLines = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))

describe('no token leaves the run', () => {
  let run: ActionRun

  beforeAll(async () => {
    sandbox.reset()
    // An API error whose message echoes the token.
    sandbox.inject({ service: 'github', kind: 'status', method: 'GET', path: '/pulls/12', status: 422, body: { message: `Validation failed for token ${TOKENS.github}` } })
    run = await runAgainstSandbox(sandbox, makeWorkspace(LEAKY))
  }, 60_000)

  it('ran the leaky workflows, which did see the tokens', () => {
    expect(run.results.map((r) => [r.workflow, r.status])).toEqual([
      ['a-print', 'succeeded'],
      ['b-throw', 'failed'],
      ['c-tools', 'succeeded'],
      ['e-llm', 'succeeded']
    ])
    // What the script printed and returned is there, with the token masked.
    expect(run.stdout).toContain('token: ***')
    expect(run.stderr).toContain('token on stderr: ***')
    expect(run.stdout).toContain('raw bytes ***')
    expect(run.stdout).toContain('url: https://example.com/?t=***')
    expect(run.results[0]!.result).toEqual({ values: ['***', '***', '***'], note: 'returned: *** *** ***' })
    expect(run.results[1]!.error).toContain('could not authenticate with ***')
    const outcomes = run.results[2]!.result as string[]
    expect(outcomes[0]).toContain('no virtual file named "***"')
    expect(outcomes.at(-1)).toContain('Validation failed for token ***')
    expect(run.summary).toContain('name "***" is already used')
    expect(sandbox.callsTo('github', '/pulls/12').filter((c) => c.fault)).toHaveLength(1)
  })

  it('masks every secret input for the runner first', () => {
    expect(addMaskLines(run).sort()).toEqual(
      Object.values(TOKENS)
        .map((t) => `::add-mask::${t}`)
        .sort()
    )
    expect(run.stdout.indexOf('::add-mask::')).toBe(0)
  })

  it('leaves no token, as is or base64, in stdout, stderr, the summary, the outputs, the trace or any file', () => {
    expectNoToken(run)
  })

  it('records no headers in the trace', () => {
    const keys = new Set<string>()
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk)
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          keys.add(k.toLowerCase())
          walk(v)
        }
      }
    }
    readTrace(run).forEach(walk)
    for (const key of ['headers', 'authorization', 'x-api-key', 'cookie', 'token']) expect(keys).not.toContain(key)
    expect(traceText(run)).not.toMatch(/Bearer |Basic [A-Za-z0-9+/]{8}/)
  })
})

describe('error paths before any workflow runs', () => {
  it.each([
    ['an input error quoting the token', { trust: TOKENS.slack }],
    ['a workflow input naming the token', { workflow: TOKENS.anthropic }],
    ['a config-dir naming the token', { 'config-dir': TOKENS.github }]
  ])('%s', async (_name, inputs) => {
    sandbox.reset()
    const run = await runAgainstSandbox(sandbox, makeWorkspace(LEAKY), { inputs })
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout).toContain('***')
    expectNoToken(run)
  })

  it('the default-branch source failing with a refused token', async () => {
    sandbox.reset()
    sandbox.inject({ service: 'github', kind: 'status', method: 'GET', path: '/repos/octo-org/web', status: 401, body: { message: `Bad credentials: ${TOKENS.github}` } })
    const run = await runAgainstSandbox(sandbox, makeWorkspace(LEAKY), { inputs: { trust: 'default-branch' } })
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout).toContain('Bad credentials: ***')
    expectNoToken(run)
  })
})
