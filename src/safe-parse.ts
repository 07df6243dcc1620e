import * as z from 'zod/mini'
import { errorMessage } from './errors.js'

/** A schema's verdict on a value: its data, or the issues that say what is wrong. */
export type Checked<T> = { success: true; data: T } | { success: false; error: z.core.$ZodError }

/**
 * zod's `safeParse` that never throws. zod runs a length check even after the value failed
 * its type, and compares the value's `length` to a number: an object there whose `valueOf` and
 * `toString` are not functions (JSON can spell one: `{"length": {"valueOf": 1, "toString": 1}}`)
 * or that has no prototype makes that comparison throw a TypeError. Such a value is invalid
 * whatever it is (only strings and arrays have lengths to check), so it is checked again with
 * those `length`/`size` values set aside, for issues that name the key and what was expected.
 */
export function safeParse<T>(schema: z.core.$ZodType<T>, value: unknown): Checked<T> {
  try {
    return z.safeParse(schema, value)
  } catch (thrown) {
    try {
      return z.safeParse(schema, defused(value, new WeakMap()))
    } catch {
      const issue = { code: 'custom' as const, path: [], message: `not data the schema can check (${errorMessage(thrown)})`, input: value }
      return { success: false, error: new z.core.$ZodError([issue]) }
    }
  }
}

/** A plain copy of `value` where each `length` or `size` that is not a primitive is undefined. */
function defused(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value
  const done = seen.get(value)
  if (done !== undefined) return done
  if (Array.isArray(value)) {
    const copy: unknown[] = []
    seen.set(value, copy)
    for (const item of value) copy.push(defused(item, seen))
    return copy
  }
  const copy: Record<string, unknown> = {}
  seen.set(value, copy)
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key]
    const awkward = (key === 'length' || key === 'size') && ((typeof item === 'object' && item !== null) || typeof item === 'function')
    Object.defineProperty(copy, key, { value: awkward ? undefined : defused(item, seen), enumerable: true, writable: true, configurable: true })
  }
  return copy
}
