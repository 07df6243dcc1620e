export const id = 325;
export const ids = [325];
export const modules = {

/***/ 94325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pythonCoordinator: () => (/* binding */ pythonCoordinator),
/* harmony export */   runPythonScript: () => (/* binding */ runPythonScript),
/* harmony export */   validatePythonScript: () => (/* binding */ validatePythonScript)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




/**
 * The Python bridge (SPEC section 5): a `.py` coordinator runs under the `python` input's
 * interpreter with `hc_runner.py` (shipped beside the bundle), talking JSON lines: requests
 * on the child's fd 3, replies on its stdin. The script's stdout and stderr go to the log.
 * The protocol is described at the top of hc_runner.py.
 */
// ncc copies a file referenced this way into dist/ and rewrites the URL to the copy.
const RUNNER = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(new URL(/* asset import */ __webpack_require__(91342), __webpack_require__.b));
/**
 * Checks the version in syntax any Python parses (a 2.7 would choke on the runner's own
 * syntax first), then loads the runner by path (ncc renames it in dist/) as the module
 * `hybrid_coordinator`, which scripts may import for ToolError and friends.
 */
const BOOTSTRAP = [
    'import os, sys',
    'v = sys.version_info',
    'if v < (3, 9):',
    '    os.write(3, (\'{"type": "too_old", "version": "%d.%d.%d"}\\n\' % tuple(v[:3])).encode("ascii"))',
    '    sys.exit(3)',
    'm = type(sys)("hybrid_coordinator")',
    'm.__file__ = sys.argv[1]',
    'sys.modules[m.__name__] = m',
    'exec(compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec"), m.__dict__)',
    'm.main(sys.argv[2:])'
].join('\n');
/** Unbuffered output (-u) so print() reaches the log as it happens; no .pyc written into the checkout (-B). */
const PYTHON_FLAGS = ['-u', '-B'];
/** How long a script that has returned may take to exit before its process group is killed. */
const EXIT_GRACE_MS = 2000;
/** After SIGUSR1 asks for the hung script's stack, the most to wait for it before SIGKILL. */
const STACK_DUMP_MS = 1000;
/** The protocol's lines are JSON; anything this long without a newline is not. */
const MAX_LINE = 256 * 1024 * 1024;
/** `coordinator: script` with a .py file. */
const pythonCoordinator = async (run) => {
    const script = run.workflow.script;
    const localPath = await run.source.localPath(script);
    const result = await runPythonScript({
        python: run.env.python,
        script,
        localPath,
        root: rootOf(localPath, script, run.root),
        trigger: run.trigger,
        toolbox: run.toolbox,
        files: run.files,
        subagent: run.subagent,
        subagents: Object.keys(run.workflow.subagents ?? {}),
        signal: run.signal
    });
    return { result };
};
/** The folder a repository-relative path was resolved under (a temp copy for API sources). */
function rootOf(localPath, script, fallback) {
    const tail = script.split('/').join(node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
    return localPath.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep + tail) ? localPath.slice(0, -tail.length) : fallback;
}
/**
 * Runs one Python coordinator script to its end. Resolves with the handler's JSON result;
 * rejects with a ScriptError naming the script's file and line for every way it can fail.
 */
function runPythonScript(run) {
    const stdout = run.stdout ?? process.stdout;
    const stderr = run.stderr ?? process.stderr;
    const rel = (file) => (file ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(run.root, file).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') : run.script);
    const at = (file, line) => ({ file: rel(file), ...(line ? { line } : {}) });
    return new Promise((resolve, reject) => {
        if (run.signal?.aborted)
            return reject(timeoutError(run, run.signal.reason));
        const child = spawnPython(run.python, ['run']);
        const tail = new OutputTail();
        let outcome;
        let settled = false;
        let aborting = false;
        let graceTimer;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(graceTimer);
            run.signal?.removeEventListener('abort', onAbort);
            killGroup(child);
            if (result.ok)
                resolve(result.value);
            else
                reject(result.error);
        };
        const onAbort = () => {
            if (settled)
                return;
            aborting = true;
            // Ask for the stack (faulthandler prints it to stderr), then kill the whole group.
            const mark = tail.mark();
            const deadline = Date.now() + STACK_DUMP_MS;
            signalGroup(child, 'SIGUSR1');
            const report = () => {
                const dump = tail.since(mark);
                // The main thread's stack ends in the bootstrap's frame, `File "<string>"`.
                if (!dump.includes('File "<string>"') && child.exitCode === null && child.signalCode === null && Date.now() < deadline) {
                    setTimeout(report, 10).unref();
                    return;
                }
                const where = hungAt(dump, run.root);
                if (where)
                    stderr.write(`hybrid-coordinator: ${run.script} timed out at ${rel(where.file)}:${where.line}\n`);
                finish({ ok: false, error: timeoutError(run, run.signal?.reason, where && at(where.file, where.line)) });
            };
            setTimeout(report, 10).unref();
        };
        run.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (error) => finish({ ok: false, error: startError(run.python, run.script, error) }));
        forward(child.stdout, stdout);
        forward(child.stderr, stderr, tail);
        child.stdin.on('error', () => { }); // the child may be gone before a reply is written
        const send = (message) => {
            if (!settled && child.stdin.writable)
                child.stdin.write(`${JSON.stringify(message)}\n`);
        };
        const garbage = (line, why) => finish({
            ok: false,
            error: new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${run.script}: the Python process wrote ${why} on the coordinator channel (fd 3, reserved for the bridge): ${JSON.stringify(line.slice(0, 120))}`, { file: run.script })
        });
        readLines(child.stdio[3], (line) => {
            if (settled)
                return;
            let message;
            try {
                message = JSON.parse(line);
            }
            catch {
                return garbage(line, 'something that is not JSON');
            }
            if (!message || typeof message !== 'object' || Array.isArray(message))
                return garbage(line, 'a value that is not a protocol message');
            switch (message.type) {
                case 'tool':
                case 'files':
                case 'subagent':
                    if (typeof message.id !== 'number')
                        return garbage(line, 'a request without an id');
                    // Replies go through the run's redactor: a script never receives a secret.
                    void answer(run, message).then((reply) => send(run.toolbox.redact(reply)));
                    return;
                case 'result':
                    outcome = { ok: true, value: message.value ?? null };
                    break;
                case 'error':
                    outcome = { ok: false, error: scriptError(run, message, at) };
                    break;
                case 'too_old':
                    outcome = { ok: false, error: tooOldError(run.python, run.script, String(message.version)) };
                    break;
                default:
                    return garbage(line, `a message of unknown type ${JSON.stringify(message.type)}`);
            }
            // The answer is in: give the process a moment to exit, then end it either way.
            clearTimeout(graceTimer);
            graceTimer = setTimeout(() => finish(outcome), EXIT_GRACE_MS);
            graceTimer.unref();
        }, (why) => garbage('', why));
        child.on('exit', (code, signal) => {
            // Wait for the last output and messages (grandchildren may hold the pipes: kill them first).
            killGroup(child);
            void whenClosed(child, 500).then(() => {
                if (aborting && !outcome)
                    return; // the abort reports the timeout
                if (outcome)
                    return finish(outcome);
                const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
                const last = tail.lastLines(3);
                finish({
                    ok: false,
                    error: new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${run.script}: the Python process ${how} before the handler returned${last ? `: ${last}` : ''}`, { file: run.script })
                });
            });
        });
        send({
            type: 'start',
            script_path: run.localPath,
            root: run.root,
            trigger: run.trigger,
            tools: run.toolbox.tools.map((t) => ({ name: t.name, params: t.params, mutates: t.mutates, description: t.description })),
            subagents: run.subagents ?? []
        });
    });
}
/** Answers one request from the script; never throws (errors become error replies). */
async function answer(run, request) {
    const id = request.id;
    try {
        switch (request.type) {
            case 'tool': {
                if (typeof request.name !== 'string')
                    throw new Error('tool request without a name');
                // None (null) means "not given" in Python: the tool's default applies.
                const args = (request.args ?? []).map((a) => (a === null ? undefined : a));
                while (args.length && args[args.length - 1] === undefined)
                    args.pop();
                const value = await run.toolbox.callWithArgs(request.name, args, run.caller ?? 'script', request.kwargs ?? {});
                return { id, ok: true, value: value ?? null };
            }
            case 'files': {
                const [name] = request.args ?? [];
                if (request.op === 'list')
                    return { id, ok: true, value: run.files.list() };
                if (typeof name !== 'string')
                    return { id, ok: false, kind: 'tool_error', message: 'virtual_files.read(name): name must be a string' };
                if (!run.files.has(name))
                    return { id, ok: false, kind: 'not_found', message: `no virtual file named "${name}": the files are ${run.files.list().map((n) => `"${n}"`).join(', ') || 'none'}` };
                return { id, ok: true, value: run.files.read(name) };
            }
            case 'subagent': {
                const method = request.method;
                if (!['run', 'json', 'summarize', 'call'].includes(method))
                    throw new Error(`subagent has no method ${method}`);
                const fn = run.subagent[method];
                try {
                    return { id, ok: true, value: (await fn.apply(run.subagent, request.args ?? [])) ?? null };
                }
                catch (error) {
                    return { id, ok: false, kind: 'subagent_error', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error) };
                }
            }
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolRefusedError */ .Df)
            return { id, ok: false, kind: 'refused', message: error.message, tool: error.tool, guard: error.guard, target: error.target };
        return { id, ok: false, kind: 'tool_error', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error), tool: error.tool };
    }
    return { id, ok: false, kind: 'tool_error', message: `unknown request type ${request.type}` };
}
function scriptError(run, m, at) {
    const where = at(m.file, m.line);
    const prefix = where.line ? `${where.file}:${where.line}` : where.file;
    switch (m.kind) {
        case 'syntax':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${prefix}: the script does not parse: SyntaxError: ${m.message}`, where);
        case 'no_handler':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${run.script}: defines no handler (${m.message}): expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``, { file: run.script, line: 1 });
        case 'not_json':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${run.script}: the handler's return value is not JSON: ${m.message}`, where);
        case 'load':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${prefix}: the script raised ${m.exception ?? 'an error'} while loading: ${m.message}`, where);
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${prefix}: the script raised ${m.exception ?? 'an error'}${m.message ? `: ${m.message}` : ''}`, where);
    }
}
function timeoutError(run, reason, where) {
    const why = reason === undefined ? 'aborted' : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(reason);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${where?.line ? `${where.file}:${where.line}` : run.script}: ${why}; the Python process group was killed`, where ?? { file: run.script }, { cause: reason });
}
function startError(python, script, error) {
    const why = error.code === 'ENOENT' ? 'not found' : error.code === 'EACCES' ? 'not executable' : (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${script}: cannot start the Python interpreter "${python}" (the python input): ${why}${error.code ? ` (${error.code})` : ''}. Install Python 3.9 or newer (actions/setup-python) or set the python input to its path`, { file: script }, { cause: error });
}
function tooOldError(python, script, version) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC(`${script}: the python input "${python}" is Python ${version}; .py coordinator scripts need Python 3.9 or newer: set the python input to a newer interpreter`, { file: script });
}
/** Where faulthandler's dump (most recent call first) says the script was. */
function hungAt(stderrTail, root) {
    const base = root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
    for (const m of stderrTail.matchAll(/File "([^"]+)", line (\d+)/g)) {
        if (m[1] !== RUNNER && m[1].startsWith(base) && !/[/\\](site|dist)-packages[/\\]/.test(m[1]))
            return { file: m[1], line: Number(m[2]) };
    }
    return undefined;
}
// ---- the child process -----------------------------------------------------------------
/** Process groups of live bridges, killed if the action exits while they run. */
const live = new Set();
let exitHookInstalled = false;
/** Action inputs (tokens among them) stay in the action: the script reaches services through tools. */
function childEnv() {
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
        if (k.startsWith('INPUT_') || k === 'ACTIONS_RUNTIME_TOKEN' || k === 'ACTIONS_ID_TOKEN_REQUEST_TOKEN')
            continue;
        env[k] = v;
    }
    env.PYTHONIOENCODING = 'utf-8';
    return env;
}
function spawnPython(python, args) {
    // detached: the child leads its own process group, so a timeout can kill it and every
    // process it started with one signal.
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(python, [...PYTHON_FLAGS, '-c', BOOTSTRAP, RUNNER, ...args], { detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], env: childEnv() });
    if (child.pid) {
        live.add(child.pid);
        if (!exitHookInstalled) {
            exitHookInstalled = true;
            process.once('exit', () => {
                for (const pid of live)
                    signalPid(-pid, 'SIGKILL');
            });
        }
    }
    return child;
}
function signalPid(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // already gone
    }
}
function signalGroup(child, signal) {
    if (child.pid)
        signalPid(-child.pid, signal);
}
/** Kills the child's whole process group (grandchildren too); safe to call more than once. */
function killGroup(child) {
    if (!child.pid || !live.has(child.pid))
        return;
    signalGroup(child, 'SIGKILL');
    live.delete(child.pid);
}
function whenClosed(child, ms) {
    return new Promise((resolve) => {
        const streams = [child.stdout, child.stderr, child.stdio[3]].filter(Boolean);
        let open = streams.filter((s) => !s.readableEnded && !s.destroyed).length;
        if (!open)
            return resolve();
        const timer = setTimeout(() => {
            for (const s of streams)
                s.destroy();
            resolve();
        }, ms);
        for (const s of streams) {
            if (s.readableEnded || s.destroyed)
                continue;
            s.once('close', () => {
                if (--open === 0) {
                    clearTimeout(timer);
                    resolve();
                }
            });
        }
    });
}
function forward(from, to, tail) {
    from.on('data', (chunk) => {
        to.write(chunk);
        tail?.add(chunk);
    });
    from.on('error', () => { });
}
/** JSON lines from the channel, as fast as they come. */
function readLines(stream, onLine, onOverflow) {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
        buffered += chunk;
        let nl = buffered.indexOf('\n');
        while (nl >= 0) {
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            if (line.trim())
                onLine(line);
            nl = buffered.indexOf('\n');
        }
        if (buffered.length > MAX_LINE) {
            buffered = '';
            onOverflow(`more than ${MAX_LINE} bytes without a newline`);
        }
    });
    stream.on('end', () => {
        if (buffered.trim())
            onLine(buffered);
        buffered = '';
    });
    stream.on('error', () => { });
}
/** The last few KB of the script's stderr, for crash messages and the timeout's stack dump. */
class OutputTail {
    #text = '';
    #total = 0;
    add(chunk) {
        const text = chunk.toString('utf8');
        this.#total += text.length;
        this.#text = (this.#text + text).slice(-16384);
    }
    /** A position in the output, for `since`. */
    mark() {
        return this.#total;
    }
    since(mark) {
        return this.#text.slice(Math.max(0, this.#text.length - (this.#total - mark)));
    }
    lastLines(n) {
        return this.#text.trim().split('\n').slice(-n).map((l) => l.trim()).filter(Boolean).join(' | ');
    }
}
// ---- mode: validate --------------------------------------------------------------------
/**
 * `mode: validate`: the interpreter starts and is 3.9 or newer, the script parses
 * (`ast.parse`, nothing runs) and defines a top-level `handler`.
 */
