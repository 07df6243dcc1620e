"""Hybrid Coordinator's Python bridge.

The action starts the `python` input's interpreter with this module and one coordinator
script. They talk JSON lines: the bridge writes requests on fd 3 and reads the action's
replies on what was stdin, so the script's own print() and stdin are left alone (stdin
reads as empty). Standard library only; Python 3.9 or newer (the bootstrap that imports
this module checks the version first, in syntax any Python can parse).

The bootstrap loads this file as the module `hybrid_coordinator`, so scripts may
`from hybrid_coordinator import ToolError, ToolRefused, SubagentError` (types in
hybrid_coordinator.pyi).

Messages, one JSON object per line:
  action -> script   {"type": "start", "script_path", "root", "trigger", "tools", "subagents"}
  script -> action   {"type": "tool", "id", "name", "args", "kwargs"}
                     {"type": "files", "id", "op": "list" | "read", "args"}
                     {"type": "subagent", "id", "method", "args"}
  action -> script   {"id", "ok": true, "value"} | {"id", "ok": false, "kind", "message", ...}
  script -> action   {"type": "result", "value"}
                     {"type": "error", "kind", "message", "exception", "file", "line"}
                     {"type": "valid"}   (validate mode; an error may add "imported_from": [file, line])
                     {"type": "too_old", "version"}   (from the bootstrap, before this file loads)
"""

import json as _json
import os
import sys
import threading

RUNNER_FILE = os.path.abspath(__file__)
REQUEST_FD = 3


class ToolError(Exception):
    """A tool call failed: bad input, an API error, a tool this workflow does not have.

    str(error) is the message; `tool` names the tool.
    """

    def __init__(self, message, tool=None):
        super().__init__(message)
        self.tool = tool


class ToolRefused(ToolError):
    """A guard (a limit or an allow-list) refused a mutating call before it was sent.

    `guard` names it (`limits.slack.add_reacji`, `allow.slack_channels`...), `target` is
    where the call would have landed.
    """

    def __init__(self, message, tool=None, guard=None, target=None):
        super().__init__(message, tool)
        self.guard = guard
        self.target = target


class SubagentError(Exception):
    """A subagent call failed (no API key, budget spent, an answer that does not fit)."""


class BridgeError(Exception):
    """The channel to the action broke; not something a script is expected to catch."""


def _dumps(value):
    return _json.dumps(value, allow_nan=False, separators=(",", ":"))


class _Channel:
    """Requests with ids over fd 3, replies by id from the action. Thread-safe: whichever
    waiting thread is free reads the next reply and hands it to its owner, so tools can be
    called from worker threads (asyncio.to_thread) without a reader thread of our own."""

    def __init__(self, out_fd, replies):
        self._out = out_fd
        self._in = replies
        self._write_lock = threading.Lock()
        self._cond = threading.Condition(threading.Lock())
        self._answers = {}
        self._reading = False
        self._seq = 0
        self._broken = None

    def send(self, message):
        data = (_dumps(message) + "\n").encode("utf-8")
        with self._write_lock:
            view = memoryview(data)
            while view:
                view = view[os.write(self._out, view):]

    def request(self, message):
        with self._cond:
            self._seq += 1
            ident = self._seq
        message["id"] = ident
        self.send(message)
        with self._cond:
            while ident not in self._answers:
                if self._broken:
                    raise BridgeError(self._broken)
                if self._reading:
                    self._cond.wait()
                    continue
                self._reading = True
                self._cond.release()
                try:
                    line = self._in.readline()
                finally:
                    self._cond.acquire()
                    self._reading = False
                    self._cond.notify_all()
                if not line:
                    self._broken = "the action closed the channel"
                    continue
                reply = _json.loads(line)
                self._answers[reply.get("id")] = reply
            return self._answers.pop(ident)


def _raise_for(reply):
    kind = reply.get("kind")
    message = reply.get("message") or "failed"
    if kind == "refused":
        raise ToolRefused(message, reply.get("tool"), reply.get("guard"), reply.get("target"))
    if kind == "tool_error":
        raise ToolError(message, reply.get("tool"))
    if kind == "not_found":
        raise FileNotFoundError(message)
    if kind == "subagent_error":
        raise SubagentError(message)
    raise RuntimeError(message)


def _json_args(what, value):
    """Arguments must be JSON; say which call got something else, in the script's terms."""
    try:
        _dumps(value)
    except (TypeError, ValueError) as error:
        raise TypeError("%s: arguments must be JSON values (dict, list, str, int, float, bool, None): %s" % (what, error)) from None


