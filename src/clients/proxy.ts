/**
 * Proxy support for the GitHub, Slack and Anthropic clients. Self-hosted runners behind a
 * proxy get `HTTPS_PROXY`/`HTTP_PROXY` and `NO_PROXY` from the runner; we read them the way
 * the Actions toolkit does (`@actions/http-client`'s proxy.ts), so a runner's settings
 * mean the same for this action as for the others. Node's own fetch ignores them, so a
 * request that needs the proxy goes through undici's ProxyAgent, loaded only then: a run
 * without a proxy never parses undici.
 */

type Env = NodeJS.ProcessEnv
type Fetch = typeof fetch

/** Whether any proxy variable is set (the lowercase names win, as in the toolkit). */
export function proxyConfigured(env: Env): boolean {
  return Boolean(env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY)
}

/** The proxy a request to `target` goes through, or undefined when it goes direct. */
export function proxyFor(target: URL, env: Env): URL | undefined {
  if (bypassesProxy(target, env)) return undefined
  const value = target.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY
  if (!value) return undefined
  // `proxy.corp:3128` without a scheme means an HTTP proxy (as a URL it would parse with
  // `proxy.corp:` as its scheme).
  const withScheme = /^https?:\/\//i.test(value) ? value : `http://${value}`
  try {
    return new URL(withScheme)
  } catch (error) {
    throw new Error(`the proxy variable for ${target.protocol.slice(0, -1)} requests is not a URL: expected http://host:port`, { cause: error })
  }
}

/**
 * NO_PROXY: `*`, a host, a `host:port`, a domain (`example.com` and `.example.com` both
 * match its subdomains), case-insensitive. Loopback always goes direct.
 */
export function bypassesProxy(target: URL, env: Env): boolean {
  const host = target.hostname.toLowerCase()
  if (!host) return false
  if (host === 'localhost' || host.startsWith('127.') || host.startsWith('[::1]') || host.startsWith('[0:0:0:0:0:0:0:1]')) return true
  const noProxy = env.no_proxy || env.NO_PROXY || ''
  if (!noProxy) return false
  const port = target.port || (target.protocol === 'http:' ? '80' : target.protocol === 'https:' ? '443' : '')
  const hosts = port ? [host, `${host}:${port}`] : [host]
  return noProxy
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => entry === '*' || hosts.some((h) => h === entry || h.endsWith(`.${entry}`) || (entry.startsWith('.') && h.endsWith(entry))))
}

function urlOf(input: Parameters<Fetch>[0]): URL {
  if (typeof input === 'string') return new URL(input)
  if (input instanceof URL) return input
  return new URL(input.url)
}

/**
 * The fetch the clients use: `direct` when no proxy variable is set (nothing loaded),
 * otherwise one that sends each request through the proxy its URL calls for, or `direct`
 * when NO_PROXY says so. The caller's init (signal included) passes through untouched.
 * `direct` is Node's own fetch by default; the GitHub and Slack clients pass the lighter
 * one of clients/http-fetch.ts.
 */
export async function proxyAwareFetch(env: Env = process.env, direct: Fetch = globalThis.fetch): Promise<Fetch> {
  if (!proxyConfigured(env)) return direct
  const undici = await import('undici')
  const agents = new Map<string, InstanceType<typeof undici.ProxyAgent>>()
  const viaProxy = (input: Parameters<Fetch>[0], init?: RequestInit): Promise<Response> => {
    const proxy = proxyFor(urlOf(input), env)
    if (!proxy) return direct(input, init)
    let agent = agents.get(proxy.href)
    if (!agent) agents.set(proxy.href, (agent = new undici.ProxyAgent({ uri: proxy.href })))
    return undici.fetch(input as Parameters<typeof undici.fetch>[0], { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>
  }
  return viaProxy as Fetch
}
