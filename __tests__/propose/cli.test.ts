import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake, type AnthropicFake } from '../../src/sandbox/anthropic.js'
import { MIGRATED_PR_MERGED_SCRIPT, type Policy } from '../../src/sandbox/policies.js'
import { DEMO, fakeSha } from '../../src/sandbox/state.js'
import { cli, exampleWorkspace, recordTrace } from '../cli/helpers.js'

let sandbox: Sandbox
let fake: AnthropicFake
let root: string
let traces: string
let env: NodeJS.ProcessEnv

const BRANCH = 'hybrid-coordinator/upgrade-pr-merged-llm'
const reply =
  (text: string): Policy =>
  () => ({ content: [{ type: 'text', text }], stop_reason: 'end_turn' })
const web = () => sandbox.state.github.repos[DEMO.repo]!
const upgradePulls = () => Object.values(web().pulls).filter((p) => p.head_ref === BRANCH)
const commits = () => Object.keys(web().git?.commits ?? {}).length

beforeAll(async () => {
  fake = createAnthropicFake({ policy: 'migrate' })
  sandbox = await startSandbox({ anthropic: fake.handler })
  env = {
    ANTHROPIC_API_KEY: sandbox.tokens.anthropic,
    ANTHROPIC_BASE_URL: sandbox.anthropicUrl,
    GITHUB_TOKEN: sandbox.tokens.github,
    GITHUB_API_URL: sandbox.githubUrl,
    GITHUB_REPOSITORY: DEMO.repo
  }
  root = exampleWorkspace()
  const first = await recordTrace(root, 'pr-merged-llm')
  traces = dirname(first)
  await recordTrace(root, 'pr-merged-llm', { traceDir: traces })
  await recordTrace(root, 'pr-merged-reacji', { traceDir: traces })
})

afterAll(async () => {
  await sandbox.close()
})

beforeEach(() => {
  sandbox.reset()
  fake.setPolicy('migrate')
  fake.requests.length = 0
})

describe('hybrid-coordinator propose (stage 1)', () => {
  it('prints the files and the body it would propose, replayed on every run, and writes nothing', async () => {
    const before = readFileSync(join(root, '.github/coordinator/pr_merged_llm.yml'), 'utf8')
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces], env)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('2 recorded run(s) of pr-merged-llm; left out: 1 trace(s) of other workflows.')
    expect(r.out).toContain(`--- scripts/pr-merged-llm.ts\n${MIGRATED_PR_MERGED_SCRIPT.trimEnd()}`)
    expect(r.out).toContain('shadow_script: scripts/pr-merged-llm.ts')
    expect(r.out).toContain('### Replay: 2 of 2 recorded runs agree')
    expect(r.out).toContain('None: on every run the script would make exactly the mutations the recorded run made.')
    expect(r.out).toContain('Left out: 1 trace(s) of other workflows.')
    expect(readFileSync(join(root, '.github/coordinator/pr_merged_llm.yml'), 'utf8')).toBe(before)
    expect(upgradePulls()).toHaveLength(0)
    expect(sandbox.callsTo('github', '/git/')).toHaveLength(0)
  })

  it('--open opens one labelled pull request through the Git data API; again with nothing new, it changes nothing', async () => {
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const [pr] = upgradePulls()
    expect(r.out).toContain(`Opened pull request #31 (stage 1 of 2): ${pr!.html_url}`)
    expect(pr!.labels).toEqual(['determinism-upgrade'])
    expect(pr!.base_ref).toBe('main')
    expect(pr!.title).toBe('Determinism upgrade for pr-merged-llm (1/2): shadow scripts/pr-merged-llm.ts')
    expect(pr!.body).toContain('### Replay: 2 of 2 recorded runs agree')
    // The branch holds the script and the edited config, on top of main; main is untouched.
    const files = web().snapshots![web().branches[BRANCH]!]!
    expect(files['scripts/pr-merged-llm.ts']).toBe(MIGRATED_PR_MERGED_SCRIPT)
    expect(files['.github/coordinator/pr_merged_llm.yml']).toContain('shadow_script: scripts/pr-merged-llm.ts')
    expect(files['README.md']).toBe(web().files['README.md'])
    expect(web().branches.main).toBe(fakeSha(`${DEMO.repo}:main`))
    expect(web().git!.commits[web().branches[BRANCH]!]!.parents).toEqual([fakeSha(`${DEMO.repo}:main`)])

    const commitsBefore = commits()
    const modelCalls = fake.requests.length
    const again = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(again.code).toBe(0)
    expect(again.out).toContain(`No pull request: nothing new since pull request #31 was proposed from these runs: it is left as it is.`)
    expect(commits()).toBe(commitsBefore)
    expect(fake.requests.length).toBe(modelCalls)
    expect(upgradePulls()).toHaveLength(1)
    expect(web().comments['31'] ?? []).toHaveLength(0)
    expect(sandbox.callsTo('github', '/pulls').filter((c) => c.method !== 'GET').length).toBe(1)
  })

  it('two propose runs at once open one pull request', async () => {
    const [a, b] = await Promise.all([cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env), cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)])
    expect([a.code, b.code]).toEqual([0, 0])
    // Both raced to the same branch: one ref and one pull request were created, the other run's attempts were refused by GitHub and handled.
    const created = (path: string) =>
      sandbox
        .callsTo('github', path)
        .filter((c) => c.method === 'POST')
        .map((c) => c.status)
        .sort()
    expect(created('/git/refs')).toEqual([201, 422])
    expect(created('/pulls').filter((s) => s === 201)).toHaveLength(1)
    expect(upgradePulls()).toHaveLength(1)
    expect(upgradePulls()[0]!.labels).toEqual(['determinism-upgrade'])
  })
})