class _ToolFunction:
    __slots__ = ("_channel", "name", "__doc__")

    def __init__(self, channel, name, doc):
        self._channel = channel
        self.name = name
        self.__doc__ = doc

    def __call__(self, *args, **kwargs):
        # None means "not given", as Python callers expect: the tool's default applies.
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        message = {"type": "tool", "name": self.name, "args": list(args), "kwargs": kwargs}
        _json_args("tools." + self.name, message)
        reply = self._channel.request(message)
        if reply.get("ok"):
            return reply.get("value")
        _raise_for(reply)

    def __repr__(self):
        return "<tool %s>" % self.name


class _Namespace:
    def __init__(self, channel, prefix, docs):
        self._channel = channel
        self._prefix = prefix
        self._docs = docs

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        full = self._prefix + "." + name
        # MCP (issue 12): tools.mcp.<server>.<tool>(**kwargs): one more level of namespace.
        if self._prefix == "mcp":
            ns = _Namespace(self._channel, full, self._docs)
            setattr(self, name, ns)
            return ns
        fn = _ToolFunction(self._channel, full, self._docs.get(full))
        setattr(self, name, fn)
        return fn

    def __dir__(self):
        return sorted(n.split(".", 1)[1] for n in self._docs if n.startswith(self._prefix + "."))

    def __repr__(self):
        return "<tools.%s: %s>" % (self._prefix, ", ".join(self.__dir__()) or "no tools")


class Tools:
    """`tools.slack.get_messages(limit=10)`: every tool of the registry by name, called
    with positional or keyword arguments. A tool this workflow lacks raises ToolError."""

    def __init__(self, channel, tools):
        self._channel = channel
        self._docs = {t["name"]: t.get("description") for t in tools}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        ns = _Namespace(self._channel, name, self._docs)
        setattr(self, name, ns)
        return ns

    def __dir__(self):
        return sorted({n.split(".", 1)[0] for n in self._docs})

    def __repr__(self):
        return "<tools: %s>" % ", ".join(sorted(self._docs))


class VirtualFiles:
    """The workflow's virtual files: `list()` of names, `read(name)` of one's text."""

    def __init__(self, channel):
        self._channel = channel

    def _ask(self, op, args):
        reply = self._channel.request({"type": "files", "op": op, "args": args})
        if reply.get("ok"):
            return reply.get("value")
        _raise_for(reply)

    def list(self):
        return self._ask("list", [])

    def read(self, name):
        return self._ask("read", [name])


class Subagent:
    """One bounded LLM call per method, no tools; `call` runs a subagent named in the config."""

    def __init__(self, channel, names):
        self._channel = channel
        self.names = list(names)

    def _ask(self, method, args):
        message = {"type": "subagent", "method": method, "args": args}
        _json_args("subagent." + method, message)
        reply = self._channel.request(message)
        if reply.get("ok"):
            return reply.get("value")
        _raise_for(reply)

    def run(self, instructions, input=None):
        return self._ask("run", [instructions] if input is None else [instructions, input])

    def json(self, instructions, input, schema):
        return self._ask("json", [instructions, input, schema])

    def summarize(self, input):
        return self._ask("summarize", [input])

    def call(self, name, input, files=None):
        return self._ask("call", [name, input] if files is None else [name, input, list(files)])


# ---- failures, reported with the user's file and line ------------------------------

def _is_user_file(filename, root):
    path = os.path.abspath(filename)
    if path == RUNNER_FILE or not path.startswith(root):
        return False
    return "site-packages" not in path and "dist-packages" not in path


def _locate(tb, root, script):
    """The innermost frame in the user's own files (the script, its sibling modules)."""
    import traceback

    frames = traceback.extract_tb(tb)
    for frame in reversed(frames):
        if _is_user_file(frame.filename, root):
            return os.path.abspath(frame.filename), frame.lineno
    for frame in reversed(frames):
        if os.path.abspath(frame.filename) == script:
            return script, frame.lineno
    return None, None


def _print_traceback(error):
    """The traceback as Python prints it, minus this module's frames, to the log."""
    import traceback

    te = traceback.TracebackException(type(error), error, error.__traceback__)
    te.stack = traceback.StackSummary.from_list([f for f in te.stack if os.path.abspath(f.filename) != RUNNER_FILE])
    try:
        sys.stderr.write("".join(te.format()))
        sys.stderr.flush()
    except Exception:
        pass


def _describe(error):
    text = str(error)
    if isinstance(error, KeyError) and len(error.args) == 1:
        text = repr(error.args[0])
    return text


