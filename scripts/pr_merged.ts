// The seed's workflow as a script coordinator: read the channel's last 10 messages, look up
// every linked pull request, and mark those merged or closed with :merged:.
import type { Handler } from 'hybrid-coordinator'

const PR_LINK = /https?:\/\/[^\s|>]+\/[\w.-]+\/[\w.-]+\/pull\/\d+/g

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
