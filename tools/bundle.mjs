// Builds dist/ from src/ with ncc: the action (dist/index.js), the CLI (dist/cli.js), the
// demo and the standalone sandbox. Deterministic, so CI can rebuild and diff it.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs'

const entries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['index', 'cli', 'demo', 'sandbox']
const sources = { index: 'src/index.ts', cli: 'src/cli.ts', demo: 'src/demo.ts', sandbox: 'src/sandbox/main.ts' }
const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'

if (!process.argv.slice(2).length) rmSync('dist', { recursive: true, force: true })
for (const name of entries) {
  if (!existsSync(sources[name])) continue
  const out = name === 'index' ? 'dist' : `dist/${name}`
  execFileSync(process.execPath, [ncc, 'build', sources[name], '-o', out, '--minify', '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })
}
// `node dist/cli.js` and the package's bin point at the CLI bundle.
if (existsSync('dist/cli/index.js')) {
  writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n")
  chmodSync('dist/cli.js', 0o755)
}