describe('hybrid-coordinator propose: the race GitHub settles', () => {
  it('a pull request opened by another run between the list and the create (422 already exists) is updated, not duplicated', async () => {
    expect((await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)).code).toBe(0)
    // The next run's two lists see no pull request (as if the other run had not opened it yet).
    sandbox.inject({ service: 'github', kind: 'status', method: 'GET', path: '/pulls', status: 200, body: [], times: 2 })
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(
      sandbox
        .callsTo('github', '/pulls')
        .filter((c) => c.method === 'POST')
        .map((c) => c.status)
    ).toEqual([201, 422])
    expect(upgradePulls()).toHaveLength(1)
    expect(r.out).toContain('Nothing new for pull request #31')
  })
})

describe('hybrid-coordinator propose: bad input', () => {
  it('no traces: says there is nothing to learn from', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'hc-empty-'))
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', empty], env)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe('propose: no recorded run of pr-merged-llm to learn from: turn on `upload-trace: true` for its runs, or pass --traces DIR')
    expect(fake.requests).toHaveLength(0)
  })

  it('traces of another workflow only: skipped and counted', async () => {
    const other = mkdtempSync(join(tmpdir(), 'hc-other-'))
    await recordTrace(root, 'pr-merged-reacji', { traceDir: other })
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', other], env)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe('propose: no recorded run of pr-merged-llm to learn from (left out: 1 trace(s) of other workflows): turn on `upload-trace: true` for its runs, or pass --traces DIR')
  })

  it('a workflow already coordinator: script is refused before anything is asked', async () => {
    const r = await cli(root, ['propose', 'pr-merged-reacji', '--traces', traces], env)
    expect(r.code).toBe(1)
    expect(r.err).toContain('propose refuses pr-merged-reacji: it is already coordinator: script (scripts/pr_merged.ts)')
    expect(fake.requests).toHaveLength(0)
  })

  it('a draft that does not compile is reported and opens nothing', async () => {
    fake.setPolicy(reply('Here:\n\n```ts\nconst handler = async (trigger, tools) => {\n  return { marked: \n}\nexport default handler\n```'))
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe('propose: the drafted scripts/pr-merged-llm.ts does not compile or exports no handler: nothing is proposed')
    expect(r.out).toContain('scripts/pr-merged-llm.ts:')
    expect(upgradePulls()).toHaveLength(0)
    expect(web().branches[BRANCH]).toBeUndefined()
  })

  it('a draft that disagrees with most runs is reported with its divergences and opens nothing', async () => {
    const lazy =
      "import type { Handler } from 'hybrid-coordinator'\n\nconst handler: Handler = async (_trigger, tools) => {\n  await tools.slack.get_messages({ limit: 10 })\n  await tools.github.get_status('octo-org/web#99').catch(() => null)\n  return { marked: 0 }\n}\n\nexport default handler\n"
    fake.setPolicy(reply(`\`\`\`ts\n${lazy}\`\`\``))
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe('propose: the drafted scripts/pr-merged-llm.ts agrees with 0 of 2 recorded runs, fewer than half: nothing is proposed')
    expect(r.out).toContain(`slack.add_reacji ${DEMO.channel} ${DEMO.newlyMergedTs[0]} :merged: (recorded only)`)
    expect(r.out).toContain('read the trace never recorded: github.get_status {"url":"octo-org/web#99"}')
    expect(upgradePulls()).toHaveLength(0)
  })

  it('a branch a person pushed to is not force-updated: it says so and stops', async () => {
    const theirs = fakeSha('a person commit')
    web().branches[BRANCH] = theirs
    web().snapshots = { ...web().snapshots, [theirs]: { 'scripts/pr-merged-llm.ts': '// my fix\n' } }
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe(
      `propose: branch ${BRANCH} has a commit by octocat (${theirs.slice(0, 7)}) that propose did not make: it does not force-update over it. Merge or close that pull request, or delete the branch, and propose starts afresh`
    )
    expect(web().branches[BRANCH]).toBe(theirs)
    expect(fake.requests).toHaveLength(0)
  })

  it('missing write permission: the 403 names it', async () => {
    sandbox.state.github.permissions = { contents: 'read', pull_requests: 'write' }
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(r.code).toBe(1)
    expect(r.err).toContain(
      'propose: propose needs `contents: write` to create a blob for .github/coordinator/pr_merged_llm.yml, and the token was refused (403 Resource not accessible by integration'
    )
    expect(r.err).toContain('give the job `permissions: { contents: write, pull-requests: write }`')
    expect(upgradePulls()).toHaveLength(0)

    sandbox.reset()
    sandbox.state.github.permissions = { contents: 'write', pull_requests: 'read' }
    const pulls = await cli(root, ['propose', 'pr-merged-llm', '--traces', traces, '--open'], env)
    expect(pulls.code).toBe(1)
    expect(pulls.err).toContain('propose needs `pull-requests: write` to open the pull request from hybrid-coordinator/upgrade-pr-merged-llm')
  })
})

