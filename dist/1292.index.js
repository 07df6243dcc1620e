export const id = 1292;
export const ids = [1292];
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
