import { extname, posix } from 'node:path'
import type { z } from 'zod'
import { ConfigError, errorMessage, type SourceLocation } from '../errors.js'
import { readConfigText } from './config-text.js'
import { MUTATING_TOOL_NAMES, TOOL_NAMES } from '../tools/names.js'
import { LLM_ONLY_KEYS, SCRIPT_EXTENSIONS, SCRIPT_ONLY_KEYS, workflowConfigSchema, type RawWorkflowConfig } from './schema.js'
import { normalizeRepoPath } from './paths.js'
import { checkOnEvents } from './events.js'
import { safeParse } from '../safe-parse.js'
import { describeStat, type FileSource } from './source.js'
import { checkMcpDeclarations, toolsAllow } from '../tools/mcp/declarations.js'
import type { SubagentDefinition, VirtualFileEntry, WorkflowConfig } from './workflow-config.js'

/** Largest virtual file or prompt we read (bytes); beyond it the config is refused. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024
/** Largest config file we parse. */
export const MAX_CONFIG_BYTES = 256 * 1024

export interface LoadResult {
  workflows: WorkflowConfig[]
  /** Every problem found; a config with any error is not in `workflows`. */
  errors: ConfigError[]
}

/**
 * Reads every `*.yml` / `*.yaml` in `configDir` and validates each fully (keys, types,
 * paths, files). Problems are collected, not thrown, so other valid configs still run.
 */
export async function loadWorkflowConfigs(source: FileSource, configDir: string): Promise<LoadResult> {
  const dir = normalizeRepoPath(configDir)
  if ('error' in dir) {
    return { workflows: [], errors: [new ConfigError(`config-dir "${configDir}" ${dir.error}`, { file: configDir }, 'config-dir')] }
  }
  let files: string[]
  try {
    const stat = await source.stat(dir.path)
    if (stat.kind !== 'directory') {
      const what = stat.kind === 'missing' ? 'does not exist' : stat.kind === 'file' ? 'is a file' : describeStat(stat)
      return {
        workflows: [],
        errors: [
          new ConfigError(`config-dir "${configDir}" cannot be read: it ${what} in the ${source.description}: expected a folder of workflow configs (*.yml, *.yaml)`, { file: configDir }, 'config-dir')
        ]
      }
    }
    files = (await source.listFiles(dir.path)).filter((f) => /\.ya?ml$/i.test(f))
  } catch (error) {
    return {
      workflows: [],
      errors: [new ConfigError(`config-dir "${configDir}" cannot be read from the ${source.description}: ${errorMessage(error)}`, { file: configDir }, 'config-dir', { cause: error })]
    }
  }
  const loaded = await Promise.all(files.map((file) => loadWorkflowConfig(source, file)))
  const workflows: WorkflowConfig[] = []
  const errors: ConfigError[] = []
  const seen = new Map<string, string>()
  for (const result of loaded) {
    errors.push(...result.errors)
    if (!result.workflow) continue
    const first = seen.get(result.workflow.name)
    if (first) {
      errors.push(
        new ConfigError(
          `name "${result.workflow.name}" is already used by ${first}: expected every workflow name to be unique`,
          { file: result.workflow.file, line: await result.nameLine?.() },
          'name'
        )
      )
      continue
    }
    seen.set(result.workflow.name, result.workflow.file)
    workflows.push(result.workflow)
  }
  return { workflows, errors }
}

interface FileResult {
  workflow?: WorkflowConfig
  errors: ConfigError[]
  /** The line of `name:`, looked up only when two configs share a name. */
  nameLine?: () => Promise<number | undefined>
}

