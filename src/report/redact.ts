import { StringDecoder } from 'node:string_decoder'

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

  /** Length of the longest form: how much text a partial line may need to keep to find one. */
  get longestForm(): number {
    return this.#forms[0]?.length ?? 0
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
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes])
      .toString('base64')
      .replace(/=+$/, '')
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

/** A line this long is written even without its newline (keeping a tail a secret could start in). */
const MAX_PENDING = 64 * 1024

/**
 * From now on, everything written to `stream` passes through the redactor: the action's log
 * lines, and the output of script coordinators. Writes are buffered by line, so a secret
 * split across two writes or two pipe chunks is still found whole; the last partial line is
 * written when the returned function runs (and at process exit). Install it after
 * `core.setSecret` has printed its `::add-mask::` commands, which must carry the secret
 * itself. Returns a function that flushes and restores the stream.
 */
export function redactStream(stream: WriteStream, redactor: Redactor): () => void {
  const original = stream.write
  const decoder = new StringDecoder('utf8')
  let pending = ''
  const emit = (text: string, rest: unknown[]): boolean => original.call(stream, text ? redactor.text(text) : text, ...rest)
  const write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    if (!redactor.active) return original.call(stream, chunk, ...rest)
    // A Buffer's characters may be split across chunks too: decode across writes.
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined
    const bytes = chunk instanceof Uint8Array ? Buffer.from(chunk) : typeof chunk === 'string' && encoding && !/^utf-?8$/i.test(encoding) ? Buffer.from(chunk, encoding) : undefined
    const text = bytes ? decoder.write(bytes) : String(chunk)
    pending += text
    const end = pending.lastIndexOf('\n') + 1
    let out = pending.slice(0, end)
    pending = pending.slice(end)
    if (pending.length > MAX_PENDING) {
      // No newline for a long while: write all but a tail that may hold the start of a secret.
      const keep = redactor.longestForm
      out += pending.slice(0, pending.length - keep)
      pending = pending.slice(pending.length - keep)
    }
    // The encoding and callback still go through: a write of '' calls the callback too.
    const args = typeof rest[0] === 'string' ? rest.slice(1) : rest
    return emit(out, args)
  }
  const flush = () => {
    const rest = pending + decoder.end()
    pending = ''
    if (rest) emit(rest, [])
  }
  stream.write = write
  process.once('exit', flush)
  return () => {
    process.removeListener('exit', flush)
    if (stream.write !== write) return
    stream.write = original
    flush()
  }
}
