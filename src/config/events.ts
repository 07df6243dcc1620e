import { GITHUB_EVENTS } from './github-events.generated.js'

/**
 * `on:` names events and activity types GitHub has. A typo there (`issue_opened`,
 * `types: [openned]`) would otherwise validate and then silently never run, so each one is
 * an error naming the closest real event or type. The table is generated from
 * @octokit/webhooks-schemas (src/codegen/github-events.ts).
 */

/** One problem under `on`: where (a YAML path) and what. */
export interface OnProblem {
  path: (string | number)[]
  message: string
}

/**
 * Checks the event names and `types` of an `on:` value in any of its forms (`push`,
 * `[push, schedule]`, a map). Other keys of an event's map (`author_association`, ...) are
 * left to the schema. Shapes the schema rejects anyway (numbers, nested lists) are skipped.
 */
export function checkOnEvents(on: unknown): OnProblem[] {
  const problems: OnProblem[] = []
  if (typeof on === 'string') {
    const problem = checkEventName(on)
    if (problem) problems.push({ path: ['on'], message: problem })
  } else if (Array.isArray(on)) {
    on.forEach((event, index) => {
      const problem = typeof event === 'string' ? checkEventName(event) : undefined
      if (problem) problems.push({ path: ['on', index], message: problem })
    })
  } else if (on && typeof on === 'object') {
    for (const [event, filter] of Object.entries(on)) {
      const problem = checkEventName(event)
      if (problem) {
        problems.push({ path: ['on', event], message: problem })
        continue
      }
      if (!filter || typeof filter !== 'object' || !('types' in filter)) continue
      problems.push(...checkTypes(event, (filter as { types: unknown }).types))
    }
  }
  return problems
}

function checkEventName(event: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(GITHUB_EVENTS, event)) return undefined
  return `${JSON.stringify(event)} is not a GitHub event: expected an event like pull_request, issues or push${suggestion(closestEventOrType(event))}`
}

function checkTypes(event: string, types: unknown): OnProblem[] {
  const path = ['on', event, 'types']
  const known = GITHUB_EVENTS[event]!
  if (typeof types === 'string') return [{ path, message: `is the string ${JSON.stringify(types)}: types must be a list, like types: [${types}]` }]
  if (!Array.isArray(types)) return [] // the schema says what it expected
  if (known === 'any') return []
  if (!known.length) return [{ path, message: `${event} has no activity types: remove types (every ${event} event selects this workflow)` }]
  const problems: OnProblem[] = []
  types.forEach((type, index) => {
    if (typeof type !== 'string' || known.includes(type)) return
    const nearest = closest(type, known)
    problems.push({
      path: [...path, index],
      message: `${JSON.stringify(type)} is not an activity type of ${event}: expected one of ${known.join(', ')}${suggestion(nearest && `${event}.${nearest}`)}`
    })
  })
  return problems
}

function suggestion(candidate: string | undefined): string {
  return candidate ? ` (did you mean ${candidate}?)` : ''
}

/**
 * The real event, or `event.type`, nearest to an unknown event name: `issue_opened` is
 * closest to `issues` + `opened`, written `issues.opened`.
 */
function closestEventOrType(name: string): string | undefined {
  const candidates = new Map<string, string>()
  for (const [event, types] of Object.entries(GITHUB_EVENTS)) {
    candidates.set(event, event)
    if (types === 'any') continue
    for (const type of types) {
      candidates.set(`${event}_${type}`, `${event}.${type}`)
      candidates.set(`${event}.${type}`, `${event}.${type}`)
    }
  }
  const best = closest(name, [...candidates.keys()])
  return best === undefined ? undefined : candidates.get(best)
}

/** The candidate within a small edit distance of `word` (about a third of its length), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
