export const id = 6853;
export const ids = [6853,673,7660];
export const modules = {

/***/ 86853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_TRACES: () => (/* binding */ DEFAULT_MAX_TRACES),
  MIGRATE_HELP: () => (/* binding */ MIGRATE_HELP),
  configChange: () => (/* binding */ configChange),
  draftScript: () => (/* binding */ draftScript),
  findWorkflow: () => (/* binding */ findWorkflow),
  loadTraces: () => (/* binding */ loadTraces),
  migrateCommand: () => (/* binding */ migrateCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/source.ts
var config_source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/config/load.ts + 3 modules
var load = __webpack_require__(46909);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
// EXTERNAL MODULE: ./src/clients/index.ts
var clients = __webpack_require__(16392);
// EXTERNAL MODULE: ./src/coordinators/validate-scripts.ts
var validate_scripts = __webpack_require__(77660);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(38422);
// EXTERNAL MODULE: ./src/models/capabilities.ts
var capabilities = __webpack_require__(70250);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/run.ts + 2 modules
var run = __webpack_require__(47261);
// EXTERNAL MODULE: ./src/cli/validate.ts
var validate = __webpack_require__(84446);
// EXTERNAL MODULE: ./src/cli/trace-file.ts
var trace_file = __webpack_require__(5082);
// EXTERNAL MODULE: ./src/codegen/types.ts
var types = __webpack_require__(40012);
// EXTERNAL MODULE: ./src/run-workflow.ts + 1 modules
var run_workflow = __webpack_require__(67109);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/cli/replay-run.ts + 1 modules
var replay_run = __webpack_require__(18214);
;// CONCATENATED MODULE: ./src/cli/migrate-prompt.ts




/** The system prompt: what to write, and the rules replay will hold it to. */
const MIGRATE_SYSTEM = `You rewrite a Hybrid Coordinator workflow that an LLM coordinates as a TypeScript script coordinator: a deterministic program that calls the very same tools, so the team can review it and stop paying for a model on every event.

Write one TypeScript module:
- \`import type { Handler } from 'hybrid-coordinator'\` and \`export default handler\`, where \`const handler: Handler = async (trigger, tools, virtualFiles, subagent) => { ... }\`.
- Call tools only as \`tools.<namespace>.<name>(...)\`, with the typed API below, and only the tools this workflow lists. Every tool is async.
- Make the calls the recorded runs make, with the same arguments (the same \`limit\`, full PR URLs): the script is checked by replaying it on these traces, where reads are answered from the recorded results.
- Use \`subagent\` only for judgement a program cannot make (classifying free text); prefer plain code.
- No other imports, no network access, no environment variables. Return a small JSON object summarising what was done.

Answer with exactly one \`\`\`ts code block holding the whole file, then at most three sentences on anything the traces left uncertain.`;
const MAX_VALUE_CHARS = 1500;
const MAX_PAYLOAD_CHARS = 3000;
/** The user turn: the workflow's prompt, tools with their TypeScript types, virtual file names, and sample traces. */
function buildMigratePrompt({ workflow, samples }) {
    const tools = (0,run_workflow/* effectiveTools */.$J)(workflow);
    const parts = [];
    parts.push(`# Workflow ${workflow.name}${workflow.description ? `: ${workflow.description}` : ''}`);
    parts.push(`Config file: ${workflow.file}. Runs on: ${Object.entries(workflow.on)
        .map(([e, f]) => (f?.types ? `${e} (${f.types.join(', ')})` : e))
        .join(', ')}.`);
    if (workflow.slackChannel)
        parts.push(`Default Slack channel (slack.channel): ${workflow.slackChannel}.`);
    const guards = [Object.keys(workflow.limits).length ? `limits ${JSON.stringify(workflow.limits)}` : '', Object.keys(workflow.allow).length ? `allow ${JSON.stringify(workflow.allow)}` : ''].filter(Boolean);
    if (guards.length)
        parts.push(`Guards in front of mutating tools: ${guards.join('; ')}.`);
    parts.push('', '## The prompt the LLM coordinator follows', '', fence(workflow.prompt ?? '(none)', 'markdown'));
    parts.push('', '## Tools this workflow has', '');
    for (const t of tools)
        parts.push(`- \`tools.${t.name}\`${t.mutates ? ' (mutates)' : ''}: ${t.description} Parameters, in order: ${t.params.join(', ') || 'none'}. Returns \`${t.outputType}\`.`);
    parts.push('', 'The typed script API (the package `hybrid-coordinator`):', '', fence((0,types/* renderScriptTypes */.LU)(), 'ts'));
    parts.push('', '## Virtual files', '');
    const names = [...workflow.virtualFiles.map((f) => f.name), 'trigger.json'];
    parts.push(`\`virtualFiles.list()\` gives: ${names.map((n) => `\`${n}\``).join(', ')} (trigger.json holds the event payload).`);
    const subagents = Object.values(workflow.subagents);
    if (subagents.length) {
        parts.push('', '## Subagents declared in the config (call with `subagent.call(name, input)`)', '');
        for (const s of subagents)
            parts.push(`- \`${s.name}\`: ${(0,summary/* short */.h0)(s.prompt, 300)}${s.tools.length ? ` (tools: ${s.tools.join(', ')})` : ''}`);
    }
    parts.push('', `## Recorded runs (${samples.length})`, '');
    if (!samples.length)
        parts.push('No traces were given: follow the prompt.');
    samples.forEach(({ run, traced }, i) => {
        const t = run.trigger;
        parts.push(`### Run ${i + 1}: ${t.event}${t.action ? `.${t.action}` : ''} on ${t.repository || '?'} (${traced.end?.status ?? 'unfinished'})`, '');
        parts.push(`Trigger payload: ${(0,summary/* short */.h0)(t.payload, MAX_PAYLOAD_CHARS)}`, '');
        for (const c of (0,replay_run/* recordedCalls */.ip)(traced)) {
            const answer = c.error !== undefined ? `error: ${(0,summary/* short */.h0)(c.error, 300)}` : (0,summary/* short */.h0)(c.output, MAX_VALUE_CHARS);
            parts.push(`- \`${c.tool}(${(0,summary/* short */.h0)(c.input, 400)})\` → ${c.outcome}${c.target ? ` on ${c.target}` : ''}: ${answer}`);
        }
        if (traced.end)
            parts.push('', `Ended ${traced.end.status}: ${(0,summary/* short */.h0)(traced.end.error ?? traced.end.result, 500)}`);
        parts.push('');
    });
    return parts.join('\n');
}
function fence(text, lang) {
    const ticks = text.includes('```') ? '````' : '```';
    return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}
