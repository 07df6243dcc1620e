import type { WorkflowConfig } from '../config/workflow-config.js'
import { renderScriptTypes } from '../codegen/types.js'
import { effectiveTools } from '../run-workflow.js'
import { short } from '../report/summary.js'
import { recordedCalls } from './replay-run.js'
import type { TracedRun, TracedWorkflow } from './trace-file.js'

/** The system prompt: what to write, and the rules replay will hold it to. */
export const MIGRATE_SYSTEM = `You rewrite a Hybrid Coordinator workflow that an LLM coordinates as a TypeScript script coordinator: a deterministic program that calls the very same tools, so the team can review it and stop paying for a model on every event.

Write one TypeScript module:
- \`import type { Handler } from 'hybrid-coordinator'\` and \`export default handler\`, where \`const handler: Handler = async (trigger, tools, virtualFiles, subagent) => { ... }\`.
- Call tools only as \`tools.<namespace>.<name>(...)\`, with the typed API below, and only the tools this workflow lists. Every tool is async.
- Make the calls the recorded runs make, with the same arguments (the same \`limit\`, full PR URLs): the script is checked by replaying it on these traces, where reads are answered from the recorded results.
- Use \`subagent\` only for judgement a program cannot make (classifying free text); prefer plain code.
- No other imports, no network access, no environment variables. Return a small JSON object summarising what was done.

Answer with exactly one \`\`\`ts code block holding the whole file, then at most three sentences on anything the traces left uncertain.`

export interface PromptInput {
  workflow: WorkflowConfig
  /** Up to N recorded runs of this workflow, newest first. */
  samples: { run: TracedRun; traced: TracedWorkflow }[]
}

const MAX_VALUE_CHARS = 1500
const MAX_PAYLOAD_CHARS = 3000

/** The user turn: the workflow's prompt, tools with their TypeScript types, virtual file names, and sample traces. */
export function buildMigratePrompt({ workflow, samples }: PromptInput): string {
  const tools = effectiveTools(workflow)
  const parts: string[] = []
  parts.push(`# Workflow ${workflow.name}${workflow.description ? `: ${workflow.description}` : ''}`)
  parts.push(
    `Config file: ${workflow.file}. Runs on: ${Object.entries(workflow.on)
      .map(([e, f]) => (f?.types ? `${e} (${f.types.join(', ')})` : e))
      .join(', ')}.`
  )
  if (workflow.slackChannel) parts.push(`Default Slack channel (slack.channel): ${workflow.slackChannel}.`)
  const guards = [Object.keys(workflow.limits).length ? `limits ${JSON.stringify(workflow.limits)}` : '', Object.keys(workflow.allow).length ? `allow ${JSON.stringify(workflow.allow)}` : ''].filter(
    Boolean
  )
  if (guards.length) parts.push(`Guards in front of mutating tools: ${guards.join('; ')}.`)

  parts.push('', '## The prompt the LLM coordinator follows', '', fence(workflow.prompt ?? '(none)', 'markdown'))

  parts.push('', '## Tools this workflow has', '')
  for (const t of tools) parts.push(`- \`tools.${t.name}\`${t.mutates ? ' (mutates)' : ''}: ${t.description} Parameters, in order: ${t.params.join(', ') || 'none'}. Returns \`${t.outputType}\`.`)
  parts.push('', 'The typed script API (the package `hybrid-coordinator`):', '', fence(renderScriptTypes(), 'ts'))

  parts.push('', '## Virtual files', '')
  const names = [...workflow.virtualFiles.map((f) => f.name), 'trigger.json']
  parts.push(`\`virtualFiles.list()\` gives: ${names.map((n) => `\`${n}\``).join(', ')} (trigger.json holds the event payload).`)

  const subagents = Object.values(workflow.subagents)
  if (subagents.length) {
    parts.push('', '## Subagents declared in the config (call with `subagent.call(name, input)`)', '')
    for (const s of subagents) parts.push(`- \`${s.name}\`: ${short(s.prompt, 300)}${s.tools.length ? ` (tools: ${s.tools.join(', ')})` : ''}`)
  }

  parts.push('', `## Recorded runs (${samples.length})`, '')
  if (!samples.length) parts.push('No traces were given: follow the prompt.')
  samples.forEach(({ run, traced }, i) => {
    const t = run.trigger
    parts.push(`### Run ${i + 1}: ${t.event}${t.action ? `.${t.action}` : ''} on ${t.repository || '?'} (${traced.end?.status ?? 'unfinished'})`, '')
    parts.push(`Trigger payload: ${short(t.payload, MAX_PAYLOAD_CHARS)}`, '')
    for (const c of recordedCalls(traced)) {
      const answer = c.error !== undefined ? `error: ${short(c.error, 300)}` : short(c.output, MAX_VALUE_CHARS)
      parts.push(`- \`${c.tool}(${short(c.input, 400)})\` → ${c.outcome}${c.target ? ` on ${c.target}` : ''}: ${answer}`)
    }
    if (traced.end) parts.push('', `Ended ${traced.end.status}: ${short(traced.end.error ?? traced.end.result, 500)}`)
    parts.push('')
  })
  return parts.join('\n')
}

function fence(text: string, lang: string): string {
  const ticks = text.includes('```') ? '````' : '```'
  return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`
}

/**
 * The script in a reply: its ```ts (or ```typescript) block, the first one that exports a
 * handler when there are several (a model may show a type or a config beside it).
 */
export function extractTypeScript(reply: string): string | undefined {
  const blocks = [...reply.matchAll(/(`{3,})[ \t]*(?:ts|typescript|mts)[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*\1/gi)].map((m) => m[2]).filter((code) => code.trim())
  const code = blocks.find((b) => /\bexport\b[\s\S]*\bhandler\b|\bexport\s+default\b/.test(b)) ?? blocks[0]
  return code ? `${code.replace(/\s+$/, '')}\n` : undefined
}
