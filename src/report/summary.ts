import type { WorkflowReport } from '../run-workflow.js'
import type { ConfigError } from '../errors.js'
import type { ToolCallRecord } from '../tools/toolbox.js'

export interface RunSummary {
  /** Which source the files came from: "workspace", "default branch main at 1a2b3c4". */
  source: string
  event: string
  action: string | null
  matched: string[]
  reports: WorkflowReport[]
  configErrors: ConfigError[]
  traceFile: string
  mode: 'run' | 'validate'
}

const OUTCOME: Record<ToolCallRecord['outcome'], string> = {
  read: 'read',
  sent: '✅ sent',
  dry: '🧪 dry run (not sent)',
  refused: '⛔ refused',
  error: '❌ error'
}

/** The step summary as Markdown (pure: main.ts writes it). */
export function renderSummary(s: RunSummary): string {
  const out: string[] = []
  out.push(`## Hybrid Coordinator`)
  out.push('')
  out.push(`Event \`${s.event}${s.action ? `.${s.action}` : ''}\` · files from **${s.source}** · trace \`${s.traceFile}\``)
  out.push('')
  if (s.configErrors.length) {
    out.push(`### ❌ Rejected configs`)
    out.push('')
    for (const e of s.configErrors) out.push(`- \`${e.location.file}${e.location.line ? `:${e.location.line}` : ''}\`: ${escapeMd(e.message)}`)
    out.push('')
  }
  if (s.mode === 'validate') {
    out.push(s.configErrors.length ? `Validation failed: ${s.configErrors.length} problem(s).` : 'Every config is valid.')
    return out.join('\n') + '\n'
  }
  if (!s.reports.length) {
    out.push(`No workflow matched this event.`)
    return out.join('\n') + '\n'
  }
  for (const r of s.reports) out.push(...renderWorkflow(r), '')
  return out.join('\n') + '\n'
}

function renderWorkflow(r: WorkflowReport): string[] {
  const out: string[] = []
  const icon = r.status === 'succeeded' ? '✅' : '❌'
  out.push(`### ${icon} ${r.workflow}: ${r.status}`)
  out.push('')
  out.push(`- coordinator: \`${r.coordinator}\`${r.script ? ` (\`${r.script}\`)` : ''} · config \`${r.file}\`${r.dryRun ? ' · **dry run**' : ''} · ${(r.durationMs / 1000).toFixed(2)} s`)
  out.push(`- tools: ${r.tools.map((t) => `\`${t}\``).join(', ')}`)
  if (r.coordinator === 'llm' || r.turns || r.usage.input_tokens || r.usage.output_tokens) {
    const u = r.usage
    out.push(`- LLM: ${r.turns} turn(s); tokens: ${u.input_tokens} input, ${u.output_tokens} output, ${u.cache_read_input_tokens} cache read, ${u.cache_creation_input_tokens} cache write`)
  }
  if (r.error) out.push(`- **error**: ${escapeMd(r.error)}`)
  if (r.status === 'succeeded' && r.result !== null && r.result !== undefined) out.push(`- result: \`${escapeMd(short(r.result, 200))}\``)
  for (const note of r.notes) out.push(`- ${note}`)
  out.push('')
  if (r.calls.length) {
    out.push(`| # | tool | arguments | target | outcome | answer |`)
    out.push(`| --- | --- | --- | --- | --- | --- |`)
    r.calls.forEach((c, i) => {
      const answer = c.error ?? short(c.output, 80)
      out.push(`| ${i + 1} | \`${c.tool}\`${c.caller !== 'script' && c.caller !== 'llm' ? ` (${c.caller})` : ''} | ${cell(short(c.input, 80))} | ${cell(c.target ?? '')} | ${OUTCOME[c.outcome]} | ${cell(answer)} |`)
    })
  } else {
    out.push(`No tool calls.`)
  }
  const effects = r.calls.filter((c) => c.mutates && (c.outcome === 'sent' || c.outcome === 'dry'))
  out.push('')
  out.push(`**Ledger** (effects as the APIs confirmed them${r.dryRun ? '; dry run: planned, none sent' : ''}): ${effects.length ? '' : 'none'}`)
  for (const c of effects) out.push(`- ${c.outcome === 'dry' ? 'would' : 'did'} \`${c.tool}\` on ${escapeMd(c.target ?? '?')}`)
  const refused = r.calls.filter((c) => c.outcome === 'refused')
  if (refused.length) {
    out.push('')
    out.push(`**Refused by guards**: ${refused.length}`)
    for (const c of refused) out.push(`- \`${c.tool}\` on ${escapeMd(c.target ?? '?')}: ${escapeMd(c.guard ?? '')}`)
  }
  return out
}

/** A value shown in one short line. */
export function short(value: unknown, max: number): string {
  let text: string
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  text = text.replace(/\s+/g, ' ')
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

function cell(text: string): string {
  return escapeMd(text).replace(/\|/g, '\\|')
}

function escapeMd(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The summary as a terminal shows it: the HTML entities that keep GitHub's markdown safe, turned back into text. */
export function summaryAsText(markdown: string): string {
  return markdown.replace(/&lt;/g, '<').replace(/&gt;/g, '>')
}
