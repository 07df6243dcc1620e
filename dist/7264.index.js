export const id = 7264;
export const ids = [7264];
export const modules = {

/***/ 30586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ runBridge)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26966);


const EXIT_GRACE_MS = 2000;
/**
 * Runs one script to its end in its own process. Resolves with the handler's JSON result;
 * rejects with a ScriptError for every way it can fail (throw, exit, crash, hang, out of
 * memory): that workflow fails alone.
 */
function runBridge(run) {
    const start = Promise.resolve(run.start);
    start.catch(() => undefined); // reported below, or moot when the run never starts
    return new Promise((resolve, reject) => {
        if (run.signal?.aborted)
            return reject(run.signal.reason instanceof Error ? run.signal.reason : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScriptError */ .mC(`${run.script}: aborted`, { file: run.script }));
        const proc = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnIsolated */ .vq)(run.command, run.args, { secrets: run.secrets, env: run.env });
        const { child } = proc;
        const tail = new _process_js__WEBPACK_IMPORTED_MODULE_1__/* .OutputTail */ .gY();
        const endOutput = (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .forwardOutput */ .hN)(proc, { stdout: run.stdout ?? process.stdout, stderr: run.stderr ?? process.stderr, commands: run.commands === null ? undefined : (run.commands ?? process.stdout) }, tail);
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
            (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .killIsolated */ .wE)(proc);
            void (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .whenClosed */ .N_)(child, 200).then(() => {
                endOutput();
                if (result.ok)
                    resolve(result.value);
                else
                    reject(result.error);
            });
        };
        const onAbort = () => {
            if (settled)
                return;
            aborting = true;
            void run.aborted(proc, tail, run.signal?.reason).then((error) => finish({ ok: false, error }));
        };
        run.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (error) => finish({ ok: false, error: run.startError(error) }));
        child.stdin.on('error', () => { }); // the child may be gone before a reply is written
        const send = (message) => {
            if (!settled && child.stdin.writable)
                child.stdin.write(`${JSON.stringify(message)}\n`);
        };
        const garbage = (line, why) => finish({
            ok: false,
            error: new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ScriptError */ .mC(`${run.script}: the script's process wrote ${why} on the coordinator channel (fd 3, reserved for the bridge): ${JSON.stringify(line.slice(0, 120))}`, {
                file: run.script
            })
        });
        (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .readLines */ .Se)(child.stdio[3], (line) => {
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
                    outcome = { ok: false, error: run.scriptError(message) };
                    break;
                case 'too_old':
                    outcome = { ok: false, error: run.scriptError({ type: 'error', kind: 'too_old', message: String(message.version) }) };
                    break;
                default:
                    return garbage(line, `a message of unknown type ${JSON.stringify(message.type)}`);
            }
            // The answer is in: give the process a moment to exit, then end it either way.
            clearTimeout(graceTimer);
            graceTimer = setTimeout(() => finish(outcome), run.exitGraceMs ?? EXIT_GRACE_MS);
            graceTimer.unref();
        }, (why) => garbage('', why));
        child.on('exit', (code, signal) => {
            // Wait for the last output and messages (descendants may hold the pipes: kill them first).
            (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .killIsolated */ .wE)(proc);
            void (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .whenClosed */ .N_)(child, 500).then(() => {
                if (aborting && !outcome)
                    return; // the abort reports the timeout
                if (outcome)
                    return finish(outcome);
                const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
                finish({ ok: false, error: run.crashed(how, tail, code, signal) });
            });
        });
        start.then((start) => send({ type: 'start', ...start, tools: run.toolbox.tools.map((t) => ({ name: t.name, params: t.params, mutates: t.mutates, description: t.description })) }), (error) => finish({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }));
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
                // None / undefined (null on the wire) means "not given": the tool's default applies.
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
                    return {
                        id,
                        ok: false,
                        kind: 'not_found',
                        message: `no virtual file named "${name}": the files are ${run.files
                            .list()
                            .map((n) => `"${n}"`)
                            .join(', ') || 'none'}`
                    };
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
                    return { id, ok: false, kind: 'subagent_error', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error) };
                }
            }
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolRefusedError */ .Df)
            return { id, ok: false, kind: 'refused', message: error.message, tool: error.tool, guard: error.guard, target: error.target };
        return { id, ok: false, kind: 'tool_error', message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error), tool: error.tool };
    }
    return { id, ok: false, kind: 'tool_error', message: `unknown request type ${request.type}` };
}


