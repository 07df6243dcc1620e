/**
 * What each Claude model accepts, keyed by its Claude API model id. The LLM loop, the
 * subagent, `migrate` and the sandbox's fake Messages API all read this one table, so the
 * fake cannot be more lenient than the code it tests, and the code never sends a model
 * something the table says it refuses. (`prices.ts`, beside it, is keyed the same way.)
 *
 * Where each fact comes from (platform.claude.com/docs/en/..., read November 2026):
 * - [S55] models/sonnet-5-5/whats-new-sonnet-5-5: on Sonnet 5.5 adaptive thinking is on by
 *   default; `thinking: {type: "disabled"}` is a 400 invalid_request_error pointing to
 *   `between_tools`, which replaces it (its progress notes still come back as `thinking`
 *   blocks with their text); forced tool use (`tool_choice` `any`/`tool`) returns an error;
 *   thinking blocks are tied to the model and the conversation and go back unchanged with
 *   the assistant turn; text between tool calls comes back in `thinking` blocks, empty
 *   unless a `display` value returns it. 1M context, 128K output (its model page, as the
 *   page links it, and the comparison tables of the other model pages).
 * - [OVR] models/<model>/overview (the "compare with the current lineup" table of the
 *   Sonnet 5 and Opus 5 pages): context window and max output of Sonnet 5, Opus 5,
 *   Opus 5.5, Sonnet 5.5; Sonnet 5 and Opus 5 are "Legacy" (still available, no
 *   deprecation date).
 * - [THT] build-with-claude/thinking-troubleshooting: which `thinking.type` values each
 *   model refuses with a 400. `enabled` (budget_tokens) is deprecated on the 4.6 models and
 *   refused by Opus 4.7, Opus 4.8, Sonnet 5 and later; Haiku 4.5 has extended thinking
 *   only (adaptive is refused); only Sonnet 5.5 accepts `between_tools`.
 * - [SO] build-with-claude/structured-outputs: `output_config.format` JSON outputs on the
 *   Claude 4.5 models and later (the schema subset is in structured-output-schema.ts).
 * - [TOOL] the tool-use docs: with thinking on, `tool_choice` may only be `auto` or `none`
 *   (forced tool use and thinking exclude each other).
 *
 * Not found in the documentation, so the table takes the conservative value and says so
 * in the row's `unsure` list: Haiku 5.5's limits and thinking default, whether Opus 5.5
 * and Haiku 5.5 accept forced tool use, the 4.7/4.8 thinking default and context window,
 * Sonnet 4.6's context window. Conservative means: the code never relies on the feature
 * (no forced tool, no `display` value), and the fake assumes thinking is on (the stricter
 * rules) and the smaller limits.
 */

export type ThinkingType = 'adaptive' | 'between_tools' | 'enabled' | 'disabled'

export interface ModelCapabilities {
  /** The Claude API model id. */
  id: string
  /** False for a model the table does not know: the values are then the conservative ones. */
  known: boolean
  /** `tool_choice` `tool`/`any` is accepted (only ever while thinking is off). */
  forcedToolUse: boolean
  /** `output_config.format` JSON outputs are accepted. */
  structuredOutputs: boolean
  thinking: {
    /** `thinking.type` values the API accepts for this model. */
    accepted: readonly ThinkingType[]
    /** Thinking when the request sends no `thinking`: adaptive (on) or off. */
    default: 'adaptive' | 'off'
    /** `thinking.display` (`summarized`/`omitted`) is accepted with adaptive thinking. */
    display: boolean
    /** Text between tool calls comes back in `thinking` blocks, not `text` blocks [S55]. */
    notesInThinking: boolean
    /** Thinking blocks are bound to the model and the conversation that produced them [S55]. */
    boundToConversation: boolean
  }
  contextWindow: number
  maxOutputTokens: number
  status: 'active' | 'legacy' | 'deprecated'
  /** When a deprecated model stops answering (ISO date), if announced. */
  retiresOn?: string
  /** Where the row comes from. */
  source: string
  /** Facts the documentation did not give, set to the conservative value. */
  unsure: readonly string[]
}

type Row = Omit<ModelCapabilities, 'id' | 'known'>

const M = 1_000_000
const K200 = 200_000

const ADAPTIVE_ON = { default: 'adaptive', display: true, notesInThinking: false, boundToConversation: false } as const

