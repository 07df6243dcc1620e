import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Toolbox } from '../tools/toolbox.js'
import { Guards } from '../tools/guards.js'
import { findTool } from '../tools/registry.js'
import { VirtualFileStore } from '../virtual-files.js'
import type { Trigger } from '../trigger.js'
import type { Subagent } from './subagent.js'
import { runPythonScript } from './python/index.js'

export interface PythonBridgeTimes {
  /** One `tools.files.list()` through the bridge and the toolbox, timed inside Python; median. */
  medianRoundTripMs: number
  /** A run of an empty handler (spawn to result) minus the bare interpreter's start; medians. */
  startupMs: number
  /** `python -c pass`, spawn to exit; median. */
  interpreterStartMs: number
}

const ROUND_TRIPS = `import time

def handler(trigger, tools, virtual_files, subagent):
    call = tools.files.list
    for _ in range(100):
        call()
    times = []
    for _ in range(trigger["payload"]["calls"]):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times
`

const EMPTY = 'def handler(trigger, tools, virtual_files, subagent):\n    return None\n'

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * For `npm run bench`: the Python bridge's cost per tool call (target under 0.5 ms) and
 * its start-up beyond the interpreter's own (target under 60 ms), with `python`.
 */
export async function measurePythonBridge(python: string, calls = 1000, starts = 15): Promise<PythonBridgeTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-pybench-'))
  try {
    writeFileSync(join(dir, 'round_trips.py'), ROUND_TRIPS)
    writeFileSync(join(dir, 'empty.py'), EMPTY)
    const run = (script: string, payload: Record<string, unknown>) => {
      const trigger: Trigger = { event: 'workflow_dispatch', action: null, payload, repository: 'octo-org/web', ref: 'refs/heads/main', sha: '', actor: 'bench' }
      const files = new VirtualFileStore([['a.md', 'hello']])
      const toolbox = new Toolbox({
        workflow: 'bench',
        tools: [findTool('files.list')!, findTool('files.read')!],
        dryRun: false,
        callIdPrefix: 'bench',
        guards: new Guards({ limits: {}, allow: {}, repository: 'octo-org/web' }),
        context: { trigger, files, github: unavailable, slack: unavailable }
      })
      return runPythonScript({ python, script, localPath: join(dir, script), root: dir, trigger, toolbox, files, subagent: NO_SUBAGENT })
    }

    const times = (await run('round_trips.py', { calls })) as number[]
    const bare: number[] = []
    const bridge: number[] = []
    await run('empty.py', {}) // warm the file cache
    for (let i = 0; i < starts; i++) {
      bare.push(await timeSpawn(python, ['-c', 'pass']))
      const t = performance.now()
      await run('empty.py', {})
      bridge.push(performance.now() - t)
    }
    return {
      medianRoundTripMs: median(times) * 1000,
      startupMs: median(bridge) - median(bare),
      interpreterStartMs: median(bare)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function timeSpawn(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(command, args, { stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', () => resolve(performance.now() - t))
  })
}

const unavailable = async (): Promise<never> => {
  throw new Error('not available in the bench')
}

const NO_SUBAGENT: Subagent = { run: unavailable, json: unavailable, summarize: unavailable, call: unavailable }
