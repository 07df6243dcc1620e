import { startSandbox, type Sandbox } from './server.js'
import { seedDemoState } from './state.js'
import { describeSandboxWorld } from './world.js'

export interface SandboxCliOptions {
  port: number
  latencyMs: number
}

/** `--port N` and `--latency MS` (also as `--port=N`); anything else is an error. */
export function parseSandboxArgs(argv: readonly string[]): SandboxCliOptions {
  const options: SandboxCliOptions = { port: 0, latencyMs: 0 }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined]
    if (flag !== '--port' && flag !== '--latency') throw new Error(`unknown argument ${arg} (expected --port N, --latency MS)`)
    const value = inline ?? argv[++i]
    const n = Number(value)
    if (value === undefined || value === '' || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got ${value ?? 'nothing'}`)
    if (flag === '--port') options.port = n
    else options.latencyMs = n
  }
  return options
}

/**
 * Starts the demo sandbox and prints one JSON line with its URLs, for a parent process to read.
 * Returns the sandbox so the caller decides how long it lives.
 */
export async function main(argv: readonly string[], out: { write(line: string): unknown } = process.stdout): Promise<Sandbox> {
  const { port, latencyMs } = parseSandboxArgs(argv)
  const sandbox = await startSandbox({ port, latencyMs, state: seedDemoState() })
  const { url, githubUrl, slackUrl, anthropicUrl } = sandbox
  out.write(`${JSON.stringify({ url, githubUrl, slackUrl, anthropicUrl })}\n`)
  return sandbox
}

export function sandboxHelp(): string {
  return [
    'Usage: node dist/sandbox.js [--port N] [--latency MS]',
    '',
    'Starts the sandbox: loopback fakes of the GitHub REST API, the Slack Web API and the',
    'Anthropic Messages API, strict like the real services, seeded with the demo world.',
    'Prints one JSON line with their URLs ({ url, githubUrl, slackUrl, anthropicUrl }) and',
    'runs until SIGTERM or Ctrl-C. Point the action at it with GITHUB_API_URL, the',
    'slack-api-url input and ANTHROPIC_BASE_URL; `hybrid-coordinator run --sandbox` starts',
    'one of its own.',
    '',
    'Options:',
    '  --port N       listen on this port (default: any free port)',
    '  --latency MS   answer every request after MS milliseconds (default 0)',
    '  -h, --help     this text',
    '',
    ...describeSandboxWorld(seedDemoState())
  ].join('\n')
}

/** `node dist/sandbox.js [--port N] [--latency MS]`: runs until SIGTERM or SIGINT. */
export function runFromCommandLine(argv: readonly string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${sandboxHelp()}\n`)
    return Promise.resolve()
  }
  return main(argv).then(
    (sandbox) => {
      const stop = () => void sandbox.close().then(() => process.exit(0))
      process.once('SIGTERM', stop)
      process.once('SIGINT', stop)
    },
    (err: unknown) => {
      process.stderr.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`)
      process.exit(2)
    }
  )
}
