import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { createAnthropicFake, type AnthropicFake } from '../../src/sandbox/anthropic.js'
import { MIGRATED_PR_MERGED_SCRIPT, type Policy } from '../../src/sandbox/policies.js'
import { DEMO } from '../../src/sandbox/state.js'
import { extractTypeScript } from '../../src/cli/migrate-prompt.js'
import { cli, exampleWorkspace, recordTrace } from './helpers.js'

let sandbox: Sandbox
let fake: AnthropicFake
let root: string
let traces: string
let env: NodeJS.ProcessEnv

const reply =
  (text: string): Policy =>
  () => ({ content: [{ type: 'text', text }], stop_reason: 'end_turn' })

beforeAll(async () => {
  fake = createAnthropicFake({ policy: 'migrate' })
  sandbox = await startSandbox({ anthropic: fake.handler })
  env = { ANTHROPIC_API_KEY: sandbox.tokens.anthropic, ANTHROPIC_BASE_URL: sandbox.anthropicUrl }
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
  fake.setPolicy('migrate')
  fake.requests.length = 0
})

const configText = () => readFileSync(join(root, '.github/coordinator/pr_merged_llm.yml'), 'utf8')

describe('hybrid-coordinator migrate', () => {
  it('asks the model, writes the script, validates it, replays it on the traces and prints the config change', async () => {
    const before = configText()
    const r = await cli(root, ['migrate', 'pr-merged-llm', '--traces', traces, '--out', 'scripts/migrated.ts'], env)
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(readFileSync(join(root, 'scripts/migrated.ts'), 'utf8')).toBe(MIGRATED_PR_MERGED_SCRIPT)
    expect(r.out).toContain('Wrote scripts/migrated.ts (21 lines): it compiles and exports a handler.')
    expect(r.out).toContain('Replaying scripts/migrated.ts on the 2 recorded run(s) of pr-merged-llm')
    expect(r.out).toContain('2 of 2 events agree; 1 skipped')
    expect(r.out).toContain('edit .github/coordinator/pr_merged_llm.yml (migrate never edits configs)')
    expect(r.out).toContain('  - coordinator: llm\n  - prompt_file: prompts/pr_merged.md\n  - max_turns: 8\n  - max_tokens: 2048\n  + coordinator: script\n  + coordinator_script: scripts/migrated.ts')
    expect(configText()).toBe(before)

    // What Claude was given: the prompt, the tools with their TypeScript types, the file names, the traces.
    expect(fake.requests).toHaveLength(1)
    const request = fake.requests[0]
    const system = JSON.stringify(request.system)
    expect(system).toContain('script coordinator')
    const prompt = JSON.stringify(request.messages[0].content)
    expect(prompt).toContain('Mark the Slack messages whose pull request has merged or closed.')
    expect(prompt).toContain('tools.slack.add_reacji')
    expect(prompt).toContain('export interface SlackGetMessagesInput')
    expect(prompt).toContain('export type Handler')
    expect(prompt).toContain('`trigger.json`')
    expect(prompt).toContain('### Run 2')
    expect(prompt).toContain(`${DEMO.channel} ${DEMO.expectMergedTs[0]} :merged:`)
  })

  it('sends at most --max-traces sample traces', async () => {
    const r = await cli(root, ['migrate', 'pr-merged-llm', '--traces', traces, '--out', 'scripts/one.ts', '--max-traces', '1'], env)
    expect(r.code).toBe(0)
    const prompt = JSON.stringify(fake.requests[0].messages[0].content)
    expect(prompt).toContain('### Run 1')
    expect(prompt).not.toContain('### Run 2')
  })

  it('works with --sandbox and no key, defaulting to scripts/WORKFLOW.ts, and says the model is scripted', async () => {
    const ws = exampleWorkspace()
    const r = await cli(ws, ['migrate', 'pr-merged-llm', '--sandbox'], {})
    expect(r.code).toBe(0)
    expect(r.out).toContain("the sandbox's scripted stand-in for Claude")
    expect(existsSync(join(ws, 'scripts/pr-merged-llm.ts'))).toBe(true)
    expect(r.out).toContain('No --traces given: replay it on recorded runs with `hybrid-coordinator replay DIR --workflow pr-merged-llm --script scripts/pr-merged-llm.ts`.')
  })

  it('says the sandbox stand-in always answers with the example script', async () => {
    const r = await cli(exampleWorkspace(), ['migrate', 'pr-merged-llm', '--sandbox'], {})
    expect(r.out).toContain("not a real model: whatever the workflow, it answers with the pr_merged example's script")
  })

  it('prints the config change with --out relative to the repository, however --out was written', async () => {
    const ws = exampleWorkspace()
    const r = await cli(ws, ['migrate', 'pr-merged-llm', '--sandbox', '--out', join(ws, 'scripts', '..', 'scripts', 'abs.ts')], {})
    expect(r.code).toBe(0)
    expect(r.out).toContain('Wrote scripts/abs.ts')
    expect(r.out).toContain('  + coordinator_script: scripts/abs.ts')
    const dotted = await cli(ws, ['migrate', 'pr-merged-llm', '--sandbox', '--out', './scripts/dotted.ts'], {})
    expect(dotted.out).toContain('  + coordinator_script: scripts/dotted.ts')
  })

  it('refuses --out outside the repository, before asking the model', async () => {
    const r = await cli(exampleWorkspace(), ['migrate', 'pr-merged-llm', '--sandbox', '--out', '../elsewhere.ts'], {})
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^migrate: --out \.\.\/elsewhere\.ts: expected a file inside the repository/)
  })

  it('refuses a script workflow, with the reason, before asking the model', async () => {
    const r = await cli(root, ['migrate', 'pr-merged-reacji'], env)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe(
      '.github/coordinator/pr_merged.yml: migrate refuses pr-merged-reacji: it is already coordinator: script (scripts/pr_merged.ts); migrate rewrites coordinator: llm workflows. To check a script against recorded runs, use hybrid-coordinator replay'
    )
    expect(fake.requests).toHaveLength(0)
  })

  it('never overwrites an existing file without --force, and asks nothing then', async () => {
    writeFileSync(join(root, 'scripts/existing.ts'), '// mine\n')
    const r = await cli(root, ['migrate', 'pr-merged-llm', '--out', 'scripts/existing.ts'], env)
    expect(r.code).toBe(2)
    expect(r.err.trim()).toBe('scripts/existing.ts: already exists: pass --force to overwrite it, or --out to write another file')
    expect(readFileSync(join(root, 'scripts/existing.ts'), 'utf8')).toBe('// mine\n')
    expect(fake.requests).toHaveLength(0)
    const forced = await cli(root, ['migrate', 'pr-merged-llm', '--out', 'scripts/existing.ts', '--force'], env)
    expect(forced.code).toBe(0)
    expect(readFileSync(join(root, 'scripts/existing.ts'), 'utf8')).toBe(MIGRATED_PR_MERGED_SCRIPT)
  })

  it('writes nothing when the reply holds no code', async () => {
    fake.setPolicy(reply('I would need more traces before I can write this.'))
    writeFileSync(join(root, 'scripts/keep.ts'), '// keep\n')
    const r = await cli(root, ['migrate', 'pr-merged-llm', '--out', 'scripts/keep.ts', '--force'], env)
    expect(r.code).toBe(1)
    expect(r.err.trim()).toBe("the model's reply holds no ```ts code block, so nothing was written (scripts/keep.ts is unchanged); the reply began: I would need more traces before I can write this.")
    expect(readFileSync(join(root, 'scripts/keep.ts'), 'utf8')).toBe('// keep\n')
  })

  it('writes nothing when the code fails validate: a syntax error, or no handler', async () => {
    fake.setPolicy(reply('Here:\n\n```ts\nconst handler = async (trigger, tools) => {\n  return { marked: \n}\nexport default handler\n```'))
    const r = await cli(root, ['migrate', 'pr-merged-llm', '--out', 'scripts/broken.ts'], env)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^scripts\/broken\.ts:\d+: TypeScript does not compile: /m)
    expect(r.err.trim()).toBe("the model's script fails validate, so nothing was written (scripts/broken.ts was not created)")
    expect(existsSync(join(root, 'scripts/broken.ts'))).toBe(false)

    fake.setPolicy(reply('```typescript\nexport const notAHandler = 1\n```'))
    const r2 = await cli(root, ['migrate', 'pr-merged-llm', '--out', 'scripts/broken.ts'], env)
    expect(r2.code).toBe(1)
    expect(r2.out).toContain('scripts/broken.ts:1: exports no handler')
    expect(existsSync(join(root, 'scripts/broken.ts'))).toBe(false)
    // No temp file is left beside it either.
    expect(readdirSync(join(root, 'scripts')).filter((f) => f.includes('hc-migrate'))).toEqual([])
  })

  it('reports a written script that differs from the traces, with exit 1', async () => {
    const missesClosed = MIGRATED_PR_MERGED_SCRIPT.replace("new Set(['merged', 'closed'])", "new Set(['merged'])")
    fake.setPolicy(reply(`\`\`\`ts\n${missesClosed}\`\`\``))
    const r = await cli(root, ['migrate', 'pr-merged-llm', '--traces', traces, '--out', 'scripts/differs.ts'], env)
    expect(r.code).toBe(1)
    expect(existsSync(join(root, 'scripts/differs.ts'))).toBe(true)
    expect(r.out).toContain('0 of 2 events agree; 2 differ')
    expect(r.out).toContain('+ coordinator: script')
  })

  it('says what is wrong with the command line: unknown workflow, no key, missing traces folder, bad --max-traces', async () => {
    const unknown = await cli(root, ['migrate', 'nope'], env)
    expect(unknown.code).toBe(2)
    expect(unknown.err.trim()).toBe('migrate: no workflow named nope in .github/coordinator: the workflows there are pr-merged-reacji, pr-merged-llm (see hybrid-coordinator --help)')
    const noKey = await cli(root, ['migrate', 'pr-merged-llm', '--out', 'scripts/nokey.ts'], {})
    expect(noKey.code).toBe(2)
    expect(noKey.err).toContain('no Anthropic API key: set ANTHROPIC_API_KEY')
    const noTraces = await cli(root, ['migrate', 'pr-merged-llm', '--traces', 'nope/', '--out', 'scripts/x.ts'], env)
    expect(noTraces.code).toBe(2)
    expect(noTraces.err.trim()).toBe('nope/: does not exist: expected a folder of traces (*.jsonl)')
    const bad = await cli(root, ['migrate', 'pr-merged-llm', '--max-traces', 'many'], env)
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--max-traces needs a whole number')
    const js = await cli(root, ['migrate', 'pr-merged-llm', '--out', 'scripts/x.js'], env)
    expect(js.code).toBe(2)
    expect(fake.requests).toHaveLength(0)
  })

  it('takes the code block that exports a handler, whatever its fence', () => {
    const reply = 'Types first:\n\n```ts\ninterface X { a: 1 }\n```\n\nThe script:\n\n````typescript\nexport default async function handler() {\n  return 1\n}\n````\n'
    expect(extractTypeScript(reply)).toBe('export default async function handler() {\n  return 1\n}\n')
    expect(extractTypeScript('```ts\nconst a = 1\n```')).toBe('const a = 1\n')
    expect(extractTypeScript('```js\nexport default () => 1\n```')).toBeUndefined()
    expect(extractTypeScript('```ts\n\n```')).toBeUndefined()
  })
})
