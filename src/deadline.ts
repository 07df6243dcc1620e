import { BudgetError } from './errors.js'

/** After a timeout, how long a coordinator may take to say where it was (Python's stack dump). */
export const TIMEOUT_GRACE_MS = 1500

/**
 * Runs `work` against `timeout_seconds`. When time runs out, `onTimeout` runs first (callers
 * close their toolbox, since an abandoned coordinator may still call tools), then the
 * signal aborts, and the promise rejects with a BudgetError naming `subject`; or, when the
 * coordinator answers the abort within the grace period with an error that locates the
 * hang (a file and line), with that error. Work that finishes after the deadline still
 * counts as timed out.
 */
export async function withDeadline<T>(seconds: number, subject: string, onTimeout: (error: BudgetError) => void, work: (signal: AbortSignal) => Promise<T>, graceMs = TIMEOUT_GRACE_MS): Promise<T> {
  const controller = new AbortController()
  let timedOut: BudgetError | undefined
  let timer: NodeJS.Timeout | undefined
  let grace: NodeJS.Timeout | undefined
  const guarded = work(controller.signal).then(
    (value) => {
      if (timedOut) throw timedOut
      return value
    },
    (error: unknown) => {
      throw timedOut && !locatesLine(error) ? timedOut : error
    }
  )
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = new BudgetError(`timed out: ${subject} ran past timeout_seconds (${seconds} s)`, 'timeout_seconds')
      onTimeout(timedOut)
      controller.abort(timedOut)
      grace = setTimeout(() => reject(timedOut), graceMs)
    }, seconds * 1000)
  })
  try {
    return await Promise.race([guarded, deadline])
  } finally {
    clearTimeout(timer)
    clearTimeout(grace)
  }
}

function locatesLine(error: unknown): boolean {
  return typeof (error as { location?: { line?: unknown } } | null)?.location?.line === 'number'
}
