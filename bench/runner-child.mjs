// The real script runner (dist/runner.mjs) in a child process, started as the action starts
// it: under Node's permission model where this Node has --permission and --allow-inspector,
// reading only the runner and `dir`; JSON lines on its fd 3, replies on its stdin. For the
// benches that time the isolated runtime (script-isolation.mjs, slack-floor.mjs).
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

/** Whether this Node runs the runner under its permission model, as the action does where it can. */
export const permissionModel = process.allowedNodeEnvironmentFlags.has('--permission') && process.allowedNodeEnvironmentFlags.has('--allow-inspector')

/**
 * Starts the runner on `entry` (a script in `dir`) and sends its start message. Each
 * message the runner writes goes to `onMessage`; `reply` answers a request.
 */
export function startRunner({ dir, entry, trigger, tools, onMessage }) {
  const runner = resolve('dist/runner.mjs')
  const permission = permissionModel ? ['--permission', '--allow-inspector', '--disable-warning=SecurityWarning', `--allow-fs-read=${runner}`, `--allow-fs-read=${dir}`] : []
  const proc = spawn(process.execPath, [...permission, '--max-old-space-size=1024', '--inspect-port=127.0.0.1:0', runner], {
    stdio: ['pipe', 'inherit', 'inherit', 'pipe'],
    cwd: dir,
    env: { PATH: process.env.PATH }
  })
  const send = (message) => proc.stdin.write(JSON.stringify(message) + '\n')
  let buf = ''
  proc.stdio[3].setEncoding('utf8')
  proc.stdio[3].on('data', (chunk) => {
    buf += chunk
    let nl
    while ((nl = buf.indexOf('\n')) >= 0) {
      const message = JSON.parse(buf.slice(0, nl))
      buf = buf.slice(nl + 1)
      onMessage(message)
    }
  })
  send({ type: 'start', entry, root: dir, trigger, tools, files: [], restrict: false })
  return { proc, reply: send }
}