export const MODEL_TABLE: Readonly<Record<string, Row>> = {
  'claude-sonnet-5-5': {
    forcedToolUse: false,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive', 'between_tools'], default: 'adaptive', display: true, notesInThinking: true, boundToConversation: true },
    contextWindow: M,
    maxOutputTokens: 128_000,
    status: 'active',
    source: 'S55, OVR, THT, SO',
    unsure: []
  },
  'claude-opus-5-5': {
    forcedToolUse: false,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive'], ...ADAPTIVE_ON },
    contextWindow: M,
    maxOutputTokens: 128_000,
    status: 'active',
    source: 'OVR ("Adaptive (always on)"), THT, SO',
    unsure: ['forcedToolUse (not documented; thinking is always on, so forced tools cannot work anyway)']
  },
  'claude-haiku-5-5': {
    forcedToolUse: false,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive'], ...ADAPTIVE_ON },
    contextWindow: K200,
    maxOutputTokens: 64_000,
    status: 'active',
    source: 'THT (enabled refused), SO',
    unsure: ['contextWindow', 'maxOutputTokens', 'thinking.default', 'thinking.accepted (disabled)', 'forcedToolUse']
  },
  'claude-sonnet-5': {
    forcedToolUse: true,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive', 'disabled'], ...ADAPTIVE_ON },
    contextWindow: M,
    maxOutputTokens: 128_000,
    status: 'legacy',
    source: 'OVR, THT, SO, TOOL',
    unsure: []
  },
  'claude-opus-5': {
    forcedToolUse: true,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive', 'disabled'], ...ADAPTIVE_ON },
    contextWindow: M,
    maxOutputTokens: 128_000,
    status: 'legacy',
    source: 'OVR, THT, SO, TOOL',
    unsure: ['thinking.default']
  },
  'claude-opus-4-8': {
    forcedToolUse: true,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive', 'disabled'], default: 'adaptive', display: false, notesInThinking: false, boundToConversation: false },
    contextWindow: K200,
    maxOutputTokens: 128_000,
    status: 'active',
    source: 'THT, SO, TOOL',
    unsure: ['thinking.default', 'thinking.display', 'contextWindow']
  },
  'claude-opus-4-7': {
    forcedToolUse: true,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive', 'disabled'], default: 'adaptive', display: false, notesInThinking: false, boundToConversation: false },
    contextWindow: K200,
    maxOutputTokens: 128_000,
    status: 'active',
    source: 'THT, SO, TOOL',
    unsure: ['thinking.default', 'thinking.display', 'contextWindow']
  },
  'claude-opus-4-6': {
    forcedToolUse: true,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive', 'enabled', 'disabled'], default: 'off', display: false, notesInThinking: false, boundToConversation: false },
    contextWindow: M,
    maxOutputTokens: 128_000,
    status: 'active',
    source: 'THT, SO, "Claude Opus 4.6: Adaptive thinking and 1M context window"',
    unsure: ['thinking.display']
  },
  'claude-sonnet-4-6': {
    forcedToolUse: true,
    structuredOutputs: true,
    thinking: { accepted: ['adaptive', 'enabled', 'disabled'], default: 'off', display: false, notesInThinking: false, boundToConversation: false },
    contextWindow: K200,
    maxOutputTokens: 128_000,
    status: 'active',
    source: 'THT, SO',
    unsure: ['contextWindow', 'thinking.display']
  },
  'claude-haiku-4-5': {
    forcedToolUse: true,
    structuredOutputs: true,
    thinking: { accepted: ['enabled', 'disabled'], default: 'off', display: false, notesInThinking: false, boundToConversation: false },
    contextWindow: K200,
    maxOutputTokens: 64_000,
    status: 'active',
    source: 'THT (extended thinking only), SO',
    unsure: []
  }
}

/** Every model id the table knows, in table order. */
export const KNOWN_MODELS: readonly string[] = Object.keys(MODEL_TABLE)

/**
 * For a model the table does not know: nothing that might be refused is sent (no forced
 * tool, no structured outputs, no thinking settings), thinking blocks are assumed to come
 * back and go back unchanged, and the smaller limits apply.
 */
const CONSERVATIVE: Row = {
  forcedToolUse: false,
  structuredOutputs: false,
  thinking: { accepted: [], default: 'adaptive', display: false, notesInThinking: true, boundToConversation: true },
  contextWindow: K200,
  maxOutputTokens: 64_000,
  status: 'active',
  source: 'none: not in the model table',
  unsure: ['everything']
}

export interface CapabilityLookup {
  capabilities: ModelCapabilities
  /** Set when the model is not in the table, or is deprecated: say it to the user. */
  notice?: string
}

/**
 * The Claude API id behind a cloud platform's id, so Bedrock's
 * `us.anthropic.claude-sonnet-5-5` (or `anthropic.claude-sonnet-5-5-v1:0`) and Vertex's
 * `claude-sonnet-5-5@20260928` read the same row as `claude-sonnet-5-5`.
 */
export function apiModelId(model: string): string {
  return model
    .replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '')
    .replace(/-v\d+(?::\d+)?$/, '')
    .replace(/@[\w.-]+$/, '')
}

/** The model's capabilities; never throws. A model outside the table gets the conservative row and a notice. */
export function lookupModel(model: string): CapabilityLookup {
  const key = apiModelId(model)
  const row = Object.prototype.hasOwnProperty.call(MODEL_TABLE, key) ? MODEL_TABLE[key] : undefined
  if (!row) {
    return {
      capabilities: { id: model, known: false, ...CONSERVATIVE },
      notice: `model ${model} is not in the action's model table (${KNOWN_MODELS.join(', ')}): it runs with the most conservative settings (no forced tool use, no structured outputs, no thinking settings; subagent.json asks for JSON in the prompt and checks it)`
    }
  }
  const capabilities: ModelCapabilities = { id: model, known: true, ...row }
  if (row.status === 'deprecated') {
    return { capabilities, notice: `model ${model} is deprecated${row.retiresOn ? ` and stops answering on ${row.retiresOn}` : ''}: move to a current model` }
  }
  return { capabilities }
}

/** Shortcut when no notice is wanted. */
export const capabilitiesOf = (model: string): ModelCapabilities => lookupModel(model).capabilities

/** Forced tool use works only where the model takes it and thinking is off by default (we never turn it off). */
export function canForceTool(caps: ModelCapabilities): boolean {
  return caps.forcedToolUse && caps.thinking.default === 'off'
}

/**
 * The `thinking` setting the LLM loop sends: adaptive with `display: summarized` where the
 * model takes it, so the notes between tool calls come back with their text; otherwise
 * none (the model's default). Never `disabled`: Sonnet 5.5 refuses it [S55].
 */
export function loopThinking(caps: ModelCapabilities): { type: 'adaptive'; display: 'summarized' } | undefined {
  return caps.thinking.display && caps.thinking.accepted.includes('adaptive') ? { type: 'adaptive', display: 'summarized' } : undefined
}