/**
 * The script in a reply: its ```ts (or ```typescript) block, the first one that exports a
 * handler when there are several (a model may show a type or a config beside it).
 */
function extractTypeScript(reply) {
    const blocks = [...reply.matchAll(/(`{3,})[ \t]*(?:ts|typescript|mts)[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*\1/gi)].map((m) => m[2]).filter((code) => code.trim());
    const code = blocks.find((b) => /\bexport\b[\s\S]*\bhandler\b|\bexport\s+default\b/.test(b)) ?? blocks[0];
    return code ? `${code.replace(/\s+$/, '')}\n` : undefined;
}

// EXTERNAL MODULE: ./src/cli/replay.ts
var replay = __webpack_require__(57919);
;// CONCATENATED MODULE: ./src/cli/migrate.ts

















const MIGRATE_HELP = `Usage: hybrid-coordinator migrate WORKFLOW [--traces DIR] [--out FILE] [--force]
                                  [--max-traces N] [--config-dir DIR] [--model MODEL] [--sandbox]

Asks Claude to rewrite a coordinator: llm workflow as a TypeScript script coordinator that
uses the typed tool API. Claude gets the workflow's prompt, its tools with their TypeScript
types, its virtual file names and up to N sample traces. The script is checked as
\`validate\` checks scripts (it compiles and exports a handler) before it is written, then
replayed on the traces in DIR; the config change to make is printed. migrate never edits
the config, and never overwrites a file without --force.

WORKFLOW is the workflow's name (or its config file). ANTHROPIC_API_KEY (and
ANTHROPIC_BASE_URL when set) come from the environment.

Options:
  --traces DIR       recorded runs of the workflow (*.jsonl, searched recursively): samples
                     for Claude, and the events the new script is replayed on
  --out FILE         the script to write (default scripts/WORKFLOW.ts)
  --force            overwrite FILE if it exists
  --max-traces N     most sample traces sent to Claude, newest first (default 3)
  --config-dir DIR   folder of workflow configs (default .github/coordinator)
  --model MODEL      the model to ask (default ${inputs/* DEFAULT_MODEL */.UB})
  --python PATH      interpreter for .py scripts met while validating (default python3)
  --sandbox          ask the built-in sandbox's scripted stand-in instead of Claude (its
                     \`migrate\` policy answers with a fixed pr_merged script): no key needed
  -h, --help         this text

Exit: 0 written, valid, and every replayed event agrees; 1 refused (a script workflow), no
usable code in the reply (nothing written), or the written script differs on a trace;
2 usage error (flags, missing files, FILE exists without --force, no API key).`;
/** Sample traces sent to the model, newest first (migrate's --max-traces; propose's fixed number). */
const DEFAULT_MAX_TRACES = 3;
const MAX_REPLY_TOKENS = 8192;
async function migrateCommand(argv, io) {
    const { values, positionals } = (0,cli_io/* parseCommandArgs */.Qx)('migrate', argv, {
        traces: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        'max-traces': { type: 'string' },
        'config-dir': { type: 'string' },
        model: { type: 'string' },
        python: { type: 'string' },
        sandbox: { type: 'boolean' }
    });
    if (values.help)
        return ((0,cli_io/* say */.cv)(io, MIGRATE_HELP), cli_io/* EXIT */.dc.ok);
    if (positionals.length !== 1)
        throw new cli_io/* UsageError */.eb(`migrate: ${positionals.length ? 'takes one WORKFLOW' : 'needs the WORKFLOW to rewrite'}: see hybrid-coordinator migrate --help`);
    const maxTraces = (0,cli_io/* wholeNumber */.rD)('migrate', 'max-traces', values['max-traces'], DEFAULT_MAX_TRACES);
    const configDir = values['config-dir'] ?? '.github/coordinator';
    const model = values.model ?? inputs/* DEFAULT_MODEL */.UB;
    const force = Boolean(values.force);
    const tracesDir = values.traces;
    // Everything that can be checked without the model is checked first: a refusal costs nothing.
    const source = new config_source/* WorkspaceSource */.J(io.cwd);
    const workflow = await findWorkflow(io, source, configDir, positionals[0]);
    const given = values.out ?? `scripts/${workflow.name}.ts`;
    if (!['.ts', '.mts'].includes((0,external_node_path_.extname)(given)))
        throw new cli_io/* UsageError */.eb(`migrate: --out ${given}: expected a .ts or .mts file (migrate writes TypeScript)`);
    // Configs name scripts relative to the repository root: say `out` that way everywhere.
    const out = (0,cli_io/* displayPath */.Gt)(io, given);
    if ((0,external_node_path_.isAbsolute)(out))
        throw new cli_io/* UsageError */.eb(`migrate: --out ${given}: expected a file inside the repository (${io.cwd}), where a config can name it`);
    const outFull = (0,cli_io/* resolvePath */.o1)(io, out);
    if ((0,external_node_fs_.existsSync)(outFull) && !force)
        throw new cli_io/* CliError */.z1(`${out}: already exists: pass --force to overwrite it, or --out to write another file`, cli_io/* EXIT */.dc.usage);
    const traces = tracesDir ? await loadTraces(io, tracesDir, workflow.name) : [];
    const samples = traces.slice(0, maxTraces);
    const box = values.sandbox ? await (await __webpack_require__.e(/* import() */ 1193).then(__webpack_require__.bind(__webpack_require__, 21193))).startCliSandbox('migrate') : undefined;
    let draft;
    try {
        const settings = box?.clients ?? (0,run.clientsFromEnv)(io.env);
        if (!settings.anthropicApiKey)
            throw new cli_io/* CliError */.z1("no Anthropic API key: set ANTHROPIC_API_KEY (or pass --sandbox to try the command with the sandbox's scripted stand-in)", cli_io/* EXIT */.dc.usage);
        (0,cli_io/* say */.cv)(io, (0,cli_io/* paint */.nI)(io, 'dim', `Asking ${box ? "the sandbox's scripted stand-in for Claude (policy migrate, not a real model: whatever the workflow, it answers with the pr_merged example's script)" : model} to rewrite ${workflow.name} (${workflow.file}) as a TypeScript script, with ${samples.length} sample trace(s)…`));
        // The model table: a model it does not know is asked plainly, and the user hears so.
        const { notice } = (0,capabilities/* lookupModel */.Md)(model);
        if (notice)
            (0,cli_io/* warn */.R8)(io, (0,cli_io/* paint */.nI)(io, 'yellow', notice));
        draft = await draftScript({ settings, model, workflow, samples, source, root: io.cwd, out, python: values.python ?? 'python3' });
    }
    finally {
        await box?.close();
    }
    const code = draft.code;
    if (!code) {
        const gist = draft.reply.trim().split('\n')[0]?.slice(0, 160) || '(an empty reply)';
        throw new cli_io/* CliError */.z1(`the model's reply holds no \`\`\`ts code block, so nothing was written (${(0,external_node_fs_.existsSync)(outFull) ? `${out} is unchanged` : `${out} was not created`}); the reply began: ${gist}`, cli_io/* EXIT */.dc.problem);
    }
    if (draft.problems.length) {
        for (const p of draft.problems)
            (0,cli_io/* say */.cv)(io, (0,cli_io/* paint */.nI)(io, 'red', p));
        throw new cli_io/* CliError */.z1(`the model's script fails validate, so nothing was written (${(0,external_node_fs_.existsSync)(outFull) ? `${out} is unchanged` : `${out} was not created`})`, cli_io/* EXIT */.dc.problem);
    }
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(outFull), { recursive: true });
    try {
        await external_node_fs_.promises.writeFile(outFull, code, { flag: force ? 'w' : 'wx' });
    }
    catch (error) {
        throw new cli_io/* CliError */.z1(`${out}: cannot be written: ${error.code === 'EEXIST' ? 'it appeared while the model was answering; pass --force to overwrite it' : (0,errors/* errorMessage */.gJ)(error)}`, cli_io/* EXIT */.dc.problem);
    }
    (0,cli_io/* say */.cv)(io, (0,cli_io/* paint */.nI)(io, 'green', `Wrote ${out} (${code.split('\n').length - 1} lines): it compiles and exports a handler.`));
    let agree = true;
    if (tracesDir && traces.length) {
        (0,cli_io/* say */.cv)(io, '', `Replaying ${out} on the ${traces.length} recorded run(s) of ${workflow.name} in ${tracesDir}:`, '');
        const tally = await (0,replay.replayPath)(io, tracesDir, { workflow: workflow.name, script: out, configDir, python: values.python });
        agree = tally.total > 0 && tally.agreed === tally.total;
    }
    else {
        (0,cli_io/* say */.cv)(io, '', (0,cli_io/* paint */.nI)(io, 'yellow', tracesDir
            ? `No trace in ${tracesDir} holds a complete run of ${workflow.name}: nothing to replay it on.`
            : `No --traces given: replay it on recorded runs with \`hybrid-coordinator replay DIR --workflow ${workflow.name} --script ${out}\`.`));
    }
    (0,cli_io/* say */.cv)(io, '', ...configChange(io, workflow, out));
    return agree ? cli_io/* EXIT */.dc.ok : cli_io/* EXIT */.dc.problem;
}
/** The workflow by name (or config file), which must be valid and coordinator: llm. */
async function findWorkflow(io, source, configDir, wanted, command = 'migrate') {
    const loaded = await (0,load/* loadWorkflowConfigs */.pt)(source, configDir);
    const asFile = (0,cli_io/* displayPath */.Gt)(io, wanted);
    const workflow = loaded.workflows.find((w) => w.name === wanted || w.file === asFile);
    if (!workflow) {
        const broken = loaded.errors.filter((e) => e.location.file === asFile || e.location.file.endsWith(`/${wanted}.yml`) || e.location.file.endsWith(`/${wanted}.yaml`));
        if (broken.length) {
            (0,validate.printConfigErrors)(io, broken);
            throw new cli_io/* CliError */.z1(`${command}: the config of ${wanted} is invalid: fix it first (hybrid-coordinator validate --config-dir ${configDir})`, cli_io/* EXIT */.dc.problem);
        }
        const configDirError = loaded.errors.find((e) => e.key === 'config-dir');
        if (configDirError)
            throw new cli_io/* UsageError */.eb(`${command}: ${configDirError.message}`);
        const names = loaded.workflows.map((w) => w.name).join(', ') || 'none';
        throw new cli_io/* UsageError */.eb(`${command}: no workflow named ${wanted} in ${configDir}: the workflows there are ${names}`);
    }
    if (workflow.coordinator === 'script') {
        throw new cli_io/* CliError */.z1(`${command} refuses ${workflow.name}: it is already coordinator: script (${workflow.script}); ${command} ${command === 'migrate' ? 'rewrites' : 'upgrades'} coordinator: llm workflows. To check a script against recorded runs, use hybrid-coordinator replay`, cli_io/* EXIT */.dc.problem, { file: workflow.file });
    }
    return workflow;
}
/** Complete recorded runs of the workflow, newest first; unusable traces are named and left out. */
async function loadTraces(io, path, workflow) {
    const full = (0,cli_io/* resolvePath */.o1)(io, path);
    let files;
    try {
        files = (0,external_node_fs_.statSync)(full).isDirectory() ? await (0,trace_file/* findTraceFiles */.m9)(full) : [full];
    }
    catch {
        throw new cli_io/* CliError */.z1(`${path}: does not exist: expected a folder of traces (*.jsonl)`, cli_io/* EXIT */.dc.usage);
    }
    const found = [];
    for (const file of files) {
        try {
            const run = await (0,trace_file/* readTraceFile */.mA)(file, (0,cli_io/* displayPath */.Gt)(io, file));
            if (!run.workflows.some((w) => w.name === workflow))
                continue;
            found.push({ run, traced: (0,trace_file/* completeWorkflow */.Xu)(run, workflow) });
        }
        catch (error) {
            if (error instanceof trace_file/* TraceError */.yW)
                (0,cli_io/* warn */.R8)(io, (0,cli_io/* paint */.nI)(io, 'yellow', `${(0,cli_io/* formatLocated */.Cc)(error.message, error.location)} (left out)`));
            else
                throw error;
        }
    }
    return found.sort((a, b) => (b.run.time ?? '').localeCompare(a.run.time ?? ''));
}
/** migrate's draft: one model call with the workflow and samples, the code block, and validate's verdict on it. Writes nothing. */
async function draftScript(request) {
    const prompt = buildMigratePrompt({ workflow: request.workflow, samples: request.samples });
    const reply = await askModel(request.settings, request.model, request.redact ? request.redact(prompt) : prompt);
    const code = extractTypeScript(reply);
    if (!code)
        return { reply, problems: [] };
    const problems = await checkScript(request.root, request.source, request.workflow, request.out, code, request.python);
    return { reply, code, problems };
}
async function askModel(settings, model, prompt) {
    try {
        const anthropic = await new clients/* Clients */.f(settings).anthropic();
        // No tools, no thinking setting (never `disabled`: Sonnet 5.5 refuses it); only the
        // text blocks are the reply, since a thinking model's answer may start with a thinking block.
        const maxTokens = Math.min(MAX_REPLY_TOKENS, (0,capabilities/* lookupModel */.Md)(model).capabilities.maxOutputTokens);
        const answer = await anthropic.messages.create({ model, max_tokens: maxTokens, system: MIGRATE_SYSTEM, messages: [{ role: 'user', content: prompt }] });
        const text = answer.content.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('\n');
        if (answer.stop_reason === 'max_tokens' && !extractTypeScript(text)) {
            throw new Error(`the reply was cut off at max_tokens (${MAX_REPLY_TOKENS}) before its code block ended`);
        }
        return text;
    }
    catch (error) {
        throw new cli_io/* CliError */.z1(`the Messages API call failed: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`, cli_io/* EXIT */.dc.problem, undefined, { cause: error });
    }
}
/**
 * `validate`'s script check on the candidate, from a temp file beside OUT (so its relative
 * imports resolve as they will): nothing is written at OUT unless it passes.
 */
async function checkScript(root, source, workflow, out, code, python) {
    const outFull = (0,external_node_path_.resolve)(root, out);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(outFull), { recursive: true });
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(outFull), `.${(0,external_node_path_.basename)(outFull, (0,external_node_path_.extname)(outFull))}.hc-migrate-${process.pid}-${Math.random().toString(36).slice(2, 8)}${(0,external_node_path_.extname)(outFull)}`);
    const tempRel = (0,external_node_path_.relative)(root, temp).split(external_node_path_.sep).join('/');
    await external_node_fs_.promises.writeFile(temp, code);
    try {
        const errors = await (0,validate_scripts.validateScripts)([{ ...workflow, coordinator: 'script', script: tempRel, shadowScript: undefined }], { source, python, secrets: [] });
        return errors.map((e) => (0,cli_io/* formatLocated */.Cc)(e.message.split(tempRel).join(out), { ...e.location, file: out }));
    }
    finally {
        await external_node_fs_.promises.rm(temp, { force: true });
    }
}
/** The edit to make by hand: the config's own lines that go, and the ones that replace them. */
function configChange(io, workflow, script) {
    const full = (0,cli_io/* resolvePath */.o1)(io, workflow.file);
    const text = (0,external_node_fs_.existsSync)(full) ? readText(full) : '';
    const parsed = (0,load/* parseConfigText */.Bu)(text, workflow.file);
    const removed = [];
    let coordinatorLine;
    if (!('errors' in parsed) && (0,dist/* isMap */.jh)(parsed.doc.contents)) {
        const lines = text.split('\n');
        for (const pair of parsed.doc.contents.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const key = String(pair.key.value);
            if (key !== 'coordinator' && !schema/* LLM_ONLY_KEYS */.cZ.includes(key))
                continue;
            const start = parsed.lines.linePos(pair.key.range[0]).line;
            const valueEnd = pair.value?.range?.[1] ?? pair.key.range[1];
            const end = parsed.lines.linePos(Math.max(pair.key.range[0], valueEnd - 1)).line;
            const block = lines.slice(start - 1, end);
            if (key === 'coordinator')
                coordinatorLine = block.join('\n');
            else
                removed.push(...block.map((l) => `  - ${l}`));
        }
    }
    const lines = [(0,cli_io/* paint */.nI)(io, 'bold', `To switch ${workflow.name} to the script, edit ${workflow.file} (migrate never edits configs):`)];
    if (coordinatorLine)
        lines.push((0,cli_io/* paint */.nI)(io, 'red', `  - ${coordinatorLine}`));
    lines.push(...removed.map((l) => (0,cli_io/* paint */.nI)(io, 'red', l)));
    lines.push((0,cli_io/* paint */.nI)(io, 'green', '  + coordinator: script'), (0,cli_io/* paint */.nI)(io, 'green', `  + coordinator_script: ${script}`));
    lines.push((0,cli_io/* paint */.nI)(io, 'dim', `Or watch it on real events first: keep coordinator: llm and add \`shadow_script: ${script}\`; each run then shows where the script's planned mutations differ from the LLM's.`));
    return lines;
}
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}


