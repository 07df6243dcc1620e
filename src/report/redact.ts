/**
 * Replaces every known secret in text and in JSON values with `***`. Applied to
 * everything written to the trace, the step summary, error messages and (through
 * `redactStream`) the action's own stdout and stderr; the runner's masking
 * (`core.setSecret`) covers the log too, but not the CLI, local runs or files.
 *
 * A secret is also found in the forms it takes when it passes through JSON, a URL or
 * base64 (as in a Basic auth header), as the runner's own masker does.
 */
export class Redactor {
  readonly #secrets: string[] = []
  /** Every form of every secret, longest first so a longer form is replaced before its parts. */
  #forms: string[] = []

  add(secret: string | undefined): void {
    // Very short values would blank out ordinary words; the runner ignores them too.
    if (!secret || secret.length < 6 || this.#secrets.includes(secret)) return
    this.#secrets.push(secret)
    const forms = new Set(this.#forms)
    for (const form of variants(secret)) if (form.length >= 6) forms.add(form)
    this.#forms = [...forms].sort((a, b) => b.length - a.length)
  }

  /** Whether any secret is known. */
  get active(): boolean {
    return this.#secrets.length > 0
  }

  text(value: string): string {
    let out = value
    for (const form of this.#forms) if (out.includes(form)) out = out.split(form).join('***')
    return out
  }

  /** Whether `value` holds a secret in any of its known forms. */
  has(value: string): boolean {
    return this.#forms.some((form) => value.includes(form))
  }

  /**
   * A deep copy of a JSON-able value with secrets replaced in every string and key. Strings
   * are redacted one by one, not in the JSON text, where a secret ending in a backslash
   * could eat an escape and break the JSON.
   */
  value<T>(value: T): T {
    if (!this.#secrets.length || value === undefined) return value
    let json: string | undefined
    try {
      json = JSON.stringify(value)
    } catch {
      return value
    }
    if (json === undefined || !this.has(json)) return value
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.text(v)
      if (Array.isArray(v)) return v.map(walk)
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, child]) => [this.text(k), walk(child)]))
      return v
    }
    return walk(JSON.parse(json)) as T
  }
}

/** The forms a secret takes in JSON strings, URLs and base64 (at each of the three byte alignments). */
function variants(secret: string): string[] {
  const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]
  const bytes = Buffer.from(secret, 'utf8')
  for (let shift = 0; shift < 3; shift++) {
    // Prefixing 0-2 bytes moves the secret to each base64 alignment; keep only the characters
    // that depend on the secret's bytes alone.
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64').replace(/=+$/, '')
    const start = shift === 0 ? 0 : shift === 1 ? 2 : 3
    const tail = (shift + bytes.length) % 3
    const end = encoded.length - (tail === 0 ? 0 : 1)
    const core = encoded.slice(start, Math.max(start, end))
    if (core.length >= 8) forms.push(core)
  }
  return forms
}

/** The part of a writable stream the redaction wrapper needs. */
export interface WriteStream {
  write(chunk: unknown, ...rest: unknown[]): boolean
}

/**
 * From now on, everything written to `stream` passes through the redactor: the action's log
 * lines, and the `console.log` of script coordinators running in the action's process.
 * Install it after `core.setSecret` has printed its `::add-mask::` commands, which must
 * carry the secret itself. Returns a function that restores the stream.
 */
export function redactStream(stream: WriteStream, redactor: Redactor): () => void {
  const original = stream.write
  const write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    let out = chunk
    if (redactor.active) {
      if (typeof chunk === 'string') out = redactor.text(chunk)
      else if (chunk instanceof Uint8Array) {
        const text = Buffer.from(chunk).toString('utf8')
        if (redactor.has(text)) out = redactor.text(text)
      }
    }
    return original.call(stream, out, ...rest)
  }
  stream.write = write
  return () => {
    if (stream.write === write) stream.write = original
  }
}
