import { startSandbox, type Sandbox } from './server.js'
import { seedDemoState } from './state.js'

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

/** `node dist/sandbox.js [--port N] [--latency MS]`: runs until SIGTERM or SIGINT. */
export function runFromCommandLine(argv: readonly string[]): Promise<void> {
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
