/**
 * The action's outputs (SPEC section 1). `CoreLike.setOutput` takes only these names, and a
 * test checks that action.yml and the README's output table list exactly them: add an
 * output here, in action.yml and in the README table together.
 */
export const ACTION_OUTPUTS = ['results', 'matched', 'trace-file', 'input-tokens', 'output-tokens', 'cache-read-tokens', 'cache-write-tokens', 'cost-usd', 'pull-request'] as const

export type ActionOutputName = (typeof ACTION_OUTPUTS)[number]