/***/ }),

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

/***/ 40012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LU: () => (/* binding */ renderScriptTypes)
/* harmony export */ });
/* unused harmony exports inputTypeName, tsType */
/* harmony import */ var _tools_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98595);

/**
 * `types/index.d.ts`: the typed script API (`import type { Handler } from
 * 'hybrid-coordinator'`), generated from the tool registry so a script's completion and
 * type errors follow the tools the action really has. The few hand-written types below
 * (Trigger, Subagent, the tools' named output types) are checked against the source types
 * they stand for by `__tests__/cli/types.test.ts`, so they cannot drift either.
 */
function renderScriptTypes() {
    const namespaces = new Map();
    for (const tool of _tools_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOLS */ .It) {
        const ns = tool.name.split('.')[0];
        namespaces.set(ns, [...(namespaces.get(ns) ?? []), tool]);
    }
    const out = [HEADER, COMMON];
    for (const tool of _tools_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOLS */ .It)
        out.push(renderInput(tool));
    out.push(doc("The tools a script calls, as `tools.slack.get_messages(...)`. Each takes its parameters as one object (exactly what the LLM sends) or in order. A tool missing from the workflow's `tools:` list throws a clear error when called."), 'export interface Tools {', ...[...namespaces.keys()].map((ns) => `  ${ns}: ${pascal(ns)}Tools`), `  ${doc("Tools of the MCP servers under `mcp_servers`, as `tools.mcp.<server>.<tool>(args)`. A server's tools are known only when it runs, so these types cannot name them: each takes its arguments as one object and resolves to `unknown` (`{ text, structuredContent? }`); check the shape you rely on.")}`, '  mcp: McpTools', '}', '', 'export type McpTools = Record<string, Record<string, (args?: Record<string, unknown>) => Promise<unknown>>>', '');
    for (const [ns, tools] of namespaces) {
        out.push(`export interface ${pascal(ns)}Tools {`);
        for (const tool of tools)
            out.push(...renderMethods(tool));
        out.push('}', '');
    }
    out.push(HANDLER);
    return out.join('\n');
}
/** `slack.get_messages` -> `SlackGetMessagesInput`. */
function inputTypeName(tool) {
    return `${tool.split(/[._]/).map(pascal).join('')}Input`;
}
function pascal(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
function renderInput(tool) {
    const schema = (0,_tools_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .inputJsonSchema */ .I6)(tool);
    const props = (schema.properties ?? {});
    const comment = doc(`Input of \`${tool.name}\`${tool.mutates ? " (mutates: guarded by the workflow's limits and allow-lists)" : ''}.`);
    if (!Object.keys(props).length)
        return `${comment}\nexport type ${inputTypeName(tool.name)} = Record<string, never>\n`;
    const lines = [comment, `export interface ${inputTypeName(tool.name)} {`];
    const required = new Set((schema.required ?? []));
    for (const [name, prop] of Object.entries(props)) {
        const comment = propDoc(prop);
        if (comment)
            lines.push(`  ${comment}`);
        lines.push(`  ${name}${required.has(name) ? '' : '?'}: ${tsType(prop, '  ')}`);
    }
    lines.push('}', '');
    return lines.join('\n');
}
function renderMethods(tool) {
    const fn = tool.name.split('.')[1];
    const schema = (0,_tools_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .inputJsonSchema */ .I6)(tool);
    const required = new Set((schema.required ?? []));
    const result = `Promise<${tool.outputType}>`;
    const comment = `  ${doc(`${tool.description}${tool.mutates ? ' Mutates: in a dry run it is recorded, not sent.' : ''}`)}`;
    if (!tool.params.length)
        return [comment, `  ${fn}(): ${result}`];
    const input = inputTypeName(tool.name);
    const named = `  ${fn}(input${required.size ? '' : '?'}: ${input}): ${result}`;
    // Positional form: a parameter may be left out only when every later one may be too.
    let optionalFrom = tool.params.length;
    while (optionalFrom > 0 && !required.has(tool.params[optionalFrom - 1]))
        optionalFrom--;
    const positional = tool.params.map((p, i) => (i >= optionalFrom ? `${p}?: ${input}['${p}']` : `${p}: ${input}['${p}']`));
    return [comment, named, `  ${fn}(${positional.join(', ')}): ${result}`];
}
function propDoc(prop) {
    const parts = [typeof prop.description === 'string' ? prop.description : ''];
    if (prop.default !== undefined && !/\bdefault\b/.test(parts[0]))
        parts.push(`@default ${JSON.stringify(prop.default)}`);
    const text = parts.filter(Boolean).join(' ');
    return text ? doc(text) : '';
}
/** A JSON Schema (as zod 4 emits it for tool inputs) as TypeScript type text. */
function tsType(schema, indent = '') {
    if ('const' in schema)
        return JSON.stringify(schema.const);
    if (Array.isArray(schema.enum))
        return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
    const variants = (schema.anyOf ?? schema.oneOf);
    if (Array.isArray(variants))
        return [...new Set(variants.map((v) => tsType(v, indent)))].join(' | ');
    const type = schema.type;
    if (Array.isArray(type))
        return type.map((t) => tsType({ ...schema, type: t }, indent)).join(' | ');
    switch (type) {
        case 'string':
            return 'string';
        case 'integer':
        case 'number':
            return 'number';
        case 'boolean':
            return 'boolean';
        case 'null':
            return 'null';
        case 'array': {
            const item = schema.items && typeof schema.items === 'object' ? tsType(schema.items, indent) : 'unknown';
            return /[|&]/.test(item) ? `Array<${item}>` : `${item}[]`;
        }
        case 'object': {
            const props = (schema.properties ?? {});
            const required = new Set((schema.required ?? []));
            const inner = `${indent}  `;
            const lines = Object.entries(props).map(([k, v]) => {
                const comment = propDoc(v);
                return `${comment ? `${inner}${comment}\n` : ''}${inner}${k}${required.has(k) ? '' : '?'}: ${tsType(v, inner)}`;
            });
            // A loose object (other keys allowed and ignored) gets no index signature: a value typed
            // by an interface, such as a SlackMessage, would not be assignable to one.
            const extra = schema.additionalProperties;
            if (extra && typeof extra === 'object' && Object.keys(extra).length)
                lines.push(`${inner}[key: string]: ${tsType(extra, inner)}`);
            return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : 'Record<string, never>';
        }
        default:
            return 'unknown';
    }
}
function doc(text) {
    return `/** ${text.replace(/\*\//g, '*\\/')} */`;
}
const HEADER = `// Generated from the tool registry (src/tools) by \`npm run generate\`: do not edit.
// The typed API of Hybrid Coordinator script coordinators:
//   import type { Handler } from 'hybrid-coordinator'
`;
const COMMON = `/** The GitHub event that started the run, as both coordinators receive it. */
export interface Trigger {
  /** The event name: \`pull_request\`, \`schedule\`, \`workflow_dispatch\`... */
  event: string
  /** The payload's \`action\` (\`closed\`, \`opened\`...), or null. */
  action: string | null
  /** The event JSON as the runner wrote it. */
  payload: Record<string, unknown>
  /** \`owner/name\` */
  repository: string
  ref: string
  sha: string
  actor: string
}

/** A Slack message as \`slack.get_messages\` returns it. */
export interface SlackMessage {
  channel: string
  ts: string
  text: string
  user: string | null
}

/** A pull request as \`github.get_pull_request\` returns it. */
export interface PullRequest {
  number: number
  title: string
  state: 'open' | 'draft' | 'merged' | 'closed'
  merged: boolean
  draft: boolean
  author: string | null
  url: string
  labels: string[]
  body: string
}

/** The workflow's virtual files: its \`virtual_files\`, and \`trigger.json\` (the event). */
export interface VirtualFiles {
  /** The names of the files. */
  list(): string[]
  /** A file's text; throws naming the files there are when there is none by that name. */
  read(name: string): string
}

/**
 * One bounded LLM call per method, with no tools, recorded in the trace. \`call\` runs a
 * subagent declared under \`subagents:\` in the config, with its own subset of the tools.
 */
export interface Subagent {
  run(instructions: string, input?: unknown): Promise<string>
  /** An answer that matches the JSON Schema \`schema\`. */
  json(instructions: string, input: unknown, schema: Record<string, unknown>): Promise<unknown>
  summarize(input: unknown): Promise<string>
  call(name: string, input: unknown, files?: string[]): Promise<string>
}

/** A JSON value: what a handler may return (it becomes the workflow's \`result\`). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
`;
const HANDLER = `/**
 * A script coordinator: \`export default handler\` (or \`export async function handler\`).
 * What it returns must be JSON: it becomes the workflow's \`result\`.
 */
export type Handler = (trigger: Trigger, tools: Tools, virtualFiles: VirtualFiles, subagent: Subagent) => unknown
`;


/***/ }),

/***/ 77660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateScripts: () => (/* binding */ validateScripts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _runtimes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27954);


/**
 * `mode: validate`: every coordinator and shadow script compiles, parses and exports a
 * handler. Nothing of a script runs: each runtime checks its language statically.
 */
async function validateScripts(workflows, services) {
    const errors = [];
    for (const w of workflows) {
        for (const [key, script] of [
            ['coordinator_script', w.script],
            ['shadow_script', w.shadowScript]
        ]) {
            if (!script)
                continue;
            try {
                const runtime = await (0,_runtimes_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRuntime */ .BR)((0,_runtimes_js__WEBPACK_IMPORTED_MODULE_1__/* .scriptRuntime */ .QY)(script));
                const problem = await runtime.validate(script, key, services);
                if (problem)
                    errors.push(problem);
            }
            catch (error) {
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${script}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, { file: script }, key));
            }
        }
    }
    return errors;
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
