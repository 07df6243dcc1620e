// Generated from the tool registry (src/tools) by `npm run generate`: do not edit.
// The typed API of Hybrid Coordinator script coordinators:
//   import type { Handler } from 'hybrid-coordinator'

/** The GitHub event that started the run, as both coordinators receive it. */
export interface Trigger {
  /** The event name: `pull_request`, `schedule`, `workflow_dispatch`... */
  event: string
  /** The payload's `action` (`closed`, `opened`...), or null. */
  action: string | null
  /** The event JSON as the runner wrote it. */
  payload: Record<string, unknown>
  /** `owner/name` */
  repository: string
  ref: string
  sha: string
  actor: string
}

/** A Slack message as `slack.get_messages` returns it. */
export interface SlackMessage {
  channel: string
  ts: string
  text: string
  user: string | null
}

/** A pull request as `github.get_pull_request` returns it. */
export interface PullRequest {
  number: number
  title: string
  state: 'open' | 'draft' | 'merged' | 'closed'
  merged: boolean
  draft: boolean
  author: string | null
  url: string
  labels: string[]
  body: string
}

/** The workflow's virtual files: its `virtual_files`, and `trigger.json` (the event). */
export interface VirtualFiles {
  /** The names of the files. */
  list(): string[]
  /** A file's text; throws naming the files there are when there is none by that name. */
  read(name: string): string
}

/**
 * One bounded LLM call per method, with no tools, recorded in the trace. `call` runs a
 * subagent declared under `subagents:` in the config, with its own subset of the tools.
 */
export interface Subagent {
  run(instructions: string, input?: unknown): Promise<string>
  /** An answer that matches the JSON Schema `schema`. */
  json(instructions: string, input: unknown, schema: Record<string, unknown>): Promise<unknown>
  summarize(input: unknown): Promise<string>
  call(name: string, input: unknown, files?: string[]): Promise<string>
}

/** A JSON value: what a handler may return (it becomes the workflow's `result`). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

/** Input of `github.get_status`. */
export interface GithubGetStatusInput {
  /** A pull request or issue: its URL, `owner/repo#N`, or a number in this repository */
  url: string | number
}

/** Input of `github.get_pull_request`. */
export interface GithubGetPullRequestInput {
  /** A pull request or issue: its URL, `owner/repo#N`, or a number in this repository */
  url: string | number
}

/** Input of `github.comment` (mutates: guarded by the workflow's limits and allow-lists). */
export interface GithubCommentInput {
  /** A pull request or issue: its URL, `owner/repo#N`, or a number in this repository */
  url: string | number
  /** Markdown text of the comment */
  body: string
}

/** Input of `github.add_labels` (mutates: guarded by the workflow's limits and allow-lists). */
export interface GithubAddLabelsInput {
  /** A pull request or issue: its URL, `owner/repo#N`, or a number in this repository */
  url: string | number
  /** Label names to add */
  labels: string[]
}

/** Input of `slack.get_messages`. */
export interface SlackGetMessagesInput {
  /** How many messages, newest first (default 10) */
  limit?: number
  /** Channel id (default the config's slack.channel) */
  channel?: string
}

/** Input of `slack.add_reacji` (mutates: guarded by the workflow's limits and allow-lists). */
export interface SlackAddReacjiInput {
  /** The message, as slack.get_messages returns it (only channel and ts are used) */
  message: {
    /** Channel id, e.g. C0123456789 */
    channel: string
    ts: string
  }
  /** Emoji name without colons, e.g. merged */
  name: string
}

/** Input of `slack.post_message` (mutates: guarded by the workflow's limits and allow-lists). */
export interface SlackPostMessageInput {
  /** Message text (Slack mrkdwn) */
  text: string
  /** Channel id (default the config's slack.channel) */
  channel?: string
  /** Reply in this thread */
  thread_ts?: string
}

/** Input of `files.list`. */
export type FilesListInput = Record<string, never>

