/**
 * The bundle's only entry. The action runs `node dist/index.js`; the CLI, the demo and the
 * standalone sandbox are small stubs (dist/cli.js, dist/demo.js, dist/sandbox.js, written
 * by tools/bundle.mjs) that name their entry and import this file, so all four share one
 * set of chunks. Each loads only its own code: even the action's modules load only in the
 * action's branch, so the example MCP server (which a workflow may start many times) skips them.
 */
import nodeModule from 'node:module'

// A script, and whatever it starts, runs as our user and may signal us. Node answers SIGUSR1
// by opening its inspector on 127.0.0.1:9229, through which any local process could run
// code in this one: the tokens, the guards, everything. A listener of our own keeps the
// inspector shut (Node's `--disable-sigusr1` would too, but the runner starts us without flags).
let toldOfSigusr1 = false
process.on('SIGUSR1', () => {
  // Said once: a script sending it in a loop does not fill the log.
  if (!toldOfSigusr1) process.stderr.write('hybrid-coordinator: ignored SIGUSR1: the inspector stays closed (a script may not debug the action)\n')
  toldOfSigusr1 = true
})

type Entry = 'cli' | 'demo' | 'sandbox'
const entry = (globalThis as { hybridCoordinatorEntry?: Entry }).hybridCoordinatorEntry

function start(): Promise<unknown> {
  switch (entry) {
    case 'cli':
      return import('./cli.js')
    case 'demo':
      return import('./demo.js')
    case 'sandbox':
      // `sandbox.js mcp-tickets ...`: the example MCP server (issue 12), without the fakes.
      if (process.argv[2] === 'mcp-tickets') {
        // A workflow starts its servers on every run, so the chunks this server loads (the
        // MCP SDK, zod, Ajv: most of its start-up is compiling them) go through Node's
        // on-disk compile cache where there is one (Node 22.1+, so the runner's node24; a
        // no-op on Node 20). Node keys it by its version and each file's content.
        ;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()
        return import('./sandbox/mcp-tickets.js').then((m) => m.runTicketsFromCommandLine(process.argv.slice(3)))
      }
      return import('./sandbox/main.js').then((m) => m.runFromCommandLine(process.argv.slice(2)))
    default:
      // The action. Exit explicitly: a script may leave timers behind. A crash of our own
      // still writes the outputs, summary and trace it has, and fails the step.
      return Promise.all([import('./report/runner-commands.js'), import('./main.js'), import('./report/last-words.js')]).then(([{ createRunnerCommands }, { run }, { installCrashHandlers }]) => {
        const core = createRunnerCommands()
        installCrashHandlers(core)
        return run({ core, env: process.env }).then(
          () => process.exit(process.exitCode ?? 0),
          (error: unknown) => {
            core.setFailed(`Hybrid Coordinator crashed: ${error instanceof Error ? error.message : String(error)}`)
            process.exit(1)
          }
        )
      })
  }
}

void start()
