export const id = 20;
export const ids = [20];
export const modules = {

/***/ 69020:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sandbox_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24514);
/* harmony import */ var _sandbox_anthropic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52076);
/* harmony import */ var _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95266);
/* harmony import */ var _sandbox_run_action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28989);







/**
 * `npm run demo`: starts the sandbox (fake Slack, GitHub and Anthropic APIs on loopback),
 * then runs `node dist/index.js` exactly as the runner would on a `pull_request` closed
 * event, once per example workflow, and shows what happened. No tokens needed.
 */
// The demo is a chunk of the bundle in dist/: the action is dist/index.js beside it, and
// the repository root (the workspace the runner would check out) is dist/'s parent.
const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(import.meta.url));
const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(here, '..');
const action = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(here, 'index.js');
const realModel = Boolean(process.env.ANTHROPIC_API_KEY);
const anthropic = (0,_sandbox_anthropic_js__WEBPACK_IMPORTED_MODULE_4__.createAnthropicFake)({ policy: 'pr-merged' });
const sandbox = await (0,_sandbox_server_js__WEBPACK_IMPORTED_MODULE_3__.startSandbox)({ anthropic: anthropic.handler });
const event = {
    action: 'closed',
    number: 12,
    pull_request: {
        number: 12,
        state: 'closed',
        merged: true,
        html_url: `https://github.com/${_sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo}/pull/12`,
        head: { ref: 'feature/pr-12', repo: { full_name: _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo } },
        base: { ref: 'main', repo: { full_name: _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo } }
    },
    repository: { full_name: _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo, default_branch: 'main' },
    sender: { login: 'octocat' }
};
const examples = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(`${root}/workflows`).filter((f) => /\.ya?ml$/.test(f)).sort();
const say = (text = '') => process.stdout.write(`${text}\n`);
say('Hybrid Coordinator demo: the sandbox fakes Slack, GitHub and the Anthropic API on ' + sandbox.url);
say(realModel
    ? 'ANTHROPIC_API_KEY is set: llm workflows use the real model; Slack and GitHub are the sandbox.'
    : 'No ANTHROPIC_API_KEY: the model\'s part in llm workflows is SCRIPTED by the sandbox (policy "pr-merged"), not a real model.');
say();
let failed = false;
for (const file of examples) {
    sandbox.reset();
    const name = file.replace(/\.ya?ml$/, '');
    const run = await (0,_sandbox_run_action_js__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .Cs)({
        action,
        workspace: root,
        eventName: 'pull_request',
        event,
        inputs: {
            'config-dir': 'workflows',
            workflow: nameOf(file),
            'github-token': sandbox.tokens.github,
            'slack-token': sandbox.tokens.slack,
            'slack-api-url': sandbox.slackUrl,
            'anthropic-api-key': realModel ? process.env.ANTHROPIC_API_KEY : sandbox.tokens.anthropic,
            'trust': 'workspace'
        },
        env: { GITHUB_API_URL: sandbox.githubUrl, ...(realModel ? {} : { ANTHROPIC_BASE_URL: sandbox.anthropicUrl }) }
    });
    failed ||= report(name, run, sandbox);
}
await sandbox.close();
process.exit(failed ? 1 : 0);
function nameOf(file) {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`${root}/workflows/${file}`, 'utf8');
    return /^name:\s*([^\s#]+)/m.exec(text)?.[1] ?? file.replace(/\.ya?ml$/, '');
}
function report(name, run, box) {
    say(`━━━ workflows/${name} ━━━ exit ${run.exitCode}`);
    say(run.summary.trim());
    say();
    const channel = box.state.slack.channels[_sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.channel];
    say('Messages in #deploys after the run:');
    for (const m of _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.messages) {
        const now = channel.messages.find((x) => x.ts === m.ts);
        const has = Boolean(now?.reactions.some((r) => r.name === _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.reaction));
        const mark = has ? ':merged:' : '        ';
        const ok = has === m.expectMerged ? '' : '   <-- UNEXPECTED';
        say(`  ${mark}  ${m.prState ? `PR ${m.pr} (${m.prState})`.padEnd(18) : 'no PR'.padEnd(18)} ${m.text.slice(0, 60)}${ok}`);
    }
    const wrong = _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.messages.some((m) => Boolean(channel.messages.find((x) => x.ts === m.ts)?.reactions.some((r) => r.name === _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.reaction)) !== m.expectMerged);
    say(wrong || run.exitCode !== 0 ? 'Result: NOT as expected' : 'Result: every merged or closed PR is marked, nothing else.');
    say();
    return wrong || run.exitCode !== 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 28989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony exports parseOutputFile, parseAnnotations */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Runs the bundled action the way the GitHub runner does: a child `node` process with
 * `INPUT_*`, `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`. Used by the
 * demo, the integration tests and the bench.
 */
async function runAction(options) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'hc-runner-'));
    const eventPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'event.json');
    const outputPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'output');
    const summaryPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'summary.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(eventPath, JSON.stringify(options.event));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(outputPath, '');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(summaryPath, '');
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_EVENT_NAME: options.eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_REPOSITORY: options.repository ?? 'octo-org/web',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_ACTOR: 'octocat',
        GITHUB_RUN_ID: '1',
        RUNNER_TEMP: dir,
        ...options.env
    };
    for (const [name, value] of Object.entries(options.inputs))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const started = Date.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.node ?? process.execPath, [options.action], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d.toString()));
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const exitCode = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    clearTimeout(timer);
    const outputs = parseOutputFile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(outputPath, 'utf8'));
    return {
        exitCode,
        stdout,
        stderr,
        outputs,
        summary: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(summaryPath, 'utf8'),
        annotations: parseAnnotations(stdout),
        results: outputs.results ? JSON.parse(outputs.results) : [],
        durationMs: Date.now() - started
    };
}
/** `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes GITHUB_OUTPUT. */
function parseOutputFile(text) {
    const out = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
            const end = lines.indexOf(heredoc[2], i + 1);
            out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
            i = end;
        }
        else if (lines[i].includes('=')) {
            const at = lines[i].indexOf('=');
            out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
        }
    }
    return out;
}
/** Workflow commands for annotations, with their escaped properties decoded. */
function parseAnnotations(stdout) {
    const unescape = (s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const found = [];
    for (const m of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
        const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => {
            const at = kv.indexOf('=');
            return [kv.slice(0, at), unescape(kv.slice(at + 1))];
        }));
        found.push({ level: m[1], file: props.file, line: props.line ? Number(props.line) : undefined, title: props.title, message: unescape(m[3]) });
    }
    return found;
}


/***/ })

};
