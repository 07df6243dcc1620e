export const id = 6919;
export const ids = [6919,1292];
export const modules = {

/***/ 38422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   UB: () => (/* binding */ DEFAULT_MODEL),
/* harmony export */   sD: () => (/* binding */ DEFAULT_SLACK_API_URL)
/* harmony export */ });
/* unused harmony export InputError */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clients_provider_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50323);



/** The current default model: a current Claude Sonnet (SPEC section 1). */
const DEFAULT_MODEL = 'claude-sonnet-5-5';
const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
class InputError extends Error {
    name = 'InputError';
}
/** Parses and checks every input; a bad value is an InputError naming the input and what it accepts. */
function readInputs(get, env) {
    const choice = (name, allowed, fallback) => {
        const value = (get(name) || fallback);
        if (!allowed.includes(value))
            throw new InputError(`input ${name} is "${value}": expected one of ${allowed.join(', ')}`);
        return value;
    };
    const bool = (name) => {
        const value = get(name).toLowerCase();
        if (value === '' || value === 'false')
            return false;
        if (value === 'true')
            return true;
        throw new InputError(`input ${name} is "${value}": expected true or false`);
    };
    const slackApiUrl = get('slack-api-url') || DEFAULT_SLACK_API_URL;
    try {
        new URL(slackApiUrl);
    }
    catch {
        throw new InputError(`input slack-api-url is "${slackApiUrl}": expected an absolute URL like ${DEFAULT_SLACK_API_URL}`);
    }
    return {
        configDir: get('config-dir') || '.github/coordinator',
        workflow: get('workflow'),
        githubToken: get('github-token'),
        slackToken: get('slack-token'),
        anthropicApiKey: get('anthropic-api-key') || env.ANTHROPIC_API_KEY || '',
        model: get('model') || DEFAULT_MODEL,
        dryRun: bool('dry-run'),
        slackApiUrl,
        traceDir: get('trace-dir') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'hybrid-coordinator'),
        python: get('python') || 'python3',
        trust: choice('trust', ['auto', 'workspace', 'default-branch'], 'auto'),
        mode: choice('mode', ['run', 'validate', 'propose'], 'run'),
        uploadTrace: bool('upload-trace'),
        provider: choice('provider', _clients_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .PROVIDERS */ .xq, 'anthropic')
    };
}


/***/ }),

/***/ 6919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  requestTimeoutMs: () => (/* binding */ requestTimeoutMs),
  run: () => (/* binding */ run),
  scriptMemoryMb: () => (/* binding */ scriptMemoryMb)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/trigger.ts
var src_trigger = __webpack_require__(12523);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(38422);
;// CONCATENATED MODULE: ./src/trust.ts
/**
 * Events whose checkout may hold code nobody reviewed (SPEC, input `trust`): they run with
 * the base repository's secrets, yet anyone who can open a PR or write a comment causes them.
 */
const UNTRUSTED_EVENTS = ['pull_request_target', 'issue_comment', 'pull_request_review_comment', 'workflow_run'];
/**
 * Events that check out a pull request's merge commit: untrusted when the PR comes from a
 * fork. `pull_request_review` checks out the same merge commit as `pull_request`.
 */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review'];
/**
 * Whether a `pull_request` (or `pull_request_review`) event carries a fork's code: its head
 * repository is not the base repository, or is gone (GitHub sends `head.repo: null` for a
 * deleted fork, which counts as foreign). The payload comes from GitHub, not from the PR's
 * author; one that names no head repository at all (a hand-made event) shows no fork.
 */
function isForkPullRequest(trigger) {
    if (!PULL_REQUEST_EVENTS.includes(trigger.event))
        return false;
    const raw = trigger.payload.pull_request;
    if (!raw || typeof raw !== 'object')
        return false;
    const pr = raw;
    if (pr.head?.repo === null)
        return true;
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name || trigger.payload.repository?.full_name || trigger.repository;
    if (typeof head !== 'string' || !head || typeof base !== 'string' || !base)
        return false;
    return head.toLowerCase() !== base.toLowerCase();
}
/**
 * Which source a run's configs, prompts, virtual files and scripts come from. `auto` reads
 * the default branch (through the API, at its head's SHA) whenever the checkout may hold
 * code that no one with write access reviewed; every other event reads the workspace.
 */
