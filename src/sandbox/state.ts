import { createHash } from 'node:crypto'

/**
 * The sandbox's world: plain JSON data so `GET /_sandbox/state` can hand it to a child process
 * as is, and tests can read and edit it directly. Numbers used as keys (PR and issue numbers)
 * are strings, as JSON would make them anyway.
 */
export interface SandboxState {
  github: GitHubState
  slack: SlackState
}

export interface GitHubState {
  /** Login the sandbox token belongs to: the author of comments the action posts. */
  login: string
  /** Next id for a comment or label, shared so ids never collide. */
  nextId: number
  /** Keyed `owner/name`. */
  repos: Record<string, RepoState>
  /**
   * What the token may do (a GitHub App installation token's permissions, as `permissions:`
   * grants them to GITHUB_TOKEN). Absent: write everywhere. A write without it is a 403.
   */
  permissions?: { contents?: 'read' | 'write'; pull_requests?: 'read' | 'write'; actions?: 'read' | 'none' }
}

export interface RepoState {
  owner: string
  name: string
  default_branch: string
  /** Branch name -> head commit sha. */
  branches: Record<string, string>
  /** The tree at the default branch head: path -> file content. */
  files: Record<string, string>
  /** Trees of other commits (say a fork PR's head), by sha; a branch without one serves `files`. */
  snapshots?: Record<string, Record<string, string>>
  /** Keyed by number; a pull request is also an issue, so numbers never repeat across the two. */
  pulls: Record<string, PullState>
  issues: Record<string, IssueState>
  /** Issue or PR number -> its comments, oldest first. */
  comments: Record<string, CommentState[]>
  /** The repository's label catalog; adding an unknown label creates it, as GitHub does. */
  labels: Record<string, LabelState>
  /** Workflow-run artifacts (upload-trace), any order; listed newest first. */
  artifacts?: ArtifactState[]
  /** Objects made through the Git data API (blobs, trees, commits), by sha. */
  git?: GitObjectsState
}

export interface ArtifactState {
  id: number
  name: string
  created_at: string
  expires_at: string
  expired: boolean
  workflow_run: { id: number; head_branch: string; head_sha: string }
  /** The zip archive's bytes, base64 (what the download's redirect serves). */
  zip_base64: string
}

export interface GitObjectsState {
  blobs: Record<string, string>
  /** A tree as the whole file map below it (path -> content). */
  trees: Record<string, Record<string, string>>
  commits: Record<string, GitCommitState>
}

export interface GitPerson {
  name: string
  email: string
  date: string
}

export interface GitCommitState {
  tree: string
  parents: string[]
  message: string
  author: GitPerson
  committer: GitPerson
}

export interface PullState {
  title: string
  state: 'open' | 'closed'
  merged: boolean
  draft: boolean
  user: string
  labels: string[]
  body: string
  html_url: string
  created_at: string
  merged_at: string | null
  closed_at: string | null
  head_ref: string
  head_sha: string
  base_ref: string
}

export interface IssueState {
  title: string
  state: 'open' | 'closed'
  user: string
  labels: string[]
  body: string
  html_url: string
  created_at: string
}

export interface CommentState {
  id: number
  body: string
  user: string
  html_url: string
  created_at: string
}

export interface LabelState {
  id: number
  color: string
}

export interface SlackState {
  team_id: string
  /** The bot the sandbox token belongs to: author of its posts and reactions. */
  bot_user_id: string
  bot_id: string
  /** Keyed by channel id. */
  channels: Record<string, SlackChannelState>
}

export interface SlackChannelState {
  id: string
  name: string
  /** Newest first by ts; thread replies are kept here too, marked by `thread_ts`. */
  messages: SlackMessageState[]
}

export interface SlackMessageState {
  ts: string
  text: string
  user: string
  thread_ts?: string
  blocks?: unknown
  /** Message metadata (`{ event_type, event_payload }`), as chat.postMessage stored it. */
  metadata?: SlackMessageMetadata
  reactions: SlackReactionState[]
}

export interface SlackMessageMetadata {
  event_type: string
  event_payload: Record<string, unknown>
}

export interface SlackReactionState {
  name: string
  users: string[]
}

