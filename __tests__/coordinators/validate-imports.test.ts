import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../cli/helpers.js'
import { makeWorkspace } from '../helpers/workspace.js'
import { findImports } from '../../src/coordinators/script/imports.js'
import { walkImports } from '../../src/coordinators/script/import-graph.js'

/**
 * `validate` follows the local files a script imports (issue 10): each is checked as the run
 * would load it, and each problem is reported at its own file and line. Nothing runs: every
 * file here writes a mark when evaluated, and no mark may appear.
 */

const marks = mkdtempSync(join(tmpdir(), 'hc-validate-marks-'))
/** A line of top-level code that leaves a file behind if it ever runs. */
const runs = (name: string) => `require('node:fs').writeFileSync(${JSON.stringify(join(marks, name))}, 'ran')`
const runsEsm = (name: string) => `(await import('node:fs')).writeFileSync(${JSON.stringify(join(marks, name))}, 'ran')`
const config = (name: string, script: string) => `name: ${name}\non: push\ncoordinator: script\ncoordinator_script: ${script}\n`

/** The CLI's problem lines (`file:line: message`), without the count at the end. */
async function problems(files: Record<string, string>): Promise<{ code: number; lines: string[] }> {
  const r = await cli(makeWorkspace(files), ['validate'])
  return { code: r.code, lines: r.out.trim().split('\n').slice(0, -1) }
}

