import fc from 'fast-check'

/** YAML's punctuation and indicators, the tokens every random "YAML-ish" text is built from. */
const YAML_PUNCTUATION = ['on', ':', ' ', '\n', '  ', '- ', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '? ', '|', '>', '"', "'", '#', '---\n', '...\n', '<<', '\t']

/** Random texts of YAML's punctuation and a test's own `extra` tokens, joined. */
export function yamlSoup(extra: readonly string[], maxTokens: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...YAML_PUNCTUATION, ...extra), { maxLength: maxTokens }).map((tokens) => tokens.join(''))
}
