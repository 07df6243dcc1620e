import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A GitHub annotation the action printed (`::error file=...,line=...::message`). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  file?: string
  line?: number
  title?: string
  message: string
}

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** The parsed `results` output (empty when unset). */
  results: Array<Record<string, unknown>>
  durationMs: number
}

export interface ActionRunOptions {
  /** Path of the bundled action, `dist/index.js`. */
  action: string
  workspace: string
  eventName: string
  event: Record<string, unknown>
  /** Action inputs by their action.yml names (`config-dir`, `slack-token`...). */
  inputs: Record<string, string>
  /** Extra environment (GITHUB_API_URL, ANTHROPIC_BASE_URL...). */
  env?: Record<string, string>
  repository?: string
  /** The node binary (another version for compatibility runs). */
  node?: string
  timeoutMs?: number
}

/**
 * Runs the bundled action the way the GitHub runner does: a child `node` process with
 * `INPUT_*`, `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`. Used by the
 * demo, the integration tests and the bench.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-runner-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(options.event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/web',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value

  const started = Date.now()
  const child = spawn(options.node ?? process.execPath, [options.action], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))
  clearTimeout(timer)
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'))
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
    results: outputs.results ? (JSON.parse(outputs.results) as Array<Record<string, unknown>>) : [],
    durationMs: Date.now() - started
  }
}

/** `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      out[heredoc[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

/** Workflow commands for annotations, with their escaped properties decoded. */
export function parseAnnotations(stdout: string): Annotation[] {
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
  const found: Annotation[] = []
  for (const m of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const at = kv.indexOf('=')
          return [kv.slice(0, at), unescape(kv.slice(at + 1))]
        })
    )
    found.push({ level: m[1] as Annotation['level'], file: props.file, line: props.line ? Number(props.line) : undefined, title: props.title, message: unescape(m[3]) })
  }
  return found
}
