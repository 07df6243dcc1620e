import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Events, Limiter } from '../../src/clients/limiter.js'
import { createGitHubClient } from '../../src/clients/github.js'
import { createHttpFetch } from '../../src/clients/http-fetch.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js'
import { DEMO } from '../../src/sandbox/state.js'

/**
 * The queue @octokit/plugin-throttling runs GitHub requests through (clients/limiter.ts):
 * the rules the plugin relies on Bottleneck for, one by one.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A job that can be ended from outside, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void
  const done = new Promise<void>((r) => (open = r))
  return {
    job: async () => {
      log.push(`start ${name}`)
      await done
      log.push(`end ${name}`)
      return name
    },
    open
  }
}

describe('Limiter', () => {
  it('runs at most maxConcurrent jobs at once and passes the arguments on', async () => {
    const limiter = new Limiter({ maxConcurrent: 2 })
    let running = 0
    let most = 0
    const job = async (n: number) => {
      most = Math.max(most, ++running)
      await sleep(5)
      running--
      return n * 10
    }
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => limiter.schedule(job, n)))
    expect(results).toEqual([10, 20, 30, 40, 50])
    expect(most).toBe(2)
    expect(limiter.counts()).toEqual({ queued: 0, running: 0 })
  })

  it('starts jobs at least minTime apart', async () => {
    const limiter = new Limiter({ maxConcurrent: 1, minTime: 60 })
    const starts: number[] = []
    await Promise.all([0, 1, 2].map(() => limiter.schedule(async () => void starts.push(Date.now()))))
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(55)
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(55)
  })

  it('starts waiting jobs by priority (lower first), then in arrival order', async () => {
    const limiter = new Limiter({ maxConcurrent: 1 })
    const log: string[] = []
    const blocker = gate(log, 'blocker')
    const first = limiter.schedule(blocker.job)
    const queued = [limiter.schedule({ priority: 5 }, async () => log.push('a')), limiter.schedule({ priority: 0 }, async () => log.push('b')), limiter.schedule(async () => log.push('c'))]
    expect(limiter.counts()).toEqual({ queued: 3, running: 1 })
    blocker.open()
    await Promise.all([first, ...queued])
    expect(log).toEqual(['start blocker', 'end blocker', 'b', 'a', 'c'])
  })

  it('does not count a weight-0 job (the plugin’s retries) against maxConcurrent', async () => {
    const limiter = new Limiter({ maxConcurrent: 1 })
    const log: string[] = []
    const blocker = gate(log, 'blocker')
    const first = limiter.schedule(blocker.job)
    await limiter.schedule({ priority: 0, weight: 0 }, async () => log.push('retry'))
    expect(log).toEqual(['start blocker', 'retry'])
    blocker.open()
    await first
  })

  it('retries a job after the delay a `failed` listener returns, and rejects with the error when it returns none', async () => {
    const limiter = new Limiter()
    const seen: Array<{ retryCount: number; args: unknown[] }> = []
    const retries: string[] = []
    limiter.on('failed', (error: Error, info: { retryCount: number; args: unknown[] }) => {
      seen.push({ retryCount: info.retryCount, args: info.args })
      return error.message === 'rate limited' && info.retryCount < 2 ? 10 : undefined
    })
    limiter.on('retry', (message: string) => retries.push(message))
    let attempts = 0
    const flaky = async (what: string) => {
      attempts++
      if (attempts < 3) throw new Error('rate limited')
      return `${what} on attempt ${attempts}`
    }
    await expect(limiter.schedule(flaky, 'GET /pulls/1')).resolves.toBe('GET /pulls/1 on attempt 3')
    expect(seen).toEqual([
      { retryCount: 0, args: ['GET /pulls/1'] },
      { retryCount: 1, args: ['GET /pulls/1'] }
    ])
    expect(retries).toHaveLength(2)

    const broken = async () => {
      throw new Error('not found')
    }
    await expect(limiter.schedule(broken)).rejects.toThrow('not found')
    expect(limiter.counts()).toEqual({ queued: 0, running: 0 })
  })

  it('keeps a job’s slot while it waits to retry, so the concurrency cap still holds', async () => {
    const limiter = new Limiter({ maxConcurrent: 1 })
    limiter.on('failed', (_e: Error, info: { retryCount: number }) => (info.retryCount === 0 ? 20 : undefined))
    const log: string[] = []
    let tries = 0
    const first = limiter.schedule(async () => {
      log.push(`try ${++tries}`)
      if (tries === 1) throw new Error('secondary rate limit')
      return 'ok'
    })
    const second = limiter.schedule(async () => log.push('second'))
    await Promise.all([first, second])
    expect(log).toEqual(['try 1', 'try 2', 'second'])
  })

  it('gives one limiter per key in a group, each with the group’s limits', async () => {
    const group = new Limiter.Group({ maxConcurrent: 1, minTime: 0 })
    expect(group.key('a')).toBe(group.key('a'))
    expect(group.key('a')).not.toBe(group.key('b'))
    const log: string[] = []
    const blocker = gate(log, 'a')
    const a = group.key('a').schedule(blocker.job)
    // Another key is another queue: it does not wait for a's job.
    await group.key('b').schedule(async () => log.push('b'))
    expect(log).toEqual(['start a', 'b'])
    blocker.open()
    await a
  })
})

describe('Events (the plugin’s rate-limit handlers)', () => {
  it('resolves with the first listener result that is not null; a throwing listener reports an error and counts as none', async () => {
    const target: { on?: (name: string, cb: (...a: unknown[]) => unknown) => void; once?: (name: string, cb: (...a: unknown[]) => unknown) => void } = {}
    const events = new Events(target)
    const errors: unknown[] = []
    target.on!('error', (e) => errors.push(e))
    target.on!('rate-limit', () => {
      throw new Error('handler bug')
    })
    target.on!('rate-limit', async (after: unknown) => (after === 60 ? true : null))
    await expect(events.trigger('rate-limit', 60)).resolves.toBe(true)
    expect(errors).toHaveLength(1)
    await expect(events.trigger('secondary-limit', 60)).resolves.toBeUndefined()

    let calls = 0
    target.once!('retry', () => ++calls)
    await events.trigger('retry')
    await events.trigger('retry')
    expect(calls).toBe(1)
  })
})

describe('the GitHub client’s throttling runs on it', () => {
  let sandbox: Sandbox
  beforeAll(async () => {
    sandbox = await startSandbox()
  })
  afterAll(async () => {
    await sandbox.close()
  })

  it('keeps the plugin’s rules: comments (writes that notify) one at a time three seconds apart, reads alongside them', async () => {
    const sent: Array<{ method: string; at: number }> = []
    const recording: typeof fetch = (input, init) => {
      sent.push({ method: init?.method ?? 'GET', at: Date.now() })
      return createHttpFetch()(input, init)
    }
    const github = createGitHubClient(sandbox.tokens.github, sandbox.githubUrl, 10_000, recording)
    const [owner, repo] = DEMO.repo.split('/') as [string, string]
    const comment = (body: string) => github.rest.issues.createComment({ owner, repo, issue_number: 25, body })
    const read = (n: number) => github.rest.pulls.get({ owner, repo, pull_number: n })
    const answers = await Promise.all([comment('first'), comment('second'), read(12), read(21), read(29)])
    expect(answers.map((a) => a.status)).toEqual([201, 201, 200, 200, 200])
    const posts = sent.filter((s) => s.method === 'POST').map((s) => s.at)
    const gets = sent.filter((s) => s.method === 'GET').map((s) => s.at)
    expect(posts).toHaveLength(2)
    expect(posts[1]! - posts[0]!).toBeGreaterThanOrEqual(2950)
    // The reads did not queue behind the writes' second.
    expect(Math.max(...gets)).toBeLessThan(posts[1]!)
  })
})