/** A deterministic 40-hex sha, so seeds and traces are stable from run to run. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex')
}

export const DEMO_REPO = 'octo-org/web'
export const DEMO_OTHER_REPO = 'octo-org/other'
export const DEMO_CHANNEL = 'C0123456789'
export const DEMO_OTHER_CHANNEL = 'C0999999999'
export const DEMO_REACTION = 'merged'

const BOT_USER = 'U0SANDBOT1'
const PEOPLE = ['U0ALICE001', 'U0BOB00002', 'U0CAROL003'] as const

type SeedPrState = 'merged' | 'closed' | 'open' | 'draft'

/** One row of the demo channel: the single table both the state and `DEMO` are built from. */
interface SeedRow {
  ts: string
  text: string
  /** PR number in octo-org/web the message links, if any. */
  pr?: number
  prState?: SeedPrState
  /** The bot already reacted `merged` on an earlier run. */
  alreadyMerged?: boolean
}

const PR_LINK = (n: number, label = `#${n}`): string => `<https://github.com/${DEMO_REPO}/pull/${n}|${label}>`
const PR_URL = (n: number): string => `https://github.com/${DEMO_REPO}/pull/${n}`

// Newest first. Texts stay neutral about the PR's fate so the status has to come from GitHub.
const SEED_ROWS: readonly SeedRow[] = [
  { ts: '1732405400.000100', text: `Shipping ${PR_LINK(12)} to production: checkout retries`, pr: 12, prState: 'merged' },
  { ts: '1732404800.000100', text: `Early eyes welcome on ${PR_URL(29)} (feature flags UI)`, pr: 29, prState: 'draft' },
  { ts: '1732404200.000100', text: `Heads up: ${PR_LINK(21)} touches the cache layer`, pr: 21, prState: 'closed' },
  { ts: '1732403600.000100', text: `Can someone review ${PR_URL(25)} ?`, pr: 25, prState: 'open' },
  { ts: '1732403000.000100', text: 'Deploy window moves to 16:00 UTC on Friday.' },
  { ts: '1732402400.000100', text: `${PR_LINK(15)} is the one with the new retry budget, thanks all`, pr: 15, prState: 'merged', alreadyMerged: true },
  { ts: '1732401800.000100', text: `Alternative approach in ${PR_URL(23)}`, pr: 23, prState: 'closed' },
  { ts: '1732401200.000100', text: `Bug report filed as <https://github.com/${DEMO_REPO}/issues/30|issue #30>, not a PR yet` },
  { ts: '1732400600.000100', text: `${PR_URL(18)} brings the new logging pipeline`, pr: 18, prState: 'merged' },
  { ts: '1732400000.000100', text: `Review please: ${PR_LINK(27, 'web#27')} (dark mode)`, pr: 27, prState: 'open' }
]

const PR_TITLES: Record<number, string> = {
  12: 'Retry failed checkout payments',
  15: 'Add a retry budget to the API client',
  18: 'New structured logging pipeline',
  21: 'Cache rendered pages at the edge',
  23: 'Alternative: cache in the service worker',
  25: 'Upgrade the router',
  27: 'Dark mode',
  29: 'Feature flags UI'
}

export interface DemoMessage {
  ts: string
  text: string
  /** PR number in octo-org/web, or null when the message links none. */
  pr: number | null
  prState: SeedPrState | null
  /** Whether the message should carry the `merged` reaction once the demo workflow ran. */
  expectMerged: boolean
  /** Whether the seed already has the bot's `merged` reaction on it. */
  alreadyMerged: boolean
}

/** What the demo seed holds and what a correct run of the demo workflow ends with. */
export const DEMO = {
  repo: DEMO_REPO,
  otherRepo: DEMO_OTHER_REPO,
  channel: DEMO_CHANNEL,
  otherChannel: DEMO_OTHER_CHANNEL,
  reaction: DEMO_REACTION,
  botUserId: BOT_USER,
  messages: SEED_ROWS.map((row): DemoMessage => ({
    ts: row.ts,
    text: row.text,
    pr: row.pr ?? null,
    prState: row.prState ?? null,
    expectMerged: row.prState === 'merged' || row.prState === 'closed',
    alreadyMerged: row.alreadyMerged === true
  })),
  /** ts of every message that should end with `merged` (merged or closed PR). */
  expectMergedTs: SEED_ROWS.filter((r) => r.prState === 'merged' || r.prState === 'closed').map((r) => r.ts),
  /** The subset a run has to add (the others already carry it). */
  newlyMergedTs: SEED_ROWS.filter((r) => (r.prState === 'merged' || r.prState === 'closed') && !r.alreadyMerged).map((r) => r.ts)
} as const

const iso = (epochSeconds: number): string => new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z')

