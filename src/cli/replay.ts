import { statSync } from 'node:fs'
import { posix } from 'node:path'
import { Writable } from 'node:stream'
import { WorkspaceSource } from '../config/source.js'
import { loadWorkflowConfigs, type LoadResult } from '../config/load.js'
import { stableJson } from '../tools/toolbox.js'
import { short } from '../report/summary.js'
import { errorMessage } from '../errors.js'
import { CliError, EXIT, UsageError, displayPath, formatLocated, paint, parseCommandArgs, resolvePath, say, type CliIo, type ExitCode } from './io.js'
import { TraceError, completeWorkflow, findTraceFiles, readTraceFile, type TracedRun, type TracedWorkflow } from './trace-file.js'
import { replayWorkflow, type Mutation, type ReplayOutcome } from './replay-run.js'

export const REPLAY_HELP = `Usage: hybrid-coordinator replay TRACE|DIR [--workflow NAME] [--script FILE] [--config-dir DIR]

Re-runs a script coordinator on the trigger of a recorded run (a trace from the action's
trace-file output, \`run\`, or \`gh run download\`), in dry run and with no network: its
reads are answered from the tool results the trace recorded, and a read the trace never
recorded fails and is reported. Prints each mutation the trace recorded beside the one the
script would make (tool and target: a message's channel and ts, a PR's URL), marking
differences with ≠ (~ marks a call the guards refused on one side only: shown, not
counted, as it never lands). Given a folder, replays every *.jsonl trace under it and tallies
("47 of 50 events agree").

The script is --script FILE, else the workflow's coordinator_script (script workflows) or
its shadow_script (llm workflows). The workflow's config as it is now (default: the folder
the trace names) gives the guards, tools and virtual files.

Options:
  --workflow NAME    replay only this workflow (a trace of another workflow is refused;
                     in a folder it is skipped)
  --script FILE      the script to replay instead of the config's
  --config-dir DIR   folder of workflow configs (default: the one the trace recorded)
  --python PATH      interpreter for .py scripts (default python3)
  -h, --help         this text

Exit: 0 every replayed event agrees, 1 a difference (or a trace that cannot be replayed),
2 usage error.`

export interface ReplayOptions {
  workflow?: string
  script?: string
  configDir?: string
  /** Interpreter for .py scripts (default python3). */
  python?: string
}

export interface ReplayTally {
  /** Trace files replayed (events), agreeing or not, and those that could not be. */
  total: number
  agreed: number
  differed: number
  failed: number
  /** Traces (or workflows in them) left out: another workflow, or no script to replay. */
  skipped: number
}

export async function replayCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('replay', argv, {
    workflow: { type: 'string' },
    script: { type: 'string' },
    'config-dir': { type: 'string' },
    python: { type: 'string' }
  })
  if (values.help) return (say(io, REPLAY_HELP), EXIT.ok)
  if (positionals.length !== 1) throw new UsageError(`replay: ${positionals.length ? 'takes one TRACE or DIR' : 'needs a TRACE file or a DIR of traces'}: see hybrid-coordinator replay --help`)
  const options: ReplayOptions = {
    workflow: values.workflow as string | undefined,
    script: values.script as string | undefined,
    configDir: values['config-dir'] as string | undefined,
    python: values.python as string | undefined
  }
  if (options.script) checkFile(io, options.script, 'the script to replay')
  const tally = await replayPath(io, positionals[0], options)
  return tally.agreed === tally.total && tally.total > 0 ? EXIT.ok : EXIT.problem
}

function checkFile(io: CliIo, path: string, what: string): void {
  let kind: string
  try {
    kind = statSync(resolvePath(io, path)).isFile() ? 'file' : 'directory'
  } catch {
    throw new CliError(`${path}: does not exist: expected ${what}`, EXIT.usage)
  }
  if (kind !== 'file') throw new CliError(`${path}: is a directory: expected ${what}`, EXIT.usage)
}