def _why_not_json(value, path="result", seen=None):
    """Why the handler's return value is not JSON, or None when it is (tuples count as lists)."""
    if value is None or isinstance(value, (str, bool, int)):
        return None
    if isinstance(value, float):
        return None if value == value and value not in (float("inf"), float("-inf")) else "%s is %r, which JSON cannot hold" % (path, value)
    seen = seen if seen is not None else set()
    if isinstance(value, (list, tuple, dict)):
        if id(value) in seen:
            return "%s refers to itself (a cycle)" % path
        seen.add(id(value))
        try:
            if isinstance(value, dict):
                for key, item in value.items():
                    if not isinstance(key, str):
                        return "%s has the key %r, a %s: JSON object keys are strings" % (path, key, type(key).__name__)
                    why = _why_not_json(item, "%s[%r]" % (path, key), seen)
                    if why:
                        return why
            else:
                for i, item in enumerate(value):
                    why = _why_not_json(item, "%s[%d]" % (path, i), seen)
                    if why:
                        return why
            return None
        finally:
            seen.discard(id(value))
    return "%s is a %s, not a JSON value (dict, list, str, int, float, bool or None)" % (path, type(value).__name__)


# ---- the two modes ---------------------------------------------------------------------

def _take_stdin():
    """Moves the reply channel off fd 0 so a script's input() reads EOF, not our replies."""
    fd = os.dup(0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    return os.fdopen(fd, "rb")


def _watch_for_timeout():
    """On SIGUSR1 (sent when timeout_seconds runs out) print where every thread is."""
    try:
        import faulthandler
        import _signal

        faulthandler.register(_signal.SIGUSR1, file=sys.stderr, all_threads=True)
    except (ImportError, AttributeError, ValueError, OSError):
        pass


def _call_handler(handler, trigger, tools, files, subagent):
    args = (trigger, tools, files, subagent)
    code = getattr(handler, "__code__", None)
    if code is not None and not code.co_flags & 0x04:  # no *args: pass what it takes
        wanted = code.co_argcount - (1 if hasattr(handler, "__self__") else 0)
        args = args[:max(wanted, 0)]
    value = handler(*args)
    if hasattr(value, "__await__"):
        import asyncio

        async def wait():
            return await value

        value = asyncio.run(wait())
    return value


def _run(channel, start):
    script = os.path.abspath(start["script_path"])
    root = os.path.join(os.path.abspath(start.get("root") or os.path.dirname(script)), "")

    def fail(kind, error=None, file=None, line=None, message=None):
        sys.stdout.flush()
        channel.send({
            "type": "error",
            "kind": kind,
            "message": message if message is not None else _describe(error),
            "exception": type(error).__name__ if error is not None else None,
            "file": file,
            "line": line,
        })

    # Sibling modules next to the script import as they would under `python script.py`,
    # but after the standard library, so a json.py beside the script never shadows json.
    # The interpreter runs isolated (-I) in an empty directory: nothing else joins the path.
    sys.path[:] = [p for p in sys.path if p not in ("", ".")]
    at = next((i for i, p in enumerate(sys.path) if "site-packages" in p or "dist-packages" in p), len(sys.path))
    sys.path.insert(at, os.path.dirname(script))
    name = os.path.splitext(os.path.basename(script))[0]
    if not name.isidentifier() or name in sys.modules:
        name = "hc_script_" + "".join(c if c.isalnum() else "_" for c in name)
    module = type(sys)(name)
    module.__file__ = script
    sys.modules[name] = module
    try:
        with open(script, "rb") as f:
            code = compile(f.read(), script, "exec", dont_inherit=True)
    except SyntaxError as error:
        return fail("syntax", error, error.filename and os.path.abspath(error.filename), error.lineno, error.msg)
    except OSError as error:
        return fail("load", error, script, None)
    try:
        exec(code, module.__dict__)
    except SyntaxError as error:  # in a module the script imports
        _print_traceback(error)
        return fail("syntax", error, error.filename and os.path.abspath(error.filename), error.lineno, error.msg)
    except BaseException as error:
        _print_traceback(error)
        file, line = _locate(error.__traceback__, root, script)
        return fail("load", error, file, line)

    handler = module.__dict__.get("handler")
    if not callable(handler):
        what = "no function named handler" if handler is None else "handler is a %s, not a function" % type(handler).__name__
        return fail("no_handler", message=what, file=script, line=1)

    tools = Tools(channel, start.get("tools") or [])
    try:
        value = _call_handler(handler, start.get("trigger"), tools, VirtualFiles(channel), Subagent(channel, start.get("subagents") or []))
    except BaseException as error:
        _print_traceback(error)
        file, line = _locate(error.__traceback__, root, script)
        return fail("exception", error, file, line)

    why = _why_not_json(value)
    if why:
        code = getattr(handler, "__code__", None)
        return fail("not_json", message=why, file=script, line=code.co_firstlineno if code else None)
    sys.stdout.flush()
    channel.send({"type": "result", "value": value})


def _validate(channel, script):
    """`mode: validate`: the script and the local modules it imports parse, and it defines a top-level handler; nothing runs."""
    import ast

    try:
        tree = _parse(script)
    except SyntaxError as error:
        return channel.send({"type": "error", "kind": "syntax", "message": error.msg, "exception": "SyntaxError", "file": script, "line": error.lineno})
    except OSError as error:
        return channel.send({"type": "error", "kind": "load", "message": str(error), "exception": type(error).__name__, "file": script, "line": None})
    problem = _check_local_imports(script, tree)
    if problem:
        return channel.send(problem)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "handler":
            return channel.send({"type": "valid"})
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == "handler" for t in targets):
            return channel.send({"type": "valid"})
        if isinstance(node, ast.ImportFrom) and any((a.asname or a.name) == "handler" for a in node.names):
            return channel.send({"type": "valid"})
    channel.send({"type": "error", "kind": "no_handler", "message": "no function named handler", "exception": None, "file": script, "line": 1})


