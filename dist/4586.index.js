export const id = 4586;
export const ids = [4586,4332];
export const modules = {

/***/ 84586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pythonRuntime: () => (/* binding */ pythonRuntime),
  runPythonScript: () => (/* reexport */ runPythonScript),
  validatePythonScript: () => (/* reexport */ validatePythonScript)
});

// EXTERNAL MODULE: ./src/coordinators/script/index.ts + 1 modules
var coordinators_script = __webpack_require__(94332);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/coordinators/script/bridge.ts
var bridge = __webpack_require__(30586);
// EXTERNAL MODULE: ./src/coordinators/script/process.ts
var script_process = __webpack_require__(26966);
;// CONCATENATED MODULE: ./src/coordinators/python/run.ts




/**
 * The Python bridge (SPEC section 5): a `.py` coordinator runs under the `python` input's
 * interpreter with `hc_runner.py` (shipped beside the bundle), speaking the script protocol
 * (script/bridge.ts). The script's stdout and stderr go to the log.
 */
// ncc copies a file referenced this way into dist/ and rewrites the URL to the copy's path.
const RUNNER = (0,script_process/* assetPath */.Q$)(__webpack_require__.ab + "hc_runner.py");
/**
 * Checks the version in syntax any Python parses (a 2.7 would choke on the runner's own
 * syntax first), then loads the runner by path (ncc renames it in dist/) as the module
 * `hybrid_coordinator`, which scripts may import for ToolError and friends. `os` and `sys`
 * are loaded before any path is searched, so nothing can shadow them.
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
/**
 * Isolated mode (-I: no current directory or script folder on the path, no user site, no
 * PYTHON* variables), so no file of the checkout shadows the standard library; unbuffered
 * output (-u) so print() reaches the log as it happens; no .pyc written (-B). The process
 * starts in an empty temporary directory; only the script's own folder joins the path.
 */
const PYTHON_FLAGS = ['-I', '-B', '-u'];
/** After SIGUSR1 asks for the hung script's stack, the most to wait for it before SIGKILL. */
const STACK_DUMP_MS = 1000;
/** The command line that starts the bridge: `python -I -B -u -c BOOTSTRAP hc_runner.py ARGS`. */
function pythonArgs(args) {
    return [...PYTHON_FLAGS, '-c', BOOTSTRAP, RUNNER, ...args];
}
/**
 * Runs one Python coordinator script to its end. Resolves with the handler's JSON result;
 * rejects with a ScriptError naming the script's file and line for every way it can fail.
 */
