// Builds dist/ from src/ with ncc: one bundle (dist/index.js and its chunks) that the
// action runs directly, and three stubs that enter it as the CLI, the demo and the
// standalone sandbox. Deterministic, so CI can rebuild and diff it.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, writeFileSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
// No source maps: measured (ncc --source-map, process.setSourceMapsEnabled(true) before the
// bundle loads) they added 11 MB to dist/ and about 0.8 to 1.7 s to every start of the
// action on a loaded 2-core machine (Node parses each map as its file loads), for stack
// traces that users only see as one-line errors. See CHANGELOG.md.
rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', 'dist', '--minify', '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })

const stub = (entry) => `#!/usr/bin/env node\nglobalThis.hybridCoordinatorEntry = '${entry}'\nawait import('./index.js')\n`
for (const entry of ['cli', 'demo', 'sandbox']) {
  writeFileSync(`dist/${entry}.js`, stub(entry))
  chmodSync(`dist/${entry}.js`, 0o755)
}