/** Parses and validates one config file. */
export async function loadWorkflowConfig(source: FileSource, file: string): Promise<FileResult> {
  const stat = await source.stat(file)
  if (stat.kind !== 'file') return { errors: [new ConfigError(`${describeStat(stat)}`, { file })] }
  if (stat.size > MAX_CONFIG_BYTES) {
    return { errors: [new ConfigError(`is ${stat.size} bytes: expected a workflow config under ${MAX_CONFIG_BYTES} bytes`, { file })] }
  }
  const text = await source.readText(file)
  const read = await readConfigText(text, file)
  if ('errors' in read) return { errors: read.errors }
  const { value } = read
  // Lines are looked up once the checks are done, and only when there is a problem: that
  // needs the `yaml` package's reading of the text, which a config that is fine never pays for.
  const unplaced: { location: SourceLocation; path: (string | number)[]; key?: string }[] = []
  const at = (path: (string | number)[], key?: string): SourceLocation => {
    const location: SourceLocation = { file }
    unplaced.push({ location, path, key })
    return location
  }
  const placed = async (found: ConfigError[]): Promise<ConfigError[]> => {
    const located = unplaced.length ? await read.located() : undefined
    if (located) {
      const { lineOf } = await import('./yaml-document.js')
      for (const u of unplaced.splice(0)) u.location.line = lineOf(located.doc, located.lines, u.path, u.key)
    }
    return byLine(found)
  }
  const nameLine = async () => {
    const location = at(['name'])
    await placed([])
    return location.line
  }
  // Every problem at once: the event check and every schema issue (each unknown key, each
  // wrong type), so a user fixes a config in one round, not one error per push.
  const onErrors = checkOnEvents(value.on).map((p) => new ConfigError(`${p.path.join('.')}: ${p.message}`, at(p.path), 'on'))
  const result = safeParse(workflowConfigSchema, value)
  if (!result.success) {
    const schemaErrors = result.error.issues.flatMap((issue) => issueToErrors(issue, [], value, at))
    // The event check says more about `on` than the schema's shape errors do.
    const kept = onErrors.length ? schemaErrors.filter((e) => e.key !== 'on' && !e.key?.startsWith('on.')) : schemaErrors
    return { errors: await placed([...onErrors, ...kept]) }
  }
  const raw = result.data
  const name = raw.name ?? posix.basename(file).replace(/\.ya?ml$/i, '')
  const errors: ConfigError[] = [...onErrors]
  const fail = (key: string, message: string, path: (string | number)[] = [key]) => errors.push(new ConfigError(`${key}: ${message}`, at(path), key))
  const has = (key: string) => Object.prototype.hasOwnProperty.call(value, key)

  if (!raw.name && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    fail('name', `the file name "${name}" is not a usable workflow name: set name: with letters, digits, dot, dash or underscore`, [])
  }
  // Keys of one coordinator in the other's config: almost always a half-finished switch.
  const foreign = raw.coordinator === 'script' ? LLM_ONLY_KEYS.filter(has) : SCRIPT_ONLY_KEYS.filter(has)
  for (const key of foreign) {
    fail(key, `is a key of coordinator: ${raw.coordinator === 'script' ? 'llm' : 'script'}, but this workflow has coordinator: ${raw.coordinator}: remove it, or change coordinator`)
  }

  let prompt: string | undefined
  let script: string | undefined
  let shadowScript: string | undefined
  if (raw.coordinator === 'script') {
    if (!raw.coordinator_script) fail('coordinator_script', `is required with coordinator: script: expected the path of a ${SCRIPT_EXTENSIONS.join(' ')} file`, [])
    else script = await checkScript(source, raw.coordinator_script, 'coordinator_script', fail)
  } else {
    if (raw.prompt && raw.prompt_file) fail('prompt', 'and prompt_file are both set: expected exactly one of them')
    else if (!raw.prompt && !raw.prompt_file) fail('prompt', 'is missing: coordinator: llm needs exactly one of prompt (inline text) or prompt_file', [])
    else if (raw.prompt) prompt = raw.prompt
    else prompt = await readChecked(source, raw.prompt_file!, 'prompt_file', fail)
    if (raw.shadow_script) shadowScript = await checkScript(source, raw.shadow_script, 'shadow_script', fail)
  }

  const tools = [...new Set(raw.tools)]
  checkMcpDeclarations(raw.mcp_servers ?? {}, tools, fail, (value.mcp_servers ?? {}) as Record<string, unknown>)
  for (const [tool] of Object.entries(raw.limits ?? {})) {
    if (!toolsAllow(tools, tool)) fail(`limits`, `sets a limit for ${tool}, which is not in tools: add it to tools or remove the limit`, ['limits', tool])
  }

  const subagents: Record<string, SubagentDefinition> = {}
  for (const [subName, sub] of Object.entries(raw.subagents ?? {})) {
    const key = `subagents.${subName}`
    for (const tool of sub.tools) {
      if (!toolsAllow(tools, tool)) fail(key, `uses ${tool}, which is not in the workflow's tools: a subagent's tools must be a subset of them`, ['subagents', subName, 'tools'])
    }
    let subPrompt: string | undefined
    if (sub.prompt && sub.prompt_file) fail(key, 'sets both prompt and prompt_file: expected exactly one', ['subagents', subName])
    else if (sub.prompt_file) subPrompt = await readChecked(source, sub.prompt_file, `${key}.prompt_file`, fail, ['subagents', subName, 'prompt_file'])
    else if (sub.prompt) subPrompt = sub.prompt
    else fail(key, 'needs a prompt or prompt_file', ['subagents', subName])
    subagents[subName] = { name: subName, prompt: subPrompt ?? '', description: sub.description, tools: sub.tools, model: sub.model, maxTurns: sub.max_turns, maxTokens: sub.max_tokens }
  }

  const virtualFiles = await resolveVirtualFiles(source, raw, fail)

  if (errors.length) return { errors: await placed(errors), nameLine }
  return {
    nameLine,
    errors: [],
    workflow: {
      name,
      file,
      description: raw.description,
      on: normalizeOn(raw.on),
      coordinator: raw.coordinator,
      script,
      shadowScript,
      prompt,
      promptFile: raw.prompt_file,
      model: raw.model,
      maxTurns: raw.max_turns,
      maxTokens: raw.max_tokens,
      minAgreeingRuns: raw.min_agreeing_runs,
      timeoutSeconds: raw.timeout_seconds,
      dryRun: raw.dry_run,
      tools,
      slackChannel: raw.slack?.channel,
      maxTotalTokens: raw.max_total_tokens,
      maxCostUsd: raw.max_cost_usd,
      subagents,
      virtualFiles,
      limits: (raw.limits ?? {}) as Record<string, number>,
      allow: raw.allow ?? {},
      ...(raw.mcp_servers && Object.keys(raw.mcp_servers).length ? { mcpServers: raw.mcp_servers } : {})
    }
  }
}

