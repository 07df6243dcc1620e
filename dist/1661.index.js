export const id = 1661;
export const ids = [1661];
export const modules = {

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ formatLocated),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   Yx: () => (/* binding */ withoutLocation),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   o1: () => (/* binding */ resolvePath),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   z1: () => (/* binding */ CliError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** Exit codes, the same for every command (documented in `--help` and the README). */
const EXIT = {
    /** Done, nothing wrong. */
    ok: 0,
    /** The command ran and found a problem: an invalid config, a failed workflow, a replay difference, a migration that could not be written. */
    problem: 1,
    /** The command could not start: unknown flag, missing argument, a file named on the command line missing or unreadable, no credentials. */
    usage: 2
};
/** An error the CLI prints as one line (`file:line: message`) and exits with its code. */
class CliError extends Error {
    exitCode;
    location;
    name = 'CliError';
    constructor(message, exitCode = EXIT.problem, location, options) {
        super(message, options);
        this.exitCode = exitCode;
        this.location = location;
    }
}
/** A wrong command line: exit 2, with a pointer to `--help`. */
class UsageError extends CliError {
    name = 'UsageError';
    constructor(message, location) {
        super(message, EXIT.usage, location);
    }
}
/** `file:line: message`, the one shape every CLI error line has. */
function formatLocated(message, location) {
    if (!location?.file)
        return message;
    return `${location.file}${location.line ? `:${location.line}` : ''}: ${withoutLocation(message, location)}`;
}
/** Messages built for annotations often start with their file already: say it once. */
function withoutLocation(message, location) {
    for (const prefix of [`${location.file}:${location.line}: `, `${location.file}: `]) {
        if (message.startsWith(prefix))
            return message.slice(prefix.length);
    }
    return message;
}
/**
 * node:util `parseArgs`, strict: an unknown flag or a missing value is a one-line
 * UsageError naming the flag, never parseArgs' own multi-sentence message.
 */
function parseCommandArgs(command, argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    }
    catch (error) {
        const code = error.code;
        // Read `message` directly: under a test runner's VM context the error is not `instanceof Error` here.
        const message = typeof error.message === 'string' ? error.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
        const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw new UsageError(`${command}: unknown option ${flag ?? message}: see hybrid-coordinator ${command} --help`);
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
            throw new UsageError(`${command}: option ${flag ?? ''} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}: see hybrid-coordinator ${command} --help`);
        throw new UsageError(`${command}: ${message.split('\n')[0]}`);
    }
}
/** A whole number flag (`--max-traces 3`), or a UsageError naming it. */
function wholeNumber(command, flag, value, fallback, min = 0) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
        throw new UsageError(`${command}: --${flag} needs a whole number of at least ${min}, got "${value}"`);
    return n;
}
/** A path from the command line, resolved against the working directory. */
function resolvePath(io, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
}
/** A path as users should read it: relative to the working directory when under it. */
function displayPath(io, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, full);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : full;
}
const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1, cyan: 36 };
/** Wraps text in an ANSI colour when the output is a terminal; plain text otherwise. */
function paint(io, colour, text) {
    return io.color ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
/** Writes lines to stdout. */
function say(io, ...lines) {
    for (const line of lines)
        io.stdout(`${line}\n`);
}
/** Writes lines to stderr. */
function warn(io, ...lines) {
    for (const line of lines)
        io.stderr(`${line}\n`);
}


/***/ }),

/***/ 57910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runProposeMode: () => (/* binding */ runProposeMode)
/* harmony export */ });
/* harmony import */ var _clients_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16392);
/* harmony import */ var _config_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79397);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46909);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _gather_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39027);
/* harmony import */ var _propose_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15824);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47623);







