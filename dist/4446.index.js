export const id = 4446;
export const ids = [4446,673];
export const modules = {

/***/ 84446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VALIDATE_HELP: () => (/* binding */ VALIDATE_HELP),
/* harmony export */   printConfigErrors: () => (/* binding */ printConfigErrors),
/* harmony export */   validateCommand: () => (/* binding */ validateCommand),
/* harmony export */   validateConfigs: () => (/* binding */ validateConfigs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90825);
/* harmony import */ var _config_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79397);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46909);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38422);
/* harmony import */ var _report_runner_commands_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60673);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71604);









const VALIDATE_HELP = `Usage: hybrid-coordinator validate [--config-dir DIR] [--python PATH]

Checks every workflow config in DIR (default .github/coordinator) the way the action's
\`mode: validate\` does: keys, tools, names unique, prompts and virtual files exist, every
coordinator and shadow script loads (TypeScript compiles, Python parses) and exports a
handler. Runs nothing.

Prints one \`file:line: message\` line per problem; inside GitHub Actions
(GITHUB_ACTIONS=true) prints \`::error file=...,line=...::\` annotations instead, so the
problems show on the pull request's files.

Options:
  --config-dir DIR   folder of workflow configs, relative to the current directory
  --python PATH      interpreter used to check .py scripts (default python3)
  -h, --help         this text

Exit: 0 every config is valid, 1 a problem was found, 2 usage error.`;
async function validateCommand(argv, io) {
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)('validate', argv, {
        'config-dir': { type: 'string' },
        python: { type: 'string' }
    });
    if (values.help)
        return ((0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, VALIDATE_HELP), _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok);
    if (positionals.length)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`validate: unexpected argument "${positionals[0]}": see hybrid-coordinator validate --help`);
    const configDir = values['config-dir'] ?? '.github/coordinator';
    const errors = await validateConfigs(io, configDir, values.python ?? 'python3');
    const unreadable = errors.find((e) => e.key === 'config-dir');
    if (unreadable)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`validate: ${unreadable.message}`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage);
    const count = (await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadWorkflowConfigs */ .pt)(new _config_source_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkspaceSource */ .J(io.cwd), configDir)).workflows.length;
    if (!errors.length) {
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'green', `${configDir}: ${count} workflow config(s) valid.`));
        return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    }
    printConfigErrors(io, errors);
    (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'red', `${configDir}: ${errors.length} problem(s).`));
    return _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.problem;
}
/** The engine's own `mode: validate` over the configs in `configDir`; the trace it writes is thrown away. */
async function validateConfigs(io, configDir, python) {
    const traceDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'hc-validate-'));
    try {
        const outcome = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runEngine */ .cn)({
            trigger: { event: 'workflow_dispatch', action: null, payload: {}, repository: '', ref: '', sha: '', actor: '' },
            source: new _config_source_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkspaceSource */ .J(io.cwd),
            configDir,
            dryRun: true,
            model: _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MODEL */ .UB,
            python,
            traceDir,
            mode: 'validate',
            clients: { slackApiUrl: _inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_SLACK_API_URL */ .sD },
            secrets: []
        });
        return outcome.configErrors;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(traceDir, { recursive: true, force: true });
    }
}
/** `file:line: message` lines, or `::error` annotations when running inside GitHub Actions. */
function printConfigErrors(io, errors) {
    const inActions = io.env.GITHUB_ACTIONS === 'true';
    for (const e of errors) {
        const line = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .formatLocated */ .Cc)(e.message, e.location);
        if (!inActions) {
            io.stdout(`${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'red', line)}\n`);
            continue;
        }
        const props = [`file=${(0,_report_runner_commands_js__WEBPACK_IMPORTED_MODULE_7__.escapeProperty)(e.location.file)}`, e.location.line ? `line=${e.location.line}` : '', `title=${(0,_report_runner_commands_js__WEBPACK_IMPORTED_MODULE_7__.escapeProperty)('Hybrid Coordinator: invalid config')}`].filter(Boolean);
        io.stdout(`::error ${props.join(',')}::${(0,_report_runner_commands_js__WEBPACK_IMPORTED_MODULE_7__.escapeData)((0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .withoutLocation */ .Yx)(e.message, e.location))}\n`);
    }
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

