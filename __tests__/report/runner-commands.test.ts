import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRunnerCommands, escapeData, escapeProperty, formatCommand, formatKeyValue } from '../../src/report/runner-commands.js'
import { parseAnnotations } from '../../src/sandbox/run-action.js'

/** A runner environment in a temp dir, and everything the commands wrote to stdout. */
function runner(env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hc-runner-cmd-'))
  const output = join(dir, 'output')
  const summary = join(dir, 'summary.md')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  let stdout = ''
  const core = createRunnerCommands({ GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env }, (text) => void (stdout += text))
  return { core, output, summary, stdout: () => stdout }
}

/** GITHUB_OUTPUT read the way the runner reads it: `name<<delimiter` blocks and `name=value` lines. */
function readOutputs(file: string): Record<string, string> {
  const lines = readFileSync(file, 'utf8').split('\n')
  const outputs: Record<string, string> = {}
  for (let i = 0; i < lines.length; i++) {
    const block = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (block) {
      const end = lines.indexOf(block[2], i + 1)
      outputs[block[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1)
    }
  }
  return outputs
}

describe('escaping, as @actions/core escapes workflow commands', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext')
    expect(escapeProperty('src/a:b,c%\n')).toBe('src/a%3Ab%2Cc%25%0A')
    expect(escapeData('a:b,c')).toBe('a:b,c')
  })

  it('formats a command with its properties and leaves out empty ones', () => {
    expect(formatCommand('error', { file: 'workflows/a.yml', line: 3, title: 'Bad: key' }, 'no')).toBe('::error file=workflows/a.yml,line=3,title=Bad%3A key::no')
    expect(formatCommand('warning', { file: undefined, line: 0, title: '' }, 'careful')).toBe('::warning ::careful')
    expect(formatCommand('notice', {}, 'fine')).toBe('::notice::fine')
    expect(formatCommand('add-mask', {}, { token: 1 })).toBe('::add-mask::{"token":1}')
  })
})

describe('createRunnerCommands', () => {
  it('reads INPUT_* as the runner names them: upper case, spaces as _, trimmed', () => {
    const { core } = runner({ 'INPUT_CONFIG-DIR': '  workflows \n', INPUT_MY_INPUT: 'x' })
    expect(core.getInput('config-dir')).toBe('workflows')
    expect(core.getInput('my input')).toBe('x')
    expect(core.getInput('missing')).toBe('')
  })

  it('writes outputs as heredoc blocks the runner reads back, multi-line values included', () => {
    const { core, output } = runner()
    core.setOutput('results', JSON.stringify([{ workflow: 'a', status: 'succeeded' }]))
    core.setOutput('trace-file', 'line one\nline two')
    expect(readOutputs(output)).toEqual({ results: '[{"workflow":"a","status":"succeeded"}]', 'trace-file': 'line one\nline two' })
    expect(readFileSync(output, 'utf8')).toMatch(/^results<<ghadelimiter_[0-9a-f]{32}\n/)
  })

  it('a value cannot forge another output: its lines stay inside its block', () => {
    const { core, output } = runner()
    core.setOutput('matched', 'a\nresults=[{"status":"succeeded"}]\nEOF\nresults<<EOF\nforged\nEOF')
    core.setOutput('results', '[]')
    expect(readOutputs(output)).toEqual({ matched: 'a\nresults=[{"status":"succeeded"}]\nEOF\nresults<<EOF\nforged\nEOF', results: '[]' })
  })

  it('refuses a value that contains its delimiter', () => {
    expect(() => formatKeyValue('x', 'before ghadelimiter_1 after', 'ghadelimiter_1')).toThrow('should not contain the delimiter')
    expect(() => formatKeyValue('x ghadelimiter_1', 'v', 'ghadelimiter_1')).toThrow('should not contain the delimiter')
  })

  it('falls back to the set-output command when GITHUB_OUTPUT is unset', () => {
    const { core, stdout } = runner({ GITHUB_OUTPUT: '' })
    core.setOutput('matched', 'a,b')
    expect(stdout()).toBe('\n::set-output name=matched::a,b\n')
  })

  it('prints annotations the runner parses back with file, line and title', () => {
    const { core, stdout } = runner()
    core.error('bad key\nsecond line', { title: 'Hybrid Coordinator: invalid config', file: 'workflows/a, b.yml', startLine: 7 })
    core.warning('careful 100%')
    core.notice('nothing to run')
    expect(parseAnnotations(stdout())).toEqual([
      { level: 'error', file: 'workflows/a, b.yml', line: 7, title: 'Hybrid Coordinator: invalid config', message: 'bad key\nsecond line' },
      { level: 'warning', message: 'careful 100%' },
      { level: 'notice', message: 'nothing to run' }
    ])
  })

  it('a hostile message cannot start a command of its own: newlines are escaped', () => {
    const { core, stdout } = runner()
    core.info('plain text')
    core.error('oops\n::add-mask::nothing\n::set-output name=results::forged')
    const lines = stdout().trimEnd().split('\n')
    expect(lines).toEqual(['plain text', '::error::oops%0A::add-mask::nothing%0A::set-output name=results::forged'])
  })

  it('masks secrets with add-mask and fails the step with exit code 1 and an error', () => {
    const { core, stdout } = runner()
    const before = process.exitCode
    try {
      core.setSecret('xoxb-secret')
      core.setFailed('it broke')
      expect(process.exitCode).toBe(1)
    } finally {
      process.exitCode = before
    }
    expect(stdout()).toBe('::add-mask::xoxb-secret\n::error::it broke\n')
  })

  it('appends the summary to GITHUB_STEP_SUMMARY on write, once', async () => {
    const { core, summary } = runner()
    writeFileSync(summary, 'earlier step\n')
    await core.summary.addRaw('## Hybrid Coordinator', true).write()
    await core.summary.addRaw('more').write()
    expect(readFileSync(summary, 'utf8')).toBe('earlier step\n## Hybrid Coordinator\nmore')
  })

  it('says which variable is missing when there is no step summary', async () => {
    const { core } = runner({ GITHUB_STEP_SUMMARY: '' })
    await expect(core.summary.addRaw('x').write()).rejects.toThrow('$GITHUB_STEP_SUMMARY')
  })
})

describe('parity with @actions/core (still installed through @actions/artifact)', () => {
  it('writes byte for byte what core.error, core.warning, core.notice and core.setSecret write', async () => {
    const fc = (await import('fast-check')).default
    const core = await import('@actions/core')
    const capture = (fn: () => void): string => {
      const write = process.stdout.write
      let text = ''
      process.stdout.write = ((chunk: string) => ((text += chunk), true)) as typeof process.stdout.write
      try {
        fn()
      } finally {
        process.stdout.write = write
      }
      return text
    }
    const ours = runner()
    let seen = 0
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), fc.option(fc.nat()), (message, title, file, line) => {
        const props = { title: title ?? undefined, file: file ?? undefined, startLine: line ?? undefined }
        const before = ours.stdout().length
        ours.core.error(message, props)
        ours.core.warning(message, props)
        ours.core.notice(message)
        ours.core.setSecret(message)
        const expected = capture(() => {
          core.error(message, props)
          core.warning(message, props)
          core.notice(message)
          core.setSecret(message)
        })
        seen++
        expect(ours.stdout().slice(before)).toBe(expected)
      }),
      { numRuns: 300 }
    )
    expect(seen).toBe(300)
  })
})
