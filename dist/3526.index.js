export const id = 3526;
export const ids = [3526,1292];
export const modules = {

/***/ 47760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROPOSE_HELP: () => (/* binding */ PROPOSE_HELP),
/* harmony export */   proposeCommand: () => (/* binding */ proposeCommand)
/* harmony export */ });
/* harmony import */ var _config_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79397);
/* harmony import */ var _clients_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16392);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38422);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47261);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(86853);
/* harmony import */ var _propose_gather_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39027);
/* harmony import */ var _propose_propose_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15824);
/* harmony import */ var _propose_pull_request_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47623);









const PROPOSE_HELP = `Usage: hybrid-coordinator propose WORKFLOW [--traces DIR] [--open] [--repo OWNER/NAME]
                                  [--config-dir DIR] [--model MODEL] [--sandbox]

SPEC section 8 from the command line: turns the recorded runs of a coordinator: llm
workflow into the pull request \`mode: propose\` would open. Stage 1 drafts a TypeScript
script (as migrate does), replays it on every recorded run (offline: the draft runs only in
replay's toolbox) and proposes it as the workflow's shadow_script; stage 2, once the
shadow has agreed on min_agreeing_runs live runs (default 10) and differed on none,
proposes the switch to coordinator: script. Prints the files and the pull request's body;
with --open (and GITHUB_TOKEN set) opens or updates it on
hybrid-coordinator/upgrade-WORKFLOW.

Options:
  --traces DIR       recorded runs (*.jsonl, searched recursively); without it, the trace
                     artifacts of --repo are read (needs GITHUB_TOKEN)
  --open             open or update the pull request (needs GITHUB_TOKEN with contents:
                     write and pull-requests: write, and --repo or GITHUB_REPOSITORY)
  --repo OWNER/NAME  the repository (default env GITHUB_REPOSITORY)
  --config-dir DIR   folder of workflow configs (default .github/coordinator)
  --model MODEL      the drafting model (default ${_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MODEL */ .UB})
  --python PATH      interpreter for .py scripts (default python3)
  --sandbox          draft with the sandbox's scripted stand-in for Claude (no key needed)
  -h, --help         this text

Exit: 0 proposed (or nothing new, or waiting for shadow runs); 1 nothing proposed: no
usable runs, a draft that does not compile or agrees with fewer than half the runs, a
branch a person edited, a missing permission; 2 usage error.`;
async function proposeCommand(argv, io) {
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)('propose', argv, {
        traces: { type: 'string' },
        open: { type: 'boolean' },
        repo: { type: 'string' },
        'config-dir': { type: 'string' },
        model: { type: 'string' },
        python: { type: 'string' },
        sandbox: { type: 'boolean' }
    });
    if (values.help)
        return ((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, PROPOSE_HELP), _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok);
    if (positionals.length !== 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`propose: ${positionals.length ? 'takes one WORKFLOW' : 'needs the WORKFLOW to upgrade'}: see hybrid-coordinator propose --help`);
    const configDir = values['config-dir'] ?? '.github/coordinator';
    const tracesDir = values.traces;
    const open = Boolean(values.open);
    const repository = values.repo ?? io.env.GITHUB_REPOSITORY;
    const env = (0,_run_js__WEBPACK_IMPORTED_MODULE_4__.clientsFromEnv)(io.env);
    if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository))
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`propose: --repo ${repository}: expected OWNER/NAME`);
    const needsGitHub = open || !tracesDir;
    if (needsGitHub && !env.githubToken)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1(`propose: ${open ? '--open' : 'reading trace artifacts (no --traces DIR)'} needs GITHUB_TOKEN`, _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage);
    if (needsGitHub && !repository)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`propose: ${open ? '--open' : 'reading trace artifacts (no --traces DIR)'} needs --repo OWNER/NAME (or GITHUB_REPOSITORY)`);
    const source = new _config_source_js__WEBPACK_IMPORTED_MODULE_0__/* .WorkspaceSource */ .J(io.cwd);
    const workflow = await (0,_migrate_js__WEBPACK_IMPORTED_MODULE_5__.findWorkflow)(io, source, configDir, positionals[0], 'propose');
    const github = needsGitHub ? await new _clients_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Clients */ .f(env).github() : undefined;
    let gathered;
    if (tracesDir) {
        try {
            gathered = await (0,_propose_gather_js__WEBPACK_IMPORTED_MODULE_6__/* .gatherLocal */ .Z4)((0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .resolvePath */ .o1)(io, tracesDir), (f) => (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(io, f), workflow.name);
        }
        catch {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1(`${tracesDir}: does not exist: expected a folder of traces (*.jsonl)`, _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage);
        }
    }
    else {
        gathered = await (0,_propose_gather_js__WEBPACK_IMPORTED_MODULE_6__/* .gatherArtifacts */ .Bi)({ github: github, repository: repository, serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com' }, workflow.name);
    }
    const skipped = (0,_propose_gather_js__WEBPACK_IMPORTED_MODULE_6__/* .describeSkipped */ .At)(gathered);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'dim', `${gathered.runs.length} recorded run(s) of ${workflow.name}${skipped ? `; left out: ${skipped}` : ''}.`));
    const box = values.sandbox ? await (await __webpack_require__.e(/* import() */ 1193).then(__webpack_require__.bind(__webpack_require__, 21193))).startCliSandbox('migrate') : undefined;
    let outcome;
    try {
        const settings = box?.clients ?? env;
        if (box && !workflow.shadowScript)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'dim', "Drafting with the sandbox's scripted stand-in for Claude (policy migrate, not a real model)…"));
        if (!settings.anthropicApiKey && !workflow.shadowScript)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1("no Anthropic API key: set ANTHROPIC_API_KEY (or pass --sandbox to draft with the sandbox's scripted stand-in)", _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.usage);
        outcome = await (0,_propose_propose_js__WEBPACK_IMPORTED_MODULE_7__/* .proposeUpgrade */ .F)({
            workflow,
            gathered,
            source,
            root: io.cwd,
            python: values.python ?? 'python3',
            settings,
            model: values.model ?? _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_MODEL */ .UB,
            github: github && repository ? { client: github, repository } : undefined,
            dryRun: !open,
            secrets: [env.githubToken, env.slackToken, env.anthropicApiKey].filter((s) => Boolean(s))
        });
    }
    catch (error) {
        if (error instanceof _propose_pull_request_js__WEBPACK_IMPORTED_MODULE_8__/* .ProposeStop */ .nl)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1(`propose: ${error.message}`, _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.problem, undefined, { cause: error });
        throw error;
    }
    finally {
        await box?.close();
    }
    return printOutcome(io, outcome, workflow.name, open);
}
function printOutcome(io, outcome, workflow, open) {
    if (outcome.kind === 'waiting') {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'yellow', `No pull request: ${outcome.reason}.`), ...(outcome.published ? [outcome.published.url] : []));
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    if (outcome.kind === 'rejected') {
        for (const p of outcome.problems)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'red', p));
        if (outcome.evidence) {
            for (const d of outcome.evidence.divergences)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'red', `  ≠ ${d.link}: ${d.tool} ${d.target} (${d.side})`));
            for (const r of outcome.evidence.unrecordedReads)
                (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'red', `  ≠ ${r.link}: read the trace never recorded: ${r.tool} ${JSON.stringify(r.input)}`));
        }
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .CliError */ .z1(`propose: ${outcome.reason}`, _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.problem);
    }
    const { change, published } = outcome;
    if (!published) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'bold', `The pull request propose would open on ${(0,_propose_pull_request_js__WEBPACK_IMPORTED_MODULE_8__/* .upgradeBranch */ .dl)(workflow)}${open ? '' : ' (pass --open to open it)'}:`), '');
        for (const [path, content] of Object.entries(change.files))
            (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'bold', `--- ${path}`), content.trimEnd(), '');
        (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'bold', `--- title`), change.title, '', (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'bold', '--- body'), change.body.trimEnd());
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    const what = published.pull === 'created' ? 'Opened' : published.pull === 'updated' ? 'Updated' : published.committed ? 'Pushed a new commit to' : 'Nothing new for';
    (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'green', `${what} pull request #${published.number} (stage ${outcome.stage} of 2): ${published.url}`));
    return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
}


/***/ }),

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