function runPythonScript(run) {
    const stderr = run.stderr ?? process.stderr;
    const rel = (file) => (file ? (0,external_node_path_.relative)(run.root, file).split(external_node_path_.sep).join('/') : run.script);
    const at = (file, line) => ({ file: rel(file), ...(line ? { line } : {}) });
    return (0,bridge/* runBridge */.r)({
        script: run.script,
        command: run.python,
        args: pythonArgs(['run']),
        env: { PYTHONIOENCODING: 'utf-8' },
        secrets: run.secrets ?? [],
        start: { script_path: run.localPath, root: run.root, trigger: run.trigger, subagents: run.subagents ?? [] },
        toolbox: run.toolbox,
        files: run.files,
        subagent: run.subagent,
        caller: run.caller,
        signal: run.signal,
        stdout: run.stdout,
        stderr: run.stderr,
        commands: run.commands,
        scriptError: (m) => (m.kind === 'too_old' ? tooOldError(run.python, run.script, m.message) : scriptError(run, m, at)),
        crashed(how, tail) {
            if (knowsNoIsolatedMode(tail.text()))
                return tooOldError(run.python, run.script, OLDER);
            const last = tail.lastLines(3);
            return new errors/* ScriptError */.mC(`${run.script}: the Python process ${how} before the handler returned${last ? `: ${last}` : ''}`, { file: run.script });
        },
        startError: (error) => startError(run.python, run.script, error),
        aborted(proc, tail, reason) {
            // Ask for the stack (faulthandler prints it to stderr), then the bridge kills the whole tree.
            return new Promise((resolve) => {
                const mark = tail.mark();
                const deadline = Date.now() + STACK_DUMP_MS;
                (0,script_process/* signalGroup */.i8)(proc, 'SIGUSR1');
                const report = () => {
                    const dump = tail.since(mark);
                    // The main thread's stack ends in the bootstrap's frame, `File "<string>"`.
                    if (!dump.includes('File "<string>"') && proc.child.exitCode === null && proc.child.signalCode === null && Date.now() < deadline) {
                        setTimeout(report, 10).unref();
                        return;
                    }
                    const where = hungAt(dump, run.root);
                    if (where)
                        stderr.write(`hybrid-coordinator: ${run.script} timed out at ${rel(where.file)}:${where.line}\n`);
                    resolve(timeoutError(run, reason, where && at(where.file, where.line)));
                };
                setTimeout(report, 10).unref();
            });
        }
    });
}
function scriptError(run, m, at) {
    const where = at(m.file, m.line);
    const prefix = where.line ? `${where.file}:${where.line}` : where.file;
    switch (m.kind) {
        case 'syntax':
            return new errors/* ScriptError */.mC(`${prefix}: the script does not parse: SyntaxError: ${m.message}`, where);
        case 'no_handler':
            return new errors/* ScriptError */.mC(`${run.script}: defines no handler (${m.message}): expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``, { file: run.script, line: 1 });
        case 'not_json':
            return new errors/* ScriptError */.mC(`${run.script}: the handler's return value is not JSON: ${m.message}`, where);
        case 'load':
            return new errors/* ScriptError */.mC(`${prefix}: the script raised ${m.exception ?? 'an error'} while loading: ${m.message}`, where);
        default:
            return new errors/* ScriptError */.mC(`${prefix}: the script raised ${m.exception ?? 'an error'}${m.message ? `: ${m.message}` : ''}`, where);
    }
}
function timeoutError(run, reason, where) {
    const why = reason === undefined ? 'aborted' : (0,errors/* errorMessage */.gJ)(reason);
    return new errors/* ScriptError */.mC(`${where?.line ? `${where.file}:${where.line}` : run.script}: ${why}; the Python process group was killed`, where ?? { file: run.script }, { cause: reason });
}
function startError(python, script, error) {
    const why = error.code === 'ENOENT' ? 'not found' : error.code === 'EACCES' ? 'not executable' : (0,errors/* errorMessage */.gJ)(error);
    return new errors/* ScriptError */.mC(`${script}: cannot start the Python interpreter "${python}" (the python input): ${why}${error.code ? ` (${error.code})` : ''}. Install Python 3.9 or newer (actions/setup-python) or set the python input to its path`, { file: script }, { cause: error });
}
/** Python 2 stops at -I before the bootstrap can say its version. */
const OLDER = 'older than 3.4 (it does not know the -I option)';
function knowsNoIsolatedMode(stderr) {
    return /Unknown option: -I|unknown option -I/.test(stderr);
}
function tooOldError(python, script, version) {
    return new errors/* ScriptError */.mC(`${script}: the python input "${python}" is Python ${version}; .py coordinator scripts need Python 3.9 or newer: set the python input to a newer interpreter`, {
        file: script
    });
}
/** Where faulthandler's dump (most recent call first) says the script was. */
function hungAt(stderrTail, root) {
    const base = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    for (const m of stderrTail.matchAll(/File "([^"]+)", line (\d+)/g)) {
        if (m[1] !== RUNNER && m[1].startsWith(base) && !/[/\\](site|dist)-packages[/\\]/.test(m[1]))
            return { file: m[1], line: Number(m[2]) };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/coordinators/python/validate.ts



/**
 * `mode: validate`: the interpreter starts and is 3.9 or newer, the script parses
 * (`ast.parse` in an isolated interpreter in an empty directory: nothing of the script or
 * the checkout runs) and defines a top-level `handler`.
 */
async function validatePythonScript(path, script, python, secrets = []) {
    const problem = await new Promise((resolve) => {
        const proc = (0,script_process/* spawnIsolated */.vq)(python, pythonArgs(['validate', path]), { secrets, env: { PYTHONIOENCODING: 'utf-8' } });
        const { child } = proc;
        const tail = new script_process/* OutputTail */.gY();
        let answer;
        const timer = setTimeout(() => {
            (0,script_process/* killIsolated */.wE)(proc);
            resolve({ kind: 'timeout', message: 'checking the script took more than 30 s' });
        }, 30_000);
        child.on('error', (error) => {
            clearTimeout(timer);
            (0,script_process/* killIsolated */.wE)(proc);
            resolve(startError(python, script, error));
        });
        child.stdout.resume();
        child.stderr.on('data', (chunk) => tail.add(chunk));
        child.stdin.on('error', () => { });
        child.stdin.end();
        (0,script_process/* readLines */.Se)(child.stdio[3], (line) => {
            try {
                answer ??= JSON.parse(line);
            }
            catch {
                // reported below as an unexpected end
            }
        }, () => { });
        child.on('exit', (code) => {
            (0,script_process/* killIsolated */.wE)(proc);
            void (0,script_process/* whenClosed */.N_)(child, 500).then(() => {
                clearTimeout(timer);
                if (answer?.type === 'valid')
                    return resolve(undefined);
                if (answer?.type === 'too_old')
                    return resolve(tooOldError(python, script, String(answer.version)));
                if (!answer && knowsNoIsolatedMode(tail.text()))
                    return resolve(tooOldError(python, script, OLDER));
                if (answer?.type === 'error')
                    return resolve({ kind: answer.kind ?? 'error', message: answer.message ?? '', line: answer.line ?? undefined });
                resolve({ kind: 'crash', message: `the Python process exited with code ${code} while checking it${tail.lastLines(3) ? `: ${tail.lastLines(3)}` : ''}` });
            });
        });
    });
    if (!problem)
        return undefined;
    if (problem instanceof errors/* ScriptError */.mC)
        return new errors/* ConfigError */.xL(problem.message, { file: script }, 'coordinator_script', { cause: problem });
    const line = problem.line ?? undefined;
    const message = problem.kind === 'syntax'
        ? `${script}${line ? `:${line}` : ''}: the script does not parse: SyntaxError: ${problem.message}`
        : problem.kind === 'no_handler'
            ? `${script}: defines no handler: expected a top-level \`def handler(trigger, tools, virtual_files, subagent)\``
            : `${script}: ${problem.message}`;
    return new errors/* ConfigError */.xL(message, { file: script, ...(line ? { line } : {}) }, 'coordinator_script');
}

;// CONCATENATED MODULE: ./src/coordinators/python/index.ts





/** `coordinator: script` with a .py file. */
const pythonRuntime = {
    async run(run, services) {
        const script = run.workflow.script;
        const localPath = await services.source.localPath(script);
        const result = await runPythonScript({
            python: services.python,
            script,
            localPath,
            root: (0,coordinators_script.rootOf)(localPath, script, services.source.localRoot),
            trigger: run.trigger,
            toolbox: run.toolbox,
            files: run.files,
            subagent: run.subagent,
            subagents: Object.keys(run.workflow.subagents ?? {}),
            secrets: services.secrets,
            signal: run.signal
        });
        return { result };
    },
    async validate(script, key, services) {
        const problem = await validatePythonScript(await services.source.localPath(script), script, services.python, services.secrets);
        return problem && key !== 'coordinator_script' ? Object.assign(problem, { key }) : problem;
    }
};


/***/ }),

