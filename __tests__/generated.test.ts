import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { GENERATED_FILES } from '../src/codegen/index.js'

// Generated files must match the registry and schema they come from. Run
// `npm run generate` to rewrite them (UPDATE_GENERATED=1).
const update = process.env.UPDATE_GENERATED === '1'

function withRegion(text: string, region: string, body: string): string {
  const start = `<!-- generated:${region} -->`
  const end = `<!-- /generated:${region} -->`
  const a = text.indexOf(start)
  const b = text.indexOf(end)
  if (a < 0 || b < 0) throw new Error(`markers ${start} ... ${end} not found`)
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`
}

describe('generated files', () => {
  for (const file of GENERATED_FILES) {
    it(`${file.path}${file.region ? ` (${file.region})` : ''} is current`, () => {
      let current: string
      try {
        current = readFileSync(file.path, 'utf8')
      } catch {
        current = ''
      }
      const wanted = file.region ? withRegion(current, file.region, file.render()) : file.render()
      if (update && wanted !== current) {
        mkdirSync(dirname(file.path), { recursive: true })
        writeFileSync(file.path, wanted)
        current = wanted
      }
      expect(current).toBe(wanted)
    })
  }
})
