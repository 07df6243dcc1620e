import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadWorkflowConfigs } from '../src/config/load.js'
import { WorkspaceSource } from '../src/config/source.js'
import { buildTrigger, type RunnerEvent } from '../src/trigger.js'
import { Toolbox } from '../src/tools/toolbox.js'
import { Guards } from '../src/tools/guards.js'
import { TOOLS, findTool } from '../src/tools/registry.js'
import { VirtualFileStore } from '../src/virtual-files.js'
import { ConfigError, ToolError, ToolRefusedError, TriggerError } from '../src/errors.js'
import type { GitHubClient, SlackClient } from '../src/clients/types.js'
import { startSandbox, type Sandbox } from '../src/sandbox/server.js'
import { makeWorkspace, runAgainstSandbox } from './helpers/workspace.js'

/**
 * The bad-input corpus: malformed configs, events, scripts and tool inputs, each with the
 * message it must produce. Every entry must end in the project's own typed error (never a
 * crash, never a stack trace) whose message says what was wrong.
 */

// ---------------------------------------------------------------------------------------------
// Configs: loaded in-process from a temp workspace

const OK_SCRIPT = 'export default async () => ({ ok: true })\n'
const BASE = 'on: push\ncoordinator: script\ncoordinator_script: scripts/ok.mjs\n'
const LLM = 'on: push\nprompt: Do it.\n'

/** A workspace file: text, raw bytes, or a symlink. */
type File = string | Buffer | { symlink: string }

interface ConfigCase {
  name: string
  /** The config's text, at .github/coordinator/<file>. */
  config?: string | Buffer
  file?: string
  /** Other files of the workspace. */
  files?: Record<string, File>
  configDir?: string
  /** Substrings the (first) error message must hold. */
  expected: string[]
}

