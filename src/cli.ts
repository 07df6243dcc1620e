import { processIo, runCli } from './cli/index.js'

// The CLI's only top-level effects. Exit explicitly: a script may leave timers behind, and
// stdout is drained first so piped output is never cut short.
runCli(process.argv.slice(2), processIo()).then((code) => {
  process.stdout.write('', () => process.exit(code))
})

// Ctrl-C (or a SIGTERM, SIGHUP) ends the command through process.exit, as a signal's own
// exit code (130, 143, 129), so that its exit hooks run: a script still running is killed
// with what it started, and TypeScript compiled beside the user's files is removed (a
// signal's default action would end the process past both).
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.once(signal, () => {
    process.stderr.write(`\nhybrid-coordinator: stopped by ${signal}\n`)
    process.exit(128 + number)
  })
}