/***/ }),

/***/ 67264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MEMORY_MB: () => (/* binding */ DEFAULT_MEMORY_MB),
/* harmony export */   runJavaScriptScript: () => (/* binding */ runJavaScriptScript)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _ts_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86508);
/* harmony import */ var _bridge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30586);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26966);





// ncc copies a file referenced this way into dist/ and rewrites the URL to the copy's path.
const RUNNER = (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .assetPath */ .Q$)(__webpack_require__.ab + "runner.mjs");
/** The script's heap cap unless the run says otherwise: a hog fails its workflow, not the runner. */
const DEFAULT_MEMORY_MB = 1024;
/**
 * Runs a JavaScript or TypeScript coordinator in its own Node process (the same binary as
 * the action), speaking the script protocol: tools run here behind the guards, the script
 * holds no secret, and whatever it does (exit, throw from a timer, loop forever, exhaust its
 * heap) ends as a ScriptError naming its file and line.
 */
async function runJavaScriptScript(run) {
    const rel = (file) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(run.root, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
    // The process starts while TypeScript compiles: Node's start-up is the larger cost.
    let compiled = { entry: run.localPath, sources: new Map(), dispose: async () => { } };
    const compiling = (0,_ts_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .compileScript */ .V0)(run.localPath).then((done) => (compiled = done), (error) => {
        if (error instanceof _ts_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .ScriptLoadError */ .gX)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${rel(error.file)}${error.line ? `:${error.line}` : ''}: ${error.message}`, { file: rel(error.file), line: error.line }, { cause: error });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: cannot be loaded: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: run.script }, { cause: error });
    });
    const memoryMb = run.memoryMb ?? DEFAULT_MEMORY_MB;
    const located = (stack) => {
        const at = (0,_ts_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .locateInStack */ .Go)(stack ?? undefined, compiled.sources, run.root);
        return at && { file: rel(at.file), line: at.line };
    };
    const prefix = (where) => (where.line ? `${where.file}:${where.line}` : where.file);
    try {
        return await (0,_bridge_js__WEBPACK_IMPORTED_MODULE_3__/* .runBridge */ .r)({
            script: run.script,
            command: process.execPath,
            args: [`--max-old-space-size=${memoryMb}`, '--stack-trace-limit=50', RUNNER],
            // The action's NODE_OPTIONS are not the script's (a --require would run before it).
            env: { NODE_OPTIONS: '' },
            secrets: run.secrets,
            start: compiling.then(({ entry }) => ({
                entry,
                script: run.script,
                root: run.root,
                trigger: run.trigger,
                files: run.files.list().map((n) => [n, run.files.read(n)]),
                restrict: run.restrictImports
            })),
            toolbox: run.toolbox,
            files: run.files,
            subagent: run.subagent,
            caller: run.caller,
            signal: run.signal,
            stdout: run.stdout,
            stderr: run.stderr,
            commands: run.commands,
            scriptError(m) {
                switch (m.kind) {
                    case 'load': {
                        const error = Object.assign(new Error(m.message), { name: m.exception ?? 'Error', stack: m.stack ?? undefined });
                        if (m.exception === 'SyntaxError')
                            Object.setPrototypeOf(error, SyntaxError.prototype);
                        const e = (0,_ts_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .toLoadError */ .oI)(error, run.localPath, compiled.sources);
                        const where = { file: rel(e.file), ...(e.line ? { line: e.line } : {}) };
                        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${prefix(where)}: ${e.message}`, where);
                    }
                    case 'no_handler':
                        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: exports no handler: expected \`export default async function (trigger, tools, virtualFiles, subagent)\` or \`export async function handler(...)\``, {
                            file: run.script,
                            line: 1
                        });
                    case 'not_json':
                        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: the handler's return value is not JSON: ${m.message}`, { file: run.script });
                    case 'exit':
                        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: ${m.message}`, { file: run.script });
                    default: {
                        const where = located(m.stack) ?? { file: run.script };
                        const how = m.kind === 'uncaught' ? 'threw outside the handler (a timer or callback)' : m.kind === 'unhandled' ? 'left a promise rejection unhandled' : 'threw';
                        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${prefix(where)}: the script ${how}: ${m.message}`, where);
                    }
                }
            },
            crashed(how, tail) {
                const text = tail.text();
                if (/heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/i.test(text)) {
                    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: the script ran out of memory (its heap is capped at ${memoryMb} MB) and was stopped`, { file: run.script });
                }
                const last = tail.lastLines(3);
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: the script's Node process ${how} before the handler returned${last ? `: ${last}` : ''}`, { file: run.script });
            },
            startError(error) {
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: cannot start Node.js (${process.execPath}) for the script: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { file: run.script }, { cause: error });
            },
            async aborted(proc, _tail, reason) {
                (0,_process_js__WEBPACK_IMPORTED_MODULE_4__/* .signalGroup */ .i8)(proc, 'SIGKILL');
                const why = reason === undefined ? 'aborted' : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(reason);
                return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ScriptError */ .mC(`${run.script}: ${why}; the script's process was killed`, { file: run.script }, { cause: reason });
            }
        });
    }
    finally {
        await compiling.catch(() => undefined);
        await compiled.dispose();
    }
}


