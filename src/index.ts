import * as core from '@actions/core'
import { run } from './main.js'

// The only top-level effect. Exit explicitly: a script may leave timers behind.
run({ core, env: process.env }).then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    core.setFailed(`Hybrid Coordinator crashed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
)
