// Builds dist/ from src/ with ncc: one bundle (dist/index.js and its chunks) that the
// action runs directly, and three stubs that enter it as the CLI, the demo and the
// standalone sandbox. Deterministic, so CI can rebuild and diff it.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, writeFileSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
rmSync('dist', { recursive: true, force: true })
execFileSync(process.execPath, [ncc, 'build', 'src/index.ts', '-o', 'dist', '--minify', '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })

const stub = (entry) => `#!/usr/bin/env node\nglobalThis.hybridCoordinatorEntry = '${entry}'\nawait import('./index.js')\n`
for (const entry of ['cli', 'demo', 'sandbox']) {
  writeFileSync(`dist/${entry}.js`, stub(entry))
  chmodSync(`dist/${entry}.js`, 0o755)
}
