/** Benches of the LLM coordinator and the Python bridge, each added beside the base ones. */
export type BenchRow = [what: string, measured: string, floor: string, verdict: string]
export type Bench = (ctx: { root: string; action: string }) => Promise<BenchRow[]>

export const extraBenches: Bench[] = []
