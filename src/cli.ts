import { processIo, runCli } from './cli/index.js'

// The CLI's only top-level effect. Exit explicitly: a script may leave timers behind, and
// stdout is drained first so piped output is never cut short.
runCli(process.argv.slice(2), processIo()).then((code) => {
  process.stdout.write('', () => process.exit(code))
})