describe('validate checks the files a JavaScript or TypeScript script imports', () => {
  it("finds a syntax error in a helper imported two levels deep, at the helper's line, naming who imported it", async () => {
    const r = await problems({
      '.github/coordinator/a.yml': config('a', 'scripts/main.mjs'),
      'scripts/main.mjs': `import { one } from './lib/one.mjs'\n${runsEsm('main')}\nexport default async () => one()\n`,
      'scripts/lib/one.mjs': `import { two } from './two.mjs'\nexport const one = () => two()\n`,
      'scripts/lib/two.mjs': `${runsEsm('two')}\nexport const two = () => {\n  return (1 +\n}\n`
    })
    expect(r.code).toBe(1)
    expect(r.lines).toEqual([expect.stringMatching(/^scripts\/lib\/two\.mjs:4: syntax error: SyntaxError: Unexpected token '\}' \(imported from scripts\/lib\/one\.mjs:1\)$/)])
    expect(existsSync(join(marks, 'main')) || existsSync(join(marks, 'two'))).toBe(false)
  })

  it('annotates the helper file inside GitHub Actions', async () => {
    const r = await cli(
      makeWorkspace({
        '.github/coordinator/a.yml': config('a', 'scripts/main.cjs'),
        'scripts/main.cjs': `const { one } = require('./lib/one')\nmodule.exports = async () => one()\n`,
        'scripts/lib/one.js': `${runs('one')}\nexports.one = () => {\n  return [1, 2\n}\n`
      }),
      ['validate'],
      { GITHUB_ACTIONS: 'true' }
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^::error file=scripts\/lib\/one\.js,line=4,title=Hybrid Coordinator%3A invalid config::syntax error: SyntaxError: .* \(imported from scripts\/main\.cjs:1\)$/m)
    expect(existsSync(join(marks, 'one'))).toBe(false)
  })

  it('reports a missing helper at the importing file and line, for import, re-export, import() and require', async () => {
    const r = await problems({
      '.github/coordinator/a.yml': config('a', 'scripts/main.mjs'),
      'scripts/main.mjs': `import { a } from './lib/a.mjs'\nexport * from './gone/b.mjs'\nexport default async () => (await import('./later.mjs')).x + a\n`,
      'scripts/lib/a.mjs': `import { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)\nexport const a = require('./nowhere')\n`
    })
    expect(r.code).toBe(1)
    expect(r.lines).toEqual([
      'scripts/main.mjs:2: import of "./gone/b.mjs": scripts/gone/b.mjs does not exist',
      'scripts/main.mjs:3: import of "./later.mjs": scripts/later.mjs does not exist',
      'scripts/lib/a.mjs:3: require("./nowhere"): scripts/lib/nowhere does not exist (nor with .js, .json, .node, .cjs, or as a folder with index.js)'
    ])
  })

  it('accepts an import cycle, checking each file once', async () => {
    const r = await cli(
      makeWorkspace({
        '.github/coordinator/a.yml': config('a', 'scripts/main.mjs'),
        'scripts/main.mjs': `import { ping } from './ping.mjs'\nexport default async () => ping(3)\n`,
        'scripts/ping.mjs': `import { pong } from './pong.mjs'\nexport const ping = (n) => (n ? pong(n - 1) : 'ping')\n`,
        'scripts/pong.mjs': `import { ping } from './ping.mjs'\nimport { main } from './main.mjs'\nexport const pong = (n) => (n ? ping(n - 1) : 'pong')\n`
      }),
      ['validate']
    )
    expect(r).toEqual({ code: 0, out: '.github/coordinator: 1 workflow config(s) valid.\n', err: '' })
  })

  it('refuses an import that leaves the repository, by path, file: URL or symlink, whether or not the target exists', async () => {
    const ws = makeWorkspace({
      '.github/coordinator/a.yml': config('a', 'scripts/main.mjs'),
      'scripts/main.mjs': `import '../../etc/passwd'\nimport '/etc/hostname'\nimport 'file:///etc/passwd'\nimport './link.mjs'\nimport '../../../no/such/file.mjs'\nexport default async () => 1\n`
    })
    const { symlinkSync } = await import('node:fs')
    symlinkSync('/etc/hostname', join(ws, 'scripts/link.mjs'))
    const r = await cli(ws, ['validate'])
    expect(r.code).toBe(1)
    const lines = r.out.trim().split('\n')
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(/^scripts\/main\.mjs:1: import of "\.\.\/\.\.\/etc\/passwd": leaves the repository \(it resolves to \/.*\): a script may import only files of its own repository$/),
      'scripts/main.mjs:2: import of "/etc/hostname": leaves the repository (it resolves to /etc/hostname): a script may import only files of its own repository',
      'scripts/main.mjs:3: import of "file:///etc/passwd": leaves the repository (it resolves to /etc/passwd): a script may import only files of its own repository',
      'scripts/main.mjs:4: import of "./link.mjs": scripts/link.mjs is a symlink that leaves the repository (to /etc/hostname)',
      expect.stringMatching(/^scripts\/main\.mjs:5: import of "\.\.\/\.\.\/\.\.\/no\/such\/file\.mjs": leaves the repository/)
    ])
  })

  it("TypeScript: a syntax error in a helper fails at the helper's line; a type error passes, as it runs (types are not checked)", async () => {
    const files = {
      '.github/coordinator/a.yml': config('a', 'scripts/main.ts'),
      'scripts/main.ts': `import { helper } from './helper.js'\nexport default async (): Promise<number> => helper(1)\n`
    }
    const typeError = await cli(makeWorkspace({ ...files, 'scripts/helper.ts': `export function helper(n: number): number {\n  const s: string = n\n  return s as unknown as number\n}\n` }), [
      'validate'
    ])
    expect(typeError).toEqual({ code: 0, out: '.github/coordinator: 1 workflow config(s) valid.\n', err: '' })
    const syntax = await problems({ ...files, 'scripts/helper.ts': `export function helper(n: number): number {\n  return (n +\n}\n` })
    expect(syntax.code).toBe(1)
    expect(syntax.lines).toEqual([expect.stringMatching(/^scripts\/helper\.ts:3: TypeScript does not compile: .* \(imported from scripts\/main\.ts:1\)$/)])
  })

  it('checks a JavaScript helper of a TypeScript script, and a TypeScript file only JavaScript imports', async () => {
    const r = await problems({
      '.github/coordinator/a.yml': config('a', 'scripts/main.ts'),
      'scripts/main.ts': `import { js } from './plain.mjs'\nexport default async () => js\n`,
      'scripts/plain.mjs': `import { deep } from './deep.ts'\nimport { other } from './other.mjs'\nexport const js = deep + other\n`,
      'scripts/other.mjs': `export const other = (\n`,
      'scripts/deep.ts': `export const deep: number = (\n`
    })
    expect(r.lines).toEqual([
      expect.stringMatching(/^scripts\/deep\.ts:2: TypeScript does not compile: .* \(imported from scripts\/plain\.mjs:1\)$/),
      expect.stringMatching(/^scripts\/other\.mjs:2: syntax error: SyntaxError: Unexpected end of input \(imported from scripts\/plain\.mjs:2\)$/)
    ])
  })

  it('lets a workspace script import packages and built-ins; type-only imports are not imports', async () => {
    const r = await cli(
      makeWorkspace({
        '.github/coordinator/a.yml': config('a', 'scripts/main.ts'),
        'scripts/main.ts': `import type { Handler } from 'hybrid-coordinator'\nimport { readFileSync } from 'node:fs'\nimport path from 'path'\nimport leftPad from 'left-pad'\nconst handler: Handler = async () => [readFileSync, path, leftPad].length\nexport default handler\n`
      }),
      ['validate']
    )
    expect(r).toEqual({ code: 0, out: '.github/coordinator: 1 workflow config(s) valid.\n', err: '' })
  })

  it('refuses node: names Node does not have', async () => {
    const r = await problems({ '.github/coordinator/a.yml': config('a', 's.mjs'), 's.mjs': `import 'node:nope'\nexport default async () => 1\n` })
    expect(r.lines).toEqual(['s.mjs:1: import of "node:nope": Node.js has no built-in module "nope"'])
  })

  it('reports a helper two workflows share once', async () => {
    const r = await problems({
      '.github/coordinator/a.yml': config('a', 'a.mjs'),
      '.github/coordinator/b.yml': config('b', 'b.mjs'),
      'a.mjs': `import './shared.mjs'\nexport default async () => 1\n`,
      'b.mjs': `import './shared.mjs'\nexport default async () => 2\n`,
      'shared.mjs': `export const x = ;\n`
    })
    expect(r.lines).toEqual([expect.stringMatching(/^shared\.mjs:1: syntax error: SyntaxError: Unexpected token ';' \(imported from a\.mjs:1\)$/)])
  })
})

