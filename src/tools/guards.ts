import type { ToolTarget } from './define.js'
import type { AllowLists } from '../config/workflow-config.js'

/** `config/` owns the shape a user writes; re-exported for the guards' callers. */
export type { AllowLists }

/** Default cap on calls per run of each mutating tool (SPEC section 4). */
export const DEFAULT_LIMIT = 20

export interface GuardSettings {
  limits: Record<string, number>
  allow: AllowLists
  /** The config's `slack.channel`: the default allowed channel. */
  slackChannel?: string
  /** The repository the action runs in: the default allowed repository. */
  repository: string
}

export interface Refusal {
  /** Which guard refused: `limits.slack.add_reacji`, `allow.slack_channels`, ... */
  guard: string
  message: string
}

/**
 * Deterministic checks in front of every tool that reaches a service: allow-lists for reads
 * and writes, limits for writes. `admit` is synchronous and counts
 * the call the moment it is admitted, so concurrent calls cannot overshoot a limit;
 * refused calls do not count.
 */
export class Guards {
  readonly #used = new Map<string, number>()
  readonly channels: string[]
  readonly reactions: string[] | undefined
  readonly repos: string[]

  constructor(readonly settings: GuardSettings) {
    this.channels = settings.allow.slack_channels ?? (settings.slackChannel ? [settings.slackChannel] : [])
    this.reactions = settings.allow.slack_reactions?.map((r) => r.replace(/^:|:$/g, ''))
    this.repos = (settings.allow.github_repos ?? (settings.repository ? [settings.repository] : [])).map((r) => r.toLowerCase())
  }

  limitOf(tool: string): number {
    return this.settings.limits[tool] ?? DEFAULT_LIMIT
  }

  used(tool: string): number {
    return this.#used.get(tool) ?? 0
  }

  admit(tool: string, target: ToolTarget): Refusal | undefined {
    const refusal = this.#checkAllow(tool, target)
    if (refusal) return refusal
    const limit = this.limitOf(tool)
    const used = this.used(tool)
    if (used >= limit) {
      return { guard: `limits.${tool}`, message: `refused by limits.${tool}: at most ${limit} call(s) per run, and ${used} were already made` }
    }
    this.#used.set(tool, used + 1)
    return undefined
  }

  /** A read: the allow-lists only (reads are not counted against limits). */
  admitRead(tool: string, target: ToolTarget): Refusal | undefined {
    return this.#checkAllow(tool, target)
  }

  #checkAllow(tool: string, target: ToolTarget): Refusal | undefined {
    // MCP tools: no allow-list knows their targets; limits and dry run still hold.
    if (target.kind === 'mcp_server') return undefined
    if (target.kind === 'slack_channel') {
      if (!this.channels.includes(target.value)) {
        const allowed = this.channels.length ? this.channels.join(', ') : 'none (set slack.channel or allow.slack_channels)'
        return { guard: 'allow.slack_channels', message: `refused by allow.slack_channels: ${tool} may not touch channel ${target.value}; allowed: ${allowed}` }
      }
      if (target.reaction !== undefined && this.reactions && !this.reactions.includes(target.reaction)) {
        return {
          guard: 'allow.slack_reactions',
          message: `refused by allow.slack_reactions: :${target.reaction}: is not allowed; allowed: ${this.reactions.map((r) => `:${r}:`).join(', ') || 'none'}`
        }
      }
    } else if (!this.repos.includes(target.value.toLowerCase())) {
      return { guard: 'allow.github_repos', message: `refused by allow.github_repos: ${tool} may not touch ${target.value}; allowed: ${this.repos.join(', ') || 'none'}` }
    }
    return undefined
  }
}