def _parse(path):
    import ast

    with open(path, "rb") as f:
        return ast.parse(f.read(), path)


def _is_stdlib(name):
    """Whether `name` is a standard-library module: the run puts the stdlib before the script's folder, so it wins."""
    if name in sys.builtin_module_names or name == "hybrid_coordinator":
        return True
    names = getattr(sys, "stdlib_module_names", None)
    if names is not None:
        return name in names
    from importlib.machinery import PathFinder  # Python 3.9: look in the stdlib's own folders

    paths = [p for p in sys.path if p and "site-packages" not in p and "dist-packages" not in p]
    return PathFinder.find_spec(name, paths) is not None


def _module_files(base, dotted):
    """The files `import a.b.c` loads under `base` (a/__init__.py, a/b.py...), or None when `a` is not there."""
    files = []
    folder = base
    parts = dotted.split(".")
    for i, part in enumerate(parts):
        package = os.path.join(folder, part)
        if os.path.isfile(os.path.join(package, "__init__.py")):
            files.append(os.path.join(package, "__init__.py"))
            folder = package
        elif os.path.isfile(package + ".py"):
            files.append(package + ".py")
            break
        elif os.path.isdir(package):
            folder = package  # a namespace package
        else:
            return files if i else None
    return files


def _check_local_imports(script, tree):
    """
    Parses (never runs) every module of the script's own folder it imports, transitively: a
    syntax error there is an error at that module's line. Packages and the standard library
    are left alone (they are not the repository's code, and whether a package is installed
    is the run's environment, not the script).
    """
    import ast

    base = os.path.dirname(script)
    seen = {os.path.realpath(script)}
    queue = [(script, tree)]
    while queue:
        path, node_tree = queue.pop(0)
        folder = os.path.dirname(path)
        for node in ast.walk(node_tree):
            wanted = []
            if isinstance(node, ast.Import):
                wanted = [(base, a.name) for a in node.names if not _is_stdlib(a.name.split(".")[0])]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: inside a local package, from that package's folder
                    if path == script:
                        continue
                    start = folder
                    for _ in range(node.level - 1):
                        start = os.path.dirname(start)
                    if node.module:
                        wanted = [(start, node.module)] + [(start, node.module + "." + a.name) for a in node.names]
                    else:
                        wanted = [(start, a.name) for a in node.names]
                elif node.module and not _is_stdlib(node.module.split(".")[0]):
                    wanted = [(base, node.module)] + [(base, node.module + "." + a.name) for a in node.names if a.name != "*"]
            for start, dotted in wanted:
                for file in _module_files(start, dotted) or []:
                    real = os.path.realpath(file)
                    if real in seen:
                        continue
                    seen.add(real)
                    try:
                        queue.append((file, _parse(file)))
                    except SyntaxError as error:
                        return {"type": "error", "kind": "syntax", "message": error.msg, "exception": "SyntaxError", "file": file, "line": error.lineno, "imported_from": [path, node.lineno]}
                    except (OSError, ValueError):
                        continue
    return None


def main(argv):
    os.set_inheritable(REQUEST_FD, False)
    os.set_blocking(REQUEST_FD, True)
    replies = _take_stdin()
    channel = _Channel(REQUEST_FD, replies)
    if argv[0] == "validate":
        return _validate(channel, os.path.abspath(argv[1]))
    _watch_for_timeout()
    line = replies.readline()
    if not line:
        return
    _run(channel, _json.loads(line))
