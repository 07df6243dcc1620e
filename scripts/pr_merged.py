# The seed's workflow as a Python script coordinator: read the channel's last 10 messages,
# look up every linked pull request, and mark those merged or closed with :merged:.
import re

# Slack writes links as <https://github.com/o/r/pull/12|label>: stop at "|" and ">".
PR_LINK = re.compile(r"https?://[^\s|>]+/[\w.-]+/[\w.-]+/pull/\d+")


def extract_pr_urls(text):
    """Pull request URLs in a message, each once, in order."""
    return list(dict.fromkeys(PR_LINK.findall(text or "")))


def handler(trigger, tools, virtual_files, subagent):
    messages = tools.slack.get_messages(limit=10)
    for msg in messages:
        pr_urls = extract_pr_urls(msg["text"])
        for url in pr_urls:
            status = tools.github.get_status(url)
            if status in ("merged", "closed"):
                tools.slack.add_reacji(msg, "merged")
                break
    return {"checked": len(messages)}
