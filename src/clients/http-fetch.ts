import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { Readable } from 'node:stream'
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib'

/**
 * A fetch over `node:http`/`node:https` for the GitHub and Slack SDKs. Node's own fetch is
 * undici, which Node loads on the first call (tens of ms of CPU in a fresh process, the
 * largest single cost of a short run) and which spends more per request than `http.request`.
 * The SDKs read little of a Response: status, headers (get, entries, iteration), url and
 * the body as text, JSON or bytes. That much is implemented here, as fetch defines it for
 * these APIs: redirects (follow, error, manual; Authorization dropped on a cross-origin
 * hop), gzip/deflate/br bodies, `init.signal` (rejecting with its reason, like fetch), and
 * a network failure as `TypeError('fetch failed', { cause })`, which the SDKs' retry logic
 * knows. A request this fetch does not cover (a Request object, a FormData or stream body)
 * goes to `fallback`, Node's own fetch.
 */

type Fetch = typeof fetch
type Body = string | Uint8Array | undefined

/**
 * Connections are reused across calls, as undici does (no new TCP or TLS handshake a call),
 * and closed after 4 s idle as undici does, or a second before the server's own
 * `Keep-Alive: timeout=N` (Node's agent reads the hint only when it has a timeout of its
 * own), so a request rarely goes out on a connection the server is closing. A request that
 * does is not sent again: like fetch, this reports the failure, and the callers decide
 * whether a request that may have landed is sent twice.
 */
const IDLE_MS = 4_000
const agents = { 'http:': new HttpAgent({ keepAlive: true, timeout: IDLE_MS }), 'https:': new HttpsAgent({ keepAlive: true, timeout: IDLE_MS }) }
const MAX_REDIRECTS = 20

/** Response headers as fetch shows them: lowercase names, repeated values joined with ", ". */
export class ResponseHeaders {
  readonly #map = new Map<string, string>()

  constructor(raw: IncomingHttpHeaders | Array<[string, string]> = []) {
    const entries = Array.isArray(raw) ? raw : Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')] as [string, string])
    for (const [k, v] of entries) {
      const name = k.toLowerCase()
      const had = this.#map.get(name)
      this.#map.set(name, had === undefined ? v : `${had}, ${v}`)
    }
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase())
  }
  getSetCookie(): string[] {
    const v = this.#map.get('set-cookie')
    return v === undefined ? [] : [v]
  }
  /** Sorted by name, as a Headers object iterates. */
  *entries(): IterableIterator<[string, string]> {
    yield* [...this.#map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  }
  *keys(): IterableIterator<string> {
    for (const [k] of this.entries()) yield k
  }
  *values(): IterableIterator<string> {
    for (const [, v] of this.entries()) yield v
  }
  forEach(callback: (value: string, name: string, headers: ResponseHeaders) => void): void {
    for (const [k, v] of this.entries()) callback(v, k, this)
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries()
  }
}

/** The part of a fetch Response the SDKs read. The body is read once, as fetch allows. */
export class HttpResponse {
  readonly type = 'basic'
  readonly ok: boolean
  #stream: Readable | null
  #used = false

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    readonly url: string,
    readonly redirected: boolean,
    stream: Readable | null,
    readonly signal?: AbortSignal
  ) {
    this.ok = status >= 200 && status <= 299
    this.#stream = stream
  }

  get bodyUsed(): boolean {
    return this.#used
  }

  /** A web stream, only for a caller that asks for one (Octokit with parseSuccessResponseBody: false). */
  get body(): ReadableStream<Uint8Array> | null {
    if (!this.#stream) return null
    this.#used = true
    return Readable.toWeb(this.#stream) as ReadableStream<Uint8Array>
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = await this.#bytes()
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  }
  async text(): Promise<string> {
    const text = (await this.#bytes()).toString('utf8')
    // As fetch's UTF-8 decode: a byte order mark is not part of the text.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  }
  async json(): Promise<unknown> {
    return JSON.parse(await this.text())
  }

  async #bytes(): Promise<Buffer> {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read')
    this.#used = true
    const stream = this.#stream
    if (!stream) return Buffer.alloc(0)
    const signal = this.signal
    if (signal?.aborted) {
      stream.destroy()
      throw signal.reason
    }
    return await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = []
      const onAbort = () => {
        stream.destroy()
        reject(signal!.reason)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      const done = () => signal?.removeEventListener('abort', onAbort)
      let ended = false
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.once('end', () => {
        ended = true
        done()
        resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))
      })
      stream.once('error', (error) => {
        done()
        reject(new TypeError('terminated', { cause: error }))
      })
      // A connection dropped in the middle of the body, without an error of its own.
      stream.once('close', () => {
        done()
        if (!ended) reject(new TypeError('terminated', { cause: new Error('the connection closed before the body ended') }))
      })
    })
  }
}

/** The request's headers as a plain object of lowercase names, from whatever init.headers was. */
function headersOf(init: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!init) return out
  const pairs: Iterable<[string, string]> =
    Array.isArray(init) || typeof (init as { entries?: unknown }).entries === 'function' ? (init as Iterable<[string, string]>) : Object.entries(init as Record<string, string>)
  for (const [k, v] of pairs) {
    if (v === undefined) continue
    const name = k.toLowerCase()
    out[name] = name in out ? `${out[name]}, ${v}` : String(v)
  }
  return out
}

