import type { WorkflowReport } from '../run-workflow.js'
import type { ConfigError } from '../errors.js'
import type { ToolCallRecord } from '../tools/toolbox.js'
import { formatUsd } from '../models/prices.js'

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
  error: '❌ error',
  cancelled: '⚠️ cancelled'
}

/**
 * GitHub refuses a step summary over 1 MiB, and then shows none of it: stay well below,
 * leaving room for what other steps of the job may add to theirs.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000

/** How much of each workflow a rendering shows. */
interface Detail {
  /** Most rows of the call table, and of the ledger and refused lists, per workflow. */
  calls: number
  /** Longest error, note or config error message shown (characters). */
  text: number
  /** Table rows already rendered, by call: each cut renders again. */
  rows: Map<ToolCallRecord, string>
}

/**
 * The step summary as Markdown (pure: main.ts writes it), under `limit` bytes: when the
 * whole does not fit, the call lists are cut (each cut says so, and the trace keeps
 * everything), then long texts; every workflow's status is always there.
 */
export function renderSummary(s: RunSummary, limit = SUMMARY_LIMIT_BYTES): string {
  const fits = (text: string) => Buffer.byteLength(text, 'utf8') <= limit
  const most = Math.max(0, ...s.reports.map((r) => r.calls.length))
  const rows = new Map<ToolCallRecord, string>()
  const full = render(s, { calls: most, text: Infinity, rows })
  if (fits(full)) return full
  for (let calls = Math.floor(most / 2); ; calls = Math.floor(calls / 2)) {
    const text = render(s, { calls, text: Infinity, rows })
    if (fits(text)) return text
    if (calls === 0) break
  }
  const compact = render(s, { calls: 0, text: 300, rows })
  if (fits(compact)) return compact
  // Still too big (thousands of workflows or config errors): the status lines alone.
  const lines = ['## Hybrid Coordinator', '', `The summary was cut to stay under GitHub's 1 MiB limit; the trace \`${s.traceFile}\` has everything.`, '']
  for (const r of s.reports) lines.push(`- ${r.status === 'succeeded' ? '✅' : '❌'} ${r.workflow}: ${r.status}`)
  if (s.configErrors.length) lines.push(`- ❌ ${s.configErrors.length} rejected config(s)`)
  let text = lines.join('\n') + '\n'
  while (!fits(text)) text = text.slice(0, Math.floor(text.length * 0.9))
  return text
}

