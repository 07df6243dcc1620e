/**
 * What `hybrid-coordinator init` writes into a repository. The script is the repository's
 * own example (scripts/pr_merged.ts, checked equal by __tests__/cli/init.test.ts); the
 * types come from the tool registry at run time.
 */
export interface InitFile {
  /** Repository-relative path. */
  path: string
  /** One line saying what it is, printed beside the path. */
  what: string
  content: string
}

/** The action as users reference it. */
export const ACTION_REF = 'hybrid-coordinator/hybrid-coordinator@v1'

const WORKFLOW = `# Hybrid Coordinator: runs the workflow configs in .github/coordinator/.
# Pull requests: every config and script is checked, nothing runs (mode: validate).
# A merged or closed pull request, the schedule, or a manual run: the workflows run.
name: Coordinator
on:
  pull_request:
    types: [opened, synchronize, reopened, closed]
  schedule:
    - cron: "*/30 * * * *"
  workflow_dispatch:
permissions:
  contents: read
  pull-requests: read
jobs:
  validate:
    if: github.event_name == 'pull_request' && github.event.action != 'closed'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION_REF}
        with:
          mode: validate
  coordinate:
    if: github.event_name != 'pull_request' || github.event.action == 'closed'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION_REF}
        with:
          slack-token: \${{ secrets.SLACK_BOT_TOKEN }}
          anthropic-api-key: \${{ secrets.ANTHROPIC_API_KEY }}
          # Tool calls that change something are recorded in the summary, not sent. Remove
          # this line once the summary shows what you expect.
          dry-run: true
`

const CONFIG = `# yaml-language-server: $schema=https://raw.githubusercontent.com/hybrid-coordinator/hybrid-coordinator/v1/schema/workflow.schema.json
# An example workflow: when a pull request is merged or closed (and every 30 minutes),
# mark the Slack messages that link it with :merged:. Written by \`hybrid-coordinator init\`.
name: pr-merged-reacji
description: Mark Slack messages whose PR has merged or closed
on:
  pull_request:
    types: [closed]
  schedule: {}
  workflow_dispatch: {}
coordinator: script
coordinator_script: .github/coordinator/scripts/pr_merged.ts
timeout_seconds: 120
tools:
  - slack.get_messages
  - slack.add_reacji
  - github.get_status
slack:
  channel: C0123456789   # your channel's id (the sandbox's channel has this one)
limits:
  slack.add_reacji: 10
allow:
  slack_reactions: [merged]
`

/** Kept equal to scripts/pr_merged.ts by a test. */
export const EXAMPLE_SCRIPT = `// The seed's workflow as a script coordinator: read the channel's last 10 messages, look up
// every linked pull request, and mark those merged or closed with :merged:.
import type { Handler } from 'hybrid-coordinator'

const PR_LINK = /https?:\\/\\/[^\\s|>]+\\/[\\w.-]+\\/[\\w.-]+\\/pull\\/\\d+/g

const handler: Handler = async (trigger, tools) => {
  const messages = await tools.slack.get_messages({ limit: 10 })
  const linked = messages.flatMap((msg) => [...new Set(msg.text.match(PR_LINK) ?? [])].map((url) => ({ msg, url })))

  // All lookups at once, then all reactions at once: three round trips, not twenty-one.
  const statuses = await Promise.all(linked.map(({ url }) => tools.github.get_status(url)))
  const done = linked.filter((_, i) => statuses[i] === 'merged' || statuses[i] === 'closed')
  const toMark = [...new Map(done.map(({ msg }) => [msg.ts, msg])).values()]
  await Promise.all(toMark.map((msg) => tools.slack.add_reacji(msg, 'merged')))

  return { checked: messages.length, marked: toMark.map((m) => m.ts) }
}

export default handler
`

const TSCONFIG = `{
  // Written by \`hybrid-coordinator init\`: lets editors (and \`npx tsc -p .github/coordinator\`)
  // type-check coordinator scripts against the action's script API. The action itself
  // needs none of this: it erases types when it loads a script.
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "noEmit": true,
    "skipLibCheck": true,
    "types": [],
    "paths": { "hybrid-coordinator": ["./types/hybrid-coordinator.d.ts"] }
  },
  "include": ["scripts/**/*.ts", "scripts/**/*.mts", "types/*.d.ts"]
}
`

/** A merged pull request's closed event, in the sandbox's repository, for \`run --sandbox\`. */
const EVENT = `${JSON.stringify(
  {
    action: 'closed',
    number: 12,
    pull_request: {
      number: 12,
      state: 'closed',
      merged: true,
      html_url: 'https://github.com/octo-org/web/pull/12',
      head: { ref: 'feature/pr-12', repo: { full_name: 'octo-org/web' } },
      base: { ref: 'main', repo: { full_name: 'octo-org/web' } }
    },
    repository: { full_name: 'octo-org/web', default_branch: 'main' },
    sender: { login: 'octocat' }
  },
  null,
  2
)}\n`

export const INIT_FILES: readonly InitFile[] = [
  { path: '.github/workflows/coordinator.yml', what: 'the workflow step: validate on pull requests, run (dry run) on merge, schedule, dispatch', content: WORKFLOW },
  { path: '.github/coordinator/pr_merged.yml', what: 'an example workflow config (coordinator: script)', content: CONFIG },
  { path: '.github/coordinator/scripts/pr_merged.ts', what: 'its script coordinator', content: EXAMPLE_SCRIPT },
  { path: '.github/coordinator/types/hybrid-coordinator.d.ts', what: "the typed script API (import type { Handler } from 'hybrid-coordinator')", content: '' },
  { path: '.github/coordinator/tsconfig.json', what: 'maps hybrid-coordinator to those types, so editors find them', content: TSCONFIG },
  { path: '.github/coordinator/events/pull_request.closed.json', what: 'a merged pull request event, to try the example on', content: EVENT }
]