function chooseSource(trust, trigger) {
    if (trust === 'workspace')
        return { kind: 'workspace', reason: 'trust: workspace' };
    if (trust === 'default-branch')
        return { kind: 'default-branch', reason: 'trust: default-branch' };
    if (UNTRUSTED_EVENTS.includes(trigger.event)) {
        return { kind: 'default-branch', reason: `trust: auto, and ${trigger.event} events may check out unreviewed code` };
    }
    if (isForkPullRequest(trigger)) {
        const pr = trigger.payload.pull_request;
        const head = pr?.head?.repo?.full_name;
        const why = head ? `it comes from the fork ${head}` : 'its head repository is gone (a deleted fork)';
        return { kind: 'default-branch', reason: `trust: auto, and this ${trigger.event} may check out a fork's code: ${why}` };
    }
    return { kind: 'workspace', reason: `trust: auto, and ${trigger.event} checks out this repository's own code` };
}

// EXTERNAL MODULE: ./src/config/source.ts
var config_source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/clients/index.ts
var clients = __webpack_require__(16392);
// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(90825);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/clients/provider.ts
var provider = __webpack_require__(50323);
// EXTERNAL MODULE: ./src/usage.ts
var src_usage = __webpack_require__(74980);
// EXTERNAL MODULE: ./src/models/prices.ts
var prices = __webpack_require__(50278);
;// CONCATENATED MODULE: ./src/report/totals.ts


/** The run's tokens and cost over every workflow, subagents included (pure). */
function runTotals(reports) {
    const usage = (0,src_usage/* emptyUsage */.ly)();
    let usd = 0;
    const unpriced = new Set();
    for (const r of reports) {
        (0,src_usage/* addUsage */.vk)(usage, r.usage);
        usd += r.costUsd ?? 0;
        for (const m of r.unpricedModels)
            unpriced.add(m);
    }
    return { usage, costUsd: unpriced.size ? null : (0,prices/* formatUsd */.UK)(usd), unpriced: [...unpriced] };
}

;// CONCATENATED MODULE: ./src/main.ts