/** The bodies the SDKs send (a string, bytes, URLSearchParams), or undefined for one this fetch does not handle. */
function bodyOf(body: BodyInit | null | undefined): { data: Body; type?: string } | undefined {
  if (body === undefined || body === null) return { data: undefined }
  if (typeof body === 'string') return { data: body, type: 'text/plain;charset=UTF-8' }
  if (body instanceof URLSearchParams) return { data: body.toString(), type: 'application/x-www-form-urlencoded;charset=UTF-8' }
  if (body instanceof Uint8Array) return { data: body }
  if (body instanceof ArrayBuffer) return { data: new Uint8Array(body) }
  return undefined
}

function decoded(res: IncomingMessage): Readable {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined
  if (!decoder) return res
  res.on('error', (error) => decoder.destroy(error))
  return res.pipe(decoder)
}

function networkError(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}

interface Attempt {
  url: URL
  method: string
  headers: Record<string, string>
  body: Body
  signal?: AbortSignal
  /** Called once the request (head and body) is handed to the operating system. */
  onSent?: () => void
}

/** One HTTP exchange, resolving with the response head. */
function exchange(a: Attempt): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const secure = a.url.protocol === 'https:'
    const headers: OutgoingHttpHeaders = { ...a.headers }
    if (a.body !== undefined) headers['content-length'] = Buffer.byteLength(a.body)
    else if (a.method === 'POST' || a.method === 'PUT' || a.method === 'PATCH') headers['content-length'] = 0
    const req = (secure ? httpsRequest : httpRequest)(a.url, { method: a.method, headers, agent: agents[secure ? 'https:' : 'http:'] })
    const onAbort = () => {
      req.destroy()
      reject(a.signal!.reason)
    }
    a.signal?.addEventListener('abort', onAbort, { once: true })
    const done = () => a.signal?.removeEventListener('abort', onAbort)
    if (a.onSent) req.once('finish', a.onSent)
    req.once('response', (res) => {
      done()
      resolve(res)
    })
    req.once('error', (error) => {
      done()
      reject(a.signal?.aborted ? a.signal.reason : networkError(error))
    })
    req.end(a.body)
  })
}

const REDIRECT = new Set([301, 302, 303, 307, 308])

export interface HttpFetchOptions {
  /**
   * Called when a request's bytes have left for the server (its `finish`), on each hop; a
   * request the fallback takes calls it as it starts. For a caller that holds back other
   * work (loading a client) until a request is truly on the wire: a new connection first
   * waits for its connect, so the call itself is too early a sign.
   */
  onSent?: () => void
}

/** The fetch: `fallback` takes what this one does not implement. */
export function createHttpFetch(fallback: Fetch = (input, init) => globalThis.fetch(input, init), options: HttpFetchOptions = {}): Fetch {
  const httpFetch = async (input: Parameters<Fetch>[0], init: RequestInit = {}): Promise<Response> => {
    const body = bodyOf(init.body)
    const viaFallback = () => (options.onSent?.(), fallback(input, init))
    if (typeof input !== 'string' && !(input instanceof URL)) return viaFallback()
    if (!body) return viaFallback()
    let url: URL
    try {
      url = new URL(String(input))
    } catch (error) {
      throw new TypeError(`Failed to parse URL from ${String(input)}`, { cause: error })
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return viaFallback()
    const signal = init.signal ?? undefined
    if (signal?.aborted) throw signal.reason
    const headers = headersOf(init.headers)
    headers['accept'] ??= '*/*'
    headers['accept-encoding'] ??= 'gzip, deflate, br'
    if (body.type) headers['content-type'] ??= body.type
    let method = (init.method ?? 'GET').toUpperCase()
    let data = body.data
    let redirected = false
    for (let hop = 0; ; hop++) {
      const res = await exchange({ url, method, headers, body: data, signal, onSent: options.onSent })
      const status = res.statusCode ?? 0
      const location = res.headers.location
      if (REDIRECT.has(status) && location && init.redirect !== 'manual') {
        res.resume()
        if (init.redirect === 'error') throw networkError(new Error(`unexpected redirect to ${location}`))
        if (hop >= MAX_REDIRECTS) throw networkError(new Error('redirect count exceeded'))
        const next = new URL(location, url)
        // As fetch: a 303, or a 301/302 after a POST, turns into a GET without a body;
        // credentials do not follow to another origin.
        if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
          method = 'GET'
          data = undefined
          for (const h of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) delete headers[h]
        }
        if (next.origin !== url.origin) {
          delete headers['authorization']
          delete headers['cookie']
          delete headers['proxy-authorization']
        }
        url = next
        redirected = true
        continue
      }
      const noBody = method === 'HEAD' || status === 204 || status === 205 || status === 304
      if (noBody) res.resume()
      const pairs: Array<[string, string]> = []
      for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]])
      return new HttpResponse(status, res.statusMessage ?? '', new ResponseHeaders(pairs), url.href, redirected, noBody ? null : decoded(res), signal) as unknown as Response
    }
  }
  return httpFetch as Fetch
}
