# Generated from the tool registry (src/tools/registry.ts) by `npm run generate`: do not edit.
"""Types for Hybrid Coordinator's Python coordinator scripts.

Put this file where your editor or type checker looks for stubs (next to your scripts, or on
mypy_path / pyright's stubPath). At run time the action provides the module itself::

    from hybrid_coordinator import Tools, ToolError

    def handler(trigger: Trigger, tools: Tools, virtual_files: VirtualFiles, subagent: Subagent):
        for msg in tools.slack.get_messages(limit=10):
            ...

Tools take their parameters by name or in the order below; None means "not given".
"""

from typing import Any, Callable, Dict, List, Literal, Mapping, Optional, Sequence, TypedDict, Union

class Trigger(TypedDict):
    """The GitHub event that started the run."""
    event: str
    action: Optional[str]
    payload: Dict[str, Any]
    repository: str
    ref: str
    sha: str
    actor: str

class SlackMessage(TypedDict):
    """A Slack message as slack.get_messages returns it."""
    channel: str
    ts: str
    text: str
    user: Optional[str]

class PullRequest(TypedDict):
    """A pull request as github.get_pull_request returns it."""
    number: int
    title: str
    state: Literal["open", "draft", "merged", "closed"]
    merged: bool
    draft: bool
    author: Optional[str]
    url: str
    labels: List[str]
    body: str

class SlackAddReacjiResult(TypedDict):
    """What slack.add_reacji returns."""
    ok: bool

class SlackPostMessageResult(TypedDict):
    """What slack.post_message returns."""
    channel: str
    ts: str

class ToolError(Exception):
    """A tool call failed: bad input, an API error, a tool this workflow does not have. str(error) is the message."""
    tool: Optional[str]
    def __init__(self, message: str, tool: Optional[str] = None) -> None: ...

class ToolRefused(ToolError):
    """A guard (a limit or an allow-list) refused a mutating call before it was sent."""
    guard: Optional[str]
    target: Optional[str]
    def __init__(self, message: str, tool: Optional[str] = None, guard: Optional[str] = None, target: Optional[str] = None) -> None: ...

class SubagentError(Exception):
    """A subagent call failed."""

class GitHubTools:
    """tools.github.*"""

    def get_status(self, url: Union[str, int]) -> Literal["open", "draft", "merged", "closed"]:
        """The state of a pull request: "open", "draft", "merged" or "closed".

        url: A pull request or issue: its URL, `owner/repo#N`, or a number in this repository"""
        ...

    def get_pull_request(self, url: Union[str, int]) -> PullRequest:
        """A pull request: number, title, state, merged, draft, author, url, labels and body.

        url: A pull request or issue: its URL, `owner/repo#N`, or a number in this repository"""
        ...

    def comment(self, url: Union[str, int], body: str) -> str:
        """Comment on an issue or pull request. Returns the comment URL.

        url: A pull request or issue: its URL, `owner/repo#N`, or a number in this repository
        body: Markdown text of the comment

        Mutates: guarded by the workflow's limits and allow-lists; recorded, not sent, in a dry run."""
        ...

    def add_labels(self, url: Union[str, int], labels: List[str]) -> List[str]:
        """Add labels to an issue or pull request. Returns the labels now on it.

        url: A pull request or issue: its URL, `owner/repo#N`, or a number in this repository
        labels: Label names to add

        Mutates: guarded by the workflow's limits and allow-lists; recorded, not sent, in a dry run."""
        ...

class SlackTools:
    """tools.slack.*"""

    def get_messages(self, limit: int = 10, channel: Optional[str] = None) -> List[SlackMessage]:
        """The channel's latest messages, newest first, each { channel, ts, text, user }.

        limit: How many messages, newest first (default 10)
        channel: Channel id (default the config's slack.channel)"""
        ...

    def add_reacji(self, message: Mapping[str, Any], name: str) -> SlackAddReacjiResult:
        """Add an emoji reaction to a message. Already there counts as done.

        message: The message, as slack.get_messages returns it (only channel and ts are used)
        name: Emoji name without colons, e.g. merged

        Mutates: guarded by the workflow's limits and allow-lists; recorded, not sent, in a dry run."""
        ...

    def post_message(self, text: str, channel: Optional[str] = None, thread_ts: Optional[str] = None) -> SlackPostMessageResult:
        """Post a message to a channel, or a reply in a thread when thread_ts is given.

        text: Message text (Slack mrkdwn)
        channel: Channel id (default the config's slack.channel)
        thread_ts: Reply in this thread

        Mutates: guarded by the workflow's limits and allow-lists; recorded, not sent, in a dry run."""
        ...

class FilesTools:
    """tools.files.*"""

    def list(self) -> List[str]:
        """Names of the virtual files of this workflow."""
        ...

    def read(self, name: str, offset: int = 0, limit: int = 20000) -> str:
        """Read a virtual file. Large files come in slices of 20000 characters: when more remains, the text ends with a note giving the offset to read next.

        name: The file name, as files.list gives it
        offset: Character offset to start at
        limit: Most characters to return"""
        ...

class Tools:
    """The workflow's tools: `tools.slack.get_messages(limit=10)`. A tool the workflow's config does not list raises ToolError."""
    github: GitHubTools
    slack: SlackTools
    files: FilesTools
    mcp: McpTools

class McpTools:
    """tools.mcp.<server>.<tool>(**kwargs): tools of the servers under mcp_servers. They are known only when
    the server runs, so this stub cannot name them; each returns {"text": ..., "structuredContent": ...}."""
    def __getattr__(self, server: str) -> Any: ...

class VirtualFiles:
    """The workflow's virtual files."""
    def list(self) -> List[str]:
        """Names of the virtual files."""
        ...
    def read(self, name: str) -> str:
        """A virtual file's text; FileNotFoundError when there is no such file."""
        ...

class Subagent:
    """One bounded LLM call per method, using no tools, recorded in the trace; SubagentError when one fails."""
    names: List[str]
    def run(self, instructions: str, input: Any = None) -> str:
        """Answer the instructions about the input, as text."""
        ...
    def json(self, instructions: str, input: Any, schema: Mapping[str, Any]) -> Any:
        """Answer as a value that matches the JSON Schema."""
        ...
    def summarize(self, input: Any) -> str:
        """A short summary of the input."""
        ...
    def call(self, name: str, input: Any, files: Optional[Sequence[str]] = None) -> str:
        """Run a subagent declared under subagents: in the workflow config."""
        ...

Handler = Callable[[Trigger, Tools, VirtualFiles, Subagent], Any]
