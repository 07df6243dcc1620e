import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'

/** What went through the test proxy: the CONNECT target or the absolute URL, and its auth. */
export interface ProxiedRequest {
  method: string
  target: string
  authorization?: string
}

export interface LoopbackProxy {
  url: string
  seen: ProxiedRequest[]
  close(): Promise<void>
}

/**
 * A forward proxy on loopback, like a corporate proxy in front of a self-hosted runner:
 * it tunnels CONNECT and forwards absolute-URL requests, whatever host they name, to
 * `upstreamPort` on 127.0.0.1 (the sandbox), and records each one.
 */
export async function startLoopbackProxy(upstreamPort: number): Promise<LoopbackProxy> {
  const seen: ProxiedRequest[] = []
  const server: Server = createServer((req, res) => {
    seen.push({ method: req.method!, target: req.url!, authorization: req.headers['proxy-authorization'] })
    const url = new URL(req.url!)
    const upstream = httpRequest({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: url.pathname + url.search, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers)
      answer.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })
  const tunnels = new Set<{ destroy(): void }>()
  server.on('connect', (req, client, head) => {
    tunnels.add(client)
    seen.push({ method: 'CONNECT', target: req.url!, authorization: req.headers['proxy-authorization'] })
    const upstream = connect(upstreamPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    tunnels.add(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const socket of tunnels) socket.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
