// The parts of sucrase's parser (shipped in the package, typed under dist/types/) that
// script/imports.ts uses: its token stream finds a script's imports without evaluating it.
declare module 'sucrase/dist/parser/index.js' {
  export interface Token {
    type: number
    contextualKeyword: number
    start: number
    end: number
    scopeDepth: number
    isType: boolean
  }
  export function parse(input: string, isJSXEnabled: boolean, isTypeScriptEnabled: boolean, isFlowEnabled: boolean): { tokens: Token[] }
}
declare module 'sucrase/dist/parser/tokenizer/types.js' {
  export const TokenType: Record<'string' | 'name' | 'braceL' | 'braceR' | 'parenL' | 'parenR' | 'comma' | 'semi' | 'dot' | 'questionDot' | 'eq' | 'star' | '_import' | '_export', number>
}
declare module 'sucrase/dist/parser/tokenizer/keywords.js' {
  export const ContextualKeyword: Record<'_from' | '_type' | '_require', number>
}
