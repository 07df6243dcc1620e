import type { FileSource } from '../config/source.js'
import type { WorkflowConfig } from '../config/workflow-config.js'
import { errorMessage } from '../errors.js'
import { replayWorkflow, type MutationRow } from '../cli/replay-run.js'
import type { RecordedRun } from './gather.js'

/** One recorded run, replayed. */
export interface RunVerdict {
  link: string
  event: string
  time?: string
  agree: boolean
  /** Mutations both sides made. */
  same: number
  rows: MutationRow[]
  unrecordedReads: { tool: string; input: unknown }[]
  /** The script failed (or could not be replayed) where the recording did not. */
  failure?: string
}

export interface Divergence {
  link: string
  tool: string
  target: string
  /** Which side made it: the recorded run only, or the draft only. */
  side: 'recorded only' | 'script only'
}

/** "N of M runs agree", and what differs where. */
export interface Evidence {
  total: number
  agreed: number
  verdicts: RunVerdict[]
  divergences: Divergence[]
  unrecordedReads: { link: string; tool: string; input: unknown }[]
}

export interface ReplayTarget {
  /** The workflow's config: its guards, tools and virtual files apply. */
  config: WorkflowConfig
  /** The script, repository-relative as shown, and where it is on disk. */
  script: string
  scriptPath: string
  source: FileSource
  root: string
  python: string
}

/**
 * Replays the script on every recorded run through replay's offline toolbox (dry run, reads
 * answered from the trace, no network): the only place a drafted script runs while proposing.
 */
export async function replayOnRuns(runs: readonly RecordedRun[], target: ReplayTarget): Promise<Evidence> {
  const verdicts: RunVerdict[] = []
  for (const { run, traced, link } of runs) {
    const event = `${run.trigger.event}${run.trigger.action ? `.${run.trigger.action}` : ''}`
    try {
      const o = await replayWorkflow({ run, traced, ...target })
      const failure = o.scriptError && o.recordedStatus === 'succeeded' ? o.scriptError.message : undefined
      verdicts.push({ link, event, time: run.time, agree: o.agree, same: o.rows.filter((r) => r.recorded && r.planned).length, rows: o.rows, unrecordedReads: o.unrecordedReads, failure })
    } catch (error) {
      verdicts.push({ link, event, time: run.time, agree: false, same: 0, rows: [], unrecordedReads: [], failure: `could not be replayed: ${errorMessage(error)}` })
    }
  }
  const divergences: Divergence[] = verdicts.flatMap((v) =>
    v.rows
      .filter((r) => !(r.recorded && r.planned) && !(r.recorded ?? r.planned)!.refused)
      .map((r): Divergence =>
        r.recorded ? { link: v.link, tool: r.recorded.tool, target: r.recorded.target, side: 'recorded only' } : { link: v.link, tool: r.planned!.tool, target: r.planned!.target, side: 'script only' }
      )
  )
  return {
    total: verdicts.length,
    agreed: verdicts.filter((v) => v.agree).length,
    verdicts,
    divergences,
    unrecordedReads: verdicts.flatMap((v) => v.unrecordedReads.map((r) => ({ link: v.link, ...r })))
  }
}

/** Half or more of the runs agree: below that a draft is reported, never proposed. */
export function agreesEnough(e: Evidence): boolean {
  return e.total > 0 && e.agreed * 2 >= e.total
}