/** Input of `files.read`. */
export interface FilesReadInput {
  /** The file name, as files.list gives it */
  name: string
  /** Character offset to start at @default 0 */
  offset?: number
  /** Most characters to return @default 20000 */
  limit?: number
}

/** The tools a script calls, as `tools.slack.get_messages(...)`. Each takes its parameters as one object (exactly what the LLM sends) or in order. A tool missing from the workflow's `tools:` list throws a clear error when called. */
export interface Tools {
  github: GithubTools
  slack: SlackTools
  files: FilesTools
  /** Tools of the MCP servers under `mcp_servers`, as `tools.mcp.<server>.<tool>(args)`. A server's tools are known only when it runs, so these types cannot name them: each takes its arguments as one object and resolves to `unknown` (`{ text, structuredContent? }`); check the shape you rely on. */
  mcp: McpTools
}

export type McpTools = Record<string, Record<string, (args?: Record<string, unknown>) => Promise<unknown>>>

export interface GithubTools {
  /** The state of a pull request: "open", "draft", "merged" or "closed". */
  get_status(input: GithubGetStatusInput): Promise<'open' | 'draft' | 'merged' | 'closed'>
  get_status(url: GithubGetStatusInput['url']): Promise<'open' | 'draft' | 'merged' | 'closed'>
  /** A pull request: number, title, state, merged, draft, author, url, labels and body. */
  get_pull_request(input: GithubGetPullRequestInput): Promise<PullRequest>
  get_pull_request(url: GithubGetPullRequestInput['url']): Promise<PullRequest>
  /** Comment on an issue or pull request. Returns the comment URL. Mutates: in a dry run it is recorded, not sent. */
  comment(input: GithubCommentInput): Promise<string>
  comment(url: GithubCommentInput['url'], body: GithubCommentInput['body']): Promise<string>
  /** Add labels to an issue or pull request. Returns the labels now on it. Mutates: in a dry run it is recorded, not sent. */
  add_labels(input: GithubAddLabelsInput): Promise<string[]>
  add_labels(url: GithubAddLabelsInput['url'], labels: GithubAddLabelsInput['labels']): Promise<string[]>
}

export interface SlackTools {
  /** The channel's latest messages, newest first, each { channel, ts, text, user }. */
  get_messages(input?: SlackGetMessagesInput): Promise<SlackMessage[]>
  get_messages(limit?: SlackGetMessagesInput['limit'], channel?: SlackGetMessagesInput['channel']): Promise<SlackMessage[]>
  /** Add an emoji reaction to a message. Already there counts as done. Mutates: in a dry run it is recorded, not sent. */
  add_reacji(input: SlackAddReacjiInput): Promise<{ ok: true }>
  add_reacji(message: SlackAddReacjiInput['message'], name: SlackAddReacjiInput['name']): Promise<{ ok: true }>
  /** Post a message to a channel, or a reply in a thread when thread_ts is given. Mutates: in a dry run it is recorded, not sent. */
  post_message(input: SlackPostMessageInput): Promise<{ channel: string; ts: string }>
  post_message(text: SlackPostMessageInput['text'], channel?: SlackPostMessageInput['channel'], thread_ts?: SlackPostMessageInput['thread_ts']): Promise<{ channel: string; ts: string }>
}

export interface FilesTools {
  /** Names of the virtual files of this workflow. */
  list(): Promise<string[]>
  /** Read a virtual file. Large files come in slices of 20000 characters: when more remains, the text ends with a note giving the offset to read next. */
  read(input: FilesReadInput): Promise<string>
  read(name: FilesReadInput['name'], offset?: FilesReadInput['offset'], limit?: FilesReadInput['limit']): Promise<string>
}

/**
 * A script coordinator: `export default handler` (or `export async function handler`).
 * What it returns must be JSON: it becomes the workflow's `result`.
 */
export type Handler = (trigger: Trigger, tools: Tools, virtualFiles: VirtualFiles, subagent: Subagent) => unknown
