/**
 * The names of the built-in tools, without their definitions. Loading a config needs only
 * these (to check `tools:` and `limits:`), and a config is loaded at every start, also on
 * an event that runs nothing: the definitions, with their input schemas, load only when a
 * workflow runs. `src/tools/registry.ts` holds the definitions; a test checks that both
 * list the same tools, in the same order, with the same `mutates`.
 */
export const BUILT_IN_TOOLS = [
  { name: 'github.get_status', mutates: false },
  { name: 'github.get_pull_request', mutates: false },
  { name: 'github.comment', mutates: true },
  { name: 'github.add_labels', mutates: true },
  { name: 'slack.get_messages', mutates: false },
  { name: 'slack.add_reacji', mutates: true },
  { name: 'slack.post_message', mutates: true },
  { name: 'files.list', mutates: false },
  { name: 'files.read', mutates: false }
] as const

export const TOOL_NAMES: string[] = BUILT_IN_TOOLS.map((t) => t.name)
export const MUTATING_TOOL_NAMES: string[] = BUILT_IN_TOOLS.filter((t) => t.mutates).map((t) => t.name)
/** Present in every workflow whatever its `tools` list says. */
export const ALWAYS_PRESENT: string[] = TOOL_NAMES.filter((name) => name.startsWith('files.'))
