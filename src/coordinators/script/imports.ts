/**
 * The module specifiers a JavaScript or TypeScript file imports, found in sucrase's token
 * stream (a real parser, already bundled for TypeScript): strings, comments, regular
 * expressions and template literals are told apart from code, and nothing is evaluated.
 */

export interface ScriptImport {
  /** The specifier as written: `./util.js`, `node:fs`, `left-pad`. */
  specifier: string
  /** 1-based line of the specifier in the file. */
  line: number
  /**
   * Whether loading the file performs it: a static `import`/`export ... from`, or a
   * `require(...)` at the top level (outside every block). A dynamic `import()` or a nested
   * `require` runs only when reached, and its failure is an exception the script may catch.
   */
  atLoad: boolean
  /** `import`/`export ... from`/`import()`, or a CommonJS `require(...)`, which Node resolves differently. */
  kind: 'import' | 'require'
}

/** The file's imports, or undefined when sucrase cannot parse it (`node --check` then says why). */
export async function findImports(code: string, typescript: boolean): Promise<ScriptImport[] | undefined> {
  const [{ parse }, { TokenType: tt }, { ContextualKeyword: kw }] = await Promise.all([
    import('sucrase/dist/parser/index.js'),
    import('sucrase/dist/parser/tokenizer/types.js'),
    import('sucrase/dist/parser/tokenizer/keywords.js')
  ])
  let tokens
  try {
    tokens = parse(code, false, typescript, false).tokens
  } catch {
    return undefined
  }
  const lineAt = lineIndex(code)
  const text = (i: number) => code.slice(tokens[i]!.start, tokens[i]!.end)
  const is = (i: number, type: number) => tokens[i]?.type === type
  const isKw = (i: number, word: number) => tokens[i]?.type === tt.name && tokens[i]!.contextualKeyword === word
  const found: ScriptImport[] = []
  const add = (i: number, atLoad: boolean, kind: ScriptImport['kind'] = 'import') => {
    const specifier = stringValue(text(i))
    if (specifier !== undefined) found.push({ specifier, line: lineAt(tokens[i]!.start), atLoad, kind })
  }
  /** From token `i`, the string after the first `from` of this statement (a `;` or the next import/export ends it). */
  const fromClause = (i: number): number | undefined => {
    for (let j = i; j < tokens.length; j++) {
      if (is(j, tt.semi) || (j > i && (is(j, tt._import) || is(j, tt._export)))) return undefined
      if (isKw(j, kw._from) && is(j + 1, tt.string)) return j + 1
    }
    return undefined
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.type === tt._import) {
      if (is(i + 1, tt.parenL)) {
        // import('x'): only a literal can be checked; `import(name)` is left to run time.
        if (is(i + 2, tt.string) && (is(i + 3, tt.parenR) || is(i + 3, tt.comma))) add(i + 2, false)
        continue
      }
      if (is(i + 1, tt.dot)) continue // import.meta
      if (is(i + 1, tt.string)) {
        add(i + 1, true) // import './side-effect.js'
        continue
      }
      // `import type { T } from` (TypeScript) is erased; `import type from './x'` imports a default named type.
      if (isKw(i + 1, kw._type) && !(isKw(i + 2, kw._from) && is(i + 3, tt.string)) && !is(i + 2, tt.comma) && !is(i + 2, tt.eq)) continue
      const at = fromClause(i + 1)
      if (at !== undefined && !tokens[at]!.isType) add(at, true)
      continue
    }
    if (t.type === tt._export) {
      // Only `export * from` and `export { a } from` import; `export type { T } from` is erased.
      if (!is(i + 1, tt.star) && !is(i + 1, tt.braceL)) continue
      const at = fromClause(i + 1)
      if (at !== undefined && !tokens[at]!.isType) add(at, true)
      continue
    }
    // require('x'), also TypeScript's `import x = require('x')`; not `obj.require(...)`.
    if (isKw(i, kw._require) && is(i + 1, tt.parenL) && is(i + 2, tt.string) && is(i + 3, tt.parenR) && !is(i - 1, tt.dot) && !is(i - 1, tt.questionDot)) {
      add(i + 2, t.scopeDepth === 0, 'require')
    }
  }
  return found
}

/** A string literal's value; undefined for one with escapes (not worth guessing at). */
function stringValue(literal: string): string | undefined {
  const body = literal.slice(1, -1)
  return body.includes('\\') ? undefined : body
}

/** Offset -> 1-based line. */
function lineIndex(code: string): (offset: number) => number {
  const starts = [0]
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
}
