import { readdirSync, readFileSync } from 'node:fs'

/**
 * Processes whose environment holds `HC_TEST_TAG=tag`: a variable given to the action (or
 * the CLI) passes on to the scripts it starts, so a test can find any left running.
 */
export function processesTagged(tag: string): number[] {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`HC_TEST_TAG=${tag}\0`)
      } catch {
        return false
      }
    })
    .map(Number)
}