async function validatePythonScript(path, script, python) {
    const problem = await new Promise((resolve) => {
        const child = spawnPython(python, ['validate', path]);
        const tail = new OutputTail();
        let answer;
        const timer = setTimeout(() => {
            killGroup(child);
            resolve({ kind: 'timeout', message: 'checking the script took more than 30 s' });
        }, 30_000);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolve(startError(python, script, error));
        });
        child.stdout.resume();
        forward(child.stderr, { write: () => true }, tail);
        child.stdin.on('error', () => { });
        child.stdin.end();
        readLines(child.stdio[3], (line) => {
            try {
                answer ??= JSON.parse(line);
            }
            catch {
                // reported below as an unexpected end
            }
        }, () => { });
        child.on('exit', (code) => {
            killGroup(child);
            void whenClosed(child, 500).then(() => {
                clearTimeout(timer);
                if (answer?.type === 'valid')
                    return resolve(undefined);
                if (answer?.type === 'too_old')
                    return resolve(tooOldError(python, script, String(answer.version)));
                if (answer?.type === 'error')
                    return resolve({ kind: answer.kind ?? 'error', message: answer.message ?? '', line: answer.line ?? undefined });
                resolve({ kind: 'crash', message: `the Python process exited with code ${code} while checking it${tail.lastLines(3) ? `: ${tail.lastLines(3)}` : ''}` });
            });
        });
    });
    if (!problem)
        return undefined;
    if (problem instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ScriptError */ .mC)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(problem.message, { file: script }, 'coordinator_script', { cause: problem });
    const line = problem.line ?? undefined;
    const message = problem.kind === 'syntax'
        ? `${script}${line ? `:${line}` : ''}: the script does not parse: SyntaxError: ${problem.message}`
        : problem.kind === 'no_handler'
            ? `${script}: defines no handler: expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``
            : `${script}: ${problem.message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(message, { file: script, ...(line ? { line } : {}) }, 'coordinator_script');
}


/***/ }),

/***/ 91342:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "9693b4aea882f34aa726.py";

/***/ })

};