describe('validate checks the modules of its own folder a Python script imports', () => {
  const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
  const plant = (name: string) => `open(${JSON.stringify(join(marks, name))}, "w").write("ran")\n`

  it('finds a syntax error in a module imported two levels deep (through a local package), at its line; nothing runs', async () => {
    const r = await cli(
      makeWorkspace({
        '.github/coordinator/p.yml': config('p', 'scripts/main.py'),
        'scripts/main.py': `${plant('py-main')}import json\nfrom helpers.one import one\n\ndef handler(trigger, tools, virtual_files, subagent):\n    return one()\n`,
        'scripts/helpers/__init__.py': plant('py-init'),
        'scripts/helpers/one.py': `${plant('py-one')}from .two import two\n\ndef one():\n    return two()\n`,
        'scripts/helpers/two.py': `${plant('py-two')}def two(:\n    return 2\n`
      }),
      ['validate', '--python', PYTHON]
    )
    expect(r.code).toBe(1)
    expect(r.out.trim().split('\n')[0]).toMatch(/^scripts\/helpers\/two\.py:2: the module does not parse: SyntaxError: .* \(imported from scripts\/helpers\/one\.py:2\)$/)
    expect(['py-main', 'py-init', 'py-one', 'py-two'].filter((m) => existsSync(join(marks, m)))).toEqual([])
  })

  it('leaves the standard library and packages alone, even when a local file shadows a stdlib name, and accepts a cycle', async () => {
    const r = await cli(
      makeWorkspace({
        '.github/coordinator/p.yml': config('p', 'scripts/main.py'),
        'scripts/main.py': `import json, requests\nimport a\n\ndef handler(trigger, tools, virtual_files, subagent):\n    return a.x\n`,
        'scripts/json.py': 'this is not python\n',
        'scripts/a.py': 'import b\nx = 1\n',
        'scripts/b.py': 'import a\n'
      }),
      ['validate', '--python', PYTHON]
    )
    expect(r).toEqual({ code: 0, out: '.github/coordinator: 1 workflow config(s) valid.\n', err: '' })
  })
})

describe('the import graph with the default-branch source (bare imports limited as the run limits them)', () => {
  it("a static import or top-level require of a package is refused in the run's words; a dynamic one the script may catch is left to run time", async () => {
    const root = makeWorkspace({
      'scripts/main.mjs': `import leftPad from 'left-pad'\nimport fs from 'fs'\nexport default async () => (await import('maybe-there').catch(() => null), leftPad)\n`,
      'scripts/old.cjs': `const x = require('lodash')\nfunction later() { return require('later-pkg') }\nmodule.exports = async () => x\n`
    })
    const esm = await walkImports(join(root, 'scripts/main.mjs'), { root, restrictImports: true })
    expect(esm.problems.map((p) => [p.line, p.message])).toEqual([[1, 'import of "left-pad": scripts read from the default branch may import only their own files and Node built-ins, not packages']])
    const cjs = await walkImports(join(root, 'scripts/old.cjs'), { root, restrictImports: true })
    expect(cjs.problems.map((p) => [p.line, p.message])).toEqual([[1, 'require("lodash"): scripts read from the default branch may require only their own files and Node built-ins, not packages']])
    const workspace = await walkImports(join(root, 'scripts/main.mjs'), { root, restrictImports: false })
    expect(workspace.problems).toEqual([])
  })
})

describe('findImports', () => {
  it('reads imports from code, not from strings, comments, regular expressions or type-only imports', async () => {
    const code = [
      `import type { A } from './types.js'`,
      `import b, { type C } from './b.js'`,
      `export * from './c.js'`,
      `export type { D } from './d.js'`,
      `// import './commented.js'`,
      `const s = "import('./string.js')"`,
      `const r = /require\\('\\.\\/regex'\\)/`,
      `const t = \`\${await import('./template.js')}\``,
      `function f() { return require('./nested.cjs') }`,
      `obj.require('./method.js')`,
      `import.meta.url`,
      `import type from './default-named-type.js'`
    ].join('\n')
    const found = await findImports(code, true)
    expect(found).toEqual([
      { specifier: './b.js', line: 2, atLoad: true, kind: 'import' },
      { specifier: './c.js', line: 3, atLoad: true, kind: 'import' },
      { specifier: './template.js', line: 8, atLoad: false, kind: 'import' },
      { specifier: './nested.cjs', line: 9, atLoad: false, kind: 'require' },
      { specifier: './default-named-type.js', line: 12, atLoad: true, kind: 'import' }
    ])
  })
})