const SECRET_INPUTS = ['github-token', 'slack-token', 'anthropic-api-key'];
/** Cloud credentials the bedrock and vertex providers read from the environment. */
const SECRET_ENV = ['ANTHROPIC_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_BEARER_TOKEN_BEDROCK'];
/** The action: inputs -> trigger -> configs -> runs -> outputs, summary, annotations. */
async function run(deps) {
    const { core, env } = deps;
    // Mask secrets before anything can be logged.
    const redactor = new redact/* Redactor */.p();
    for (const value of [...SECRET_INPUTS.map((name) => core.getInput(name)), ...SECRET_ENV.map((name) => env[name])]) {
        if (!value)
            continue;
        core.setSecret(value);
        redactor.add(value);
    }
    // Then redact our own output too (scripts' console.log included): the runner masks the
    // log, but not local runs, and not a secret in a form it does not know.
    const restore = (deps.streams ?? [process.stdout, process.stderr]).map((stream) => (0,redact/* redactStream */.S)(stream, redactor));
    try {
        await runAction(deps, (value) => {
            core.setSecret(value);
            redactor.add(value);
        });
    }
    finally {
        for (const undo of restore)
            undo();
    }
}
async function runAction({ core, env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8') }, addSecret) {
    let inputs;
    let trigger;
    try {
        inputs = (0,src_inputs/* readInputs */.Ko)((name) => core.getInput(name), env);
        trigger = (0,src_trigger/* buildTrigger */.dw)(env, readFile);
    }
    catch (error) {
        core.setFailed((0,errors/* errorMessage */.gJ)(error));
        return;
    }
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const clients = {
        githubToken: inputs.githubToken,
        githubApiUrl: env.GITHUB_API_URL,
        slackToken: inputs.slackToken,
        slackApiUrl: inputs.slackApiUrl,
        anthropicApiKey: inputs.anthropicApiKey,
        anthropicBaseUrl: env.ANTHROPIC_BASE_URL || undefined,
        requestTimeoutMs: requestTimeoutMs(env),
        env,
        provider: (0,provider/* providerSettingsFromEnv */.Kg)(inputs.provider, env)
    };
    const secrets = [inputs.githubToken, inputs.slackToken, inputs.anthropicApiKey, ...SECRET_ENV.map((name) => env[name] ?? '')].filter(Boolean);
    if (inputs.mode === 'propose') {
        const { runProposeMode } = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(7919), __webpack_require__.e(6853), __webpack_require__.e(5824), __webpack_require__.e(1661)]).then(__webpack_require__.bind(__webpack_require__, 57910));
        await runProposeMode({ core, env, inputs, trigger, clients, workspace });
        return;
    }
    let source;
    const choice = chooseSource(inputs.trust, trigger);
    try {
        source = choice.kind === 'workspace' ? new config_source/* WorkspaceSource */.J(workspace, trigger.sha || undefined) : await openDefaultBranch(clients, trigger);
    }
    catch (error) {
        core.setFailed(`cannot read configs from the default branch (${choice.reason}): ${(0,errors/* errorMessage */.gJ)(error)}`);
        return;
    }
    core.info(`Reading workflow configs from the ${source.description} (${choice.reason}).`);
    const outcome = await (0,engine/* runEngine */.cn)({
        trigger,
        source,
        configDir: inputs.configDir,
        workflow: inputs.workflow || undefined,
        dryRun: inputs.dryRun,
        model: inputs.model,
        python: inputs.python,
        traceDir: inputs.traceDir,
        mode: inputs.mode,
        clients,
        secrets: [...secrets, env.ANTHROPIC_API_KEY ?? ''].filter(Boolean),
        scriptMemoryMb: scriptMemoryMb(env),
        processEnv: env,
        onSecret: addSecret
    });
    for (const e of outcome.configErrors) {
        core.error(e.message, { title: 'Hybrid Coordinator: invalid config', file: e.location.file, startLine: e.location.line });
    }
    for (const w of outcome.configWarnings) {
        core.warning(w.message, { title: 'Hybrid Coordinator: who may trigger', file: w.location.file, startLine: w.location.line });
    }
    for (const r of outcome.reports) {
        if (r.modelNotice)
            core.notice(`${r.workflow}: ${r.modelNotice}`, { title: `Hybrid Coordinator: ${r.workflow} model`, file: r.file });
        if (r.status === 'failed') {
            core.error(`${r.workflow}: ${r.error}`, { title: `Hybrid Coordinator: ${r.workflow} failed`, file: r.errorLocation?.file, startLine: r.errorLocation?.line });
        }
    }
    core.setOutput('results', JSON.stringify(outcome.results));
    core.setOutput('matched', outcome.matched.join(','));
    core.setOutput('trace-file', outcome.traceFile);
    setUsageOutputs(core, outcome.reports);
    if (env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(outcome.summary, true).write();
    if (inputs.mode === 'run' && !outcome.matched.length && !outcome.configErrors.length) {
        core.notice(`No workflow config in ${inputs.configDir} matched ${trigger.event}${trigger.action ? `.${trigger.action}` : ''}: nothing to run.`);
    }
    if (inputs.uploadTrace)
        await uploadTrace(core, outcome.traceFile, outcome.matched);
    if (outcome.failed) {
        const failed = outcome.reports.filter((r) => r.status === 'failed').map((r) => r.workflow);
        const parts = [failed.length ? `workflow(s) failed: ${failed.join(', ')}` : '', outcome.configErrors.length ? `${outcome.configErrors.length} config problem(s)` : ''].filter(Boolean);
        core.setFailed(`Hybrid Coordinator: ${parts.join('; ')}`);
    }
}
/** The run's token totals and cost as outputs; a notice names the models with no list price. */
function setUsageOutputs(core, reports) {
    const totals = runTotals(reports);
    core.setOutput('input-tokens', String(totals.usage.input_tokens));
    core.setOutput('output-tokens', String(totals.usage.output_tokens));
    core.setOutput('cache-read-tokens', String(totals.usage.cache_read_input_tokens));
    core.setOutput('cache-write-tokens', String(totals.usage.cache_creation_input_tokens));
    core.setOutput('cost-usd', totals.costUsd ?? '');
    if (totals.unpriced.length) {
        core.notice(`cost-usd is empty: no list price in the action's price table for ${totals.unpriced.join(', ')} (tokens are still counted; see the README's price table)`, {
            title: 'Hybrid Coordinator: cost unknown'
        });
    }
}
/**
 * Env HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS: the per-request timeout of GitHub and Slack
 * calls (default 30 s in the clients). Tests shorten it; a bad value keeps the default.
 */
