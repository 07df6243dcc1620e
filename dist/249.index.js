export const id = 249;
export const ids = [249];
export const modules = {

/***/ 41249:
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
// EXTERNAL MODULE: ./src/engine.ts + 1 modules
var engine = __webpack_require__(14778);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/trigger.ts
var src_trigger = __webpack_require__(12523);
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
config is invalid, 2 usage error (flags, unreadable event file).`;
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
        return (0,cli_io/* say */.cv)(io, RUN_HELP), cli_io/* EXIT */.dc.ok;
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
    const box = sandboxOn ? await (await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.bind(__webpack_require__, 21193))).startCliSandbox('pr-merged') : undefined;
    try {
        if (box && !trigger.repository) {
            const { DEMO } = await __webpack_require__.e(/* import() */ 266).then(__webpack_require__.bind(__webpack_require__, 95266));
            trigger.repository = DEMO.repo;
        }
        const clients = box?.clients ?? clientsFromEnv(io.env);
        const label = `${trigger.event}${trigger.action ? `.${trigger.action}` : ''}`;
        (0,cli_io/* say */.cv)(io, (0,cli_io/* paint */.nI)(io, 'dim', `event ${label}${given ? '' : ' (guessed from the payload: pass --event-name to choose)'} from ${(0,cli_io/* displayPath */.Gt)(io, eventFile)}`), (0,cli_io/* paint */.nI)(io, 'dim', box ? `services: the built-in sandbox at ${box.sandbox.url} (demo seed; the model's part is scripted, not a real model)` : 'services: the real GitHub, Slack and Anthropic APIs, with tokens from the environment'));
        const outcome = await (0,engine/* runEngine */.cn)({
            trigger,
            source: new source/* WorkspaceSource */.J(io.cwd),
            configDir: values['config-dir'] ?? '.github/coordinator',
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
        if (box)
            (0,cli_io/* say */.cv)(io, (0,cli_io/* paint */.nI)(io, 'dim', `sandbox: ${box.sandbox.calls.length} API call(s) answered`));
        return outcome.failed ? cli_io/* EXIT */.dc.problem : cli_io/* EXIT */.dc.ok;
    }
    finally {
        await box?.close();
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


/***/ })

};
