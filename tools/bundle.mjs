// Builds dist/ from src/ with ncc: one bundle (dist/index.js and its chunks) that the
// action runs directly, and three stubs that enter it as the CLI, the demo and the
// standalone sandbox. Deterministic, so CI can rebuild and diff it.
//
// Three choices here are measured, not taste (README, Performance; CHANGELOG.md):
// - CommonJS, not ES modules. The runner starts `node dist/index.js`; an ES module entry
//   makes Node 20 build its ES module loader first (about 30 ms of a cold start on a 2-core
//   machine, a quarter of what we spend above `node -e 0`), and every chunk then goes
//   through that loader's asynchronous resolve, read, decode and link. ncc's command line
//   picks the format from package.json's "type"; its API takes `esm: false`. dist/ gets its
//   own package.json saying "commonjs", since ours says "module" for src/ and the tools.
// - Minified chunks. ncc minifies the entry file only; the chunks (zod, yaml, the SDKs)
//   kept their whitespace and comments, about half of their bytes, which a cold start read
//   and pre-parsed all the same. esbuild strips whitespace and comments and folds syntax; names are
//   kept (no identifier mangling), so `error.name` and class names read as before.
// - Module factories as `function` expressions. webpack writes each module of a chunk as
//   `((module, exports, require) => { ... })`; V8 pre-parses such an arrow when the chunk
//   loads and parses it again in full when the module is first required, while a
//   parenthesized `(function` it compiles once, at once (its heuristic for a function that
//   is called immediately). A factory runs at most once, and most of a loaded chunk's do.
//   Measured, paired: a cold start 20 ms and a pr_merged run 34 to 44 ms less CPU on
//   Node 20; no change on Node 24, whose V8 decides otherwise. The arrow factories do not
//   use `this` (webpack already writes as functions the modules that do, and calls every
//   factory with `this` set to its exports), so the change keeps their meaning.
// - No source maps: measured (ncc --source-map, process.setSourceMapsEnabled(true) before the
//   bundle loads) they added 11 MB to dist/ and about 0.8 to 1.7 s to every start of the
//   action on a loaded 2-core machine (Node parses each map as its file loads), for stack
//   traces that users only see as one-line errors.
import { createRequire } from 'node:module'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { transformSync } from 'esbuild'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')

const out = 'dist'
rmSync(out, { recursive: true, force: true })
const { code, assets } = await ncc(join(process.cwd(), 'src/index.ts'), { esm: false, minify: true, license: 'licenses.txt', quiet: true })

// webpack's module template: a marker comment and `123:` on one line, the marker and
// `((module, exports, require) => {` on the next; rewritten to `(function(module, exports,
// require) {` (the closing `})` is the same). A factory in any other form fails the build,
// so a change of template is seen, not missed.
function eagerFactories(name, source) {
  let factories = 0
  const text = source.replace(/^(\/\*\*\*\/ \d+:\n\/\*\*\*\/ )(?:\(\(([\w$, ]*)\) => \{$|(?=\(function\())/gm, (_, head, args) => {
    factories++
    return args === undefined ? head : `${head}(function(${args}) {`
  })
  const declared = source.match(/^\/\*\*\*\/ \d+:$/gm)?.length ?? 0
  if (factories !== declared) throw new Error(`tools/bundle.mjs: ${name}: ${declared - factories} of ${declared} module factories are in a form this script does not know`)
  return text
}

/** Whitespace and comments out, syntax folded, names kept; the licenses go to licenses.txt. */
const minify = (source) => transformSync(source, { minifyWhitespace: true, minifySyntax: true, format: 'cjs', target: 'node20', legalComments: 'none', charset: 'utf8' }).code

const write = (name, text, mode) => {
  const path = join(out, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text, mode ? { mode } : undefined)
}
write('index.js', minify(code))
for (const [name, asset] of Object.entries(assets).sort(([a], [b]) => a.localeCompare(b))) {
  const isChunk = /^\d+\.index\.js$/.test(name)
  write(name, isChunk ? minify(eagerFactories(name, String(asset.source))) : asset.source, asset.permissions)
}
write('package.json', '{ "type": "commonjs" }\n')

const stub = (entry) => `#!/usr/bin/env node\nglobalThis.hybridCoordinatorEntry = '${entry}'\nrequire('./index.js')\n`
for (const entry of ['cli', 'demo', 'sandbox']) {
  write(`${entry}.js`, stub(entry))
  chmodSync(join(out, `${entry}.js`), 0o755)
}
