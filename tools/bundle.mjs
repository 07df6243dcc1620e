// Builds dist/ from src/ with ncc: one bundle (dist/main.js and its chunks) with source
// maps, entered through dist/index.js, which the action runs; and three stubs that enter it
// as the CLI, the demo and the standalone sandbox. Deterministic, so CI can rebuild and
// diff it.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', 'dist', '--minify', '--source-map', '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })

// Node reads a file's source map only if maps were enabled before the file loaded, so the
// bundle moves to main.js and index.js enables them first: stack traces then name src/*.ts.
renameSync('dist/index.js.map', 'dist/main.js.map')
writeFileSync('dist/main.js', readFileSync('dist/index.js', 'utf8').replace(/\/\/# sourceMappingURL=index\.js\.map\s*$/, '//# sourceMappingURL=main.js.map\n'))
writeFileSync('dist/index.js', "process.setSourceMapsEnabled(true)\nawait import('./main.js')\n")

const stub = (entry) => `#!/usr/bin/env node\nglobalThis.hybridCoordinatorEntry = '${entry}'\nawait import('./index.js')\n`
for (const entry of ['cli', 'demo', 'sandbox']) {
  writeFileSync(`dist/${entry}.js`, stub(entry))
  chmodSync(`dist/${entry}.js`, 0o755)
}
