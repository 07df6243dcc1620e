export const id = 2054;
export const ids = [2054,3347];
export const modules = {

/***/ 22054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   parseSandboxArgs: () => (/* binding */ parseSandboxArgs),
/* harmony export */   runFromCommandLine: () => (/* binding */ runFromCommandLine),
/* harmony export */   sandboxHelp: () => (/* binding */ sandboxHelp)
/* harmony export */ });
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11378);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95266);
/* harmony import */ var _world_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83347);



/** `--port N` and `--latency MS` (also as `--port=N`); anything else is an error. */
function parseSandboxArgs(argv) {
    const options = { port: 0, latencyMs: 0 };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
        if (flag !== '--port' && flag !== '--latency')
            throw new Error(`unknown argument ${arg} (expected --port N, --latency MS)`);
        const value = inline ?? argv[++i];
        const n = Number(value);
        if (value === undefined || value === '' || !Number.isInteger(n) || n < 0)
            throw new Error(`${flag} needs a whole number, got ${value ?? 'nothing'}`);
        if (flag === '--port')
            options.port = n;
        else
            options.latencyMs = n;
    }
    return options;
}
/**
 * Starts the demo sandbox and prints one JSON line with its URLs, for a parent process to read.
 * Returns the sandbox so the caller decides how long it lives.
 */
async function main(argv, out = process.stdout) {
    const { port, latencyMs } = parseSandboxArgs(argv);
    const sandbox = await (0,_server_js__WEBPACK_IMPORTED_MODULE_0__.startSandbox)({ port, latencyMs, state: (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .seedDemoState */ .sN)() });
    const { url, githubUrl, slackUrl, anthropicUrl } = sandbox;
    out.write(`${JSON.stringify({ url, githubUrl, slackUrl, anthropicUrl })}\n`);
    return sandbox;
}
function sandboxHelp() {
    return [
        'Usage: node dist/sandbox.js [--port N] [--latency MS]',
        '',
        'Starts the sandbox: loopback fakes of the GitHub REST API, the Slack Web API and the',
        'Anthropic Messages API, strict like the real services, seeded with the demo world.',
        'Prints one JSON line with their URLs ({ url, githubUrl, slackUrl, anthropicUrl }) and',
        'runs until SIGTERM or Ctrl-C. Point the action at it with GITHUB_API_URL, the',
        'slack-api-url input and ANTHROPIC_BASE_URL; `hybrid-coordinator run --sandbox` starts',
        'one of its own.',
        '',
        'Options:',
        '  --port N       listen on this port (default: any free port)',
        '  --latency MS   answer every request after MS milliseconds (default 0)',
        '  -h, --help     this text',
        '',
        ...(0,_world_js__WEBPACK_IMPORTED_MODULE_2__.describeSandboxWorld)((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .seedDemoState */ .sN)())
    ].join('\n');
}
/** `node dist/sandbox.js [--port N] [--latency MS]`: runs until SIGTERM or SIGINT. */
function runFromCommandLine(argv) {
    if (argv.includes('--help') || argv.includes('-h')) {
        process.stdout.write(`${sandboxHelp()}\n`);
        return Promise.resolve();
    }
    return main(argv).then((sandbox) => {
        const stop = () => void sandbox.close().then(() => process.exit(0));
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
    }, (err) => {
        process.stderr.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(2);
    });
}


/***/ }),

/***/ 83347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeSandboxWorld: () => (/* binding */ describeSandboxWorld),
/* harmony export */   missingFromSandbox: () => (/* binding */ missingFromSandbox)
/* harmony export */ });
/**
 * What the sandbox holds, in a few lines: its repositories with their pull request and
 * issue numbers, and its Slack channels. Printed by `node dist/sandbox.js --help` and by
 * `run --sandbox` when the event names something the sandbox does not have, so a user
 * can write an event that fits.
 */
function describeSandboxWorld(state) {
    const lines = ['The sandbox holds:'];
    for (const [full, repo] of Object.entries(state.github.repos)) {
        const pulls = Object.entries(repo.pulls).map(([n, p]) => `#${n} ${p.merged ? 'merged' : p.draft ? 'draft' : p.state}`);
        const issues = Object.keys(repo.issues).map((n) => `#${n}`);
        lines.push(`  GitHub repository ${full} (default branch ${repo.default_branch}): pull requests ${pulls.join(', ') || 'none'}; issues ${issues.join(', ') || 'none'}`);
    }
    for (const channel of Object.values(state.slack.channels))
        lines.push(`  Slack channel ${channel.id} (#${channel.name}): ${channel.messages.length} message(s)`);
    return lines;
}
/**
 * What an event names that the sandbox lacks: its repository, or its pull request or
 * issue number in that repository. [] when the sandbox has all of it.
 */
function missingFromSandbox(state, repository, payload) {
    const repo = state.github.repos[repository];
    if (!repo)
        return [`repository ${repository || '(none)'}`];
    const missing = [];
    const issue = payload.issue;
    // A comment on a pull request arrives as an issue with a pull_request field.
    const pr = payload.pull_request?.number ?? (issue?.pull_request ? issue.number : undefined);
    if (pr !== undefined && pr !== null && !repo.pulls[String(pr)])
        missing.push(`pull request #${String(pr)} in ${repository}`);
    if (issue && !issue.pull_request && issue.number !== undefined && !repo.issues[String(issue.number)])
        missing.push(`issue #${String(issue.number)} in ${repository}`);
    return missing;
}


/***/ })

};
