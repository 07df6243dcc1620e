import { constants } from 'node:os'
import { processIo, runCli } from './cli/index.js'
import { STOP_SIGNALS } from './report/last-words.js'

// The CLI's only top-level effects. Exit explicitly: a script may leave timers behind, and
// stdout is drained first so piped output is never cut short.
runCli(process.argv.slice(2), processIo()).then((code) => {
  process.stdout.write('', () => process.exit(code))
})

// The signals that end the action early (Ctrl-C, SIGTERM, SIGHUP) end the command through
// process.exit, with the signal's own exit code (130, 143, 129), so that its exit hooks run:
// a script still running is killed with what it started, and TypeScript compiled beside the
// user's files is removed (a signal's default action would end the process past both).
for (const signal of STOP_SIGNALS) {
  process.once(signal, () => {
    process.stderr.write(`\nhybrid-coordinator: stopped by ${signal}\n`)
    process.exit(128 + constants.signals[signal])
  })
}