type Fail = (key: string, message: string, path?: (string | number)[]) => void

async function checkScript(source: FileSource, path: string, key: string, fail: Fail): Promise<string | undefined> {
  const ext = extname(path).toLowerCase()
  if (!(SCRIPT_EXTENSIONS as readonly string[]).includes(ext)) {
    fail(key, `"${path}" has extension "${ext || 'none'}": expected one of ${SCRIPT_EXTENSIONS.join(' ')}`)
    return undefined
  }
  return checkPath(source, path, key, fail, [key])
}

async function checkPath(source: FileSource, path: string, key: string, fail: Fail, yamlPath: (string | number)[]): Promise<string | undefined> {
  const normal = normalizeRepoPath(path)
  if ('error' in normal) {
    fail(key, `"${path}" ${normal.error}`, yamlPath)
    return undefined
  }
  const stat = await source.stat(normal.path)
  if (stat.kind !== 'file') {
    fail(key, `"${path}" ${describeStat(stat)}: expected a file in the repository`, yamlPath)
    return undefined
  }
  if (stat.size > MAX_FILE_BYTES) {
    fail(key, `"${path}" is ${stat.size} bytes: expected at most ${MAX_FILE_BYTES}`, yamlPath)
    return undefined
  }
  return normal.path
}

async function readChecked(source: FileSource, path: string, key: string, fail: Fail, yamlPath: (string | number)[] = [key]): Promise<string | undefined> {
  const checked = await checkPath(source, path, key, fail, yamlPath)
  if (!checked) return undefined
  const text = await source.readText(checked)
  if (text.includes('\0')) {
    fail(key, `"${path}" is a binary file: expected text`, yamlPath)
    return undefined
  }
  return text
}

