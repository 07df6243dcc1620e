import { TOOLS, llmToolName } from '../tools/registry.js'
import { inputJsonSchema } from '../tools/llm-spec.js'

/** The README's tool reference, from the registry. */
export function renderToolTable(): string {
  const rows = TOOLS.map((t) => {
    const props = (inputJsonSchema(t).properties ?? {}) as Record<string, { description?: string; default?: unknown }>
    const params = t.params.length ? t.params.map((p) => `\`${p}\`${props[p]?.default !== undefined ? ` (default ${JSON.stringify(props[p].default)})` : ''}`).join(', ') : 'none'
    return `| \`${t.name}\` | \`${llmToolName(t.name)}\` | ${params} | ${t.returns} | ${t.mutates ? 'yes' : 'no'} | ${t.description.replace(/\|/g, '\\|')} |`
  })
  return ['| tool | LLM name | parameters, in order | returns | mutates | description |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}