describe('hybrid-coordinator propose: secrets', () => {
  it('a secret a recorded run read (here the GitHub token in a Slack message) reaches neither the model nor GitHub', async () => {
    const token = sandbox.tokens.github
    const dir = mkdtempSync(join(tmpdir(), 'hc-secret-'))
    await recordTrace(root, 'pr-merged-llm', { traceDir: dir, state: (s) => void (s.slack.channels[DEMO.channel]!.messages[4]!.text = `deploy with ${token} please`) })
    expect(readFileSync(join(dir, (await import('node:fs')).readdirSync(dir)[0]!), 'utf8')).toContain(token)
    const r = await cli(root, ['propose', 'pr-merged-llm', '--traces', dir, '--open'], env)
    expect(r.code).toBe(0)
    expect(fake.requests).toHaveLength(1)
    expect(JSON.stringify(fake.requests[0])).not.toContain(token)
    expect(JSON.stringify(fake.requests[0])).toContain('deploy with *** please')
    const sent = sandbox.calls.filter((c) => c.service === 'github' && c.method !== 'GET')
    expect(sent.length).toBeGreaterThan(0)
    for (const c of sent) expect(JSON.stringify(c.body)).not.toContain(token)
  })
})

describe('hybrid-coordinator propose (stage 2)', () => {
  it('once the shadow agreed on min_agreeing_runs live runs, proposes the switch to coordinator: script', async () => {
    const ws = exampleWorkspace()
    const config = join(ws, '.github/coordinator/pr_merged_llm.yml')
    writeFileSync(config, `${readFileSync(config, 'utf8')}shadow_script: scripts/pr-merged-llm.ts\nmin_agreeing_runs: 2\n`)
    mkdirSync(join(ws, 'scripts'), { recursive: true })
    writeFileSync(join(ws, 'scripts/pr-merged-llm.ts'), MIGRATED_PR_MERGED_SCRIPT)
    const dir = mkdtempSync(join(tmpdir(), 'hc-shadow-'))
    const one = await recordTrace(ws, 'pr-merged-llm', { traceDir: dir })

    const early = await cli(ws, ['propose', 'pr-merged-llm', '--traces', dir, '--open'], env)
    expect(early.code).toBe(0)
    expect(early.out).toContain('No pull request: the shadow scripts/pr-merged-llm.ts has agreed on 1 of the 2 live runs min_agreeing_runs asks for')
    expect(upgradePulls()).toHaveLength(0)

    await recordTrace(ws, 'pr-merged-llm', { traceDir: dir })
    const r = await cli(ws, ['propose', 'pr-merged-llm', '--traces', dir, '--open'], env)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(fake.requests).toHaveLength(0)
    const [pr] = upgradePulls()
    expect(pr!.title).toBe('Determinism upgrade for pr-merged-llm (2/2): switch to coordinator: script')
    expect(pr!.body).toContain('On live runs the shadow `scripts/pr-merged-llm.ts` agreed 2 time(s) (2 needed) and differed 0 time(s).')
    const switched = web().snapshots![web().branches[BRANCH]!]!['.github/coordinator/pr_merged_llm.yml']!
    expect(switched).toContain('coordinator: script')
    expect(switched).toContain('coordinator_script: scripts/pr-merged-llm.ts')
    for (const key of ['prompt_file', 'max_turns', 'max_tokens', 'shadow_script', 'min_agreeing_runs']) expect(switched).not.toMatch(new RegExp(`^${key}:`, 'm'))
    expect(switched).toContain('tools:\n  - slack.get_messages')
    expect(basename(one)).toMatch(/\.jsonl$/)
    void copyFileSync
  })
})
