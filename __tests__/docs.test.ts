import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { loadWorkflowConfig } from '../src/config/load.js'
import { WorkspaceSource } from '../src/config/source.js'
import { TOOL_NAMES } from '../src/tools/registry.js'
import { makeWorkspace } from './helpers/workspace.js'
import { workflowProblems } from './helpers/workflow-parser.js'

// Every YAML example in the user's manual is real: a GitHub workflow passes GitHub's parser,
// a workflow config passes our own loader (with the files it names), and a fragment of one
// (limits, allow, ...) passes it inside a minimal config. Every `--event FILE` the docs run
// exists in this repository.

const DOCS = ['README.md', 'MIGRATION.md']

interface Block {
  where: string
  text: string
}

/** The fenced ```yaml blocks of a markdown file, with the line each starts on. */
function yamlBlocks(file: string): Block[] {
  const lines = readFileSync(file, 'utf8').split('\n')
  const blocks: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[i]!)
    if (!open) continue
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !/^\s*```\s*$/.test(lines[j]!)) body.push(lines[j++]!.slice(open[1]!.length))
    blocks.push({ where: `${file}:${i + 1}`, text: `${body.join('\n')}\n` })
    i = j
  }
  return blocks
}

/** A workspace holding this repository's prompts and scripts, plus a stand-in for any other file a config names. */
function workspaceFor(config: Record<string, unknown>): string {
  const root = makeWorkspace({})
  for (const dir of ['prompts', 'scripts']) cpSync(dir, join(root, dir), { recursive: true })
  const named: string[] = []
  for (const key of ['prompt_file', 'coordinator_script', 'shadow_script']) if (typeof config[key] === 'string') named.push(config[key] as string)
  for (const vf of (config.virtual_files as { path?: string; glob?: string }[] | undefined) ?? []) {
    if (vf.path) named.push(vf.path)
    if (vf.glob) named.push(vf.glob.replace('*', 'example'))
  }
  for (const sub of Object.values((config.subagents as Record<string, { prompt_file?: string }> | undefined) ?? {})) if (sub.prompt_file) named.push(sub.prompt_file)
  const missing = Object.fromEntries(
    named
      .filter((p) => !existsSync(join(root, p)))
      .map((p) => [p, /\.[mc]?[jt]s$/.test(p) ? 'export default async () => null\n' : /\.py$/.test(p) ? 'def handler(trigger, tools, virtual_files, subagent):\n    return None\n' : 'text\n'])
  )
  const extra = makeWorkspace(missing)
  cpSync(extra, root, { recursive: true })
  return root
}

/** Our loader's problems with a config text, as `line: message`. */
async function configProblems(text: string): Promise<string[]> {
  const config = (parse(text) ?? {}) as Record<string, unknown>
  const root = workspaceFor(config)
  const file = '.github/coordinator/example.yml'
  cpSync(makeWorkspace({ [file]: text }), root, { recursive: true })
  const result = await loadWorkflowConfig(new WorkspaceSource(root), file)
  return result.errors.map((e) => `${e.location.line ?? '?'}: ${e.message}`)
}

/** `with:` keys of this action's steps (uses: ./ or .../hybrid-coordinator@...) that action.yml does not declare as inputs. */
function unknownWithKeys(workflow: Record<string, unknown>): string[] {
  const inputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs)
  const jobs = Object.values((workflow.jobs ?? {}) as Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>)
  const steps = jobs.flatMap((job) => job.steps ?? []).filter((step) => step.uses === './' || /\/hybrid-coordinator@/.test(step.uses ?? ''))
  return steps.flatMap((step) =>
    Object.keys(step.with ?? {})
      .filter((key) => !inputs.includes(key))
      .map((key) => `with: ${key} is not an input in action.yml`)
  )
}

const BASE_CONFIG = `on: push\nprompt: x\ntools: [${TOOL_NAMES.join(', ')}]\nslack: { channel: C0123456789 }\n`

describe('YAML in the docs', () => {
  const blocks = DOCS.flatMap(yamlBlocks)

  it('finds the examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5)
  })

  for (const block of blocks) {
    const value = parse(block.text) as Record<string, unknown> | null
    const kind = Array.isArray(value) ? 'a list of workflow steps' : value && 'jobs' in value ? 'a GitHub workflow' : value && 'on' in value ? 'a workflow config' : 'a config fragment'
    it(`${block.where} is ${kind} that loads`, async () => {
      if (kind === 'a list of workflow steps') {
        const workflow = `on: push\njobs:\n  example:\n    runs-on: ubuntu-latest\n    steps:\n${block.text.replace(/^/gm, '      ')}`
        expect(await workflowProblems(block.where, workflow)).toEqual([])
        expect(unknownWithKeys(parse(workflow) as Record<string, unknown>)).toEqual([])
      } else if (kind === 'a GitHub workflow') {
        expect(await workflowProblems(block.where, block.text)).toEqual([])
        expect(unknownWithKeys(value!)).toEqual([])
      } else if (kind === 'a workflow config') expect(await configProblems(block.text)).toEqual([])
      else expect(await configProblems(BASE_CONFIG + block.text)).toEqual([])
    })
  }

  it('catches a broken example (the check is not vacuous)', async () => {
    expect(await workflowProblems('bad.yml', 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n')).not.toEqual([])
    expect(await configProblems('on: push\nprompt: x\ncolour: blue\n')).toEqual([expect.stringMatching(/^3: colour: unknown key/)])
    expect(await configProblems(`${BASE_CONFIG}limits: { slack.get_messages: 2 }\n`)).toEqual([expect.stringMatching(/read-only/)])
  })
})

describe('the steps in this repository use only inputs action.yml declares', () => {
  for (const file of ['.github/workflows/coordinator.yml']) {
    it(file, () => {
      expect(unknownWithKeys(parse(readFileSync(file, 'utf8')) as Record<string, unknown>)).toEqual([])
    })
  }
  it('and so does the step init writes', async () => {
    const { INIT_FILES } = await import('../src/cli/init-files.js')
    expect(unknownWithKeys(parse(INIT_FILES.find((f) => f.path === '.github/workflows/coordinator.yml')!.content) as Record<string, unknown>)).toEqual([])
  })
})

describe('events the docs run', () => {
  const files = [...new Set(DOCS.flatMap((doc) => [...readFileSync(doc, 'utf8').matchAll(/--event (\S+\.json)/g)].map((m) => m[1]!)))]

  it('are found in the docs', () => {
    expect(files).toEqual(expect.arrayContaining(['events/pr-closed.json', 'events/schedule.json']))
  })

  for (const file of files) {
    it(`${file} exists (here, or as init writes it) and holds an event payload with a repository`, async () => {
      const { INIT_FILES } = await import('../src/cli/init-files.js')
      const written = INIT_FILES.find((f) => f.path === file)
      if (!written) expect(existsSync(file)).toBe(true)
      const payload = JSON.parse(written ? written.content : readFileSync(file, 'utf8')) as { repository?: { full_name?: string } }
      expect(payload.repository?.full_name).toBe('octo-org/web')
    })
  }

  it('pr-closed.json is a merged pull request closed event', () => {
    const payload = JSON.parse(readFileSync('events/pr-closed.json', 'utf8')) as { action: string; number: number; pull_request: { merged: boolean; html_url: string; merged_at: string } }
    expect(payload).toMatchObject({ action: 'closed', number: 12, pull_request: { merged: true, html_url: 'https://github.com/octo-org/web/pull/12' } })
    expect(payload.pull_request.merged_at).toMatch(/^\d{4}-\d\d-\d\dT/)
  })
})