/** `mode: propose` (SPEC section 8): outputs `pull-request`, the step summary, annotations. */
async function runProposeMode({ core, env, inputs, trigger, clients, workspace }) {
    core.setOutput('pull-request', '');
    if (!inputs.workflow) {
        core.setFailed('mode: propose needs the input workflow: the name of the coordinator: llm workflow to upgrade');
        return;
    }
    const source = new _config_source_js__WEBPACK_IMPORTED_MODULE_1__/* .WorkspaceSource */ .J(workspace, trigger.sha || undefined);
    const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadWorkflowConfigs */ .pt)(source, inputs.configDir);
    const workflow = loaded.workflows.find((w) => w.name === inputs.workflow);
    if (!workflow) {
        for (const e of loaded.errors)
            core.error(e.message, { title: 'Hybrid Coordinator: invalid config', file: e.location.file, startLine: e.location.line });
        const names = loaded.workflows.map((w) => w.name).join(', ') || 'none';
        core.setFailed(`propose: input workflow "${inputs.workflow}" names no valid workflow config in ${inputs.configDir}: the valid workflows are ${names}`);
        return;
    }
    const lines = [`## Hybrid Coordinator: propose ${workflow.name}`, ''];
    let outcome;
    try {
        const github = await new _clients_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Clients */ .f(clients).github();
        const gathered = await (0,_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .gatherArtifacts */ .Bi)({ github, repository: trigger.repository, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' }, workflow.name);
        const skipped = (0,_gather_js__WEBPACK_IMPORTED_MODULE_4__/* .describeSkipped */ .At)(gathered);
        core.info(`propose: ${gathered.runs.length} recorded run(s) of ${workflow.name}${skipped ? `; left out: ${skipped}` : ''}.`);
        lines.push(`Recorded runs read: ${gathered.runs.length}${skipped ? ` (left out: ${skipped})` : ''}.`, '');
        outcome = await (0,_propose_js__WEBPACK_IMPORTED_MODULE_5__/* .proposeUpgrade */ .F)({
            workflow,
            gathered,
            source,
            root: workspace,
            python: inputs.python,
            settings: clients,
            model: workflow.model ?? inputs.model,
            github: { client: github, repository: trigger.repository },
            dryRun: inputs.dryRun,
            secrets: [inputs.githubToken, inputs.slackToken, inputs.anthropicApiKey].filter(Boolean)
        });
    }
    catch (error) {
        const message = `propose ${workflow.name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`;
        lines.push(`**Nothing proposed.** ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`);
        await writeSummary(core, env, lines);
        if (error instanceof _pull_request_js__WEBPACK_IMPORTED_MODULE_6__/* .ProposeStop */ .nl)
            core.error(message, { title: 'Hybrid Coordinator: propose stopped', file: workflow.file });
        core.setFailed(message);
        return;
    }
    switch (outcome.kind) {
        case 'waiting':
            core.notice(`propose ${workflow.name}: no pull request: ${outcome.reason}`);
            lines.push(`No pull request: ${outcome.reason}.${outcome.published ? ` (${outcome.published.url})` : ''}`);
            if (outcome.published)
                core.setOutput('pull-request', outcome.published.url);
            break;
        case 'rejected':
            core.warning(`propose ${workflow.name}: ${outcome.reason}`, { title: 'Hybrid Coordinator: draft not proposed', file: workflow.file });
            lines.push(`**No pull request:** ${outcome.reason}.`, '', ...outcome.problems.map((p) => `- ${p}`));
            if (outcome.evidence) {
                for (const d of outcome.evidence.divergences)
                    lines.push(`- ${d.link}: \`${d.tool}\` on \`${d.target}\` (${d.side})`);
                for (const r of outcome.evidence.unrecordedReads)
                    lines.push(`- ${r.link}: read the trace never recorded: \`${r.tool}\` ${JSON.stringify(r.input)}`);
            }
            break;
        case 'proposed': {
            const { change, published } = outcome;
            if (!published) {
                core.info(`propose (dry run): the pull request it would open on ${(0,_pull_request_js__WEBPACK_IMPORTED_MODULE_6__/* .upgradeBranch */ .dl)(workflow.name)}:`);
                for (const [path, content] of Object.entries(change.files))
                    core.info(`--- ${path}\n${content.trimEnd()}`);
                core.info(`--- ${change.title}\n${change.body.trimEnd()}`);
                lines.push(`Dry run: the pull request below would be opened on \`${(0,_pull_request_js__WEBPACK_IMPORTED_MODULE_6__/* .upgradeBranch */ .dl)(workflow.name)}\` (files: ${Object.keys(change.files)
                    .map((f) => `\`${f}\``)
                    .join(', ')}).`, '');
            }
            else {
                const what = published.pull === 'created' ? 'Opened' : published.pull === 'updated' ? 'Updated' : published.committed ? 'Pushed a new commit to' : 'Nothing new for';
                core.info(`propose: ${what} pull request #${published.number}: ${published.url}`);
                core.setOutput('pull-request', published.url);
                lines.push(`${what} [pull request #${published.number}](${published.url}) (stage ${outcome.stage} of 2).`, '');
            }
            lines.push(change.body);
        }
    }
    await writeSummary(core, env, lines);
}
async function writeSummary(core, env, lines) {
    if (env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(lines.join('\n'), true).write();
}


/***/ })

};
