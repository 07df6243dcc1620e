// The parts of sucrase (shipped in the package, typed under dist/types/, where TypeScript does
// not look for dist/*.js) that the action uses: its parser's token stream finds a script's
// imports without evaluating it (imports.ts); the parts of its `transform` put together for
// the TypeScript transform alone (strip-types.ts). Each module is CommonJS; a class or a
// function it exports as `exports.default` is typed here as `default`.
declare module 'sucrase/dist/parser/index.js' {
  export interface Token {
    type: number
    contextualKeyword: number
    start: number
    end: number
    scopeDepth: number
    isType: boolean
  }
  export interface Scope {
    startTokenIndex: number
    endTokenIndex: number
    isFunctionScope: boolean
  }
  export function parse(input: string, isJSXEnabled: boolean, isTypeScriptEnabled: boolean, isFlowEnabled: boolean): { tokens: Token[]; scopes: Scope[] }
}
declare module 'sucrase/dist/parser/tokenizer/types.js' {
  export const TokenType: Record<'string' | 'name' | 'braceL' | 'braceR' | 'parenL' | 'parenR' | 'comma' | 'semi' | 'dot' | 'questionDot' | 'eq' | 'star' | '_import' | '_export', number>
}
declare module 'sucrase/dist/parser/tokenizer/keywords.js' {
  export const ContextualKeyword: Record<'_from' | '_type' | '_require', number>
}
declare module 'sucrase/dist/NameManager.js' {
  import type { Token } from 'sucrase/dist/parser/index.js'
  export default class NameManager {
    constructor(code: string, tokens: Token[])
  }
}
declare module 'sucrase/dist/HelperManager.js' {
  import type NameManager from 'sucrase/dist/NameManager.js'
  export class HelperManager {
    constructor(nameManager: NameManager)
  }
}
declare module 'sucrase/dist/TokenProcessor.js' {
  import type { Token } from 'sucrase/dist/parser/index.js'
  import type { HelperManager } from 'sucrase/dist/HelperManager.js'
  export default class TokenProcessor {
    constructor(code: string, tokens: Token[], isFlowEnabled: boolean, disableESTransforms: boolean, helperManager: HelperManager)
  }
}
declare module 'sucrase/dist/identifyShadowedGlobals.js' {
  import type { Scope } from 'sucrase/dist/parser/index.js'
  import type TokenProcessor from 'sucrase/dist/TokenProcessor.js'
  export default function identifyShadowedGlobals(tokens: TokenProcessor, scopes: Scope[], globalNames: Set<string>): void
}
declare module 'sucrase/dist/util/getTSImportedNames.js' {
  import type TokenProcessor from 'sucrase/dist/TokenProcessor.js'
  export default function getTSImportedNames(tokens: TokenProcessor): Set<string>
}
declare module 'sucrase/dist/transformers/RootTransformer.js' {
  import type { Scope } from 'sucrase/dist/parser/index.js'
  import type NameManager from 'sucrase/dist/NameManager.js'
  import type { HelperManager } from 'sucrase/dist/HelperManager.js'
  import type TokenProcessor from 'sucrase/dist/TokenProcessor.js'
  export interface SucraseContext {
    tokenProcessor: TokenProcessor
    scopes: Scope[]
    nameManager: NameManager
    importProcessor: null
    helperManager: HelperManager
  }
  export default class RootTransformer {
    constructor(
      context: SucraseContext,
      transforms: 'typescript'[],
      enableLegacyBabel5ModuleInterop: boolean,
      options: { transforms: 'typescript'[]; disableESTransforms: boolean; preserveDynamicImport: boolean }
    )
    transform(): { code: string; mappings: (number | undefined)[] }
  }
}
