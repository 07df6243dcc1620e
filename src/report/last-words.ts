import type { CoreLike } from '../main.js'
import { errorMessage } from '../errors.js'

/**
 * What a run has so far, kept where the process-wide crash handlers can reach it: if the
 * action itself dies mid-run (a bug of ours, a client's stray rejection), the outputs, the
 * summary and the trace still say what happened before it exits non-zero.
 */
export interface LastWords {
  /** The `results` output so far. */
  results(): unknown[]
  traceFile?: string
  /** The step summary so far (redacted). */
  summary?(): string
  /** Writes out anything buffered (the trace). */
  flush: Array<() => void>
  /** Removes secrets from a message. */
  redact(text: string): string
}

export const lastWords: LastWords = { results: () => [], flush: [], redact: (t) => t }

type Emitter = { on(event: 'uncaughtException' | 'unhandledRejection' | StopSignal, listener: (error: unknown) => void): unknown }

/**
 * The signals that end the step early: the runner sends SIGINT, then SIGTERM, when the job
 * is cancelled; and any process of the same user (a script among them) can send one.
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
type StopSignal = (typeof STOP_SIGNALS)[number]

/**
 * Installs `uncaughtException` and `unhandledRejection` handlers, and handlers for the stop
 * signals, that write what the run has (outputs, summary, trace), mark the step failed and
 * exit non-zero; the script processes still running are killed on the way out (process.ts).
 * Only the first crash or signal is reported; a second one while reporting exits at once.
 */
export function installCrashHandlers(core: Pick<CoreLike, 'setOutput' | 'setFailed' | 'summary'>, options: { process?: Emitter; exit?: (code: number) => void; hasSummary?: boolean } = {}): void {
  const proc = options.process ?? process
  const exit = options.exit ?? ((code: number) => process.exit(code))
  let crashing = false
  // The message is made inside lastSay (asynchronous, so its throw still ends in exit(1)):
  // describing an odd rejection value (no prototype, a throwing toString) may throw.
  const report = (message: () => string) => {
    if (crashing) return exit(1)
    crashing = true
    void lastSay(core, message, options.hasSummary ?? Boolean(process.env.GITHUB_STEP_SUMMARY)).finally(() => exit(1))
  }
  const crash = (what: string) => (error: unknown) => report(() => `Hybrid Coordinator crashed (${what}): ${errorMessage(error)}`)
  proc.on('uncaughtException', crash('an uncaught exception'))
  proc.on('unhandledRejection', crash('an unhandled promise rejection'))
  for (const signal of STOP_SIGNALS) {
    proc.on(signal, () =>
      report(
        () => `Hybrid Coordinator was stopped by ${signal} before the run ended (the job was cancelled, or a process of the same user sent it); the outputs and the summary hold what ran until then`
      )
    )
  }
}

async function lastSay(core: Pick<CoreLike, 'setOutput' | 'setFailed' | 'summary'>, said: () => string, hasSummary: boolean): Promise<void> {
  const attempt = async (work: () => unknown) => {
    try {
      await work()
    } catch {
      // say what can still be said
    }
  }
  for (const flush of lastWords.flush) await attempt(flush)
  await attempt(() => core.setOutput('results', JSON.stringify(lastWords.results())))
  if (lastWords.traceFile) await attempt(() => core.setOutput('trace-file', lastWords.traceFile!))
  const message = lastWords.redact(said())
  if (hasSummary) await attempt(() => core.summary.addRaw(`${lastWords.summary?.() ?? ''}\n\n**${message}**\n`, true).write())
  await attempt(() => core.setFailed(message))
}