/***/ 60673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRunnerCommands: () => (/* binding */ createRunnerCommands),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand),
/* harmony export */   formatKeyValue: () => (/* binding */ formatKeyValue),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   randomDelimiter: () => (/* binding */ randomDelimiter),
/* harmony export */   toCommandValue: () => (/* binding */ toCommandValue)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** `%`, CR and LF in a command's message (`escapeData` in @actions/core's command.ts). */
function escapeData(value) {
    return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value also escapes `:` and `,`, the command's own separators (`escapeProperty`). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Strings as they are, nothing as '', anything else as JSON (`toCommandValue` in utils.ts). */
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string' || value instanceof String)
        return String(value);
    return JSON.stringify(value);
}
/**
 * `::name key=value,key=value::message`. As in @actions/core's Command, falsy values are
 * left out, and a space follows the name whenever the properties object has keys.
 */
function formatCommand(command, properties, message) {
    const keys = Object.keys(properties);
    const props = keys.filter((key) => properties[key]).map((key) => `${key}=${escapeProperty(properties[key])}`);
    return `::${command}${keys.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
/**
 * A delimiter like @actions/core's `ghadelimiter_<uuid>`, from Math.random: loading
 * node:crypto costs more at start-up than everything else in this file. Safe because a
 * value or name that contains the delimiter is refused below, so even a guessed one
 * cannot end a block early.
 */
function randomDelimiter() {
    let hex = '';
    while (hex.length < 32)
        hex += Math.floor(Math.random() * 0x100000000)
            .toString(16)
            .padStart(8, '0');
    return `ghadelimiter_${hex}`;
}
/**
 * `name<<delimiter`, the value, the delimiter: the multi-line form of GITHUB_OUTPUT. A
 * value cannot end the block early and forge another output.
 */
function formatKeyValue(key, value, delimiter = randomDelimiter()) {
    const text = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
/** Annotation properties under the runner's names (`toCommandProperties`). */
function annotationProperties(props = {}) {
    if (!Object.keys(props).length)
        return {};
    return { title: props.title, file: props.file, line: props.startLine };
}
/** The runner's `INPUT_<NAME>` variable for an input: spaces become `_`, upper case, trimmed. */
function getInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** `CoreLike` over the runner's environment, writing commands to stdout (redacted by main). */
function createRunnerCommands(env = process.env, write = (text) => void process.stdout.write(text)) {
    const command = (name, props, message) => write(formatCommand(name, props, message) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    const fileCommand = (variable, message) => {
        const file = env[variable];
        if (!file)
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, 'utf8');
        return true;
    };
    const error = (message, props) => command('error', annotationProperties(props), message);
    let buffered = '';
    const summary = {
        addRaw(text, addEOL = false) {
            buffered += addEOL ? text + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL : text;
            return summary;
        },
        async write() {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, buffered, 'utf8');
            buffered = '';
        }
    };
    return {
        getInput: (name) => getInput(env, name),
        setSecret: (secret) => command('add-mask', {}, secret),
        setOutput(name, value) {
            if (fileCommand('GITHUB_OUTPUT', formatKeyValue(name, value)))
                return;
            // Runners older than GITHUB_OUTPUT (and local runs) read the deprecated command.
            write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
            command('set-output', { name }, value);
        },
        setFailed(message) {
            process.exitCode = 1;
            error(message);
        },
        info: (message) => write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL),
        notice: (message, props) => command('notice', annotationProperties(props), message),
        warning: (message, props) => command('warning', annotationProperties(props), message),
        error,
        summary
    };
}


/***/ })

};