const deepNesting = (depth: number) => `on: push\nprompt: x\ndescription: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
const deepMap = (depth: number) => `on: push\nprompt: x\nallow:\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`
const aliasBomb = [
  'on: push',
  'prompt: x',
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]'
].join('\n')

const CONFIG_CASES: ConfigCase[] = [
  { name: 'unclosed flow sequence', config: 'on: [push\nprompt: x\n', expected: ['invalid YAML'] },
  { name: 'tab indentation', config: 'on:\n\tpush: {}\nprompt: x\n', expected: ['invalid YAML', 'Tabs'] },
  { name: 'duplicate key', config: 'on: push\non: schedule\nprompt: x\n', expected: ['invalid YAML', 'unique'] },
  { name: 'empty file', config: '', expected: ['is empty: expected a workflow config mapping'] },
  { name: 'only comments', config: '# nothing here\n', expected: ['is empty'] },
  { name: 'a list at the top level', config: '- on: push\n', expected: ['is a YAML list: expected a mapping'] },
  { name: 'a scalar at the top level', config: 'just words\n', expected: ['is a YAML string: expected a mapping'] },
  { name: 'two YAML documents', config: 'on: push\nprompt: x\n---\non: schedule\n', expected: ['invalid YAML', 'multiple documents'] },
  { name: 'unknown top-level key', config: `${LLM}colour: blue\n`, expected: ['colour: unknown key: expected one of name, description, on'] },
  { name: 'misspelled key', config: 'on: push\ncoordinater: script\nprompt: x\n', expected: ['coordinater: unknown key'] },
  { name: 'YAML merge key (not in YAML 1.2)', config: 'base: &b { on: push }\n<<: *b\nprompt: x\n', expected: ['unknown key'] },
  { name: 'max_turns of the wrong type', config: `${LLM}max_turns: ten\n`, expected: ['max_turns: expected number, got string "ten"'] },
  { name: 'max_turns of zero', config: `${LLM}max_turns: 0\n`, expected: ['max_turns', '>=1'] },
  { name: 'timeout_seconds negative', config: `${LLM}timeout_seconds: -5\n`, expected: ['timeout_seconds'] },
  { name: 'timeout_seconds fractional', config: `${LLM}timeout_seconds: 1.5\n`, expected: ['timeout_seconds: expected int, got number 1.5'] },
  { name: 'unknown coordinator', config: 'on: push\ncoordinator: python\n', expected: ['coordinator: got string "python": expected one of "llm", "script"'] },
  { name: 'unknown tool', config: `${LLM}tools: [slack.delete_channel]\n`, expected: ['tools.0: unknown tool "slack.delete_channel": expected one of', 'slack.get_messages'] },
  { name: 'tools as a string', config: `${LLM}tools: slack.get_messages\n`, expected: ['tools: expected a list, got string "slack.get_messages", like tools: [slack.get_messages]'] },
  { name: 'no on key', config: 'prompt: x\n', expected: ['on: got nothing: expected an event name, a list of event names, or a map'] },
  {
    name: 'event name with spaces',
    config: 'on: Pull Request\nprompt: x\n',
    expected: ['on: "Pull Request" is not a GitHub event: expected an event like pull_request, issues or push (did you mean pull_request?)']
  },
  { name: 'types not a list', config: 'on: { pull_request: { types: closed } }\nprompt: x\n', expected: ['on.pull_request.types: is the string "closed": types must be a list, like types: [closed]'] },
  { name: 'script without coordinator_script', config: 'on: push\ncoordinator: script\n', expected: ['coordinator_script: is required with coordinator: script'] },
  {
    name: 'script with a shell extension',
    config: 'on: push\ncoordinator: script\ncoordinator_script: scripts/run.sh\n',
    files: { 'scripts/run.sh': 'echo' },
    expected: ['coordinator_script: "scripts/run.sh" has extension ".sh": expected one of .js .mjs .cjs .ts .mts .py']
  },
  { name: 'script that does not exist', config: 'on: push\ncoordinator: script\ncoordinator_script: scripts/nope.ts\n', expected: ['coordinator_script: "scripts/nope.ts" does not exist'] },
  { name: 'script by absolute path', config: 'on: push\ncoordinator: script\ncoordinator_script: /etc/passwd.js\n', expected: ['is absolute: expected a path relative to the repository root'] },
  { name: 'script climbing out with ..', config: 'on: push\ncoordinator: script\ncoordinator_script: ../../outside.mjs\n', expected: ['leaves the workspace: expected a path inside the repository'] },
  {
    name: 'script through a symlink out of the workspace',
    config: 'on: push\ncoordinator: script\ncoordinator_script: scripts/evil.mjs\n',
    files: { 'scripts/evil.mjs': { symlink: '/etc/hostname' } },
    expected: ['"scripts/evil.mjs" is a symlink that leaves the workspace']
  },
  {
    name: 'prompt_file through a symlink to /etc/passwd',
    config: 'on: push\nprompt_file: prompts/p.md\n',
    files: { 'prompts/p.md': { symlink: '/etc/passwd' } },
    expected: ['prompt_file: "prompts/p.md" is a symlink that leaves the workspace']
  },
  { name: 'prompt_file naming a folder', config: 'on: push\nprompt_file: prompts\n', files: { 'prompts/p.md': 'x' }, expected: ['prompt_file: "prompts" is a directory, not a file'] },
  { name: 'prompt and prompt_file both', config: 'on: push\nprompt: x\nprompt_file: prompts/p.md\n', files: { 'prompts/p.md': 'x' }, expected: ['prompt: and prompt_file are both set'] },
  { name: 'llm without a prompt', config: 'on: push\n', expected: ['prompt: is missing: coordinator: llm needs exactly one of prompt'] },
  { name: 'llm keys on a script coordinator', config: `${BASE}prompt: x\nmax_turns: 3\n`, expected: ['prompt: is a key of coordinator: llm, but this workflow has coordinator: script'] },
  {
    name: 'binary prompt_file',
    config: 'on: push\nprompt_file: prompts/logo.png\n',
    files: { 'prompts/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe]) },
    expected: ['"prompts/logo.png" is a binary file: expected text']
  },
  {
    name: 'binary virtual file',
    config: `${LLM}virtual_files:\n  - path: data/blob.bin\n`,
    files: { 'data/blob.bin': Buffer.from([0, 1, 2, 3, 0, 255]) },
    expected: ['virtual_files: "data/blob.bin" is a binary file']
  },
  { name: 'virtual file missing', config: `${LLM}virtual_files:\n  - path: docs/none.md\n`, expected: ['virtual_files: "docs/none.md" does not exist'] },
  { name: 'virtual glob matching nothing', config: `${LLM}virtual_files:\n  - glob: docs/**/*.rst\n`, expected: ['glob "docs/**/*.rst" matches no file'] },
  { name: 'virtual file named trigger.json', config: `${LLM}virtual_files:\n  - name: trigger.json\n    content: x\n`, expected: ['names "trigger.json" twice (trigger.json is always present'] },
  {
    name: 'virtual file of an unknown shape',
    config: `${LLM}virtual_files:\n  - url: https://example.com\n`,
    expected: ['virtual_files.0: got a mapping: expected one of { path }, { glob } or { name, content }']
  },
  {
    name: 'huge virtual file (over 5 MB)',
    config: `${LLM}virtual_files:\n  - path: docs/huge.md\n`,
    files: { 'docs/huge.md': 'x'.repeat(5 * 1024 * 1024 + 1) },
    expected: ['"docs/huge.md" is 5242881 bytes: expected at most 5242880']
  },
  { name: 'huge config (over 256 KB)', config: `${LLM}description: ${'y'.repeat(300 * 1024)}\n`, expected: ['bytes: expected a workflow config under 262144 bytes'] },
  {
    name: 'binary config file',
    config: Buffer.concat([Buffer.from('on: push\n'), Buffer.from([0, 0xff, 0xfe, 0x00, 0x07])]),
    expected: ['is a binary file (or text not in UTF-8): expected YAML text in UTF-8']
  },
  { name: 'config in UTF-16', config: Buffer.from('\ufeffon: push\nprompt: x\n', 'utf16le'), expected: ['is a binary file'] },
  { name: 'deeply nested flow YAML', config: deepNesting(5000), expected: ['invalid YAML: nested too deeply to read: expected at most 32 levels'] },
  { name: 'moderately nested flow YAML', config: deepNesting(200), expected: ['levels deep: expected at most 32 levels'] },
  { name: 'deeply nested block YAML', config: deepMap(300), expected: ['levels deep: expected at most 32 levels'] },
  { name: 'YAML alias bomb', config: aliasBomb, expected: ['invalid YAML', 'alias'] },
  { name: 'custom YAML tag', config: 'on: push\nprompt: !!js/function "function () {}"\n', expected: ['invalid YAML: Unresolved tag', 'js/function'] },
  { name: 'unicode file name without a name key', file: 'δοκιμή.yml', config: LLM, expected: ['the file name "δοκιμή" is not a usable workflow name'] },
  { name: 'unicode workflow name', config: `name: 工作流\n${LLM}`, expected: ['name: ', 'letters, digits, dot, dash or underscore'] },
  { name: 'name with spaces', config: `name: my workflow\n${LLM}`, expected: ['name: ', 'letters, digits, dot, dash or underscore'] },
  { name: 'limit for a tool not in tools', config: `${LLM}tools: [slack.get_messages]\nlimits: { slack.add_reacji: 3 }\n`, expected: ['sets a limit for slack.add_reacji, which is not in tools'] },
  { name: 'limit on a tool that does not mutate', config: `${LLM}tools: [github.get_status]\nlimits: { github.get_status: 3 }\n`, expected: ['limits'] },
  { name: 'negative limit', config: `${LLM}tools: [slack.add_reacji]\nlimits: { slack.add_reacji: -1 }\n`, expected: ['limits.slack.add_reacji', '>=0'] },
  { name: 'allow.github_repos not owner/repo', config: `${LLM}allow: { github_repos: [everything] }\n`, expected: ['allow.github_repos.0', 'owner/repo'] },
  { name: 'slack channel by name', config: `${LLM}slack: { channel: "#deploys" }\n`, expected: ['slack.channel', 'a Slack channel id like C0123456789'] },
  {
    name: 'subagent using a tool the workflow lacks',
    config: `${LLM}tools: [slack.get_messages]\nsubagents:\n  helper:\n    prompt: help\n    tools: [slack.post_message]\n`,
    expected: ["subagents.helper: uses slack.post_message, which is not in the workflow's tools"]
  },
  { name: 'subagent without a prompt', config: `${LLM}subagents:\n  helper:\n    tools: []\n`, expected: ['subagents.helper: needs a prompt or prompt_file'] },
  // A mapping whose `length` cannot be compared to a number made zod throw a TypeError (an internal error, no file or key) before src/safe-parse.ts.
  { name: 'prompt: a mapping with an odd length', config: 'on: push\nprompt:\n  length: { valueOf: 1, toString: 1 }\n', expected: ['prompt: expected string, got a mapping'] },
  {
    name: 'a virtual file name: a mapping with an odd length',
    config: `${LLM}virtual_files:\n  - name: { length: { valueOf: 1, toString: 1 } }\n    content: x\n`,
    expected: ['virtual_files.0']
  },
  { name: 'NUL in a path', config: 'on: push\nprompt_file: "prompts/p\\0.md"\n', expected: ['contains a NUL character'] },
  { name: 'config-dir missing', configDir: 'nope/coordinator', expected: ['config-dir "nope/coordinator" cannot be read: it does not exist in the workspace'] },
  { name: 'config-dir leaving the workspace', configDir: '../elsewhere', expected: ['config-dir "../elsewhere" leaves the workspace'] },
  { name: 'config-dir that is a file', configDir: 'README.md', files: { 'README.md': '# hi' }, expected: ['config-dir "README.md" cannot be read: it is a file'] },
  {
    name: 'config-dir through a symlink out of the workspace',
    configDir: 'linked',
    files: { linked: { symlink: '/etc' } },
    expected: ['config-dir "linked" cannot be read: it is a symlink that leaves the workspace']
  },
  {
    name: 'config that is a symlink out of the workspace',
    file: 'evil.yml',
    files: { '.github/coordinator/evil.yml': { symlink: '/etc/passwd' } },
    expected: ['is a symlink that leaves the workspace']
  }
]

