/**
 * Replaces every known secret in text and in JSON values with `***`. Applied to
 * everything written to the trace, the step summary and error messages; the runner's
 * own masking (`core.setSecret`) covers the log.
 */
export class Redactor {
  readonly #secrets: string[] = []

  add(secret: string | undefined): void {
    // Very short values would blank out ordinary words; the runner ignores them too.
    if (secret && secret.length >= 6 && !this.#secrets.includes(secret)) {
      this.#secrets.push(secret)
      this.#secrets.sort((a, b) => b.length - a.length)
    }
  }

  text(value: string): string {
    let out = value
    for (const secret of this.#secrets) out = out.split(secret).join('***')
    return out
  }

  /** A deep copy of a JSON-able value with secrets replaced in every string. */
  value<T>(value: T): T {
    if (!this.#secrets.length) return value
    return JSON.parse(this.text(JSON.stringify(value) ?? 'null')) as T
  }
}