/***/ }),

/***/ 26966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ whenClosed),
/* harmony export */   Nq: () => (/* binding */ scriptEnv),
/* harmony export */   Q$: () => (/* binding */ assetPath),
/* harmony export */   Se: () => (/* binding */ readLines),
/* harmony export */   gY: () => (/* binding */ OutputTail),
/* harmony export */   hN: () => (/* binding */ forwardOutput),
/* harmony export */   i8: () => (/* binding */ signalGroup),
/* harmony export */   vq: () => (/* binding */ spawnIsolated),
/* harmony export */   wE: () => (/* binding */ killIsolated)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_5__);






/**
 * The child process a script coordinator runs in (JavaScript and Python alike): its own
 * process group, a fresh temporary working directory, an environment without the action's
 * secrets, and a way to kill it with everything it started.
 */
/** A file shipped beside the code: a URL from source, a plain path once ncc rewrote it in dist/. */
function assetPath(url) {
    const text = String(url);
    return text.startsWith('file:') ? (0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(text) : text;
}
/** Environment variables that carry the runner's own credentials, whatever their value. */
const RUNNER_TOKENS = /^(INPUT_|ACTIONS_)|^(GITHUB_TOKEN|ANTHROPIC_API_KEY|SLACK_TOKEN|SLACK_BOT_TOKEN)$/;
const MARKER_NAME = 'HYBRID_COORDINATOR_SCRIPT_RUN';
/**
 * The script's environment: the step's, minus every action input (`INPUT_*`, tokens among
 * them), the runner's `ACTIONS_*` tokens, and every variable whose value is a secret the
 * action knows (or holds one), whatever its name. Scripts reach services through tools.
 */
function scriptEnv(secrets, base = process.env) {
    const known = secrets.filter((s) => s && s.length >= 4);
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined || RUNNER_TOKENS.test(k))
            continue;
        if (known.some((s) => v.includes(s)))
            continue;
        env[k] = v;
    }
    return env;
}
/** Process groups of live scripts, killed if the action exits while they run. */
const live = new Map();
let exitHookInstalled = false;
/**
 * Starts `command` detached (its own process group, so a timeout kills it and what it
 * started with one signal) in a fresh temporary directory, with fd 3 as the script's
 * request channel and stdin as the action's replies.
 */
function spawnIsolated(command, args, options) {
    const cwd = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'hybrid-coordinator-run-'));
    const marker = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(12).toString('hex');
    const env = { ...scriptEnv(options.secrets), ...options.env, [MARKER_NAME]: marker };
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, { detached: true, cwd, stdio: ['pipe', 'pipe', 'pipe', 'pipe'], env });
    if (child.pid) {
        live.set(child.pid, marker);
        if (!exitHookInstalled) {
            exitHookInstalled = true;
            process.once('exit', () => {
                for (const [pid, mark] of live)
                    killTree(pid, mark);
            });
        }
    }
    child.once('error', () => (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(cwd, { recursive: true, force: true }));
    return { child, cwd, marker };
}
function signalPid(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // already gone
    }
}
function signalGroup(proc, signal) {
    if (proc.child.pid)
        signalPid(-proc.child.pid, signal);
}
/**
 * Kills the script's process group and every descendant, including ones that left the group
 * (`setsid`): found through /proc, by parent (while the tree still hangs together) and by
 * the marker in their environment (after their parent died). Safe to call more than once.
 */
