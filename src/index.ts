import * as core from '@actions/core'
import { run } from './main.js'
import { installCrashHandlers } from './report/last-words.js'

/**
 * The bundle's only entry. The action runs `node dist/index.js`; the CLI, the demo and the
 * standalone sandbox are small stubs (dist/cli.js, dist/demo.js, dist/sandbox.js, written
 * by tools/bundle.mjs) that name their entry and import this file, so all four share one
 * set of chunks. Each loads only its own code.
 */
type Entry = 'cli' | 'demo' | 'sandbox'
const entry = (globalThis as { hybridCoordinatorEntry?: Entry }).hybridCoordinatorEntry

function start(): Promise<unknown> {
  switch (entry) {
    case 'cli':
      return import('./cli.js')
    case 'demo':
      return import('./demo.js')
    case 'sandbox':
      return import('./sandbox/main.js').then((m) => m.runFromCommandLine(process.argv.slice(2)))
    default:
      // The action. Exit explicitly: a script may leave timers behind. A crash of our own
      // still writes the outputs, summary and trace it has, and fails the step.
      installCrashHandlers(core)
      return run({ core, env: process.env }).then(
        () => process.exit(process.exitCode ?? 0),
        (error: unknown) => {
          core.setFailed(`Hybrid Coordinator crashed: ${error instanceof Error ? error.message : String(error)}`)
          process.exit(1)
        }
      )
  }
}

void start()
