import { existsSync, mkdirSync, promises as fs, readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { isMap, isPair, isScalar } from 'yaml'
import { WorkspaceSource } from '../config/source.js'
import { loadWorkflowConfigs } from '../config/load.js'
import { parseConfigText } from '../config/yaml-document.js'
import { LLM_ONLY_KEYS } from '../config/schema.js'
import type { WorkflowConfig } from '../config/workflow-config.js'
import { Clients, type ClientSettings } from '../clients/index.js'
import { validateScripts } from '../coordinators/validate-scripts.js'
import { DEFAULT_MODEL } from '../inputs.js'
import { lookupModel } from '../models/capabilities.js'
import { errorMessage } from '../errors.js'
import { CliError, EXIT, UsageError, displayPath, formatLocated, paint, parseCommandArgs, resolvePath, say, warn, wholeNumber, type CliIo, type ExitCode } from './io.js'
import { clientsFromEnv } from './run.js'
import { printConfigErrors } from './validate.js'
import { TraceError, completeWorkflow, findTraceFiles, readTraceFile, type TracedRun, type TracedWorkflow } from './trace-file.js'
import { MIGRATE_SYSTEM, buildMigratePrompt, extractTypeScript } from './migrate-prompt.js'
import { replayPath } from './replay.js'

export const MIGRATE_HELP = `Usage: hybrid-coordinator migrate WORKFLOW [--traces DIR] [--out FILE] [--force]
                                  [--max-traces N] [--config-dir DIR] [--model MODEL] [--sandbox]

Asks Claude to rewrite a coordinator: llm workflow as a TypeScript script coordinator that
uses the typed tool API. Claude gets the workflow's prompt, its tools with their TypeScript
types, its virtual file names and up to N sample traces. The script is checked as
\`validate\` checks scripts (it compiles and exports a handler) before it is written, then
replayed on the traces in DIR; the config change to make is printed. migrate never edits
the config, and never overwrites a file without --force.

WORKFLOW is the workflow's name (or its config file). ANTHROPIC_API_KEY (and
ANTHROPIC_BASE_URL when set) come from the environment.

Options:
  --traces DIR       recorded runs of the workflow (*.jsonl, searched recursively): samples
                     for Claude, and the events the new script is replayed on
  --out FILE         the script to write (default scripts/WORKFLOW.ts)
  --force            overwrite FILE if it exists
  --max-traces N     most sample traces sent to Claude, newest first (default 3)
  --config-dir DIR   folder of workflow configs (default .github/coordinator)
  --model MODEL      the model to ask (default ${DEFAULT_MODEL})
  --python PATH      interpreter for .py scripts met while validating (default python3)
  --sandbox          ask the built-in sandbox's scripted stand-in instead of Claude (its
                     \`migrate\` policy answers with a fixed pr_merged script): no key needed
  -h, --help         this text

Exit: 0 written, valid, and every replayed event agrees; 1 refused (a script workflow), no
usable code in the reply (nothing written), or the written script differs on a trace;
2 usage error (flags, missing files, FILE exists without --force, no API key).`

/** Sample traces sent to the model, newest first (migrate's --max-traces; propose's fixed number). */
export const DEFAULT_MAX_TRACES = 3
const MAX_REPLY_TOKENS = 8192

export async function migrateCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('migrate', argv, {
    traces: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'max-traces': { type: 'string' },
    'config-dir': { type: 'string' },
    model: { type: 'string' },
    python: { type: 'string' },
    sandbox: { type: 'boolean' }
  })
  if (values.help) return (say(io, MIGRATE_HELP), EXIT.ok)
  if (positionals.length !== 1) throw new UsageError(`migrate: ${positionals.length ? 'takes one WORKFLOW' : 'needs the WORKFLOW to rewrite'}: see hybrid-coordinator migrate --help`)
  const maxTraces = wholeNumber('migrate', 'max-traces', values['max-traces'] as string | undefined, DEFAULT_MAX_TRACES)
  const configDir = (values['config-dir'] as string | undefined) ?? '.github/coordinator'
  const model = (values.model as string | undefined) ?? DEFAULT_MODEL
  const force = Boolean(values.force)
  const tracesDir = values.traces as string | undefined

  // Everything that can be checked without the model is checked first: a refusal costs nothing.
  const source = new WorkspaceSource(io.cwd)
  const workflow = await findWorkflow(io, source, configDir, positionals[0])
  const given = (values.out as string | undefined) ?? `scripts/${workflow.name}.ts`
  if (!['.ts', '.mts'].includes(extname(given))) throw new UsageError(`migrate: --out ${given}: expected a .ts or .mts file (migrate writes TypeScript)`)
  // Configs name scripts relative to the repository root: say `out` that way everywhere.
  const out = displayPath(io, given)
  if (isAbsolute(out)) throw new UsageError(`migrate: --out ${given}: expected a file inside the repository (${io.cwd}), where a config can name it`)
  const outFull = resolvePath(io, out)
  if (existsSync(outFull) && !force) throw new CliError(`${out}: already exists: pass --force to overwrite it, or --out to write another file`, EXIT.usage)
  const traces = tracesDir ? await loadTraces(io, tracesDir, workflow.name) : []
  const samples = traces.slice(0, maxTraces)

  const box = values.sandbox ? await (await import('./sandbox.js')).startCliSandbox('migrate') : undefined
  let draft: Draft
  try {
    const settings: ClientSettings = box?.clients ?? clientsFromEnv(io.env)
    if (!settings.anthropicApiKey) throw new CliError("no Anthropic API key: set ANTHROPIC_API_KEY (or pass --sandbox to try the command with the sandbox's scripted stand-in)", EXIT.usage)
    say(
      io,
      paint(
        io,
        'dim',
        `Asking ${box ? "the sandbox's scripted stand-in for Claude (policy migrate, not a real model: whatever the workflow, it answers with the pr_merged example's script)" : model} to rewrite ${workflow.name} (${workflow.file}) as a TypeScript script, with ${samples.length} sample trace(s)…`
      )
    )
    // The model table: a model it does not know is asked plainly, and the user hears so.
    const { notice } = lookupModel(model)
    if (notice) warn(io, paint(io, 'yellow', notice))
    draft = await draftScript({ settings, model, workflow, samples, source, root: io.cwd, out, python: (values.python as string | undefined) ?? 'python3' })
  } finally {
    await box?.close()
  }

  const code = draft.code
  if (!code) {
    const gist = draft.reply.trim().split('\n')[0]?.slice(0, 160) || '(an empty reply)'
    throw new CliError(
      `the model's reply holds no \`\`\`ts code block, so nothing was written (${existsSync(outFull) ? `${out} is unchanged` : `${out} was not created`}); the reply began: ${gist}`,
      EXIT.problem
    )
  }
  if (draft.problems.length) {
    for (const p of draft.problems) say(io, paint(io, 'red', p))
    throw new CliError(`the model's script fails validate, so nothing was written (${existsSync(outFull) ? `${out} is unchanged` : `${out} was not created`})`, EXIT.problem)
  }

  mkdirSync(dirname(outFull), { recursive: true })
  try {
    await fs.writeFile(outFull, code, { flag: force ? 'w' : 'wx' })
  } catch (error) {
    throw new CliError(
      `${out}: cannot be written: ${(error as { code?: string }).code === 'EEXIST' ? 'it appeared while the model was answering; pass --force to overwrite it' : errorMessage(error)}`,
      EXIT.problem
    )
  }
  say(io, paint(io, 'green', `Wrote ${out} (${code.split('\n').length - 1} lines): it compiles and exports a handler.`))

  let agree = true
  if (tracesDir && traces.length) {
    say(io, '', `Replaying ${out} on the ${traces.length} recorded run(s) of ${workflow.name} in ${tracesDir}:`, '')
    const tally = await replayPath(io, tracesDir, { workflow: workflow.name, script: out, configDir, python: values.python as string | undefined })
    agree = tally.total > 0 && tally.agreed === tally.total
  } else {
    say(
      io,
      '',
      paint(
        io,
        'yellow',
        tracesDir
          ? `No trace in ${tracesDir} holds a complete run of ${workflow.name}: nothing to replay it on.`
          : `No --traces given: replay it on recorded runs with \`hybrid-coordinator replay DIR --workflow ${workflow.name} --script ${out}\`.`
      )
    )
  }
  say(io, '', ...configChange(io, workflow, out))
  return agree ? EXIT.ok : EXIT.problem
}

