import { describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { retry } from '../../src/clients/octokit-retry.js'

/**
 * The retry plugin (clients/octokit-retry.ts: @octokit/plugin-retry's rules on our
 * Limiter), through a real Octokit whose fetch answers from a script of statuses. The
 * end-to-end cases (502, 503 twice, dropped connections, against the sandbox through
 * dist/) are in __tests__/integration/faults.test.ts.
 */

const RetryingOctokit = Octokit.plugin(retry)

/** An Octokit whose requests get `statuses` in turn (then 200), counting what was sent. */
function scripted(statuses: number[], retryOptions: Record<string, unknown> = {}) {
  const sent: string[] = []
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    sent.push(`${init?.method ?? 'GET'} ${new URL(String(url)).pathname}`)
    const status = statuses.shift() ?? 200
    return new Response(JSON.stringify(status === 200 ? { number: 12 } : { message: `status ${status}` }), { status, headers: { 'content-type': 'application/json' } })
  }
  // retryAfterBaseValue 1: the plugin's waits (1, 4, 9 s) become 1, 4, 9 ms.
  const octokit = new RetryingOctokit({ request: { fetch }, retry: { retryAfterBaseValue: 1, ...retryOptions } })
  return { octokit, sent }
}

const get = (octokit: Octokit, request: Record<string, unknown> = {}) => octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'o', repo: 'r', pull_number: 12, request })

describe('octokit retry plugin', () => {
  it('sends a request that got a 5xx again, and returns the answer that follows', async () => {
    const { octokit, sent } = scripted([502, 503])
    expect((await get(octokit)).data).toEqual({ number: 12 })
    expect(sent).toEqual(['GET /repos/o/r/pulls/12', 'GET /repos/o/r/pulls/12', 'GET /repos/o/r/pulls/12'])
  })

  it('gives up after 3 retries, with the last error', async () => {
    const { octokit, sent } = scripted([500, 500, 500, 500, 500])
    await expect(get(octokit)).rejects.toMatchObject({ status: 500 })
    expect(sent).toHaveLength(4)
  })

  it('does not retry what retrying cannot fix (404, 422, 401...)', async () => {
    for (const status of [400, 401, 403, 404, 410, 422, 451]) {
      const { octokit, sent } = scripted([status])
      await expect(get(octokit)).rejects.toMatchObject({ status })
      expect(sent).toHaveLength(1)
    }
  })

  it("honours a request's own retries (0: github.ts sets it once the workflow is cancelled)", async () => {
    const { octokit, sent } = scripted([502])
    await expect(get(octokit, { retries: 0 })).rejects.toMatchObject({ status: 502 })
    expect(sent).toHaveLength(1)
  })

  it('waits 1, 4 and 9 times retryAfterBaseValue between the attempts', async () => {
    const { octokit } = scripted([500, 500, 500], { retryAfterBaseValue: 20 })
    const started = Date.now()
    await get(octokit)
    // 20 + 80 + 180 ms of waiting at least (timers fire no earlier than asked).
    expect(Date.now() - started).toBeGreaterThanOrEqual(280)
  })
})