function seedPull(repo: string, n: number, prState: SeedPrState, index: number): PullState {
  const created = 1732300000 + n * 1000
  const closed = prState === 'merged' || prState === 'closed' ? iso(created + 3600) : null
  return {
    title: PR_TITLES[n] ?? `Change ${n}`,
    state: prState === 'merged' || prState === 'closed' ? 'closed' : 'open',
    merged: prState === 'merged',
    draft: prState === 'draft',
    user: ['alice', 'bob', 'carol'][index % 3] as string,
    labels: prState === 'open' ? ['needs-review'] : [],
    body: `${PR_TITLES[n] ?? 'A change'}.\n\nPart of the Q4 reliability work.`,
    html_url: `https://github.com/${repo}/pull/${n}`,
    created_at: iso(created),
    merged_at: prState === 'merged' ? closed : null,
    closed_at: closed,
    head_ref: `feature/pr-${n}`,
    head_sha: fakeSha(`${repo}#${n}:head`),
    base_ref: 'main'
  }
}

export interface SeedOverrides {
  /** Extra or replaced files at octo-org/web's default branch head (configs, prompts, scripts). */
  files?: Record<string, string>
}

/** The demo world: octo-org/web with PRs in every state, #deploys linking them, and two bystanders. */
export function seedDemoState(overrides: SeedOverrides = {}): SandboxState {
  const pulls: Record<string, PullState> = {}
  const branches: Record<string, string> = { main: fakeSha(`${DEMO_REPO}:main`) }
  SEED_ROWS.forEach((row, index) => {
    if (row.pr === undefined || row.prState === undefined) return
    pulls[String(row.pr)] = seedPull(DEMO_REPO, row.pr, row.prState, index)
    if (row.prState === 'open' || row.prState === 'draft') branches[`feature/pr-${row.pr}`] = fakeSha(`${DEMO_REPO}#${row.pr}:head`)
  })

  const web: RepoState = {
    owner: 'octo-org',
    name: 'web',
    default_branch: 'main',
    branches,
    files: {
      'README.md': '# web\n\nThe octo-org storefront.\n',
      'docs/merge-policy.md': '# Merge policy\n\nA PR counts as done when it is merged or closed.\n',
      'docs/runbooks/deploy.md': '# Deploy runbook\n\nDeploys happen in the Friday window.\n',
      ...overrides.files
    },
    pulls,
    issues: {
      '30': {
        title: 'Checkout button unresponsive on Safari',
        state: 'open',
        user: 'carol',
        labels: ['bug'],
        body: 'Steps to reproduce: open checkout on Safari 18 and tap Pay.',
        html_url: `https://github.com/${DEMO_REPO}/issues/30`,
        created_at: iso(1732390000)
      }
    },
    comments: {
      '25': [
        {
          id: 1001,
          body: 'Looks good to me once CI is green.',
          user: 'carol',
          html_url: `https://github.com/${DEMO_REPO}/pull/25#issuecomment-1001`,
          created_at: iso(1732403700)
        }
      ]
    },
    labels: {
      bug: { id: 2001, color: 'd73a4a' },
      'needs-review': { id: 2002, color: 'fbca04' }
    }
  }

  const other: RepoState = {
    owner: 'octo-org',
    name: 'other',
    default_branch: 'main',
    branches: { main: fakeSha(`${DEMO_OTHER_REPO}:main`) },
    files: { 'README.md': '# other\n' },
    pulls: { '3': seedPull(DEMO_OTHER_REPO, 3, 'merged', 0) },
    issues: {},
    comments: {},
    labels: {}
  }

  return {
    github: { login: 'github-actions[bot]', nextId: 5000, repos: { [DEMO_REPO]: web, [DEMO_OTHER_REPO]: other } },
    slack: {
      team_id: 'T0SANDBOX1',
      bot_user_id: BOT_USER,
      bot_id: 'B0SANDBOT1',
      channels: {
        [DEMO_CHANNEL]: {
          id: DEMO_CHANNEL,
          name: 'deploys',
          messages: SEED_ROWS.map((row, index) => ({
            ts: row.ts,
            text: row.text,
            user: PEOPLE[index % PEOPLE.length] as string,
            reactions: row.alreadyMerged ? [{ name: DEMO_REACTION, users: [BOT_USER] }] : []
          }))
        },
        [DEMO_OTHER_CHANNEL]: {
          id: DEMO_OTHER_CHANNEL,
          name: 'random',
          messages: [
            { ts: '1732401000.000200', text: 'Lunch at noon?', user: PEOPLE[1], reactions: [] },
            { ts: '1732400500.000200', text: 'Welcome to #random', user: PEOPLE[0], reactions: [] }
          ]
        }
      }
    }
  }
}

/** A deep copy, so a sandbox never shares mutable state with the seed it was given. */
export function cloneState(state: SandboxState): SandboxState {
  return structuredClone(state)
}