/** The workflow by name (or config file), which must be valid and coordinator: llm. */
export async function findWorkflow(io: CliIo, source: WorkspaceSource, configDir: string, wanted: string, command = 'migrate'): Promise<WorkflowConfig> {
  const loaded = await loadWorkflowConfigs(source, configDir)
  const asFile = displayPath(io, wanted)
  const workflow = loaded.workflows.find((w) => w.name === wanted || w.file === asFile)
  if (!workflow) {
    const broken = loaded.errors.filter((e) => e.location.file === asFile || e.location.file.endsWith(`/${wanted}.yml`) || e.location.file.endsWith(`/${wanted}.yaml`))
    if (broken.length) {
      printConfigErrors(io, broken)
      throw new CliError(`${command}: the config of ${wanted} is invalid: fix it first (hybrid-coordinator validate --config-dir ${configDir})`, EXIT.problem)
    }
    const configDirError = loaded.errors.find((e) => e.key === 'config-dir')
    if (configDirError) throw new UsageError(`${command}: ${configDirError.message}`)
    const names = loaded.workflows.map((w) => w.name).join(', ') || 'none'
    throw new UsageError(`${command}: no workflow named ${wanted} in ${configDir}: the workflows there are ${names}`)
  }
  if (workflow.coordinator === 'script') {
    throw new CliError(
      `${command} refuses ${workflow.name}: it is already coordinator: script (${workflow.script}); ${command} ${command === 'migrate' ? 'rewrites' : 'upgrades'} coordinator: llm workflows. To check a script against recorded runs, use hybrid-coordinator replay`,
      EXIT.problem,
      { file: workflow.file }
    )
  }
  return workflow
}

