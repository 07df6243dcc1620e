import { isMap, isScalar, parseDocument, type Document } from 'yaml'
import { LLM_ONLY_KEYS } from '../config/schema.js'
import type { RecordedRun } from './gather.js'

/** SPEC section 8: live runs the shadow must agree on before the switch is proposed. */
export const DEFAULT_MIN_AGREEING_RUNS = 10

/** The shadow_script's record on live runs: how many agreed, and the links of those that differed. */
export interface ShadowTally {
  agreed: number
  diverged: string[]
}

/** Counts the shadow verdicts the traces hold for `script` on live runs (dry runs prove nothing about effects). */
export function tallyShadow(runs: readonly RecordedRun[], script: string): ShadowTally {
  const tally: ShadowTally = { agreed: 0, diverged: [] }
  for (const { run, traced, link } of runs) {
    if (run.dryRun || traced.dryRun) continue
    const verdicts = traced.shadows.filter((s) => s.file === script)
    if (!verdicts.length) continue
    if (verdicts.every((s) => s.agree)) tally.agreed++
    else tally.diverged.push(link)
  }
  return tally
}

/** Sets `key` right after the `coordinator` line (where a reader looks for it), or replaces it where it is. */
function setAfterCoordinator(doc: Document, key: string, value: string): void {
  const map = doc.contents
  if (!isMap(map) || doc.has(key)) return void doc.set(key, value)
  const at = map.items.findIndex((p) => isScalar(p.key) && p.key.value === 'coordinator')
  map.items.splice(at < 0 ? map.items.length : at + 1, 0, doc.createPair(key, value))
}

/** Written as people write YAML: `[closed]`, not `[ closed ]`. Comments and key order are kept. */
const render = (doc: Document) => doc.toString({ flowCollectionPadding: false })

/** Stage 1: the llm config, with `shadow_script` naming the candidate. */
export function withShadowScript(configText: string, script: string): string {
  const doc = parseDocument(configText)
  setAfterCoordinator(doc, 'shadow_script', script)
  return render(doc)
}

/** Stage 2: `coordinator: script` with the script, and every llm-only key dropped. */
export function switchedToScript(configText: string, script: string): string {
  const doc = parseDocument(configText)
  if (doc.has('coordinator')) doc.set('coordinator', 'script')
  else setAfterCoordinator(doc, 'coordinator', 'script')
  for (const key of LLM_ONLY_KEYS) doc.delete(key)
  setAfterCoordinator(doc, 'coordinator_script', script)
  return render(doc)
}