/** Replays one trace file, or every trace under a folder, printing each and (for a folder) the tally. */
export async function replayPath(io: CliIo, path: string, options: ReplayOptions): Promise<ReplayTally> {
  const full = resolvePath(io, path)
  let isDir: boolean
  try {
    isDir = statSync(full).isDirectory()
  } catch {
    throw new CliError(`${path}: does not exist: expected a trace file or a folder of traces`, EXIT.usage)
  }
  const files = isDir ? await findTraceFiles(full) : [full]
  if (!files.length) throw new CliError(`${path}: holds no trace (*.jsonl): expected the trace files of recorded runs`, EXIT.usage)
  const replayer = new Replayer(io, options, isDir)
  for (const file of files) await replayer.replayFile(file)
  const t = replayer.tally
  if (isDir) {
    const parts = [
      t.differed ? `${t.differed} differ` : '',
      t.failed ? `${t.failed} could not be replayed` : '',
      t.skipped ? `${t.skipped} skipped (${options.workflow ? `not of workflow ${options.workflow}, or ` : ''}no script to replay)` : ''
    ].filter(Boolean)
    const line = `${t.agreed} of ${t.total} event${t.total === 1 ? '' : 's'} agree${t.total === 1 ? 's' : ''}${parts.length ? `; ${parts.join(', ')}` : ''}`
    say(io, ...(replayer.endsWithBlank ? [] : ['']), paint(io, t.total && t.agreed === t.total ? 'green' : 'red', line))
    if (!t.total) throw new CliError(`${path}: no trace in it holds a replayable run${options.workflow ? ` of workflow ${options.workflow}` : ''}`, EXIT.problem)
  }
  return t
}

class Replayer {
  readonly tally: ReplayTally = { total: 0, agreed: 0, differed: 0, failed: 0, skipped: 0 }
  /** Whether the last thing printed was a blank line (a full block ends with one). */
  endsWithBlank = false
  readonly #configs = new Map<string, Promise<LoadResult>>()
  readonly #source: WorkspaceSource
  /** A Python script's print() output: to stderr, so the comparison on stdout stays clean. */
  readonly #scriptOutput = new Writable({ write: (chunk, _encoding, done) => (this.io.stderr(String(chunk)), done()) })

  constructor(
    readonly io: CliIo,
    readonly options: ReplayOptions,
    readonly inFolder: boolean
  ) {
    this.#source = new WorkspaceSource(io.cwd)
  }

  async replayFile(file: string): Promise<void> {
    const shown = displayPath(this.io, file)
    let run: TracedRun
    let workflows: TracedWorkflow[]
    try {
      run = await readTraceFile(file, shown)
      workflows = this.#select(run)
    } catch (error) {
      if (error instanceof SkipTrace) return void this.tally.skipped++
      this.#failed(error)
      return
    }
    if (!workflows.length) return void this.tally.skipped++
    const outcomes: ReplayOutcome[] = []
    try {
      for (const traced of workflows) {
        if (run.truncatedAt) {
          say(
            this.io,
            paint(this.io, 'yellow', `${shown}:${run.truncatedAt}: the trace is truncated (this line is cut off); workflow ${traced.name} ended before it, so its complete part is replayed`)
          )
        }
        const target = await this.#target(run, traced)
        if (!target) continue
        outcomes.push(await replayWorkflow({ run, traced, ...target, source: this.#source, root: this.io.cwd, python: this.options.python ?? 'python3', scriptOutput: this.#scriptOutput }))
      }
    } catch (error) {
      this.#failed(error)
      return
    }
    if (!outcomes.length) return void this.tally.skipped++
    this.tally.total++
    const agree = outcomes.every((o) => o.agree)
    if (agree) this.tally.agreed++
    else this.tally.differed++
    for (const o of outcomes) this.#print(run, o)
  }

  /** The workflows of a run to replay; throws SkipTrace for a folder's traces of other workflows. */
  #select(run: TracedRun): TracedWorkflow[] {
    const name = this.options.workflow
    if (name) {
      if (this.inFolder && !run.workflows.some((w) => w.name === name)) throw new SkipTrace()
      return [completeWorkflow(run, name)]
    }
    if (!run.workflows.length) {
      if (this.inFolder) throw new SkipTrace()
      if (run.truncatedAt) throw new TraceError(`is truncated (line ${run.truncatedAt} is cut off) before any workflow started: nothing to replay`, { file: run.file, line: run.truncatedAt })
      throw new TraceError('holds no workflow run (the event matched none): nothing to replay', { file: run.file })
    }
    if (this.options.script && run.workflows.length > 1) {
      throw new TraceError(`holds runs of ${run.workflows.map((w) => w.name).join(', ')}: pass --workflow to say which one --script replaces`, { file: run.file })
    }
    return run.workflows.map((w) => completeWorkflow(run, w.name))
  }

  /** The config and script for a traced workflow, or undefined when (in a folder) there is no script to replay. */
  async #target(run: TracedRun, traced: TracedWorkflow) {
    const dir = this.options.configDir ?? (posix.dirname(traced.configFile) || '.github/coordinator')
    let loading = this.#configs.get(dir)
    if (!loading) this.#configs.set(dir, (loading = loadWorkflowConfigs(this.#source, dir)))
    const loaded = await loading
    const config = loaded.workflows.find((w) => w.name === traced.name)
    if (!config) {
      const broken = loaded.errors.find((e) => e.location.file === traced.configFile)
      if (broken)
        throw new CliError(`workflow ${traced.name}: its config is invalid now, so it cannot be replayed: ${formatLocated(broken.message, broken.location)}`, EXIT.problem, { file: run.file })
      throw new CliError(`workflow ${traced.name}: no config by that name in ${dir}: replay needs it for the guards, tools and virtual files (pass --config-dir)`, EXIT.problem, { file: run.file })
    }
    const script = this.options.script ?? (config.coordinator === 'script' ? config.script : config.shadowScript)
    if (!script) {
      if (this.inFolder && !this.options.workflow) return undefined
      throw new CliError(`workflow ${traced.name} is coordinator: llm with no shadow_script: pass --script FILE to name the script to replay`, EXIT.usage, { file: run.file })
    }
    const scriptPath = resolvePath(this.io, script)
    return { config, script: displayPath(this.io, scriptPath), scriptPath }
  }

  #failed(error: unknown): void {
    if (error instanceof CliError && error.exitCode === EXIT.usage) throw error
    this.tally.total++
    this.tally.failed++
    const location = error instanceof TraceError || error instanceof CliError ? error.location : undefined
    say(this.io, paint(this.io, 'red', formatLocated(errorMessage(error), location)))
    this.endsWithBlank = false
  }