/** Complete recorded runs of the workflow, newest first; unusable traces are named and left out. */
export async function loadTraces(io: CliIo, path: string, workflow: string): Promise<{ run: TracedRun; traced: TracedWorkflow }[]> {
  const full = resolvePath(io, path)
  let files: string[]
  try {
    files = statSync(full).isDirectory() ? await findTraceFiles(full) : [full]
  } catch {
    throw new CliError(`${path}: does not exist: expected a folder of traces (*.jsonl)`, EXIT.usage)
  }
  const found: { run: TracedRun; traced: TracedWorkflow }[] = []
  for (const file of files) {
    try {
      const run = await readTraceFile(file, displayPath(io, file))
      if (!run.workflows.some((w) => w.name === workflow)) continue
      found.push({ run, traced: completeWorkflow(run, workflow) })
    } catch (error) {
      if (error instanceof TraceError) warn(io, paint(io, 'yellow', `${formatLocated(error.message, error.location)} (left out)`))
      else throw error
    }
  }
  return found.sort((a, b) => (b.run.time ?? '').localeCompare(a.run.time ?? ''))
}

export interface Draft {
  /** The model's whole reply. */
  reply: string
  /** Its TypeScript, when it holds a code block. */
  code?: string
  /** What `validate` says about that code (located at OUT); empty when it compiles and exports a handler. */
  problems: string[]
}

export interface DraftRequest {
  settings: ClientSettings
  model: string
  workflow: WorkflowConfig
  samples: { run: TracedRun; traced: TracedWorkflow }[]
  source: WorkspaceSource
  /** Repository root on disk. */
  root: string
  /** Where the script is meant to live, repository-relative: the check runs from a temp file beside it. */
  out: string
  python: string
  /** Applied to the prompt before it leaves (a trace may hold a secret of the run that recorded it). */
  redact?: (text: string) => string
}

/** migrate's draft: one model call with the workflow and samples, the code block, and validate's verdict on it. Writes nothing. */
export async function draftScript(request: DraftRequest): Promise<Draft> {
  const prompt = buildMigratePrompt({ workflow: request.workflow, samples: request.samples })
  const reply = await askModel(request.settings, request.model, request.redact ? request.redact(prompt) : prompt)
  const code = extractTypeScript(reply)
  if (!code) return { reply, problems: [] }
  const problems = await checkScript(request.root, request.source, request.workflow, request.out, code, request.python)
  return { reply, code, problems }
}

