import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readInputs } from '../src/inputs.js'
import { ACTION_OUTPUTS } from '../src/outputs.js'
import { actionProblems, workflowProblems } from './helpers/workflow-parser.js'

// The runner refuses an action.yml its parser rejects, so this test reads it with GitHub's
// own parser; and the action's inputs and outputs must agree in the three places a user or
// the runner sees them: action.yml, the names the code reads and sets, the README tables.

const actionYml = readFileSync('action.yml', 'utf8')
const readme = readFileSync('README.md', 'utf8')

describe('action.yml', () => {
  it("loads in GitHub's parser without a problem", async () => {
    expect(await actionProblems('action.yml', actionYml)).toEqual([])
  })

  it('runs dist/index.js on node24', () => {
    const action = parse(actionYml) as { runs: { using: string; main: string } }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(readFileSync('tools/bundle.mjs', 'utf8')).toContain("'src/index.ts'")
    // Ours says "module" (src/ and the tools); dist/ is CommonJS and must say so, or Node
    // would read dist/index.js as an ES module and fail on its first require.
    expect(JSON.parse(readFileSync('dist/package.json', 'utf8'))).toEqual({ type: 'commonjs' })
  })

  it("writes every chunk's module factories as parenthesized functions, which Node 20 compiles once, not twice (tools/bundle.mjs)", () => {
    const chunks = readdirSync('dist').filter((f) => /^\d+\.index\.js$/.test(f))
    expect(chunks.length).toBeGreaterThan(10)
    let factories = 0
    for (const chunk of chunks) {
      const text = readFileSync(`dist/${chunk}`, 'utf8')
      // An arrow factory (`123:((module,exports)=>{`) is what webpack writes and V8 pre-parses first.
      expect({ chunk, arrows: text.match(/[{,]\d+:\(\([\w$,]*\)=>\{/g) ?? [] }).toEqual({ chunk, arrows: [] })
      factories += text.match(/[{,]\d+:\(function\(/g)?.length ?? 0
    }
    expect(factories).toBeGreaterThan(1000)
  })
})

describe('.github/workflows', () => {
  const files = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f))
  it('holds the CI, self-test and release workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'coordinator.yml', 'release.yml']))
  })
  for (const file of files) {
    it(`${file} loads in GitHub's parser without a problem`, async () => {
      expect(await workflowProblems(file, readFileSync(`.github/workflows/${file}`, 'utf8'))).toEqual([])
    })
  }
})

/** Names in the first column of the README table whose header starts with `| <first> |`. */
function readmeTableNames(first: string): string[] {
  const lines = readme.split('\n')
  const start = lines.findIndex((l) => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(l))
  if (start < 0) throw new Error(`README.md has no table whose first column is "${first}"`)
  const names: string[] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    const cell = line.split('|')[1]!
    names.push(...[...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
  }
  return names
}

/** One line per name that is not in every place, naming where it is missing. */
function disagreements(kind: string, places: Record<string, string[]>): string[] {
  const all = [...new Set(Object.values(places).flat())].sort()
  return all.flatMap((name) => {
    const missing = Object.keys(places).filter((place) => !places[place]!.includes(name))
    if (!missing.length) return []
    const present = Object.keys(places).filter((place) => places[place]!.includes(name))
    return [`${kind} "${name}" is in ${present.join(' and ')} but missing from ${missing.join(' and ')}`]
  })
}

describe('inputs and outputs agree everywhere', () => {
  const action = () => parse(actionYml) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> }

  it('action.yml inputs = the inputs readInputs reads = the README input table', () => {
    const read = new Set<string>()
    readInputs((name) => {
      read.add(name)
      return ''
    }, {})
    const places = { 'action.yml (inputs:)': Object.keys(action().inputs), 'src/inputs.ts (readInputs)': [...read], 'README.md (input table)': readmeTableNames('input') }
    expect(disagreements('input', places)).toEqual([])
  })

  it('action.yml outputs = the outputs the action sets = the README output table', () => {
    const places = { 'action.yml (outputs:)': Object.keys(action().outputs), 'src/outputs.ts (ACTION_OUTPUTS)': [...ACTION_OUTPUTS], 'README.md (output table)': readmeTableNames('output') }
    expect(disagreements('output', places)).toEqual([])
  })

  it('every declared output is set somewhere in src/', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && f !== 'outputs.ts')
      .map((f) => readFileSync(`src/${f}`, 'utf8'))
      .join('\n')
    const unset = ACTION_OUTPUTS.filter((name) => !sources.includes(`'${name}'`))
    expect(unset).toEqual([])
  })

  it('names a disagreement plainly: what is missing, and where', () => {
    expect(disagreements('input', { 'action.yml': ['a', 'provider'], readInputs: ['a', 'provider'], README: ['a'] })).toEqual([
      'input "provider" is in action.yml and readInputs but missing from README'
    ])
  })
})
