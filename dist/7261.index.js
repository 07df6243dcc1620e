export const id = 7261;
export const ids = [7261,1292];
export const modules = {

/***/ 47261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_HELP: () => (/* binding */ RUN_HELP),
  clientsFromEnv: () => (/* binding */ clientsFromEnv),
  readEventFile: () => (/* binding */ readEventFile),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(90825);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/trigger.ts
var src_trigger = __webpack_require__(12523);
// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(46909);
// EXTERNAL MODULE: ./src/config/match.ts
var match = __webpack_require__(54219);
;// CONCATENATED MODULE: ./src/cli/credentials.ts
/**
 * On the command line the action's inputs are environment variables: a selected workflow
 * whose credential is missing is named with the variable to set, before anything runs
 * (the engine would otherwise fail it naming the action's input, `slack-token`, which a CLI
 * user cannot set).
 */
function missingCredentials(workflows, clients) {
    const lines = [];
    for (const w of workflows) {
        const need = [];
        if ((w.coordinator === 'llm' || Object.keys(w.subagents).length) && !clients.anthropicApiKey)
            need.push(`ANTHROPIC_API_KEY (coordinator: ${w.coordinator}${w.coordinator === 'llm' ? '' : ' with subagents'})`);
        const slack = w.tools.filter((t) => t.startsWith('slack.'));
        if (slack.length && !clients.slackToken)
            need.push(`SLACK_BOT_TOKEN or SLACK_TOKEN (${slack.join(', ')})`);
        const github = w.tools.filter((t) => t.startsWith('github.'));
        if (github.length && !clients.githubToken)
            need.push(`GITHUB_TOKEN or GH_TOKEN (${github.join(', ')})`);
        if (need.length)
            lines.push(`${w.name} needs ${need.join('; ')}`);
    }
    return lines;
}

// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/cli/render.ts


const OUTCOME = {
    read: { text: 'read', colour: 'dim' },
    sent: { text: 'sent', colour: 'green' },
    dry: { text: 'dry run', colour: 'yellow' },
    refused: { text: 'REFUSED', colour: 'red' },
    error: { text: 'ERROR', colour: 'red' }
};
/**
 * The run's summary for a terminal: the same facts as the step summary (engine's Markdown),
 * laid out as plain lines, one per tool call.
 */
function renderTerminalSummary(io, outcome, event, traceFile = outcome.traceFile) {
    const out = [];
    for (const e of outcome.configErrors)
        out.push((0,cli_io/* paint */.nI)(io, 'red', (0,cli_io/* formatLocated */.Cc)(e.message, e.location)));
    if (!outcome.reports.length && !outcome.configErrors.length)
        out.push(`No workflow config matched ${event}: nothing ran.`);
    for (const r of outcome.reports)
        out.push(...renderWorkflow(io, r), '');
    out.push((0,cli_io/* paint */.nI)(io, 'dim', `trace: ${traceFile}`));
    return out;
}
function renderWorkflow(io, r) {
    const ok = r.status === 'succeeded';
    const head = `${(0,cli_io/* paint */.nI)(io, ok ? 'green' : 'red', ok ? '✔' : '✘')} ${(0,cli_io/* paint */.nI)(io, 'bold', r.workflow)}: ${r.status}`;
    const how = `coordinator ${r.coordinator}${r.script ? ` (${r.script})` : ''} · config ${r.file}${r.dryRun ? ' · dry run' : ''} · ${(r.durationMs / 1000).toFixed(2)} s`;
    const out = [head, `  ${how}`];
    if (r.coordinator === 'llm' || r.turns) {
        const u = r.usage;
        out.push(`  LLM: ${r.turns} turn(s); tokens ${u.input_tokens} in, ${u.output_tokens} out, ${u.cache_read_input_tokens} cache read, ${u.cache_creation_input_tokens} cache write`);
    }
    const width = String(r.calls.length).length;
    r.calls.forEach((c, i) => {
        const o = OUTCOME[c.outcome];
        const who = c.caller === 'script' || c.caller === 'llm' ? '' : ` (${c.caller})`;
        const where = c.target ? ` → ${c.target}` : '';
        const answer = c.error ?? (c.mutates ? '' : (0,summary/* short */.h0)(c.output, 60));
        out.push(`  ${String(i + 1).padStart(width)} ${c.tool}${who} ${(0,summary/* short */.h0)(c.input, 70)}${where}  ${(0,cli_io/* paint */.nI)(io, o.colour, o.text)}${answer ? (0,cli_io/* paint */.nI)(io, 'dim', `  ${answer}`) : ''}`);
    });
    const effects = r.calls.filter((c) => c.mutates && (c.outcome === 'sent' || c.outcome === 'dry'));
    out.push(`  effects: ${effects.length ? `${effects.length} (${r.dryRun ? 'planned, none sent' : 'as the APIs confirmed them'})` : 'none'}`);
    for (const note of r.notes)
        out.push(`  ${note}`);
    if (r.error)
        out.push((0,cli_io/* paint */.nI)(io, 'red', `  error: ${r.errorLocation?.file ? (0,cli_io/* formatLocated */.Cc)(r.error, r.errorLocation) : r.error}`));
    if (ok && r.result !== null && r.result !== undefined)
        out.push(`  result: ${(0,summary/* short */.h0)(r.result, 200)}`);
    return out;
}

;// CONCATENATED MODULE: ./src/cli/run.ts













const RUN_HELP = `Usage: hybrid-coordinator run --event FILE [--event-name NAME] [--workflow NAME]
                              [--dry-run] [--sandbox] [--config-dir DIR] [--trace-dir DIR]

Runs the workflows a saved GitHub event selects, with the action's own engine, and prints
the summary. Without --sandbox it talks to the real services with tokens from the
environment: GITHUB_TOKEN (or GH_TOKEN), SLACK_BOT_TOKEN (or SLACK_TOKEN),
ANTHROPIC_API_KEY; GITHUB_API_URL, SLACK_API_URL and ANTHROPIC_BASE_URL when set.

Options:
  --event FILE         the event's JSON payload (as in GITHUB_EVENT_PATH)
  --event-name NAME    pull_request, schedule, ... (default: guessed from the payload)
  --workflow NAME      run only this workflow, whatever the event
  --dry-run            record mutating tool calls, send none
  --sandbox            run against the built-in sandbox (fake Slack, GitHub and Messages
                       API with the demo seed; the model's part is scripted): no tokens
  --config-dir DIR     folder of workflow configs (default .github/coordinator)
  --trace-dir DIR      where the JSONL trace goes (default $RUNNER_TEMP or the temp dir,
                       under hybrid-coordinator/)
  --model MODEL        default model of llm workflows (default ${inputs/* DEFAULT_MODEL */.UB})
  --python PATH        interpreter for .py scripts (default python3)
  -h, --help           this text

Exit: 0 every selected workflow succeeded (or none matched), 1 a workflow failed or a
config is invalid, 2 usage error (flags, unreadable event file, a credential a selected
workflow needs missing from the environment: nothing runs).`;
async function runCommand(argv, io) {
    const { values, positionals } = (0,cli_io/* parseCommandArgs */.Qx)('run', argv, {
        event: { type: 'string' },
        'event-name': { type: 'string' },
        workflow: { type: 'string' },
        'dry-run': { type: 'boolean' },
        sandbox: { type: 'boolean' },
        'config-dir': { type: 'string' },
        'trace-dir': { type: 'string' },
        model: { type: 'string' },
        python: { type: 'string' }
    });
    if (values.help)
        return ((0,cli_io/* say */.cv)(io, RUN_HELP), cli_io/* EXIT */.dc.ok);
    if (positionals.length)
        throw new cli_io/* UsageError */.eb(`run: unexpected argument "${positionals[0]}": see hybrid-coordinator run --help`);
    const eventFile = values.event;
    if (!eventFile)
        throw new cli_io/* UsageError */.eb('run: --event FILE is required: the JSON payload of the event to run on');
    const payload = readEventFile(io, eventFile);
    const given = values['event-name'];
    if (given !== undefined && !/^[a-z_]+$/.test(given))
        throw new cli_io/* UsageError */.eb(`run: --event-name "${given}" is not a GitHub event name like pull_request`);
    const eventName = given ?? (0,src_trigger/* guessEventName */.Nq)(payload);
    const sandboxOn = Boolean(values.sandbox);
    const trigger = (0,src_trigger/* triggerFromPayload */.th)(eventName, payload, io.env);
    const box = sandboxOn ? await (await __webpack_require__.e(/* import() */ 1193).then(__webpack_require__.bind(__webpack_require__, 21193))).startCliSandbox('pr-merged') : undefined;
    try {
        if (box && !trigger.repository) {
            const { DEMO } = await __webpack_require__.e(/* import() */ 5266).then(__webpack_require__.bind(__webpack_require__, 95266));
            trigger.repository = DEMO.repo;
        }
        const clients = box?.clients ?? clientsFromEnv(io.env);
        const configDir = values['config-dir'] ?? '.github/coordinator';
        if (!box)
            await checkCredentials(io, trigger, configDir, values.workflow, clients);
        const label = `${trigger.event}${trigger.action ? `.${trigger.action}` : ''}`;
        (0,cli_io/* say */.cv)(io, (0,cli_io/* paint */.nI)(io, 'dim', `event ${label}${given ? '' : ' (guessed from the payload: pass --event-name to choose)'} from ${(0,cli_io/* displayPath */.Gt)(io, eventFile)}`), (0,cli_io/* paint */.nI)(io, 'dim', box
            ? `services: the built-in sandbox at ${box.sandbox.url} (demo seed; the model's part is scripted, not a real model)`
            : 'services: the real GitHub, Slack and Anthropic APIs, with tokens from the environment'));
        const outcome = await (0,engine/* runEngine */.cn)({
            trigger,
            source: new source/* WorkspaceSource */.J(io.cwd),
            configDir,
            workflow: values.workflow,
            dryRun: Boolean(values['dry-run']),
            model: values.model ?? inputs/* DEFAULT_MODEL */.UB,
            python: values.python ?? 'python3',
            traceDir: values['trace-dir'] ? (0,cli_io/* resolvePath */.o1)(io, values['trace-dir']) : (0,external_node_path_.join)(io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'hybrid-coordinator'),
            mode: 'run',
            clients,
            secrets: box ? [] : [clients.githubToken, clients.slackToken, clients.anthropicApiKey].filter((s) => Boolean(s))
        });
        (0,cli_io/* say */.cv)(io, '', ...renderTerminalSummary(io, outcome, label, (0,cli_io/* displayPath */.Gt)(io, outcome.traceFile)));
        if (box) {
            const { describeSandboxWorld, missingFromSandbox } = await __webpack_require__.e(/* import() */ 3347).then(__webpack_require__.bind(__webpack_require__, 83347));
            const missing = missingFromSandbox(box.sandbox.state, trigger.repository, payload);
            if (missing.length)
                (0,cli_io/* say */.cv)(io, '', (0,cli_io/* paint */.nI)(io, 'yellow', `The event names ${missing.join(' and ')}, which the sandbox does not have.`), ...describeSandboxWorld(box.sandbox.state));
        }
        if (box)
            (0,cli_io/* say */.cv)(io, (0,cli_io/* paint */.nI)(io, 'dim', `sandbox: ${box.sandbox.calls.length} API call(s) answered`));
        return outcome.failed ? cli_io/* EXIT */.dc.problem : cli_io/* EXIT */.dc.ok;
    }
    finally {
        await box?.close();
    }
}
/** Exit 2 before running anything when a selected workflow lacks a credential, naming the variables to set. */
async function checkCredentials(io, trigger, configDir, only, clients) {
    const { workflows } = await (0,load/* loadWorkflowConfigs */.pt)(new source/* WorkspaceSource */.J(io.cwd), configDir);
    const missing = missingCredentials((0,match/* selectWorkflows */.Z)(workflows, trigger, only), clients);
    if (missing.length) {
        throw new cli_io/* CliError */.z1(`run: no credentials: ${missing.join('; ')}. Set them in the environment, or pass --sandbox to run against the built-in sandbox with no tokens`, cli_io/* EXIT */.dc.usage);
    }
}
/** The saved event payload; a missing or malformed file is a usage error naming it. */
function readEventFile(io, file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,cli_io/* resolvePath */.o1)(io, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new cli_io/* CliError */.z1(`${file}: ${code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${(0,errors/* errorMessage */.gJ)(error)})`}: expected the event's JSON payload`, cli_io/* EXIT */.dc.usage);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new cli_io/* CliError */.z1(`${file}: is not JSON (${(0,errors/* errorMessage */.gJ)(error)}): expected the event's JSON payload`, cli_io/* EXIT */.dc.usage);
    }
    if (!payload || typeof payload !== 'object' || Array.isArray(payload))
        throw new cli_io/* CliError */.z1(`${file}: holds ${Array.isArray(payload) ? 'a list' : String(payload)}: expected the event's JSON object`, cli_io/* EXIT */.dc.usage);
    return payload;
}
/** Tokens and API bases from the environment, under the names each service's own tools use. */
function clientsFromEnv(env) {
    return {
        githubToken: env.GITHUB_TOKEN || env.GH_TOKEN || undefined,
        githubApiUrl: env.GITHUB_API_URL || undefined,
        slackToken: env.SLACK_BOT_TOKEN || env.SLACK_TOKEN || undefined,
        slackApiUrl: env.SLACK_API_URL || inputs/* DEFAULT_SLACK_API_URL */.sD,
        anthropicApiKey: env.ANTHROPIC_API_KEY || undefined,
        anthropicBaseUrl: env.ANTHROPIC_BASE_URL || undefined
    };
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
