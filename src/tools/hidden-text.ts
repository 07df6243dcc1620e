/**
 * Text people write (PR and issue bodies, comments, reviews, Slack messages) can carry
 * content a reader never sees but a model reads: HTML comments (GitHub does not render
 * them), zero-width characters, bidirectional controls that reorder what is shown, and
 * Unicode tag characters (invisible ASCII look-alikes). The model gets the text without
 * them; scripts get the original.
 */

/** `<!-- ... -->`; an unclosed comment hides the rest of the text, as GitHub renders it. */
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g

/**
 * Zero-width and invisible formatting characters (ZWSP, ZWNJ, ZWJ, word joiner, invisible
 * operators, BOM, soft hyphen, Mongolian vowel separator), bidirectional controls
 * (LRM, RLM, ALM, embeddings, overrides, isolates) and the tag block U+E0000-U+E007F.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F]/g

export function stripHiddenText(text: string): string {
  return text.replace(INVISIBLE, '').replace(HTML_COMMENT, '')
}

/** A JSON value with every string stripped (keys too): a payload or a tool result as the model sees it. */
export function stripHiddenDeep<T>(value: T): T {
  if (typeof value === 'string') return stripHiddenText(value) as T
  if (Array.isArray(value)) return value.map(stripHiddenDeep) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [stripHiddenText(k), stripHiddenDeep(v)])) as T
  }
  return value
}
