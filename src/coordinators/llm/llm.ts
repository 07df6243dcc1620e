import type { Coordinator, CoordinatorOutcome, CoordinatorRun, RunServices, Runtime } from '../contract.js'
import { llmToolName } from '../../tools/registry.js'
import { errorMessage } from '../../errors.js'
import { requestTimeoutFor, type ModelSession } from './llm-api.js'
import { modelTriggerFile, systemFrame, triggerMessage } from './llm-frame.js'
import { runModelLoop, type LoopProgress, type LoopTool, type ModelNote } from './llm-loop.js'
import { escapeMd, short } from '../../report/summary.js'
import { runShadow } from './llm-shadow.js'

/**
 * `coordinator: llm`: Claude reads the prompt, the trigger and the virtual files and
 * decides which tools to call, through the same toolbox (guards, dry run, records) as a
 * script. Loaded only when a workflow needs it.
 */
export const llmCoordinator: Coordinator = async (run, env) => {
  const started = Date.now()
  const { workflow } = run
  const model = workflow.model ?? env.defaultModel
  const notes = [`model ${model}`]
  const progress: LoopProgress = { turns: 0 }
  const extraTools = subagentTools(run)
  // The model reads trigger.json without the payload's hidden text (scripts keep the original).
  if (run.files.has('trigger.json')) run.files.add('trigger.json', modelTriggerFile(run.trigger))

  let text: string | undefined
  let failure: unknown
  try {
    const result = await runModelLoop({
      session: modelSession(run, env),
      caller: 'llm',
      toolCaller: 'llm',
      who: 'the model',
      model,
      system: [
        workflow.prompt ?? '',
        systemFrame({
          workflow: workflow.name,
          trigger: run.trigger,
          files: run.files,
          dryRun: run.toolbox.dryRun,
          tools: [...run.toolbox.tools.map((t) => llmToolName(t.name)), ...extraTools.map((t) => t.spec.name)]
        })
      ],
      firstMessage: triggerMessage(run.trigger),
      toolbox: run.toolbox,
      tools: run.toolbox.tools,
      extraTools,
      files: run.files,
      maxTurns: workflow.maxTurns,
      maxTokens: workflow.maxTokens,
      progress
    })
    text = result.text
  } catch (error) {
    failure = error
  }

  if (progress.notice) notes.push(escapeMd(progress.notice))
  notes.push(...noteLines(progress.notes ?? []))
  if (workflow.shadowScript) notes.push(...(await runShadow(run, env, started + workflow.timeoutSeconds * 1000)))
  if (failure !== undefined) throw withOutcome(failure, { result: null, turns: progress.turns, notes })
  return { result: text ?? '', turns: progress.turns, notes }
}

export function modelSession(run: Pick<CoordinatorRun, 'workflow' | 'usage' | 'signal'>, env: Pick<RunServices, 'clients' | 'trace'>): ModelSession {
  return {
    workflow: run.workflow.name,
    client: () => env.clients.anthropic(),
    trace: env.trace,
    usage: run.usage,
    maxTotalTokens: run.workflow.maxTotalTokens,
    signal: run.signal,
    requestTimeoutMs: requestTimeoutFor(run.workflow.timeoutSeconds),
    provider: env.clients.settings.provider?.provider,
    maxCostUsd: run.workflow.maxCostUsd
  }
}

/** The LLM runtime: nothing to validate beyond the config (its prompt and files are checked on load). */
export const llmRuntime: Runtime = { run: llmCoordinator, validate: async () => [] }

/** With `subagents:` in the config, the model may delegate to them through one `subagent` tool. */
function subagentTools(run: CoordinatorRun): LoopTool[] {
  const defs = Object.values(run.workflow.subagents)
  if (!defs.length) return []
  const helpers = defs.map((d) => `- ${d.name}: ${d.description ?? d.prompt.split('\n')[0]!.slice(0, 160)}${d.tools.length ? ` (tools: ${d.tools.join(', ')})` : ''}`)
  return [
    {
      spec: {
        name: 'subagent',
        description: `Hand a narrow task to a named helper, which answers in text. Helpers:\n${helpers.join('\n')}`,
        input_schema: {
          type: 'object',
          properties: {
            name: { type: 'string', enum: defs.map((d) => d.name), description: 'Which helper' },
            input: { type: 'string', description: 'The task and the data it needs' },
            files: { type: 'array', items: { type: 'string' }, description: 'Names of virtual files to hand it (optional)' }
          },
          required: ['name', 'input'],
          additionalProperties: false
        }
      },
      async run(input) {
        const files = Array.isArray(input.files) ? input.files.map(String) : undefined
        if (typeof input.name !== 'string') throw new Error('subagent: name is required')
        return run.subagent.call(input.name, input.input, files)
      }
    }
  ]
}

/** How many of the model's notes the step summary shows (all are in the trace). */
const SUMMARY_NOTES = 12

/**
 * The model's notes beside its tool calls, one summary line each, so a reader sees why it
 * called what. Model text is untrusted: one line, cut short, markup escaped.
 */
function noteLines(notes: ModelNote[]): string[] {
  const lines = notes.slice(0, SUMMARY_NOTES).map((n) => `model note (turn ${n.turn}): ${escapeMd(short(n.text.replace(/\s+/g, ' '), 200)).replace(/[`*_[\]|]/g, (c) => `\\${c}`)}`)
  if (notes.length > SUMMARY_NOTES) lines.push(`… ${notes.length - SUMMARY_NOTES} more model notes in the trace`)
  return lines
}

/** Keeps the turns and notes of a failed run for the summary (run-workflow reads `outcome`). */
function withOutcome(error: unknown, outcome: CoordinatorOutcome): Error {
  const wrapped = error instanceof Error ? error : new Error(errorMessage(error))
  return Object.assign(wrapped, { outcome })
}
