import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runEngine, type EngineResult } from '../../src/engine.js'
import { WorkspaceSource } from '../../src/config/source.js'
import type { Sandbox } from '../../src/sandbox/server.js'
import type { Trigger } from '../../src/trigger.js'
import type { WorkflowReport } from '../../src/run-workflow.js'
import { CLOSED_PR_EVENT, makeWorkspace, sandboxClientSettings } from '../helpers/workspace.js'

/**
 * Runs the engine in this process against the sandbox (real SDK client, real Slack and
 * GitHub clients, loopback fakes), so a test sees the report, the trace and the fake's
 * requests. The bundled action is exercised in __tests__/integration/llm.test.ts.
 */

export const TRIGGER: Trigger = {
  event: 'pull_request',
  action: 'closed',
  payload: CLOSED_PR_EVENT as unknown as Record<string, unknown>,
  repository: 'octo-org/web',
  ref: 'refs/heads/main',
  sha: 'a'.repeat(40),
  actor: 'octocat'
}

export type TraceLine = Record<string, unknown> & { type: string }

export interface InProcessRun extends EngineResult {
  report: WorkflowReport
  trace: TraceLine[]
}

export interface InProcessOptions {
  /** Omit to run with no Anthropic key at all. */
  anthropicKey?: string | null
  model?: string
  dryRun?: boolean
}

/** Writes `files` into a fresh workspace (configs under .github/coordinator) and runs it. */
export async function runInProcess(sandbox: Sandbox, files: Record<string, string>, options: InProcessOptions = {}): Promise<InProcessRun> {
  const root = makeWorkspace(files)
  const traceDir = mkdtempSync(join(tmpdir(), 'hc-trace-'))
  const key = options.anthropicKey === undefined ? sandbox.tokens.anthropic : (options.anthropicKey ?? undefined)
  const result = await runEngine({
    trigger: TRIGGER,
    source: new WorkspaceSource(root),
    configDir: '.github/coordinator',
    dryRun: options.dryRun ?? false,
    model: options.model ?? 'claude-sonnet-5-5',
    python: 'python3',
    traceDir,
    mode: 'run',
    clients: {
      ...sandboxClientSettings(sandbox),
      anthropicApiKey: key,
      requestTimeoutMs: 10_000
    },
    secrets: []
  })
  const trace = readFileSync(result.traceFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TraceLine)
  return { ...result, report: result.reports[0]!, trace }
}

/** An llm workflow config; `prompt` may carry a `sandbox-policy: NAME` line to pick the fake's player. */
export function llmConfig(options: { name?: string; prompt: string; tools?: string[]; extra?: string; timeoutSeconds?: number }): string {
  const tools = options.tools ?? ['slack.get_messages', 'slack.add_reacji', 'github.get_status']
  return [
    `name: ${options.name ?? 'under-test'}`,
    'on:',
    '  pull_request: { types: [closed] }',
    'coordinator: llm',
    'prompt: |',
    ...options.prompt.split('\n').map((l) => `  ${l}`),
    `timeout_seconds: ${options.timeoutSeconds ?? 60}`,
    'tools:',
    ...tools.map((t) => `  - ${t}`),
    'slack:',
    '  channel: C0123456789',
    options.extra ?? ''
  ].join('\n')
}

export const PR_MERGED_PROMPT = readFileSync('prompts/pr_merged.md', 'utf8')

/** Every `merged` reaction the sandbox holds in #deploys, by message ts. */
export function mergedTs(sandbox: Sandbox): string[] {
  return sandbox.state.slack.channels
    .C0123456789!.messages.filter((m) => m.reactions.some((r) => r.name === 'merged'))
    .map((m) => m.ts)
    .sort()
}

export const llmRequests = (trace: TraceLine[]) => trace.filter((l) => l.type === 'llm_request')