async function askModel(settings: ClientSettings, model: string, prompt: string): Promise<string> {
  try {
    const anthropic = await new Clients(settings).anthropic()
    // No tools, no thinking setting (never `disabled`: Sonnet 5.5 refuses it); only the
    // text blocks are the reply, since a thinking model's answer may start with a thinking block.
    const maxTokens = Math.min(MAX_REPLY_TOKENS, lookupModel(model).capabilities.maxOutputTokens)
    const answer = await anthropic.messages.create({ model, max_tokens: maxTokens, system: MIGRATE_SYSTEM, messages: [{ role: 'user', content: prompt }] })
    const text = answer.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('\n')
    if (answer.stop_reason === 'max_tokens' && !extractTypeScript(text)) {
      throw new Error(`the reply was cut off at max_tokens (${MAX_REPLY_TOKENS}) before its code block ended`)
    }
    return text
  } catch (error) {
    throw new CliError(`the Messages API call failed: ${errorMessage(error).split('\n')[0]}`, EXIT.problem, undefined, { cause: error })
  }
}

/**
 * `validate`'s script check on the candidate, from a temp file beside OUT (so its relative
 * imports resolve as they will): nothing is written at OUT unless it passes.
 */
async function checkScript(root: string, source: WorkspaceSource, workflow: WorkflowConfig, out: string, code: string, python: string): Promise<string[]> {
  const outFull = resolve(root, out)
  mkdirSync(dirname(outFull), { recursive: true })
  const temp = join(dirname(outFull), `.${basename(outFull, extname(outFull))}.hc-migrate-${process.pid}-${Math.random().toString(36).slice(2, 8)}${extname(outFull)}`)
  const tempRel = relative(root, temp).split(sep).join('/')
  await fs.writeFile(temp, code)
  try {
    const errors = await validateScripts([{ ...workflow, coordinator: 'script', script: tempRel, shadowScript: undefined }], { source, python, secrets: [] })
    return errors.map((e) => formatLocated(e.message.split(tempRel).join(out), { ...e.location, file: out }))
  } finally {
    await fs.rm(temp, { force: true })
  }
}

/** The edit to make by hand: the config's own lines that go, and the ones that replace them. */
export function configChange(io: CliIo, workflow: WorkflowConfig, script: string): string[] {
  const full = resolvePath(io, workflow.file)
  const text = existsSync(full) ? readText(full) : ''
  const parsed = parseConfigText(text, workflow.file)
  const removed: string[] = []
  let coordinatorLine: string | undefined
  if (!('errors' in parsed) && isMap(parsed.doc.contents)) {
    const lines = text.split('\n')
    for (const pair of parsed.doc.contents.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue
      const key = String(pair.key.value)
      if (key !== 'coordinator' && !(LLM_ONLY_KEYS as readonly string[]).includes(key)) continue
      const start = parsed.lines.linePos(pair.key.range![0]).line
      const valueEnd = (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? pair.key.range![1]
      const end = parsed.lines.linePos(Math.max(pair.key.range![0], valueEnd - 1)).line
      const block = lines.slice(start - 1, end)
      if (key === 'coordinator') coordinatorLine = block.join('\n')
      else removed.push(...block.map((l) => `  - ${l}`))
    }
  }
  const lines = [paint(io, 'bold', `To switch ${workflow.name} to the script, edit ${workflow.file} (migrate never edits configs):`)]
  if (coordinatorLine) lines.push(paint(io, 'red', `  - ${coordinatorLine}`))
  lines.push(...removed.map((l) => paint(io, 'red', l)))
  lines.push(paint(io, 'green', '  + coordinator: script'), paint(io, 'green', `  + coordinator_script: ${script}`))
  lines.push(
    paint(io, 'dim', `Or watch it on real events first: keep coordinator: llm and add \`shadow_script: ${script}\`; each run then shows where the script's planned mutations differ from the LLM's.`)
  )
  return lines
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
