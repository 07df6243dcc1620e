import { describe, expect, it } from '@jest/globals'
import { loadWorkflowConfigs } from '../../src/config/load.js'
import { WorkspaceSource } from '../../src/config/source.js'
import { makeWorkspace } from '../helpers/workspace.js'

const SCRIPT = 'export default async () => ({ ok: true })\n'

async function load(files: Record<string, string | { symlink: string }>) {
  const root = makeWorkspace({ 'scripts/ok.ts': SCRIPT, 'prompts/p.md': 'Do it.', ...files })
  return loadWorkflowConfigs(new WorkspaceSource(root), '.github/coordinator')
}

const cfg = (name: string, text: string) => ({ [`.github/coordinator/${name}`]: text })

describe('loadWorkflowConfigs', () => {
  it('loads a full script config with defaults applied', async () => {
    const { workflows, errors } = await load(
      cfg('pr.yml', 'on:\n  pull_request:\n    types: [closed]\ncoordinator: script\ncoordinator_script: scripts/ok.ts\ntools: [slack.get_messages]\nslack: { channel: C0123456789 }\n')
    )
    expect(errors).toEqual([])
    expect(workflows).toHaveLength(1)
    const w = workflows[0]
    expect(w.name).toBe('pr')
    expect(w.script).toBe('scripts/ok.ts')
    expect(w.on).toEqual({ pull_request: { types: ['closed'] } })
    expect(w.timeoutSeconds).toBe(300)
    expect(w.slackChannel).toBe('C0123456789')
  })

  it('accepts `on: push` and `on: [push, schedule]`', async () => {
    const { workflows, errors } = await load({
      ...cfg('a.yml', 'on: push\nprompt: hi\n'),
      ...cfg('b.yaml', 'on: [push, schedule]\nprompt: hi\n')
    })
    expect(errors).toEqual([])
    expect(workflows.map((w) => w.on)).toEqual([{ push: null }, { push: null, schedule: null }])
  })

  it('reads prompt_file and resolves virtual files by path, glob and inline', async () => {
    const { workflows, errors } = await load({
      ...cfg('llm.yml', 'on: push\nprompt_file: prompts/p.md\nvirtual_files:\n  - path: docs/a.md\n  - glob: docs/runbooks/*.md\n  - name: glossary.md\n    content: words\n'),
      'docs/a.md': 'A',
      'docs/runbooks/x.md': 'X',
      'docs/runbooks/y.md': 'Y'
    })
    expect(errors).toEqual([])
    expect(workflows[0].prompt).toBe('Do it.')
    expect(workflows[0].virtualFiles.map((f) => f.name)).toEqual(['docs/a.md', 'docs/runbooks/x.md', 'docs/runbooks/y.md', 'glossary.md'])
  })

  // Each bad input: the error names the file, the key (or line) and what was expected.
  const bad: Array<[string, Record<string, string | { symlink: string }>, RegExp, number | undefined]> = [
    ['invalid YAML', cfg('bad.yml', 'on: push\nprompt: [unclosed\n'), /invalid YAML/, undefined],
    ['an unknown key', cfg('bad.yml', 'on: push\nprompt: hi\nmax_turn: 3\n'), /max_turn: unknown key: expected one of name, description, on/, 3],
    ['a wrong type', cfg('bad.yml', 'on: push\nprompt: hi\nmax_turns: "ten"\n'), /max_turns: expected number, got string "ten"/, 3],
    ['script without coordinator_script', cfg('bad.yml', 'on: push\ncoordinator: script\n'), /coordinator_script: is required with coordinator: script/, undefined],
    ['a missing script', cfg('bad.yml', 'on: push\ncoordinator: script\ncoordinator_script: scripts/nope.ts\n'), /coordinator_script: "scripts\/nope.ts" does not exist/, 3],
    ['a script leaving the workspace', cfg('bad.yml', 'on: push\ncoordinator: script\ncoordinator_script: ../outside.ts\n'), /coordinator_script: "..\/outside.ts" leaves the workspace/, 3],
    ['an absolute script path', cfg('bad.yml', 'on: push\ncoordinator: script\ncoordinator_script: /etc/passwd.js\n'), /is absolute/, 3],
    ['a script with a wrong extension', cfg('bad.yml', 'on: push\ncoordinator: script\ncoordinator_script: prompts/p.md\n'), /expected one of .js .mjs .cjs .ts .mts .py/, 3],
    ['an unknown tool', cfg('bad.yml', 'on: push\nprompt: hi\ntools: [slack.delete_channel]\n'), /tools.0: unknown tool "slack.delete_channel": expected one of github.get_status, /, 3],
    [
      'keys of both coordinators',
      cfg('bad.yml', 'on: push\ncoordinator: script\ncoordinator_script: scripts/ok.ts\nprompt: hi\n'),
      /prompt: is a key of coordinator: llm, but this workflow has coordinator: script/,
      4
    ],
    ['llm with a coordinator_script', cfg('bad.yml', 'on: push\nprompt: hi\ncoordinator_script: scripts/ok.ts\n'), /coordinator_script: is a key of coordinator: script/, 3],
    ['llm without prompt', cfg('bad.yml', 'on: push\n'), /prompt: is missing: coordinator: llm needs exactly one of prompt/, undefined],
    ['both prompt and prompt_file', cfg('bad.yml', 'on: push\nprompt: a\nprompt_file: prompts/p.md\n'), /prompt: and prompt_file are both set/, 2],
    ['a virtual file escaping', cfg('bad.yml', 'on: push\nprompt: hi\nvirtual_files:\n  - path: ../../etc/hosts\n'), /virtual_files: "..\/..\/etc\/hosts" leaves the workspace/, 4],
    [
      'a symlink pointing out',
      { ...cfg('bad.yml', 'on: push\nprompt: hi\nvirtual_files:\n  - path: docs/link.md\n'), 'docs/link.md': { symlink: '/etc/hostname' } },
      /is a symlink that leaves the workspace/,
      4
    ],
    ['a glob matching nothing', cfg('bad.yml', 'on: push\nprompt: hi\nvirtual_files:\n  - glob: nothing/*.md\n'), /glob "nothing\/\*.md" matches no file/, 4],
    ['a bad on', cfg('bad.yml', 'on: 42\nprompt: hi\n'), /on: got number 42: expected an event name, a list of event names, or a map/, 1],
    ['an unknown key under an event', cfg('bad.yml', 'on:\n  push:\n    branches: [main]\nprompt: hi\n'), /on.push.branches: unknown key/, 3],
    ['a list instead of a mapping', cfg('bad.yml', '- on: push\n'), /is a YAML list: expected a mapping/, 1],
    ['an empty file', cfg('bad.yml', ''), /is empty/, 1],
    [
      'a limit for a tool not in tools',
      cfg('bad.yml', 'on: push\nprompt: hi\ntools: [slack.get_messages]\nlimits:\n  slack.add_reacji: 3\n'),
      /limits: sets a limit for slack.add_reacji, which is not in tools/,
      5
    ],
    [
      'a subagent tool outside the workflow tools',
      cfg('bad.yml', 'on: push\nprompt: hi\ntools: [slack.get_messages]\nsubagents:\n  c:\n    prompt: x\n    tools: [github.comment]\n'),
      /subagents.c: uses github.comment, which is not in the workflow's tools/,
      7
    ]
  ]
  for (const [what, files, message, line] of bad) {
    it(`rejects ${what}`, async () => {
      const { workflows, errors } = await load({ ...files, ...cfg('good.yml', 'on: push\nprompt: fine\n') })
      expect(workflows.map((w) => w.name)).toEqual(['good'])
      expect(errors.length).toBeGreaterThan(0)
      expect(errors[0].location.file).toBe('.github/coordinator/bad.yml')
      expect(errors[0].message).toMatch(message)
      if (line !== undefined) expect(errors[0].location.line).toBe(line)
    })
  }

  it('rejects the second of two configs with the same name, naming the first', async () => {
    const { workflows, errors } = await load({ ...cfg('a.yml', 'name: same\non: push\nprompt: a\n'), ...cfg('b.yml', 'name: same\non: push\nprompt: b\n') })
    expect(workflows.map((w) => w.file)).toEqual(['.github/coordinator/a.yml'])
    expect(errors[0].message).toMatch(/name "same" is already used by .github\/coordinator\/a.yml/)
    expect(errors[0].location).toEqual({ file: '.github/coordinator/b.yml', line: 1 })
  })

  it('refuses a YAML alias bomb without expanding it', async () => {
    const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'
    const { errors } = await load(cfg('bomb.yml', bomb))
    expect(errors[0].message).toMatch(/invalid YAML: .*alias/i)
  })

  it('names config-dir when it does not exist', async () => {
    const root = makeWorkspace({ 'x.txt': '' })
    const { errors } = await loadWorkflowConfigs(new WorkspaceSource(root), 'nope')
    expect(errors[0].message).toMatch(/config-dir "nope" cannot be read/)
  })
})
