import { describe, expect, test } from '@jest/globals'
import { transform } from 'sucrase'
import { stripTypes } from '../../src/coordinators/script/strip-types.js'

/**
 * strip-types.ts puts sucrase's TypeScript transform together from the parts its `transform`
 * uses: for every construct a script may hold, the output must be sucrase's own, byte for
 * byte, and a syntax error must still carry the line sucrase found.
 */
const sucrase = (code: string) => transform(code, { transforms: ['typescript'], disableESTransforms: true, preserveDynamicImport: true }).code

const SOURCES: Record<string, string> = {
  'the pr_merged script': `import type { Handler } from 'hybrid-coordinator'\nconst PR = /pull\\/\\d+/g\nconst handler: Handler = async (trigger, tools) => {\n  const m = await tools.slack.get_messages({ limit: 10 })\n  return { checked: m.length, marked: [] as string[] }\n}\nexport default handler\n`,
  'an enum and a const enum': `enum Color { Red, Green = 'g', Blue = 4 }\nconst enum Flag { A = 1, B = A << 1 }\nexport const c = Color.Red + Flag.B\n`,
  'parameter properties and class fields': `export class Box<T> {\n  readonly kind = 'box'\n  #secret?: string\n  static count: number = 0\n  constructor(private readonly value: T, public label?: string) {}\n  get(): T { return this.value }\n}\n`,
  'imports used only as types are dropped, used ones kept': `import { A, b, type C } from './x.js'\nimport D from 'd'\nimport * as E from 'e'\nimport type F from 'f'\nlet a: A = b as unknown as A\nlet c: C | D\nexport { E }\nexport type { F }\n`,
  'generics, casts, satisfies, non-null, optional chains': `function first<T extends { id: number }>(xs: T[]): T | undefined { return xs[0]! }\nconst cfg = { a: 1 } satisfies Record<string, number>\nconst n = (<any>cfg).a as number\nconst deep = cfg?.a ?? 0\nexport { first, n, deep }\n`,
  'async arrows with type parameters across lines': `export const f = async <\n  T,\n>(x: T): Promise<T> => x\nexport const g = (a: number,\n  b: string): void => {}\n`,
  'declarations, namespaces, overloads, abstract': `declare const G: string\ndeclare module 'm' { export const x: number }\nexport namespace NS { export const y = 1 }\nexport function over(a: string): string\nexport function over(a: number): number\nexport function over(a: any) { return a }\nexport abstract class Base { abstract run(): void }\ninterface I { x: number }\ntype T = I & { y: string }\n`,
  'dynamic import and import.meta': `export const load = async (p: string) => (await import(p)) as { default: unknown }\nexport const here: string = import.meta.url\n`,
  'a shadowed imported name': `import { x } from './x.js'\nexport function f(x: number) { return x }\n`
}

describe('stripTypes (sucrase TypeScript transform from its parts)', () => {
  for (const [what, code] of Object.entries(SOURCES)) {
    test(`${what}: the same output as sucrase's transform`, async () => {
      const out = await stripTypes(code)
      expect(out).toBe(sucrase(code))
      // Lines kept: stack traces point at the user's lines.
      expect(out.split('\n')).toHaveLength(code.split('\n').length)
    })
  }

  test('a syntax error names the line sucrase found', async () => {
    const code = `const ok = 1\nconst bad: = 2\n`
    const error = (await stripTypes(code).then(
      () => undefined,
      (e: unknown) => e
    )) as Error & { loc?: { line: number } }
    expect(error).toBeInstanceOf(Error)
    expect(error.loc?.line).toBe(2)
    expect(() => sucrase(code)).toThrow(error.message)
  })
})
