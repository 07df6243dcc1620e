import type { EngineResult } from '../engine.js'
import type { WorkflowReport } from '../run-workflow.js'
import type { ToolCallRecord } from '../tools/toolbox.js'
import { short } from '../report/summary.js'
import { formatLocated, paint, type CliIo } from './io.js'

const OUTCOME: Record<ToolCallRecord['outcome'], { text: string; colour: 'dim' | 'green' | 'yellow' | 'red' }> = {
  read: { text: 'read', colour: 'dim' },
  sent: { text: 'sent', colour: 'green' },
  dry: { text: 'dry run', colour: 'yellow' },
  refused: { text: 'REFUSED', colour: 'red' },
  error: { text: 'ERROR', colour: 'red' },
  cancelled: { text: 'CANCELLED', colour: 'yellow' }
}

/**
 * The run's summary for a terminal: the same facts as the step summary (engine's Markdown),
 * laid out as plain lines, one per tool call.
 */
export function renderTerminalSummary(io: Pick<CliIo, 'color'>, outcome: EngineResult, event: string, traceFile = outcome.traceFile): string[] {
  const out: string[] = []
  for (const e of outcome.configErrors) out.push(paint(io, 'red', formatLocated(e.message, e.location)))
  if (!outcome.reports.length && !outcome.configErrors.length) out.push(`No workflow config matched ${event}: nothing ran.`)
  for (const r of outcome.reports) out.push(...renderWorkflow(io, r), '')
  if (outcome.abandonedRequests?.length) out.push(paint(io, 'yellow', `abandoned at exit (cancelled, may have reached the service): ${outcome.abandonedRequests.join(', ')}`))
  out.push(paint(io, 'dim', `trace: ${traceFile}`))
  return out
}

function renderWorkflow(io: Pick<CliIo, 'color'>, r: WorkflowReport): string[] {
  const ok = r.status === 'succeeded'
  const head = `${paint(io, ok ? 'green' : 'red', ok ? '✔' : '✘')} ${paint(io, 'bold', r.workflow)}: ${r.status}`
  const how = `coordinator ${r.coordinator}${r.script ? ` (${r.script})` : ''} · config ${r.file}${r.dryRun ? ' · dry run' : ''} · ${(r.durationMs / 1000).toFixed(2)} s`
  const out = [head, `  ${how}`]
  if (r.coordinator === 'llm' || r.turns) {
    const u = r.usage
    out.push(`  LLM: ${r.turns} turn(s); tokens ${u.input_tokens} in, ${u.output_tokens} out, ${u.cache_read_input_tokens} cache read, ${u.cache_creation_input_tokens} cache write`)
  }
  const width = String(r.calls.length).length
  r.calls.forEach((c, i) => {
    const o = OUTCOME[c.outcome]
    const who = c.caller === 'script' || c.caller === 'llm' ? '' : ` (${c.caller})`
    const where = c.target ? ` → ${c.target}` : ''
    const answer = c.error ?? (c.mutates ? '' : short(c.output, 60))
    out.push(`  ${String(i + 1).padStart(width)} ${c.tool}${who} ${short(c.input, 70)}${where}  ${paint(io, o.colour, o.text)}${answer ? paint(io, 'dim', `  ${answer}`) : ''}`)
  })
  const effects = r.calls.filter((c) => c.mutates && (c.outcome === 'sent' || c.outcome === 'dry'))
  out.push(`  effects: ${effects.length ? `${effects.length} (${r.dryRun ? 'planned, none sent' : 'as the APIs confirmed them'})` : 'none'}`)
  const unknown = r.calls.filter((c) => c.landed === 'unknown')
  if (unknown.length) out.push(paint(io, 'yellow', `  outcome unknown: ${unknown.length} (cancelled after the request was sent: may have landed)`))
  for (const note of r.notes) out.push(`  ${note}`)
  if (r.error) out.push(paint(io, 'red', `  error: ${r.errorLocation?.file ? formatLocated(r.error, r.errorLocation) : r.error}`))
  if (ok && r.result !== null && r.result !== undefined) out.push(`  result: ${short(r.result, 200)}`)
  return out
}