/***/ 94332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  javascriptRuntime: () => (/* binding */ javascriptRuntime),
  rootOf: () => (/* binding */ rootOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/coordinators/script/javascript.ts
var javascript = __webpack_require__(67264);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/coordinators/script/ts-loader.ts
var ts_loader = __webpack_require__(86508);
// EXTERNAL MODULE: ./src/coordinators/script/process.ts
var script_process = __webpack_require__(26966);
;// CONCATENATED MODULE: ./src/coordinators/script/validate.ts






/**
 * `mode: validate` for a JavaScript or TypeScript script, without running any of its code:
 * TypeScript compiles, every file parses (`node --check`, which never evaluates), and the
 * module exports a handler, found in its text: `export default`, `export function handler`,
 * `export { x as default }`, `module.exports =`, `exports.handler =`.
 */
async function validateJavaScriptScript(localPath, script, key, root, secrets) {
    const rel = (file) => (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/');
    let compiled;
    try {
        compiled = await (0,ts_loader/* compileScript */.V0)(localPath);
    }
    catch (error) {
        if (error instanceof ts_loader/* ScriptLoadError */.gX)
            return new errors/* ConfigError */.xL(`${rel(error.file)}${error.line ? `:${error.line}` : ''}: ${error.message}`, { file: rel(error.file), line: error.line }, key);
        return new errors/* ConfigError */.xL(`${script}: ${(0,errors/* errorMessage */.gJ)(error)}`, { file: script }, key);
    }
    try {
        const files = compiled.sources.size ? [...compiled.sources.keys()] : [compiled.entry];
        for (const file of files) {
            const problem = await checkSyntax(file, secrets);
            if (problem) {
                const source = compiled.sources.get(file) ?? file;
                return new errors/* ConfigError */.xL(`${rel(source)}${problem.line ? `:${problem.line}` : ''}: syntax error: ${problem.message}`, { file: rel(source), ...(problem.line ? { line: problem.line } : {}) }, key);
            }
        }
        if (!exportsHandler(await external_node_fs_.promises.readFile(compiled.entry, 'utf8'))) {
            return new errors/* ConfigError */.xL(`${script}: exports no handler: expected a default export or a function named handler`, { file: script, line: 1 }, key);
        }
        return undefined;
    }
    finally {
        await compiled.dispose();
    }
}
/** `node --check`: parses the file as Node would load it, runs nothing. */
function checkSyntax(file, secrets) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(process.execPath, ['--check', file], { env: { ...(0,script_process/* scriptEnv */.Nq)(secrets), NODE_OPTIONS: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', (error) => resolve({ message: (0,errors/* errorMessage */.gJ)(error) }));
        child.on('close', (code) => {
            if (code === 0)
                return resolve(undefined);
            const at = /^(?:file:\/\/)?([^\n]+?):(\d+)\n/m.exec(stderr);
            const message = /^(SyntaxError: .*)$/m.exec(stderr)?.[1] ?? (stderr.trim().split('\n').pop() || `node --check exited with code ${code}`);
            resolve({ line: at ? Number(at[2]) : undefined, message });
        });
    });
}
/** Whether the module's text exports a handler (comments and strings blanked first). */
function exportsHandler(code) {
    const text = code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ');
    return [
        /\bexport\s+default\b/,
        /\bexport\s+(?:async\s+)?function\s*\*?\s*handler\b/,
        /\bexport\s+(?:const|let|var)\s+handler\b/,
        /\bexport\s*\{[^}]*\b(?:handler|as\s+default)\b[^}]*\}/,
        /\bmodule\.exports\s*=/,
        /\b(?:module\.)?exports\.(?:handler|default)\s*=/
    ].some((re) => re.test(text));
}

