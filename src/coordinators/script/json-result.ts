/**
 * Why a script's return value is not JSON, or undefined when it is. `undefined` at the
 * top is allowed (it becomes null); functions, symbols, bigints, NaN, class instances and
 * cycles are not, since `results` must carry the value faithfully.
 */
export function whyNotJson(value: unknown, path = 'result', seen = new Set<object>()): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}, which JSON cannot hold`
  if (typeof value === 'function') return `${path} is a function`
  if (typeof value !== 'object') return `${path} is a ${typeof value}`
  if (seen.has(value)) return `${path} refers to itself (a cycle)`
  seen.add(value)
  try {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        const why = item === undefined ? `${path}[${i}] is undefined` : whyNotJson(item, `${path}[${i}]`, seen)
        if (why) return why
      }
      return undefined
    }
    const proto = Object.getPrototypeOf(value)
    if (proto !== Object.prototype && proto !== null) return `${path} is a ${proto?.constructor?.name ?? 'class'} instance, not a plain object`
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue
      const why = whyNotJson(item, `${path}.${key}`, seen)
      if (why) return why
    }
    return undefined
  } finally {
    seen.delete(value)
  }
}