async function resolveVirtualFiles(source: FileSource, raw: RawWorkflowConfig, fail: Fail): Promise<VirtualFileEntry[]> {
  const entries: VirtualFileEntry[] = []
  const names = new Set<string>()
  const add = (entry: VirtualFileEntry, index: number) => {
    if (names.has(entry.name) || entry.name === 'trigger.json') {
      fail('virtual_files', `names "${entry.name}" twice${entry.name === 'trigger.json' ? ' (trigger.json is always present: it holds the event)' : ''}: expected unique names`, [
        'virtual_files',
        index
      ])
      return
    }
    names.add(entry.name)
    entries.push(entry)
  }
  for (const [index, spec] of raw.virtual_files.entries()) {
    if ('content' in spec) add({ name: spec.name, content: spec.content }, index)
    else if ('path' in spec) {
      const path = await checkPath(source, spec.path, 'virtual_files', fail, ['virtual_files', index, 'path'])
      if (path && (await isBinary(source, path))) fail('virtual_files', `"${spec.path}" is a binary file: expected text`, ['virtual_files', index, 'path'])
      else if (path) add({ name: path, path }, index)
    } else {
      const normal = normalizeRepoPath(spec.glob)
      if ('error' in normal) {
        fail('virtual_files', `glob "${spec.glob}" ${normal.error}`, ['virtual_files', index, 'glob'])
        continue
      }
      const matches = await source.glob(normal.path)
      if (!matches.length) fail('virtual_files', `glob "${spec.glob}" matches no file: expected at least one`, ['virtual_files', index, 'glob'])
      for (const match of matches) {
        const path = await checkPath(source, match, 'virtual_files', fail, ['virtual_files', index, 'glob'])
        if (path) add({ name: path, path }, index)
      }
    }
  }
  return entries
}

async function isBinary(source: FileSource, path: string): Promise<boolean> {
  return (await source.readText(path)).includes('\0')
}

function normalizeOn(on: RawWorkflowConfig['on']): WorkflowConfig['on'] {
  if (typeof on === 'string') return { [on]: null }
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [e, null]))
  return on
}

const TOP_KEYS = Object.keys(workflowConfigSchema.shape).filter((k) => k !== '$schema')

/** Problems in the order they appear in the file (those without a line last). */
function byLine(errors: ConfigError[]): ConfigError[] {
  return errors
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (a.location.line ?? Infinity) - (b.location.line ?? Infinity) || i - j)
    .map(([e]) => e)
}

type At = (path: (string | number)[], key?: string) => { file: string; line?: number }

/**
 * A zod issue -> messages naming the key and what was expected: one per unknown key, and,
 * for a union (on, virtual_files), the issues of the one form the value is written in.
 */
