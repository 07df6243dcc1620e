import { BudgetError } from './errors.js'

/**
 * Runs `work` against `timeout_seconds`. When time runs out, `onTimeout` runs first (callers
 * close their toolbox, since an abandoned coordinator may still call tools), then the
 * signal aborts and the returned promise rejects with a BudgetError naming `subject`.
 */
export async function withDeadline<T>(
  seconds: number,
  subject: string,
  onTimeout: (error: BudgetError) => void,
  work: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new BudgetError(`timed out: ${subject} ran past timeout_seconds (${seconds} s)`, 'timeout_seconds')
      onTimeout(error)
      controller.abort(error)
      reject(error)
    }, seconds * 1000)
  })
  try {
    return await Promise.race([work(controller.signal), deadline])
  } finally {
    clearTimeout(timer)
  }
}