function render(s: RunSummary, detail: Detail): string {
  const out: string[] = []
  out.push(`## Hybrid Coordinator`)
  out.push('')
  out.push(`Event \`${s.event}${s.action ? `.${s.action}` : ''}\` · files from **${s.source}** · trace \`${s.traceFile}\``)
  out.push('')
  if (s.configErrors.length) {
    out.push(`### ❌ Rejected configs`)
    out.push('')
    for (const e of s.configErrors) out.push(`- \`${e.location.file}${e.location.line ? `:${e.location.line}` : ''}\`: ${escapeMd(clip(e.message, detail.text))}`)
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
  for (const r of s.reports) out.push(...renderWorkflow(r, detail), '')
  return out.join('\n') + '\n'
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… [cut: the trace has the whole text]` : text
}

/** The note that ends a cut list. */
function cutNote(shown: number, total: number): string {
  return `*… ${total - shown} more not shown: the summary is capped below GitHub's 1 MiB limit; the trace has every call.*`
}

function renderWorkflow(r: WorkflowReport, detail: Detail): string[] {
  const out: string[] = []
  const icon = r.status === 'succeeded' ? '✅' : '❌'
  out.push(`### ${icon} ${r.workflow}: ${r.status}`)
  out.push('')
  out.push(`- coordinator: \`${r.coordinator}\`${r.script ? ` (\`${r.script}\`)` : ''} · config \`${r.file}\`${r.dryRun ? ' · **dry run**' : ''} · ${(r.durationMs / 1000).toFixed(2)} s`)
  out.push(`- tools: ${r.tools.map((t) => `\`${t}\``).join(', ')}`)
  if (r.coordinator === 'llm' || r.turns || r.usage.input_tokens || r.usage.output_tokens) {
    const u = r.usage
    out.push(
      `- LLM: ${r.turns} turn(s); tokens: ${u.input_tokens} input, ${u.output_tokens} output, ${u.cache_read_input_tokens} cache read, ${u.cache_creation_input_tokens} cache write; ${costText(r)}`
    )
  }
  if (r.error) out.push(`- **error**: ${escapeMd(clip(r.error, detail.text))}`)
  if (r.status === 'succeeded' && r.result !== null && r.result !== undefined) out.push(`- result: \`${escapeMd(short(r.result, 200))}\``)
  for (const note of r.notes) out.push(`- ${clip(note, detail.text)}`)
  out.push('')
  if (r.calls.length) {
    out.push(`| # | tool | arguments | target | outcome | answer |`)
    out.push(`| --- | --- | --- | --- | --- | --- |`)
    r.calls.slice(0, detail.calls).forEach((c, i) => {
      let row = detail.rows.get(c)
      if (row === undefined) {
        const answer = c.error ?? short(c.output, 80)
        row = `| ${i + 1} | \`${c.tool}\`${c.caller !== 'script' && c.caller !== 'llm' ? ` (${c.caller})` : ''} | ${cell(short(c.input, 80))} | ${cell(c.target ?? '')} | ${OUTCOME[c.outcome]} | ${cell(answer)} |`
        detail.rows.set(c, row)
      }
      out.push(row)
    })
    if (r.calls.length > detail.calls) out.push('', cutNote(detail.calls, r.calls.length))
  } else {
    out.push(`No tool calls.`)
  }
  const effects = r.calls.filter((c) => c.mutates && (c.outcome === 'sent' || c.outcome === 'dry'))
  out.push('')
  out.push(`**Ledger** (effects as the APIs confirmed them${r.dryRun ? '; dry run: planned, none sent' : ''}): ${effects.length ? '' : 'none'}`)
  for (const c of effects.slice(0, detail.calls)) out.push(`- ${c.outcome === 'dry' ? 'would' : 'did'} \`${c.tool}\` on ${escapeMd(c.target ?? '?')}`)
  if (effects.length > detail.calls) out.push(cutNote(detail.calls, effects.length))
  // Cancelled after its request went out: the API never confirmed it, nor said no.
  const unknown = r.calls.filter((c) => c.landed === 'unknown')
  if (unknown.length) {
    out.push('')
    out.push(`**Outcome unknown** (cancelled after the request was sent: it may have landed): ${unknown.length}`)
    for (const c of unknown.slice(0, detail.calls)) out.push(`- \`${c.tool}\` on ${escapeMd(c.target ?? '?')}`)
    if (unknown.length > detail.calls) out.push(cutNote(detail.calls, unknown.length))
  }
  const refused = r.calls.filter((c) => c.outcome === 'refused')
  if (refused.length) {
    out.push('')
    out.push(`**Refused by guards**: ${refused.length}`)
    for (const c of refused.slice(0, detail.calls)) out.push(`- \`${c.tool}\` on ${escapeMd(c.target ?? '?')}: ${escapeMd(c.guard ?? '')}`)
    if (refused.length > detail.calls) out.push(cutNote(detail.calls, refused.length))
  }
  return out
}

/** The workflow's cost at list price, or why it is unknown. */
function costText(r: WorkflowReport): string {
  if (r.costUsd === null || r.costUsd === undefined) return `cost: unknown (no list price for ${(r.unpricedModels ?? []).map((m) => `\`${m}\``).join(', ') || 'a model'})`
  return `cost: $${formatUsd(r.costUsd)} at list price`
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

export function escapeMd(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The summary as a terminal shows it: the HTML entities that keep GitHub's markdown safe, turned back into text. */
export function summaryAsText(markdown: string): string {
  return markdown.replace(/&lt;/g, '<').replace(/&gt;/g, '>')
}
