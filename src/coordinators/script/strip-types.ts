/**
 * TypeScript to JavaScript, the lines kept, by sucrase: its `transform` with the TypeScript
 * transform alone, put together from the parts that `transform` itself uses for these options
 * (sucrase 3.35's dist/index.js, getSucraseContext). Its entry also loads what our options
 * never reach: the options checker (ts-interface-checker), source maps, the CommonJS import
 * processor. Measured: 340 KB of bundled code instead of 425 KB, and a quarter less time to
 * load, which the action spends while a script's process waits for its start message.
 * Its own tests compare the output with sucrase's `transform` (__tests__/strip-types.test.ts).
 */

/** The modules sucrase ships as CommonJS with `exports.default`: under a bundler the class itself, under Node's ES modules the exports object. */
const defaultOf = <T>(ns: { default: T | { default: T } }): T => {
  const d = ns.default as { default?: T }
  return (d && typeof d === 'object' && 'default' in d ? d.default : ns.default) as T
}

/** Sucrase's TypeScript transform of `code`: types out, everything else where it was. Throws sucrase's error (with `loc`) on a syntax it cannot parse. */
export async function stripTypes(code: string): Promise<string> {
  const [{ parse }, names, helpers, tokens, root, shadowed, imported] = await Promise.all([
    import('sucrase/dist/parser/index.js'),
    import('sucrase/dist/NameManager.js'),
    import('sucrase/dist/HelperManager.js'),
    import('sucrase/dist/TokenProcessor.js'),
    import('sucrase/dist/transformers/RootTransformer.js'),
    import('sucrase/dist/identifyShadowedGlobals.js'),
    import('sucrase/dist/util/getTSImportedNames.js')
  ])
  const [NameManager, TokenProcessor, RootTransformer, identifyShadowedGlobals, getTSImportedNames] = [defaultOf(names), defaultOf(tokens), defaultOf(root), defaultOf(shadowed), defaultOf(imported)]
  const options = { transforms: ['typescript' as const], disableESTransforms: true, preserveDynamicImport: true }
  const file = parse(code, false, true, false)
  const nameManager = new NameManager(code, file.tokens)
  const helperManager = new helpers.HelperManager(nameManager)
  const tokenProcessor = new TokenProcessor(code, file.tokens, false, options.disableESTransforms, helperManager)
  // TypeScript's elision of imports used only as types needs to know which names are shadowed.
  identifyShadowedGlobals(tokenProcessor, file.scopes, getTSImportedNames(tokenProcessor))
  const context = { tokenProcessor, scopes: file.scopes, nameManager, importProcessor: null, helperManager }
  return new RootTransformer(context, options.transforms, false, options).transform().code
}