async function loadCase(c: ConfigCase) {
  const files: Record<string, File> = { 'scripts/ok.mjs': OK_SCRIPT, ...c.files }
  const root = makeWorkspace(Object.fromEntries(Object.entries(files).filter(([, v]) => !Buffer.isBuffer(v))) as Record<string, string | { symlink: string }>)
  for (const [path, content] of Object.entries(files)) {
    if (!Buffer.isBuffer(content)) continue
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  if (c.config !== undefined) {
    mkdirSync(join(root, '.github/coordinator'), { recursive: true })
    writeFileSync(join(root, '.github/coordinator', c.file ?? 'bad.yml'), c.config)
  } else {
    mkdirSync(join(root, '.github/coordinator'), { recursive: true })
  }
  return loadWorkflowConfigs(new WorkspaceSource(root), c.configDir ?? '.github/coordinator')
}

describe('bad configs', () => {
  it.each(CONFIG_CASES)('$name', async (c) => {
    const { workflows, errors } = await loadCase(c)
    expect(workflows).toEqual([])
    expect(errors.length).toBeGreaterThan(0)
    for (const error of errors) expect(error).toBeInstanceOf(ConfigError)
    const messages = errors.map((e) => e.message).join('\n')
    for (const part of c.expected) expect(messages).toContain(part)
    // Every error names the file it is about.
    for (const error of errors) expect(error.location.file).toBeTruthy()
  })

  it('duplicate workflow names across files', async () => {
    const { workflows, errors } = await loadCase({ name: 'dup', config: `name: twin\n${LLM}`, files: { '.github/coordinator/other.yml': `name: twin\n${LLM}` }, expected: [] })
    expect(workflows).toHaveLength(1)
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^name "twin" is already used by \.github\/coordinator\/(bad|other)\.yml: expected every workflow name to be unique$/)])
  })
})

