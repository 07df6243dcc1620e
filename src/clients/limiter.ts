/**
 * The job queue that @octokit/plugin-throttling puts every GitHub request through, given to
 * it through its `throttle.Bottleneck` option in place of its default, Bottleneck's light
 * build. The plugin's rules are unchanged: its groups (`maxConcurrent` 10 for all requests,
 * one write at a time at least a second apart, searches two seconds apart), its rate-limit
 * handlers, and its retries, which a `failed` listener asks for by returning a delay in ms.
 *
 * Why not Bottleneck itself: it yields to the event loop with a `setTimeout(0)` between the
 * steps of every job and submits jobs one at a time, so requests started together left a
 * few milliseconds apart each (8 parallel `pulls.get` took about 5 ms each to leave); here
 * a job that may start starts in the same tick. Only what the plugin uses is implemented:
 * `new Limiter()`, `new Limiter.Group(options).key(id)`, `schedule([options,] fn, ...args)`,
 * `on('failed' | 'retry' | 'error', listener)`, and `new Limiter.Events(target)`.
 */

type Listener = (...args: any[]) => unknown // eslint-disable-line @typescript-eslint/no-explicit-any

/** Bottleneck's event helper: adds `on`/`once` to `target`; `trigger` resolves with the first listener result that is not null. */
export class Events {
  #listeners = new Map<string, Array<{ cb: Listener; once: boolean }>>()

  constructor(target: object) {
    Object.assign(target, {
      on: (name: string, cb: Listener) => this.#add(name, cb, false),
      once: (name: string, cb: Listener) => this.#add(name, cb, true),
      removeAllListeners: (name?: string) => (name === undefined ? this.#listeners.clear() : this.#listeners.delete(name)),
      listenerCount: (name: string) => this.#listeners.get(name)?.length ?? 0
    })
  }

  #add(name: string, cb: Listener, once: boolean): void {
    this.#listeners.set(name, [...(this.#listeners.get(name) ?? []), { cb, once }])
  }

  async trigger(name: string, ...args: unknown[]): Promise<unknown> {
    const listeners = this.#listeners.get(name)
    if (!listeners?.length) return undefined
    this.#listeners.set(
      name,
      listeners.filter((l) => !l.once)
    )
    const results = await Promise.all(
      listeners.map(async (l) => {
        try {
          return await l.cb(...args)
        } catch (error) {
          if (name !== 'error') void this.trigger('error', error)
          return null
        }
      })
    )
    return results.find((r) => r != null)
  }
}

export interface LimiterOptions {
  /** Jobs (by weight) running at once; none means no limit. */
  maxConcurrent?: number | null
  /** Least time between two job starts, in ms. */
  minTime?: number
}

interface JobOptions {
  /** 0 (first) to 9; default 5. */
  priority?: number
  /** What the job counts against maxConcurrent; 0 counts nothing (the plugin's retries). */
  weight?: number
}

interface Job {
  priority: number
  weight: number
  options: JobOptions
  fn: (...args: unknown[]) => unknown
  args: unknown[]
  resolve(value: unknown): void
  reject(error: unknown): void
}

/** One queue: at most `maxConcurrent` running, starts `minTime` apart, by priority then arrival. */
export class Limiter {
  static Events = Events
  static Group: typeof LimiterGroup

  readonly #maxConcurrent: number | null
  readonly #minTime: number
  readonly #events: Events
  #queue: Job[] = []
  #running = 0
  #nextStart = 0
  #timer: NodeJS.Timeout | undefined
  declare on: (name: string, listener: Listener) => void
  declare once: (name: string, listener: Listener) => void

  constructor(options: LimiterOptions = {}) {
    this.#maxConcurrent = options.maxConcurrent ?? null
    this.#minTime = options.minTime ?? 0
    this.#events = new Events(this)
  }

  /** `schedule(fn, ...args)` or `schedule(options, fn, ...args)`: resolves with what `fn` resolves with. */
  schedule(...input: unknown[]): Promise<unknown> {
    const options = (typeof input[0] === 'function' ? {} : input.shift()) as JobOptions
    const [fn, ...args] = input as [Job['fn'], ...unknown[]]
    return new Promise((resolve, reject) => {
      const job: Job = { priority: options.priority ?? 5, weight: options.weight ?? 1, options, fn, args, resolve, reject }
      // Sorted by priority, then by arrival.
      let at = this.#queue.length
      while (at > 0 && this.#queue[at - 1]!.priority > job.priority) at--
      this.#queue.splice(at, 0, job)
      this.#drain()
    })
  }

  /** Jobs waiting to start, and running (by weight): for tests and diagnostics. */
  counts(): { queued: number; running: number } {
    return { queued: this.#queue.length, running: this.#running }
  }

  #drain(): void {
    if (this.#timer) return
    while (this.#queue.length) {
      const job = this.#queue[0]!
      if (this.#maxConcurrent !== null && job.weight > 0 && this.#running + job.weight > this.#maxConcurrent) return
      const wait = this.#nextStart - Date.now()
      if (wait > 0) {
        this.#timer = setTimeout(() => {
          this.#timer = undefined
          this.#drain()
        }, wait)
        return
      }
      this.#queue.shift()
      this.#running += job.weight
      this.#nextStart = Date.now() + this.#minTime
      void this.#run(job)
    }
  }

  async #run(job: Job): Promise<void> {
    try {
      for (let retryCount = 0; ; retryCount++) {
        try {
          job.resolve(await job.fn(...job.args))
          return
        } catch (error) {
          const retryAfter = await this.#events.trigger('failed', error, { args: job.args, options: job.options, retryCount })
          if (typeof retryAfter !== 'number') {
            job.reject(error)
            return
          }
          await this.#events.trigger('retry', `Retrying after ${retryAfter} ms`, { args: job.args, options: job.options, retryCount })
          await new Promise((resolve) => setTimeout(resolve, retryAfter))
        }
      }
    } finally {
      this.#running -= job.weight
      this.#drain()
    }
  }
}

/** Bottleneck's Group: one limiter per key, each with the group's options. */
class LimiterGroup {
  #limiters = new Map<string, Limiter>()
  constructor(readonly options: LimiterOptions & Record<string, unknown> = {}) {}

  key(id = ''): Limiter {
    let limiter = this.#limiters.get(id)
    if (!limiter) this.#limiters.set(id, (limiter = new Limiter(this.options)))
    return limiter
  }
}
Limiter.Group = LimiterGroup