function requestTimeoutMs(env) {
    const raw = env.HYBRID_COORDINATOR_REQUEST_TIMEOUT_MS;
    const value = raw ? Number(raw) : NaN;
    return Number.isInteger(value) && value > 0 ? value : undefined;
}
/** Env HYBRID_COORDINATOR_SCRIPT_MEMORY_MB: the heap cap of a JS/TS script's process (default 1024). */
function scriptMemoryMb(env) {
    const value = Number(env.HYBRID_COORDINATOR_SCRIPT_MEMORY_MB);
    return Number.isInteger(value) && value >= 16 ? value : undefined;
}
async function openDefaultBranch(settings, trigger) {
    const { GitHubSource } = await __webpack_require__.e(/* import() */ 213).then(__webpack_require__.bind(__webpack_require__, 70213));
    return GitHubSource.open(await new clients/* Clients */.f(settings).github(), trigger.repository);
}
async function uploadTrace(core, file, workflows) {
    try {
        const { uploadTraceArtifact } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3745), __webpack_require__.e(3669), __webpack_require__.e(2627), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 80954));
        const name = await uploadTraceArtifact(file, (0,external_node_path_.basename)(file, '.jsonl').replace(/^trace-/, ''), workflows);
        core.info(`Uploaded the trace as artifact ${name}.`);
    }
    catch (error) {
        core.warning(`upload-trace: the trace could not be uploaded: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}


/***/ }),

/***/ 12523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ guessEventName),
/* harmony export */   dw: () => (/* binding */ buildTrigger),
/* harmony export */   th: () => (/* binding */ triggerFromPayload)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * Builds the trigger from the runner's environment. `readFile` is passed in so this
 * stays pure; a missing or malformed event file is a TriggerError naming the path.
 */
function buildTrigger(env, readFile) {
    const event = env.GITHUB_EVENT_NAME;
    if (!event)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TriggerError */ .dT('GITHUB_EVENT_NAME is not set: expected the name of the GitHub event (e.g. pull_request)');
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TriggerError */ .dT('GITHUB_EVENT_PATH is not set: expected the path of the event JSON file the runner writes');
    let text;
    try {
        text = readFile(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TriggerError */ .dT(`${path}: the event payload file cannot be read: expected the runner's event JSON`, { cause: error });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TriggerError */ .dT(`${path}: the event payload is not JSON: ${error.message}`, { cause: error });
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TriggerError */ .dT(`${path}: the event payload must be a JSON object`);
    }
    return triggerFromPayload(event, payload, env);
}
/** The trigger for a payload already in hand (the CLI's `run --event`, replay). */
function triggerFromPayload(event, payload, env = {}) {
    const repo = payload.repository;
    const sender = payload.sender;
    return {
        event,
        action: typeof payload.action === 'string' ? payload.action : null,
        payload,
        repository: env.GITHUB_REPOSITORY || repo?.full_name || '',
        ref: env.GITHUB_REF || (typeof payload.ref === 'string' ? payload.ref : ''),
        sha: env.GITHUB_SHA || (typeof payload.after === 'string' ? payload.after : ''),
        actor: env.GITHUB_ACTOR || sender?.login || ''
    };
}
/** Guesses the event name of a saved payload (CLI `run --event` without `--event-name`). */
function guessEventName(payload) {
    if ('pull_request' in payload && 'comment' in payload)
        return 'pull_request_review_comment';
    if ('issue' in payload && 'comment' in payload)
        return 'issue_comment';
    if ('pull_request' in payload)
        return 'pull_request';
    if ('issue' in payload)
        return 'issues';
    if ('workflow_run' in payload)
        return 'workflow_run';
    if ('schedule' in payload)
        return 'schedule';
    if ('commits' in payload || 'head_commit' in payload)
        return 'push';
    if ('inputs' in payload)
        return 'workflow_dispatch';
    return 'workflow_dispatch';
}


/***/ })

};