  #print(run: TracedRun, o: ReplayOutcome): void {
    const io = this.io
    const event = `${run.trigger.event}${run.trigger.action ? `.${run.trigger.action}` : ''}`
    const same = o.rows.filter((r) => r.recorded && r.planned).length
    if (o.agree && this.inFolder) {
      say(io, `${paint(io, 'green', '=')} ${run.file}  ${o.workflow}  ${event}: ${same} mutation${same === 1 ? '' : 's'} agree`)
      this.endsWithBlank = false
      return
    }
    const recordedBy = run.workflows.find((w) => w.name === o.workflow)?.coordinator ?? '?'
    say(io, `${paint(io, 'bold', run.file)}  ${o.workflow}  ${event}  (recorded: ${recordedBy}, ${o.recordedStatus}${run.dryRun ? ', dry run' : ''}; replayed: ${o.script})`)
    const label = (m?: Mutation) => (m ? `${m.tool} ${m.target}${m.refused ? ' (refused)' : ''}` : '—')
    const width = Math.min(70, Math.max('recorded'.length, ...o.rows.map((r) => label(r.recorded).length)))
    say(io, paint(io, 'dim', `     ${'recorded'.padEnd(width)}   planned`))
    if (!o.rows.length) say(io, paint(io, 'dim', `  =  ${'(no mutation)'.padEnd(width)}   (no mutation)`))
    for (const r of o.rows) {
      const ok = Boolean(r.recorded && r.planned)
      const mark = ok ? paint(io, 'green', '=') : (r.recorded ?? r.planned)!.refused ? paint(io, 'yellow', '~') : paint(io, 'red', '≠')
      say(io, `  ${mark}  ${label(r.recorded).padEnd(width)}   ${label(r.planned)}`)
    }
    for (const read of o.unrecordedReads) say(io, `  ${paint(io, 'red', '≠')}  read the trace never recorded: ${read.tool} ${short(stableJson(read.input), 100)}`)
    for (const call of o.unrecordedSubagents) say(io, `  ${paint(io, 'red', '≠')}  ${call}: the trace recorded no answer for it`)
    if (o.scriptError) {
      const both = o.recordedStatus === 'failed'
      say(
        io,
        `  ${paint(io, both ? 'yellow' : 'red', both ? '~' : '≠')}  the script failed${both ? ' (so did the recorded run)' : ''}: ${formatLocated(o.scriptError.message, o.scriptError.location)}`
      )
    }
    const recordedOnly = o.rows.filter((r) => !r.planned && !r.recorded!.refused).length
    const plannedOnly = o.rows.filter((r) => !r.recorded && !r.planned!.refused).length
    const verdict = o.agree
      ? paint(io, 'green', `agrees: ${same} mutation${same === 1 ? '' : 's'} on both sides`)
      : paint(
          io,
          'red',
          `differs: ${[
            recordedOnly ? `${recordedOnly} recorded but not planned` : '',
            plannedOnly ? `${plannedOnly} planned but not recorded` : '',
            o.unrecordedReads.length ? `${o.unrecordedReads.length} read(s) the trace never recorded` : '',
            o.unrecordedSubagents.length ? `${o.unrecordedSubagents.length} unrecorded subagent call(s)` : '',
            o.scriptError && o.recordedStatus === 'succeeded' ? 'the script failed' : ''
          ]
            .filter(Boolean)
            .join(', ')}`
        )
    say(io, `  ${verdict}`, '')
    this.endsWithBlank = true
  }
}

/** A folder's trace that is not about the workflow asked for. */
class SkipTrace extends Error {}
