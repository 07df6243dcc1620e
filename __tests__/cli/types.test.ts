import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ts from 'typescript'
import type * as Api from '../../types/index.js'
import type { Trigger } from '../../src/trigger.js'
import type { SlackMessage } from '../../src/tools/slack.js'
import type { PullRequestSummary } from '../../src/tools/github.js'
import type { Subagent } from '../../src/coordinators/subagent.js'
import type { createScriptFiles } from '../../src/coordinators/script/script-face.js'
import { TOOLS } from '../../src/tools/registry.js'
import { inputTypeName, renderScriptTypes } from '../../src/codegen/types.js'
import { MIGRATED_PR_MERGED_SCRIPT } from '../../src/sandbox/policies.js'

// The hand-written parts of types/index.d.ts must be the very types the runtime uses:
// `tsc --noEmit` (npm test) fails here if either side drifts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const sameTypes: [
  Same<Api.Trigger, Trigger>,
  Same<Api.SlackMessage, SlackMessage>,
  Same<Api.PullRequest, PullRequestSummary>,
  Same<Api.Subagent, Subagent>,
  Same<Api.VirtualFiles, ReturnType<typeof createScriptFiles>>
] = [true, true, true, true, true]

const LIBS = new Map<string, ts.SourceFile | undefined>()

/**
 * Type-checks one script file against the generated API: through `paths`, as
 * tsconfig.scripts.json does, or as a user's repository does after `npm i -D`.
 */
function typeErrors(code: string, how: 'paths' | 'installed' = 'paths', resolution = ts.ModuleResolutionKind.NodeNext): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'hc-types-'))
  const file = join(dir, 'script.ts')
  writeFileSync(file, code)
  if (how === 'installed') {
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(resolve('.'), join(dir, 'node_modules', 'hybrid-coordinator'), 'dir')
  }
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: resolution === ts.ModuleResolutionKind.NodeNext ? ts.ModuleKind.NodeNext : ts.ModuleKind.ESNext,
    moduleResolution: resolution,
    types: [],
    ...(how === 'paths' ? { paths: { 'hybrid-coordinator': [resolve('types/index.d.ts')] } } : {})
  }
  const host = ts.createCompilerHost(options)
  const read = host.getSourceFile.bind(host)
  // TypeScript's own lib files are parsed once for all the checks here.
  host.getSourceFile = (name, target, ...rest) => {
    if (!name.includes('/typescript/lib/')) return read(name, target, ...rest)
    const key = `${name} ${JSON.stringify(target)}`
    if (!LIBS.has(key)) LIBS.set(key, read(name, target, ...rest))
    return LIBS.get(key)
  }
  const program = ts.createProgram([file], options, host)
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.start !== undefined && d.file ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`)
}

describe('the typed script API (types/index.d.ts)', () => {
  it('matches the source types it stands for', () => {
    expect(sameTypes).toEqual([true, true, true, true, true])
  })

  it('declares Handler, Tools and an input type for every tool of the registry', () => {
    const text = renderScriptTypes()
    for (const name of ['Handler', 'Trigger', 'Tools', 'VirtualFiles', 'Subagent', 'SlackMessage', 'PullRequest']) expect(text).toMatch(new RegExp(`export (interface|type) ${name}\\b`))
    for (const tool of TOOLS) {
      expect(text).toMatch(new RegExp(`export (interface|type) ${inputTypeName(tool.name)}\\b`))
      expect(text).toContain(`  ${tool.name.split('.')[1]}(`)
    }
    expect(inputTypeName('slack.get_messages')).toBe('SlackGetMessagesInput')
  })

  it("type-checks the example script and the migrate policy's script", () => {
    expect(typeErrors(readFileSync('scripts/pr_merged.ts', 'utf8'))).toEqual([])
    expect(typeErrors(MIGRATED_PR_MERGED_SCRIPT)).toEqual([])
  }, 30_000)

  it('resolves the package name for a repository that installed the package (package.json types and exports)', () => {
    const script = readFileSync('scripts/pr_merged.ts', 'utf8')
    expect(typeErrors(script, 'installed')).toEqual([])
    expect(typeErrors(script, 'installed', ts.ModuleResolutionKind.Bundler)).toEqual([])
    expect(typeErrors(script.replace('get_messages({ limit: 10 })', "get_messages({ limit: '10' })"), 'installed')).toHaveLength(1)
  }, 30_000)

  it('gives a script type errors for wrong tool arguments and unknown tools', () => {
    const errors = typeErrors(`import type { Handler } from 'hybrid-coordinator'
const handler: Handler = async (trigger, tools) => {
  const messages = await tools.slack.get_messages({ limit: 'ten' })
  await tools.github.get_status()
  await tools.slack.add_reacji(messages[0], 7)
  await tools.github.delete_repo('octo-org/web')
  const status: 'open' | 'merged' = await tools.github.get_status(12)
  return trigger.event
}
export default handler
`)
    expect(errors.map((e) => e.split(':')[0])).toEqual(['3', '4', '5', '6', '7'])
  }, 30_000)
})