// ---------------------------------------------------------------------------------------------
// Events: buildTrigger

interface EventCase {
  name: string
  env: RunnerEvent
  file?: string | Buffer
  expected: string
}

const EVENT_CASES: EventCase[] = [
  { name: 'no GITHUB_EVENT_NAME', env: { GITHUB_EVENT_PATH: '/x' }, expected: 'GITHUB_EVENT_NAME is not set' },
  { name: 'no GITHUB_EVENT_PATH', env: { GITHUB_EVENT_NAME: 'push' }, expected: 'GITHUB_EVENT_PATH is not set' },
  {
    name: 'event file missing',
    env: { GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' },
    expected: "/nonexistent/event.json: the event payload file cannot be read: expected the runner's event JSON"
  },
  { name: 'event file not JSON', env: { GITHUB_EVENT_NAME: 'push' }, file: '{ "action": ', expected: 'the event payload is not JSON' },
  { name: 'event file a JSON array', env: { GITHUB_EVENT_NAME: 'push' }, file: '[1, 2]', expected: 'the event payload must be a JSON object' },
  { name: 'event file JSON null', env: { GITHUB_EVENT_NAME: 'push' }, file: 'null', expected: 'the event payload must be a JSON object' },
  { name: 'event file empty', env: { GITHUB_EVENT_NAME: 'push' }, file: '', expected: 'the event payload is not JSON' },
  { name: 'event file binary', env: { GITHUB_EVENT_NAME: 'push' }, file: Buffer.from([0xff, 0xfe, 0, 1, 2]), expected: 'the event payload is not JSON' }
]

describe('bad events', () => {
  it.each(EVENT_CASES)('$name', ({ env, file, expected }) => {
    const path = env.GITHUB_EVENT_PATH ?? '/tmp/event.json'
    const readFile = (p: string): string => {
      if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' })
      return Buffer.isBuffer(file) ? file.toString('utf8') : file
    }
    let thrown: unknown
    try {
      buildTrigger({ GITHUB_EVENT_PATH: file === undefined ? env.GITHUB_EVENT_PATH : path, ...env }, readFile)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TriggerError)
    expect((thrown as Error).message).toContain(expected)
  })

  it('a payload with odd but valid shapes still builds a trigger', () => {
    const trigger = buildTrigger({ GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: '/e' }, () =>
      JSON.stringify({ action: 42, repository: 'not an object', sender: null, __proto__: { polluted: true } })
    )
    expect(trigger).toMatchObject({ event: 'issue_comment', action: null, repository: '', actor: '' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

// ---------------------------------------------------------------------------------------------
// Tool inputs: Toolbox.call with stub clients

function stubClients() {
  const slack = {
    conversations: { history: async () => ({ messages: [] }) },
    reactions: { add: async () => ({ ok: true }) },
    chat: { postMessage: async (a: { channel: string }) => ({ ok: true, channel: a.channel, ts: '1.2' }) }
  } as unknown as SlackClient
  const github = { rest: { pulls: { get: async () => ({ data: { state: 'open', number: 1 } }) } } } as unknown as GitHubClient
  return { slack, github }
}

function toolbox(options: { tools?: string[]; slackChannel?: string } = {}): Toolbox {
  const clients = stubClients()
  const names = options.tools ?? TOOLS.map((t) => t.name)
  return new Toolbox({
    workflow: 'corpus',
    tools: names.map((n) => findTool(n)!),
    dryRun: true,
    callIdPrefix: 'corpus',
    guards: new Guards({ limits: {}, allow: {}, slackChannel: options.slackChannel, repository: 'octo-org/web' }),
    context: {
      trigger: { event: 'push', action: null, payload: {}, repository: 'octo-org/web', ref: '', sha: '', actor: '' },
      slackChannel: options.slackChannel,
      files: new VirtualFileStore([['notes.md', 'hello']]),
      github: async () => clients.github,
      slack: async () => clients.slack
    }
  })
}

interface ToolCase {
  name: string
  tool: string
  input: unknown
  expected: string
  refused?: boolean
  box?: () => Toolbox
}

const MSG = { channel: 'C0123456789', ts: '1712345678.000100' }

const TOOL_CASES: ToolCase[] = [
  { name: 'get_status with text that is no PR', tool: 'github.get_status', input: { url: 'the login page' }, expected: '"the login page" is not a pull request or issue: expected a URL like' },
  { name: 'get_status without url', tool: 'github.get_status', input: {}, expected: 'github.get_status: invalid input: url:' },
  { name: 'get_status with a negative number', tool: 'github.get_status', input: { url: -3 }, expected: 'invalid input: url' },
  { name: 'get_status with a URL of another site', tool: 'github.get_status', input: { url: 'https://gitlab.com/o/r/-/merge_requests/1' }, expected: 'is not a pull request or issue' },
  { name: 'comment with an empty body', tool: 'github.comment', input: { url: 'octo-org/web#1', body: '' }, expected: 'invalid input: body' },
  { name: 'comment over 65536 characters', tool: 'github.comment', input: { url: 'octo-org/web#1', body: 'x'.repeat(70_000) }, expected: 'invalid input: body' },
  {
    name: 'comment on another repository',
    tool: 'github.comment',
    input: { url: 'evil/repo#1', body: 'hi' },
    expected: 'refused by allow.github_repos: github.comment may not touch evil/repo',
    refused: true
  },
  { name: 'add_labels with no labels', tool: 'github.add_labels', input: { url: 1, labels: [] }, expected: 'invalid input: labels' },
  { name: 'add_labels with a label of the wrong type', tool: 'github.add_labels', input: { url: 1, labels: [{ name: 'bug' }] }, expected: 'invalid input: labels.0' },
  { name: 'add_reacji with a message without ts', tool: 'slack.add_reacji', input: { message: { channel: 'C0123456789' }, name: 'merged' }, expected: 'invalid input: message.ts' },
  { name: 'add_reacji with an emoji name with spaces', tool: 'slack.add_reacji', input: { message: MSG, name: 'thumbs up' }, expected: 'an emoji name like merged' },
  {
    name: 'add_reacji on another channel',
    tool: 'slack.add_reacji',
    input: { message: { ...MSG, channel: 'C0999999999' }, name: 'merged' },
    expected: 'refused by allow.slack_channels',
    refused: true
  },
  { name: 'get_messages with limit 0', tool: 'slack.get_messages', input: { limit: 0 }, expected: 'invalid input: limit' },
  { name: 'get_messages with limit as a string', tool: 'slack.get_messages', input: { limit: '10' }, expected: 'invalid input: limit' },
  { name: 'get_messages with a channel name, not an id', tool: 'slack.get_messages', input: { channel: '#deploys' }, expected: 'a Slack channel id like C0123456789' },
  {
    name: 'post_message without a channel anywhere',
    tool: 'slack.post_message',
    input: { text: 'hi' },
    expected: 'no channel given and the workflow has no slack.channel',
    box: () => toolbox({ slackChannel: undefined })
  },
  { name: 'post_message with a bad thread_ts', tool: 'slack.post_message', input: { text: 'hi', thread_ts: 'yesterday' }, expected: 'a Slack message timestamp' },
  { name: 'files.read of an unknown file', tool: 'files.read', input: { name: '../../etc/passwd' }, expected: 'no virtual file named "../../etc/passwd": call files.list for the names' },
  { name: 'files.read with a negative offset', tool: 'files.read', input: { name: 'notes.md', offset: -1 }, expected: 'invalid input: offset' },
  { name: 'an unknown parameter', tool: 'files.list', input: { all: true }, expected: 'invalid input' },
  { name: 'input that is a list', tool: 'github.get_status', input: ['octo-org/web#1'], expected: 'invalid input' },
  { name: 'input that is a string', tool: 'slack.get_messages', input: 'ten', expected: 'invalid input' },
  { name: 'a tool that does not exist', tool: 'github.delete_repo', input: {}, expected: 'no tool named "github.delete_repo": this workflow has' },
  {
    name: 'a tool not in the workflow',
    tool: 'slack.post_message',
    input: { text: 'hi' },
    expected: "slack.post_message is not in this workflow's tools list: add it under tools:",
    box: () => toolbox({ tools: ['slack.get_messages'] })
  },
  // JSON a script or the model can send, that made zod throw a TypeError before src/safe-parse.ts.
  {
    name: 'text: an object whose length is no number',
    tool: 'slack.post_message',
    input: JSON.parse('{"text":{"length":{"valueOf":1,"toString":1}}}'),
    expected: 'slack.post_message: invalid input: text: Invalid input: expected string, received object'
  },
  {
    name: 'labels: an object whose length is no number',
    tool: 'github.add_labels',
    input: JSON.parse('{"url":1,"labels":{"length":{"valueOf":1,"toString":1}}}'),
    expected: 'github.add_labels: invalid input: labels: Invalid input: expected array, received object'
  },
  { name: 'a prototype-polluting input', tool: 'files.read', input: JSON.parse('{"name":"notes.md","__proto__":{"polluted":true}}'), expected: 'invalid input' }
]

describe('bad tool inputs', () => {
  it.each(TOOL_CASES)('$name', async ({ tool, input, expected, refused, box }) => {
    const b = box?.() ?? toolbox({ slackChannel: 'C0123456789' })
    let thrown: unknown
    await b.call(tool, input).then(
      (value) => (thrown = new Error(`no error; returned ${JSON.stringify(value)}`)),
      (error: unknown) => (thrown = error)
    )
    expect(thrown).toBeInstanceOf(refused ? ToolRefusedError : ToolError)
    expect((thrown as Error).message).toContain(expected)
    expect(b.records.at(-1)).toMatchObject({ outcome: refused ? 'refused' : 'error' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('too many positional arguments from a script', async () => {
    const b = toolbox()
    await expect(b.callWithArgs('github.get_status', ['a', 'b'])).rejects.toThrow('github.get_status takes at most 1 argument(s) (url), got 2')
  })
})

// ---------------------------------------------------------------------------------------------
// Scripts and events through the bundled action

interface ActionCase {
  name: string
  files: Record<string, string>
  event?: unknown
  expected: string
  /** Where the annotation points, when it must. */
  at?: { file: string; line?: number }
}

const scriptConfig = (script: string) => `name: s\non: pull_request\ncoordinator: script\ncoordinator_script: ${script}\n`

const ACTION_CASES: ActionCase[] = [
  {
    name: 'a script with a syntax error',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': 'export default async function () {\n  return {\n}\n' },
    expected: 'syntax error',
    at: { file: 'scripts/s.mjs' }
  },
  {
    name: 'TypeScript that does not compile',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.ts'), 'scripts/s.ts': 'export default async function (): Promise<number> {\n  return <<<\n}\n' },
    expected: 'TypeScript does not compile',
    at: { file: 'scripts/s.ts', line: 2 }
  },
  { name: 'a script that exports no handler', files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': 'export const x = 1\n' }, expected: 'exports no handler' },
  {
    name: 'a script returning a function',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': 'export default async () => () => 1\n' },
    expected: "the handler's return value is not JSON"
  },
  {
    name: 'a script returning a circular object',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': 'export default async () => { const a = {}; a.self = a; return a }\n' },
    expected: "the handler's return value is not JSON"
  },
  {
    name: 'a script that throws a non-Error',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': 'export default async () => {\n  throw { code: 42 }\n}\n' },
    expected: 'the script threw: {"code":42}'
  },
  {
    name: 'a script calling a tool it lacks',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': "export default async (t, tools) => {\n  await tools.slack.post_message('hi')\n}\n" },
    expected: "slack.post_message is not in this workflow's tools list",
    at: { file: 'scripts/s.mjs', line: 2 }
  },
  {
    name: 'a script of binary bytes',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': '\u0000\u0001\u0002garbage\u0000' },
    expected: 'scripts/s.mjs:1: syntax error: Invalid or unexpected token'
  },
  {
    name: 'an event payload that is not JSON',
    files: { '.github/coordinator/s.yml': scriptConfig('scripts/s.mjs'), 'scripts/s.mjs': 'export default async () => 1\n' },
    event: 'not json',
    expected: 'the event payload is not JSON'
  }
]

describe('bad scripts and events through the bundled action', () => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox()
  })
  afterAll(async () => {
    await sandbox.close()
  })

  it.concurrent.each(ACTION_CASES)('$name', async ({ files, event, expected, at }) => {
    const ws = makeWorkspace(files)
    if (event !== undefined) writeFileSync(join(ws, 'event.txt'), String(event))
    const run = await runAgainstSandbox(sandbox, ws, event !== undefined ? { env: { GITHUB_EVENT_PATH: join(ws, 'event.txt') } } : {})
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error')
    expect(errors.map((a) => a.message).join('\n')).toContain(expected)
    if (at) expect(errors).toContainEqual(expect.objectContaining({ file: at.file, ...(at.line ? { line: at.line } : {}) }))
    // Never a stack trace in the log.
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
  })
})

/** The corpus size the README reports. */
export const CORPUS_SIZE = CONFIG_CASES.length + 1 + EVENT_CASES.length + TOOL_CASES.length + 1 + ACTION_CASES.length