function killIsolated(proc) {
    const pid = proc.child.pid;
    if (pid && live.has(pid)) {
        live.delete(pid);
        killTree(pid, proc.marker);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync)(proc.cwd, { recursive: true, force: true });
}
function killTree(pid, marker) {
    const found = descendants(pid, marker);
    signalPid(-pid, 'SIGKILL');
    signalPid(pid, 'SIGKILL');
    for (const p of found) {
        signalPid(-p, 'SIGKILL');
        signalPid(p, 'SIGKILL');
    }
}
/** Every process below `root` by parent link, plus every one whose environment holds the marker. */
function descendants(root, marker) {
    let pids;
    try {
        pids = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)('/proc')
            .filter((n) => /^\d+$/.test(n))
            .map(Number);
    }
    catch {
        return []; // no /proc (macOS): the process group is all we can reach
    }
    const children = new Map();
    const marked = [];
    const needle = `${MARKER_NAME}=${marker}\0`;
    for (const pid of pids) {
        if (pid === process.pid)
            continue;
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            children.set(ppid, [...(children.get(ppid) ?? []), pid]);
        }
        catch {
            continue;
        }
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/environ`, 'latin1').includes(needle))
                marked.push(pid);
        }
        catch {
            // not ours to read: not ours to kill either
        }
    }
    const out = new Set(marked);
    const queue = [root];
    while (queue.length) {
        for (const c of children.get(queue.shift()) ?? []) {
            if (!out.has(c))
                queue.push(c);
            out.add(c);
        }
    }
    out.delete(root);
    return [...out];
}
/** Resolves once the child's output pipes closed (or after `ms`, destroying them). */
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
/**
 * The script's stdout and stderr, passed to the log inside a `::stop-commands::TOKEN` block
 * with a random token, so nothing the script prints is taken as a workflow command (an
 * annotation, a mask, a stop-commands of its own that would hide ours). Returns the
 * function that ends the block.
 */
function forwardOutput(proc, out, tail) {
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex');
    let opened = false;
    let lastNewline = true;
    const open = () => {
        if (opened || !out.commands)
            return;
        opened = true;
        out.commands.write(`::stop-commands::${token}\n`);
    };
    const pipe = (from, to, keepTail) => {
        from.on('data', (chunk) => {
            open();
            to.write(chunk);
            if (to === out.commands && chunk.length)
                lastNewline = chunk[chunk.length - 1] === 10;
            if (keepTail)
                tail.add(chunk);
        });
        from.on('error', () => { });
    };
    pipe(proc.child.stdout, out.stdout, false);
    pipe(proc.child.stderr, out.stderr, true);
    return () => {
        if (!opened || !out.commands)
            return;
        opened = false;
        out.commands.write(`${lastNewline ? '' : '\n'}::${token}::\n`);
    };
}
/** The protocol's lines are JSON; anything this long without a newline is not. */
const MAX_LINE = 256 * 1024 * 1024;
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
    text() {
        return this.#text;
    }
    lastLines(n) {
        return this.#text
            .trim()
            .split('\n')
            .slice(-n)
            .map((l) => l.trim())
            .filter(Boolean)
            .join(' | ');
    }
}


/***/ }),

/***/ 86508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ locateInStack),
/* harmony export */   V0: () => (/* binding */ compileScript),
/* harmony export */   gX: () => (/* binding */ ScriptLoadError),
/* harmony export */   oI: () => (/* binding */ toLoadError)
/* harmony export */ });
/* unused harmony export loadScript */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_4__);





/** A problem at a place in the user's script, found while compiling or importing it. */
class ScriptLoadError extends Error {
    file;
    line;
    name = 'ScriptLoadError';
    constructor(message, file, line, options) {
        super(message, options);
        this.file = file;
        this.line = line;
    }
}
const TS = ['.ts', '.mts', '.cts'];
/**
 * Compiles a coordinator script for import. JavaScript is used as it is. TypeScript is
 * compiled (Node's own `stripTypeScriptTypes` where it exists, sucrase otherwise: both
 * bundled, so the user's repo installs nothing) into sibling temp `.mjs` files, so the
 * script's relative imports and its own packages still resolve; both keep line numbers, so
 * stack traces point at the user's lines.
 */
async function compileScript(path) {
    const sources = new Map();
    const written = [];
    const dispose = async () => {
        await Promise.all(written.map((f) => node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(f, { force: true })));
    };
    try {
        const entry = TS.includes((0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(path).toLowerCase()) ? await compileGraph((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path), sources, written) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        return { entry, sources, dispose };
    }
    catch (error) {
        await dispose();
        throw toLoadError(error, path, sources);
    }
}
/** Imports a coordinator script into this process (benchmarks; runs use the isolated runtime). */
async function loadScript(path) {
    const compiled = await compileScript(path);
    try {
        const module = (await import(/* webpackIgnore: true */ pathToFileURL(compiled.entry).href));
        return { module, sources: compiled.sources, dispose: compiled.dispose };
    }
    catch (error) {
        await compiled.dispose();
        throw toLoadError(error, path, compiled.sources);
    }
}
const stripTypes = node_module__WEBPACK_IMPORTED_MODULE_4__.stripTypeScriptTypes;
/**
 * TypeScript to JavaScript with the lines kept. Node's own type stripping first (Node 22.13
 * and later: no parser to load); sucrase, loaded only here, for syntax that is not erasable
 * (enums, parameter properties), on Node 20, and when an import is used only as a type
 * (stripping keeps such imports, which would then fail to link).
 */
async function toJavaScript(code, file) {
    if (stripTypes) {
        const js = quietly(() => {
            try {
                return stripTypes(code, { mode: 'strip' });
            }
            catch {
                return undefined;
            }
        });
        if (js !== undefined && !hasTypeOnlyImport(js))
            return js;
    }
    const { transform } = await __webpack_require__.e(/* import() */ 2413).then(__webpack_require__.bind(__webpack_require__, 62413));
    try {
        return transform(code, { transforms: ['typescript'], filePath: file, disableESTransforms: true, preserveDynamicImport: true }).code;
    }
    catch (error) {
        const loc = error.loc;
        throw new ScriptLoadError(`TypeScript does not compile: ${error.message.replace(/^Error transforming .*?: /, '').replace(/\s*\(\d+:\d+\)$/, '')}`, file, loc?.line, { cause: error });
    }
}
/** Runs `work` without Node's "stripTypeScriptTypes is experimental" warning in the action's log. */
function quietly(work) {
    const emit = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        if (String(typeof warning === 'string' ? warning : warning?.message).includes('stripTypeScriptTypes'))
            return;
        emit.call(process, warning, ...rest);
    });
    try {
        return work();
    }
    finally {
        process.emitWarning = emit;
    }
}
/** An `import { A } from ...` binding the stripped code never uses: it named a type. */
function hasTypeOnlyImport(js) {
    for (const m of js.matchAll(/^\s*import\s+([\w$]+\s*,?\s*)?(\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*['"][^'"]+['"]/gm)) {
        const names = [];
        if (m[1])
            names.push(m[1].replace(/[,\s]/g, ''));
        if (m[2]?.startsWith('{')) {
            for (const part of m[2].slice(1, -1).split(',')) {
                const name = part
                    .trim()
                    .split(/\s+as\s+/)
                    .pop()
                    ?.trim();
                if (name && !name.startsWith('type '))
                    names.push(name);
            }
        }
        else if (m[2])
            names.push(m[2].replace(/^\*\s*as\s+/, '').trim());
        const rest = js.slice(0, m.index) + js.slice(m.index + m[0].length);
        if (names.some((n) => n && !new RegExp(`(^|[^\\w$.])${n.replace(/\$/g, '\\$')}(?![\\w$])`).test(rest)))
            return true;
    }
    return false;
}
async function compileGraph(file, sources, written, compiled = new Map()) {
    const done = compiled.get(file);
    if (done)
        return done;
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)}.hc-${process.pid}.mjs`);
    compiled.set(file, out);
    sources.set(out, file);
    const code = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8');
    const js = await toJavaScript(code, file);
    const rewritten = await replaceAsync(js, RELATIVE_SPECIFIER, async (match, pre, spec, post) => {
        const target = resolveTsImport((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), spec);
        if (!target)
            return match;
        const compiledTarget = await compileGraph(target, sources, written, compiled);
        let rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(out), compiledTarget).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        if (!rel.startsWith('./') && !rel.startsWith('../'))
            rel = `./${rel}`;
        return `${pre}${rel}${post}`;
    });
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(out, rewritten);
    written.push(out);
    return out;
}
/** `from './x.ts'`, `import './x'`, `import('./x.js')`: relative specifiers only. */
const RELATIVE_SPECIFIER = /(\bfrom\s*['"]|\bimport\s*\(?\s*['"])(\.{1,2}\/[^'"]+)(['"])/g;
/** The TypeScript file a relative import means, if it means one. */
function resolveTsImport(dir, spec) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, spec);
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(base);
    if (TS.includes(ext))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(base) ? base : undefined;
    // TypeScript convention: `./util.js` in source means `./util.ts` when that exists.
    if (ext === '.js' || ext === '.mjs') {
        const stem = base.slice(0, -ext.length);
        const ts = ext === '.js' ? `${stem}.ts` : `${stem}.mts`;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(ts) ? ts : undefined;
    }
    if (!ext) {
        for (const candidate of [`${base}.ts`, `${base}.mts`, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'index.ts')])
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(candidate))
                return candidate;
    }
    return undefined;
}
async function replaceAsync(text, re, fn) {
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
        parts.push(Promise.resolve(text.slice(last, m.index)));
        parts.push(fn(...m));
        last = m.index + m[0].length;
    }
    parts.push(Promise.resolve(text.slice(last)));
    return (await Promise.all(parts)).join('');
}
function toLoadError(error, path, sources) {
    if (error instanceof ScriptLoadError)
        return error;
    const err = error;
    // Node prints an ESM syntax error's place as the first line of its stack: `file:///x.mjs:3`.
    const where = /^(file:\/\/\/?[^\s]+?|\/[^\s:]+):(\d+)/m.exec(err.stack ?? '');
    let file = path;
    let line;
    if (where) {
        const raw = where[1].startsWith('file:') ? decodeURIComponent(new URL(where[1]).pathname) : where[1];
        file = sources.get(raw) ?? raw;
        line = Number(where[2]);
    }
    else if (err instanceof SyntaxError) {
        // Node's import() SyntaxError carries no place; `node --check` on each file finds it.
        const found = findSyntaxError([...sources.keys(), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)]);
        if (found) {
            file = sources.get(found.file) ?? found.file;
            line = found.line;
        }
    }
    else {
        const frame = locateInStack(err.stack, sources, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)));
        if (frame)
            ({ file, line } = frame);
    }
    const kind = err instanceof SyntaxError ? 'syntax error' : 'cannot be loaded';
    return new ScriptLoadError(`${kind}: ${err.message}`, file, line, { cause: error });
}
function findSyntaxError(files) {
    for (const file of files) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            continue;
        const check = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 });
        if (check.status === 0)
            continue;
        const at = new RegExp(`^${escapeRegExp(file)}:(\\d+)`, 'm').exec(check.stderr);
        if (at)
            return { file, line: Number(at[1]) };
    }
    return undefined;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Where the bundled action itself lives: its frames are never the user's. */
const ACTION_DIR = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(new URL(import.meta.url).pathname);
/**
 * The first stack frame in the user's own code (under `root`, not in node_modules, not the
 * action): compiled temp files map back to their TypeScript source, whose line sucrase kept.
 */
function locateInStack(stack, sources, root) {
    if (!stack)
        return undefined;
    for (const m of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+):(\d+):\d+/g)) {
        const file = decodeURIComponent(m[1]);
        const source = sources.get(file) ?? file;
        if (source.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep) && !source.includes(`${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}node_modules${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !source.startsWith(ACTION_DIR + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
            return { file: source, line: Number(m[2]) };
        }
    }
    return undefined;
}


/***/ })

};