;// CONCATENATED MODULE: ./src/coordinators/script/index.ts



/** `coordinator: script` with a .js .mjs .cjs .ts .mts file, run in its own Node process. */
const javascriptRuntime = {
    async run(run, services) {
        const script = run.workflow.script;
        const localPath = await services.source.localPath(script);
        const result = await (0,javascript.runJavaScriptScript)({
            script,
            localPath,
            root: rootOf(localPath, script, services.source.localRoot),
            trigger: run.trigger,
            toolbox: run.toolbox,
            files: run.files,
            subagent: run.subagent,
            secrets: services.secrets,
            // Outside the workspace only the source's own files and Node built-ins may be imported.
            restrictImports: services.source.kind !== 'workspace',
            memoryMb: services.scriptMemoryMb,
            signal: run.signal
        });
        return { result };
    },
    async validate(script, key, services) {
        const localPath = await services.source.localPath(script);
        return validateJavaScriptScript(localPath, script, key, rootOf(localPath, script, services.source.localRoot), services.secrets);
    }
};
/** The folder a repository-relative path was resolved under (a temp copy for API sources). */
function rootOf(localPath, script, fallback) {
    const tail = script.split('/').join(external_node_path_.sep);
    return localPath.endsWith(external_node_path_.sep + tail) ? localPath.slice(0, -tail.length - 1) : fallback;
}


/***/ })

};
