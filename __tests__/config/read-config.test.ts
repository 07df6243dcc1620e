import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { loadWorkflowConfigs } from '../../src/config/load.js'
import { readConfigText } from '../../src/config/config-text.js'
import { parseConfigText } from '../../src/config/yaml-document.js'
import { WorkspaceSource } from '../../src/config/source.js'
import { makeWorkspace } from '../helpers/workspace.js'
import { yamlSoup } from '../helpers/yaml-soup.js'

// A config is read by js-yaml (fast, no positions) and, when a message needs a line or
// js-yaml refuses the text, by `yaml` (src/config/config-text.ts). Both must give
// the same value, or a config would mean one thing on the fast path and another in its
// error messages.

const valueOf = (read: Awaited<ReturnType<typeof readConfigText>>) => ('errors' in read ? { errors: read.errors.map((e) => e.message) } : read.value)
const refused = (read: unknown) => typeof read === 'object' && read !== null && 'errors' in read
const reference = (text: string) => {
  const parsed = parseConfigText(text, 'c.yml')
  return 'errors' in parsed ? { errors: parsed.errors.map((e) => e.message) } : parsed.value
}

const SCALARS = ['on', 'yes', 'no', 'off', 'y', '0o17', '017', '0x1F', '0b101', '1_000', '.inf', '-.Inf', '.NaN', '~', 'null', 'Null', 'NULL', '', 'true', 'True', 'TRUE', 'tRue', 'false']
  .concat(['1e3', '+12', '-0', '.5', '1.0', '12:30', '2024-01-01', '"quoted"', "'single'", '00', '0xG', '1,000', '3.14e-2', '=', '<<', '!!str 12', '"\\u0041"', "'it''s'"])
  .concat(['[1, 2]', '{a: 1}', '&a 1', '|\n  lit\n  two\n', '>-\n  fold\n  ed\n', '"multi\n  line"', 'plain\n  multi', 'x # c', 'x#y', '"tab\\t"'])

describe('reading a config: js-yaml and yaml agree', () => {
  it.each(SCALARS)('on the scalar %j', async (scalar) => {
    const text = `k: ${scalar}\n`
    expect(valueOf(await readConfigText(text, 'c.yml'))).toEqual(reference(text))
  })

  const examples = readdirSync('workflows').filter((f) => f.endsWith('.yml'))
  it.each(examples)('on the example workflows/%s', async (file) => {
    const text = readFileSync(`workflows/${file}`, 'utf8')
    expect(valueOf(await readConfigText(text, file))).toEqual(reference(text))
  })

  it.each([
    ['an alias', 'a: &x [1]\nb: *x\n'],
    ['a %YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['a complex key', '? [a]\n: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an unknown tag', 'a: !custom x\n'],
    ['only a comment', '# nothing\n'],
    ['a list', '- a\n- b\n']
  ])('on %s, where js-yaml hands over to yaml', async (_, text) => {
    expect(valueOf(await readConfigText(text, 'c.yml'))).toEqual(reference(text))
  })

  // Random texts: js-yaml's value must be yaml's, or js-yaml must hand the text over.
  it('on random token soups and on random values as YAML, both readers give one value or one verdict', async () => {
    const soup = yamlSoup(['k', '!t ', '0x1F', '0o7', '-0', '1_0', '.5', '1e3', '.inf', 'true', 'True', 'yes', '~', 'null', '12', '+3', 'x y'], 40)
    const asYaml = fc.jsonValue({ maxDepth: 4 }).map((v) => stringify({ k: v }))
    await fc.assert(
      fc.asyncProperty(fc.oneof(soup, asYaml), async (text) => {
        const ours = valueOf(await readConfigText(text, 'c.yml'))
        const theirs = reference(text)
        // Where yaml refuses a text, js-yaml must not read a value from it (and the reverse).
        expect(refused(ours)).toBe(refused(theirs))
        if (!refused(theirs)) expect(ours).toEqual(theirs)
      }),
      { numRuns: 2000 }
    )
  })

  it('refuses a billion laughs through yaml, whose alias cap holds', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`
      )
    const read = await readConfigText(levels.join('\n') + '\n', 'laughs.yml')
    expect('errors' in read && read.errors[0]!.message).toMatch(/alias|invalid YAML/i)
  })

  it('gives the line of a problem found on the fast path', async () => {
    const root = makeWorkspace({ '.github/coordinator/bad.yml': 'on: push\nprompt: x\n\nmax_turns: many\n' })
    const { errors } = await loadWorkflowConfigs(new WorkspaceSource(root), '.github/coordinator')
    expect(errors.map((e) => [e.message, e.location.line])).toEqual([[expect.stringContaining('max_turns'), 4]])
  })
})