function issueToErrors(issue: z.core.$ZodIssue, prefix: (string | number)[], value: unknown, at: At): ConfigError[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))] as (string | number)[]
  const keyName = path.join('.') || '(top level)'
  const actual = describeValue(getIn(value, path))
  // A tool name is a built-in one or an MCP one (a union): say which names there are.
  if (path.at(-2) === 'tools' && typeof path.at(-1) === 'number' && typeof getIn(value, path) === 'string') {
    return [
      new ConfigError(
        `${keyName}: unknown tool ${JSON.stringify(getIn(value, path))}: expected one of ${TOOL_NAMES.join(', ')}, or mcp.<server>.<tool> for a server under mcp_servers`,
        at(path),
        keyName
      )
    ]
  }
  if (path[0] === 'mcp_servers' && issue.code === 'invalid_key') {
    return [new ConfigError(`${keyName}: is not a usable server name: expected letters, digits, dash or underscore (no dots: tools are named mcp.<server>.<tool>)`, at(path), keyName)]
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        if (path.length === 1 && path[0] === 'limits') return limitKeyError([...path, key], at)
        const where = path.length ? `${keyName}.${key}` : key
        const expected = path.length ? `a key this section knows${knownKeys(path)}` : `one of ${TOP_KEYS.join(', ')}`
        return new ConfigError(`${where}: unknown key: expected ${expected}`, at(path, key), where)
      })
    case 'invalid_type': {
      const got = getIn(value, path)
      const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'a mapping' : issue.expected
      const like = issue.expected === 'array' && typeof got === 'string' ? `, like ${String(path.at(-1))}: [${got}]` : ''
      return [new ConfigError(`${keyName}: expected ${expected}, got ${actual}${like}`, at(path), keyName)]
    }
    case 'invalid_value':
      if (path.includes('tools')) return [new ConfigError(`${keyName}: unknown tool ${JSON.stringify(getIn(value, path))}: expected one of ${issue.values.join(', ')}`, at(path), keyName)]
      return [new ConfigError(`${keyName}: got ${actual}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, at(path), keyName)]
    case 'invalid_key':
      if (path[0] === 'limits') return [limitKeyError(path, at)]
      return [new ConfigError(`${keyName}: ${issue.message}`, at(path), keyName)]
    case 'invalid_union': {
      // The branches whose top-level shape fits the value: with exactly one, its own issues say precisely what is wrong.
      const fitting = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0))
      if (fitting.length === 1) return fitting[0]!.flatMap((inner) => issueToErrors(inner, path, value, at))
      const hint =
        path[0] === 'on'
          ? 'an event name, a list of event names, or a map of event names to { types: [...] }'
          : path[0] === 'virtual_files'
            ? 'one of { path }, { glob } or { name, content }'
            : 'one of the allowed forms'
      return [new ConfigError(`${keyName}: got ${actual}: expected ${hint}`, at(path), keyName)]
    }
    default:
      return [new ConfigError(`${keyName}: ${issue.message}${actual !== 'undefined' ? ` (got ${actual})` : ''}`, at(path), keyName)]
  }
}

/** A `limits` key that is not a mutating tool: say whether it is read-only or unknown. */
function limitKeyError(path: (string | number)[], at: At): ConfigError {
  const tool = String(path[1])
  const where = `limits.${tool}`
  const message = TOOL_NAMES.includes(tool)
    ? `${tool} is read-only: limits count the calls of mutating tools (${MUTATING_TOOL_NAMES.join(', ')}); remove this line`
    : `unknown tool ${JSON.stringify(tool)}: expected one of the mutating tools ${MUTATING_TOOL_NAMES.join(', ')}`
  return new ConfigError(`${where}: ${message}`, at(['limits'], tool), where)
}

/** ", like a, b" for a nested section whose keys we can name. */
function knownKeys(path: (string | number)[]): string {
  const keys: Record<string, string> = { slack: 'channel', allow: 'slack_channels, slack_reactions, github_repos' }
  if (path.length === 1 && typeof path[0] === 'string' && keys[path[0]]) return ` (${keys[path[0]]})`
  if (path[0] === 'subagents' && path.length === 2) return ' (prompt, prompt_file, description, tools, model, max_turns, max_tokens)'
  return ''
}

function getIn(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value)
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing'
  if (v === null) return 'null'
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
  if (Array.isArray(v)) return 'a list'
  if (typeof v === 'object') return 'a mapping'
  return `${typeof v} ${String(v)}`
}
