export const id = 7919;
export const ids = [7919];
export const modules = {

/***/ 18214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ip: () => (/* binding */ recordedCalls),
  rS: () => (/* binding */ replayWorkflow)
});

// UNUSED EXPORTS: compareMutations, mutationsOf

// EXTERNAL MODULE: ./src/tools/toolbox.ts
var tools_toolbox = __webpack_require__(91184);
// EXTERNAL MODULE: ./src/prepare-run.ts + 2 modules
var prepare_run = __webpack_require__(62912);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/tools/mcp/names.ts
var names = __webpack_require__(96812);
// EXTERNAL MODULE: ./src/tools/mcp/declarations.ts
var declarations = __webpack_require__(43599);
;// CONCATENATED MODULE: ./src/tools/mcp/offline.ts




/**
 * MCP tools for a replay, which starts no server: each tool the config allows exists, reads
 * are answered by the toolbox from the recorded results (a read the trace lacks fails as
 * unrecorded), and mutations are dry (their preview, through `wrap`). The input is not
 * checked against the server's schema: the trace does not keep it.
 */
function offlineMcpTools(config, wrap = (t) => t) {
    const servers = config.mcpServers ?? {};
    const make = (name) => {
        const ref = (0,names/* parseMcpToolName */.Tr)(name);
        if (!ref || ref.tool === '*' || !Object.hasOwn(servers, ref.server) || !(0,declarations/* toolsAllow */.dE)(config.tools, name))
            return [];
        const mutates = !servers[ref.server].read_only.includes(ref.tool);
        const tool = {
            name,
            description: `${ref.tool} (MCP server ${ref.server}, answered from the recording)`,
            input: schemas.looseObject({}),
            params: [],
            returns: '`{ text, structuredContent? }`',
            outputType: 'unknown',
            mutates,
            jsonSchema: { type: 'object' },
            run: () => Promise.reject(new errors/* ToolError */.v4(`${name}: replay makes no network calls: MCP server "${ref.server}" is not started here`, name)),
            target: () => ({ kind: 'mcp_server', value: ref.server, label: `MCP server ${ref.server}` }),
            preview: async () => ({ text: `dry run: ${name} was recorded and not sent to the MCP server "${ref.server}"`, dry_run: true })
        };
        return [mutates ? wrap(tool) : tool];
    };
    return {
        covers: (name) => name.startsWith('mcp.'),
        load: async (name) => make(name),
        loadAll: async () => config.tools.flatMap(make)
    };
}

// EXTERNAL MODULE: ./src/deadline.ts
var deadline = __webpack_require__(86683);
// EXTERNAL MODULE: ./src/coordinators/runtimes.ts
var runtimes = __webpack_require__(27954);
;// CONCATENATED MODULE: ./src/cli/replay-run.ts






/** Calls of the recorded workflow itself: a shadow candidate's dry runs in the same trace are not what happened. */
function recordedCalls(traced) {
    return traced.calls.filter((c) => c.caller !== 'shadow');
}
/** The mutations a call list holds: sent or dry-run effects, and refused attempts. */
function mutationsOf(calls) {
    return calls
        .filter((c) => c.mutates && (c.outcome === 'sent' || c.outcome === 'dry' || c.outcome === 'refused'))
        .map((c) => ({ tool: c.tool, target: c.target ?? '?', refused: c.outcome === 'refused' }));
}
const keyOf = (m) => `${m.tool}\u0000${m.target}\u0000${m.refused}`;
/** Pairs recorded with planned mutations (as multisets, in the recorded order, then the planned-only ones). */
function compareMutations(recorded, planned) {
    const left = [...planned];
    const rows = [];
    for (const r of recorded) {
        const i = left.findIndex((p) => keyOf(p) === keyOf(r));
        if (i >= 0)
            rows.push({ recorded: r, planned: left.splice(i, 1)[0] });
        else
            rows.push({ recorded: r });
    }
    for (const p of left)
        rows.push({ planned: p });
    return rows;
}
/**
 * Re-runs a script coordinator on a recorded run's trigger, in dry run, with no network:
 * reads are answered from the trace's recorded results (a read it lacks fails, and is
 * reported), mutations are recorded by the toolbox behind the config's guards, and the
 * planned mutations are compared with the recorded ones.
 */
async function replayWorkflow(input) {
    const { run, traced, config } = input;
    const calls = recordedCalls(traced);
    const recordedOutputs = new Map();
    for (const c of calls)
        if (c.mutates && c.target && (c.outcome === 'sent' || c.outcome === 'dry'))
            recordedOutputs.set(`${c.tool} ${c.target}`, c.output);
    // prepareRun offline: the config's guards and virtual files, no clients, reads from the trace.
    const { toolbox, files } = await (0,prepare_run/* prepareRun */.Z0)(config, { trigger: run.trigger, source: input.source, runId: `replay-${run.runId}` }, {
        dryRun: true,
        offline: true,
        recordedReads: (0,tools_toolbox/* recordedReadsFrom */.mv)(calls),
        mapTool: (t) => (t.mutates ? answeredPreview(t, recordedOutputs) : t),
        dynamicTools: offlineMcpTools(config, (t) => answeredPreview(t, recordedOutputs))
    });
    const subagent = recordedSubagent(traced.subagents);
    let result = null;
    let scriptError;
    try {
        const script = { script: input.script, localPath: input.scriptPath, root: input.root, trigger: run.trigger, toolbox, files, subagent: subagent.handle };
        // Script output is not the action's log here: no workflow-command guard around it.
        const output = { stdout: input.scriptOutput, stderr: input.scriptOutput, commands: input.scriptOutput ? null : undefined };
        result = await (0,deadline/* withDeadline */.N)(config.timeoutSeconds, 'the script', (error) => toolbox.close(error.message), (signal) => (0,runtimes/* scriptRuntime */.QY)(input.script) === 'python'
            ? Promise.all(/* import() */[__webpack_require__.e(7264), __webpack_require__.e(4586)]).then(__webpack_require__.bind(__webpack_require__, 84586)).then(({ runPythonScript }) => runPythonScript({ ...script, ...output, python: input.python, subagents: Object.keys(config.subagents), signal }))
            : __webpack_require__.e(/* import() */ 7264).then(__webpack_require__.bind(__webpack_require__, 67264)).then(({ runJavaScriptScript }) => runJavaScriptScript({ ...script, ...output, secrets: [], restrictImports: false, signal })));
    }
    catch (error) {
        scriptError = { message: (0,errors/* errorMessage */.gJ)(error), location: error instanceof errors/* ScriptError */.mC ? error.location : undefined };
    }
    const rows = compareMutations(mutationsOf(calls), mutationsOf(toolbox.records));
    const unrecordedReads = toolbox.records.filter((r) => r.unrecorded).map((r) => ({ tool: r.tool, input: r.input }));
    const recordedStatus = traced.end?.status ?? 'failed';
    // Refused attempts are shown, not counted: what matters is what would have landed.
    const agree = rows.every((r) => (r.recorded && r.planned) || (r.recorded ?? r.planned).refused) && !unrecordedReads.length && !subagent.unrecorded.length && !(scriptError && recordedStatus === 'succeeded');
    return {
        workflow: config.name,
        script: input.script,
        rows,
        unrecordedReads,
        unrecordedSubagents: subagent.unrecorded,
        scriptError,
        recordedStatus,
        recordedError: traced.end?.error,
        result,
        calls: toolbox.records,
        agree
    };
}
/** A mutating tool whose dry-run answer is what the recorded run got back for the same target (previews may not read the network here). */
function answeredPreview(tool, recorded) {
    return {
        ...tool,
        async preview(input, ctx) {
            const key = `${tool.name} ${tool.target(input, ctx).label}`;
            if (recorded.has(key))
                return recorded.get(key);
            try {
                return await tool.preview(input, ctx);
            }
            catch {
                return null;
            }
        }
    };
}
/** The `subagent` handle of a replay: each method answers, in order, what the recorded run got. */
function recordedSubagent(recorded) {
    const queues = new Map();
    for (const s of recorded) {
        const key = `${s.method}${s.name ? ` ${s.name}` : ''}`;
        queues.set(key, [...(queues.get(key) ?? []), s]);
    }
    const unrecorded = [];
    const answer = async (method, name) => {
        const key = `${method}${name ? ` ${name}` : ''}`;
        const next = queues.get(key)?.shift();
        if (!next) {
            unrecorded.push(`subagent.${method}${name ? `(${JSON.stringify(name)})` : ''}`);
            throw new Error(`subagent.${method}: the trace recorded no answer for this call (replay makes no LLM calls)`);
        }
        if (next.error !== undefined)
            throw new Error(next.error);
        return next.output;
    };
    return {
        unrecorded,
        handle: {
            run: async () => String(await answer('run')),
            json: async () => answer('json'),
            summarize: async () => String(await answer('summarize')),
            call: async (name) => String(await answer('call', name))
        }
    };
}


/***/ }),

/***/ 57919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPLAY_HELP: () => (/* binding */ REPLAY_HELP),
/* harmony export */   replayCommand: () => (/* binding */ replayCommand),
/* harmony export */   replayPath: () => (/* binding */ replayPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79397);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46909);
/* harmony import */ var _tools_toolbox_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91184);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57994);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71604);
/* harmony import */ var _trace_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5082);
/* harmony import */ var _replay_run_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18214);











const REPLAY_HELP = `Usage: hybrid-coordinator replay TRACE|DIR [--workflow NAME] [--script FILE] [--config-dir DIR]

Re-runs a script coordinator on the trigger of a recorded run (a trace from the action's
trace-file output, \`run\`, or \`gh run download\`), in dry run and with no network: its
reads are answered from the tool results the trace recorded, and a read the trace never
recorded fails and is reported. Prints each mutation the trace recorded beside the one the
script would make (tool and target: a message's channel and ts, a PR's URL), marking
differences with ≠ (~ marks a call the guards refused on one side only: shown, not
counted, as it never lands). Given a folder, replays every *.jsonl trace under it and tallies
("47 of 50 events agree").

The script is --script FILE, else the workflow's coordinator_script (script workflows) or
its shadow_script (llm workflows). The workflow's config as it is now (default: the folder
the trace names) gives the guards, tools and virtual files.

Options:
  --workflow NAME    replay only this workflow (a trace of another workflow is refused;
                     in a folder it is skipped)
  --script FILE      the script to replay instead of the config's
  --config-dir DIR   folder of workflow configs (default: the one the trace recorded)
  --python PATH      interpreter for .py scripts (default python3)
  -h, --help         this text

Exit: 0 every replayed event agrees, 1 a difference (or a trace that cannot be replayed),
2 usage error.`;
async function replayCommand(argv, io) {
    const { values, positionals } = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)('replay', argv, {
        workflow: { type: 'string' },
        script: { type: 'string' },
        'config-dir': { type: 'string' },
        python: { type: 'string' }
    });
    if (values.help)
        return ((0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, REPLAY_HELP), _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok);
    if (positionals.length !== 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`replay: ${positionals.length ? 'takes one TRACE or DIR' : 'needs a TRACE file or a DIR of traces'}: see hybrid-coordinator replay --help`);
    const options = {
        workflow: values.workflow,
        script: values.script,
        configDir: values['config-dir'],
        python: values.python
    };
    if (options.script)
        checkFile(io, options.script, 'the script to replay');
    const tally = await replayPath(io, positionals[0], options);
    return tally.agreed === tally.total && tally.total > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.problem;
}
function checkFile(io, path, what) {
    let kind;
    try {
        kind = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resolvePath */ .o1)(io, path)).isFile() ? 'file' : 'directory';
    }
    catch {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`${path}: does not exist: expected ${what}`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage);
    }
    if (kind !== 'file')
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`${path}: is a directory: expected ${what}`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage);
}
/** Replays one trace file, or every trace under a folder, printing each and (for a folder) the tally. */
async function replayPath(io, path, options) {
    const full = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resolvePath */ .o1)(io, path);
    let isDir;
    try {
        isDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isDirectory();
    }
    catch {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`${path}: does not exist: expected a trace file or a folder of traces`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage);
    }
    const files = isDir ? await (0,_trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .findTraceFiles */ .m9)(full) : [full];
    if (!files.length)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`${path}: holds no trace (*.jsonl): expected the trace files of recorded runs`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage);
    const replayer = new Replayer(io, options, isDir);
    for (const file of files)
        await replayer.replayFile(file);
    const t = replayer.tally;
    if (isDir) {
        const parts = [
            t.differed ? `${t.differed} differ` : '',
            t.failed ? `${t.failed} could not be replayed` : '',
            t.skipped ? `${t.skipped} skipped (${options.workflow ? `not of workflow ${options.workflow}, or ` : ''}no script to replay)` : ''
        ].filter(Boolean);
        const line = `${t.agreed} of ${t.total} event${t.total === 1 ? '' : 's'} agree${t.total === 1 ? 's' : ''}${parts.length ? `; ${parts.join(', ')}` : ''}`;
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, ...(replayer.endsWithBlank ? [] : ['']), (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, t.total && t.agreed === t.total ? 'green' : 'red', line));
        if (!t.total)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`${path}: no trace in it holds a replayable run${options.workflow ? ` of workflow ${options.workflow}` : ''}`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.problem);
    }
    return t;
}
class Replayer {
    io;
    options;
    inFolder;
    tally = { total: 0, agreed: 0, differed: 0, failed: 0, skipped: 0 };
    /** Whether the last thing printed was a blank line (a full block ends with one). */
    endsWithBlank = false;
    #configs = new Map();
    #source;
    /** A Python script's print() output: to stderr, so the comparison on stdout stays clean. */
    #scriptOutput = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Writable({ write: (chunk, _encoding, done) => (this.io.stderr(String(chunk)), done()) });
    constructor(io, options, inFolder) {
        this.io = io;
        this.options = options;
        this.inFolder = inFolder;
        this.#source = new _config_source_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkspaceSource */ .J(io.cwd);
    }
    async replayFile(file) {
        const shown = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .displayPath */ .Gt)(this.io, file);
        let run;
        let workflows;
        try {
            run = await (0,_trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .readTraceFile */ .mA)(file, shown);
            workflows = this.#select(run);
        }
        catch (error) {
            if (error instanceof SkipTrace)
                return void this.tally.skipped++;
            this.#failed(error);
            return;
        }
        if (!workflows.length)
            return void this.tally.skipped++;
        const outcomes = [];
        try {
            for (const traced of workflows) {
                if (run.truncatedAt) {
                    (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(this.io, (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(this.io, 'yellow', `${shown}:${run.truncatedAt}: the trace is truncated (this line is cut off); workflow ${traced.name} ended before it, so its complete part is replayed`));
                }
                const target = await this.#target(run, traced);
                if (!target)
                    continue;
                outcomes.push(await (0,_replay_run_js__WEBPACK_IMPORTED_MODULE_10__/* .replayWorkflow */ .rS)({ run, traced, ...target, source: this.#source, root: this.io.cwd, python: this.options.python ?? 'python3', scriptOutput: this.#scriptOutput }));
            }
        }
        catch (error) {
            this.#failed(error);
            return;
        }
        if (!outcomes.length)
            return void this.tally.skipped++;
        this.tally.total++;
        const agree = outcomes.every((o) => o.agree);
        if (agree)
            this.tally.agreed++;
        else
            this.tally.differed++;
        for (const o of outcomes)
            this.#print(run, o);
    }
    /** The workflows of a run to replay; throws SkipTrace for a folder's traces of other workflows. */
    #select(run) {
        const name = this.options.workflow;
        if (name) {
            if (this.inFolder && !run.workflows.some((w) => w.name === name))
                throw new SkipTrace();
            return [(0,_trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .completeWorkflow */ .Xu)(run, name)];
        }
        if (!run.workflows.length) {
            if (this.inFolder)
                throw new SkipTrace();
            if (run.truncatedAt)
                throw new _trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .TraceError */ .yW(`is truncated (line ${run.truncatedAt} is cut off) before any workflow started: nothing to replay`, { file: run.file, line: run.truncatedAt });
            throw new _trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .TraceError */ .yW('holds no workflow run (the event matched none): nothing to replay', { file: run.file });
        }
        if (this.options.script && run.workflows.length > 1) {
            throw new _trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .TraceError */ .yW(`holds runs of ${run.workflows.map((w) => w.name).join(', ')}: pass --workflow to say which one --script replaces`, { file: run.file });
        }
        return run.workflows.map((w) => (0,_trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .completeWorkflow */ .Xu)(run, w.name));
    }
    /** The config and script for a traced workflow, or undefined when (in a folder) there is no script to replay. */
    async #target(run, traced) {
        const dir = this.options.configDir ?? (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(traced.configFile) || '.github/coordinator');
        let loading = this.#configs.get(dir);
        if (!loading)
            this.#configs.set(dir, (loading = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadWorkflowConfigs */ .pt)(this.#source, dir)));
        const loaded = await loading;
        const config = loaded.workflows.find((w) => w.name === traced.name);
        if (!config) {
            const broken = loaded.errors.find((e) => e.location.file === traced.configFile);
            if (broken)
                throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`workflow ${traced.name}: its config is invalid now, so it cannot be replayed: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .formatLocated */ .Cc)(broken.message, broken.location)}`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.problem, { file: run.file });
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`workflow ${traced.name}: no config by that name in ${dir}: replay needs it for the guards, tools and virtual files (pass --config-dir)`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.problem, { file: run.file });
        }
        const script = this.options.script ?? (config.coordinator === 'script' ? config.script : config.shadowScript);
        if (!script) {
            if (this.inFolder && !this.options.workflow)
                return undefined;
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1(`workflow ${traced.name} is coordinator: llm with no shadow_script: pass --script FILE to name the script to replay`, _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage, { file: run.file });
        }
        const scriptPath = (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .resolvePath */ .o1)(this.io, script);
        return { config, script: (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .displayPath */ .Gt)(this.io, scriptPath), scriptPath };
    }
    #failed(error) {
        if (error instanceof _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1 && error.exitCode === _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.usage)
            throw error;
        this.tally.total++;
        this.tally.failed++;
        const location = error instanceof _trace_file_js__WEBPACK_IMPORTED_MODULE_9__/* .TraceError */ .yW || error instanceof _io_js__WEBPACK_IMPORTED_MODULE_8__/* .CliError */ .z1 ? error.location : undefined;
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(this.io, (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(this.io, 'red', (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .formatLocated */ .Cc)((0,_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .errorMessage */ .gJ)(error), location)));
        this.endsWithBlank = false;
    }
    #print(run, o) {
        const io = this.io;
        const event = `${run.trigger.event}${run.trigger.action ? `.${run.trigger.action}` : ''}`;
        const same = o.rows.filter((r) => r.recorded && r.planned).length;
        if (o.agree && this.inFolder) {
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, `${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'green', '=')} ${run.file}  ${o.workflow}  ${event}: ${same} mutation${same === 1 ? '' : 's'} agree`);
            this.endsWithBlank = false;
            return;
        }
        const recordedBy = run.workflows.find((w) => w.name === o.workflow)?.coordinator ?? '?';
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, `${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'bold', run.file)}  ${o.workflow}  ${event}  (recorded: ${recordedBy}, ${o.recordedStatus}${run.dryRun ? ', dry run' : ''}; replayed: ${o.script})`);
        const label = (m) => (m ? `${m.tool} ${m.target}${m.refused ? ' (refused)' : ''}` : '—');
        const width = Math.min(70, Math.max('recorded'.length, ...o.rows.map((r) => label(r.recorded).length)));
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'dim', `     ${'recorded'.padEnd(width)}   planned`));
        if (!o.rows.length)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'dim', `  =  ${'(no mutation)'.padEnd(width)}   (no mutation)`));
        for (const r of o.rows) {
            const ok = Boolean(r.recorded && r.planned);
            const mark = ok ? (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'green', '=') : (r.recorded ?? r.planned).refused ? (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'yellow', '~') : (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'red', '≠');
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, `  ${mark}  ${label(r.recorded).padEnd(width)}   ${label(r.planned)}`);
        }
        for (const read of o.unrecordedReads)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, `  ${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'red', '≠')}  read the trace never recorded: ${read.tool} ${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .short */ .h0)((0,_tools_toolbox_js__WEBPACK_IMPORTED_MODULE_5__/* .stableJson */ ._Y)(read.input), 100)}`);
        for (const call of o.unrecordedSubagents)
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, `  ${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'red', '≠')}  ${call}: the trace recorded no answer for it`);
        if (o.scriptError) {
            const both = o.recordedStatus === 'failed';
            (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, `  ${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, both ? 'yellow' : 'red', both ? '~' : '≠')}  the script failed${both ? ' (so did the recorded run)' : ''}: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .formatLocated */ .Cc)(o.scriptError.message, o.scriptError.location)}`);
        }
        const recordedOnly = o.rows.filter((r) => !r.planned && !r.recorded.refused).length;
        const plannedOnly = o.rows.filter((r) => !r.recorded && !r.planned.refused).length;
        const verdict = o.agree
            ? (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'green', `agrees: ${same} mutation${same === 1 ? '' : 's'} on both sides`)
            : (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .paint */ .nI)(io, 'red', `differs: ${[
                recordedOnly ? `${recordedOnly} recorded but not planned` : '',
                plannedOnly ? `${plannedOnly} planned but not recorded` : '',
                o.unrecordedReads.length ? `${o.unrecordedReads.length} read(s) the trace never recorded` : '',
                o.unrecordedSubagents.length ? `${o.unrecordedSubagents.length} unrecorded subagent call(s)` : '',
                o.scriptError && o.recordedStatus === 'succeeded' ? 'the script failed' : ''
            ]
                .filter(Boolean)
                .join(', ')}`);
        (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, `  ${verdict}`, '');
        this.endsWithBlank = true;
    }
}
/** A folder's trace that is not about the workflow asked for. */
class SkipTrace extends Error {
}


/***/ }),

/***/ 5082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ completeWorkflow),
/* harmony export */   bj: () => (/* binding */ parseTrace),
/* harmony export */   m9: () => (/* binding */ findTraceFiles),
/* harmony export */   mA: () => (/* binding */ readTraceFile),
/* harmony export */   yW: () => (/* binding */ TraceError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_trace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56391);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);




/** A trace that cannot be used, with the place in it. */
class TraceError extends Error {
    location;
    name = 'TraceError';
    constructor(message, location) {
        super(message);
        this.location = location;
    }
}
/**
 * Parses a trace's JSON lines. Refuses what is not a trace or is of another format; a cut
 * last line is noted (`truncatedAt`), not fatal: whether what is complete can be used
 * depends on the workflow asked for (see `completeWorkflow`).
 */
function parseTrace(file, text) {
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    if (!lines.length || !lines.some((l) => l.trim()))
        throw new TraceError('is empty: expected a Hybrid Coordinator trace (JSON lines)', { file });
    const events = [];
    let truncatedAt;
    lines.forEach((text, i) => {
        if (!text.trim())
            return;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            if (i === lines.length - 1 && i > 0) {
                truncatedAt = i + 1;
                return;
            }
            throw new TraceError(i === 0 ? 'is not a Hybrid Coordinator trace: its first line is not JSON' : `is not valid JSON (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}): the trace is damaged`, { file, line: i + 1 });
        }
        if (!value || typeof value !== 'object' || Array.isArray(value))
            throw new TraceError('is not a trace line: expected a JSON object with a "type"', { file, line: i + 1 });
        events.push({ line: i + 1, value: value });
    });
    const head = events[0]?.value;
    if (!head || head.type !== 'run')
        throw new TraceError('is not a Hybrid Coordinator trace: its first line is not the {"type":"run"} header', { file, line: 1 });
    const format = head.format;
    if (format !== _report_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .TRACE_FORMAT */ ._W) {
        const which = typeof format !== 'number' || format < _report_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .TRACE_FORMAT */ ._W ? 'an older' : 'a newer';
        const fix = which === 'an older' ? 're-record it with this version' : 'replay it with the version that wrote it, or update hybrid-coordinator';
        throw new TraceError(`is ${which} trace format (${format === undefined ? 'none given' : JSON.stringify(format)}) than this version reads (format ${_report_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .TRACE_FORMAT */ ._W}): ${fix}`, { file, line: 1 });
    }
    const triggerLine = events.find((e) => e.value.type === 'trigger');
    if (!triggerLine) {
        const where = truncatedAt ? `is truncated at line ${truncatedAt} before its trigger line` : 'has no trigger line';
        throw new TraceError(`${where}: it cannot be replayed`, { file, line: truncatedAt });
    }
    const byName = new Map();
    for (const { line, value: v } of events) {
        const name = typeof v.workflow === 'string' ? v.workflow : undefined;
        if (v.type === 'workflow_start' && name) {
            byName.set(name, {
                name,
                coordinator: String(v.coordinator ?? ''),
                configFile: String(v.file ?? ''),
                script: typeof v.script === 'string' ? v.script : undefined,
                tools: Array.isArray(v.tools) ? v.tools.map(String) : [],
                dryRun: v.dry_run === true,
                calls: [],
                subagents: [],
                shadows: []
            });
            continue;
        }
        const w = name ? byName.get(name) : undefined;
        if (!w)
            continue;
        if (v.type === 'tool_call')
            w.calls.push(v);
        else if (v.type === 'subagent')
            w.subagents.push(v);
        else if (v.type === 'shadow')
            w.shadows.push({ file: String(v.file ?? ''), agree: v.agree === true, error: typeof v.error === 'string' ? v.error : undefined });
        else if (v.type === 'workflow_end')
            w.end = { status: v.status === 'succeeded' ? 'succeeded' : 'failed', result: v.result, error: typeof v.error === 'string' ? v.error : undefined, line };
    }
    return {
        file,
        runId: String(head.run_id ?? ''),
        time: typeof head.time === 'string' ? head.time : undefined,
        trigger: triggerLine.value.trigger,
        dryRun: head.dry_run === true,
        workflows: [...byName.values()],
        truncatedAt
    };
}
/**
 * The workflow, if its run is complete in the trace. A truncated trace is usable for a
 * workflow that ended before the cut; otherwise the error says what is missing.
 */
function completeWorkflow(run, name) {
    const w = run.workflows.find((x) => x.name === name);
    if (!w) {
        const names = run.workflows.map((x) => x.name);
        throw new TraceError(names.length ? `is a trace of ${names.join(', ')}, not of workflow ${name}` : `holds no workflow run (the event matched none): nothing of ${name} to replay`, {
            file: run.file
        });
    }
    if (!w.end) {
        if (run.truncatedAt)
            throw new TraceError(`is truncated (line ${run.truncatedAt} is cut off) before workflow ${name} ended: it cannot be replayed`, { file: run.file, line: run.truncatedAt });
        throw new TraceError(`has no workflow_end line for ${name}: the run stopped before the workflow ended, so it cannot be replayed`, { file: run.file });
    }
    return w;
}
/** Reads and parses one trace file; unreadable files are TraceErrors too. */
async function readTraceFile(path, shown = path) {
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new TraceError(code === 'ENOENT' ? 'does not exist' : `cannot be read: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error)}`, { file: shown });
    }
    return parseTrace(shown, text);
}
/** Every `*.jsonl` under a folder, recursively (`gh run download` makes one folder per artifact), sorted. */
async function findTraceFiles(dir) {
    const found = [];
    const walk = async (d, depth) => {
        if (depth > 8)
            return;
        for (const e of await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(d, { withFileTypes: true })) {
            if (e.name.startsWith('.') || e.name === 'node_modules')
                continue;
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, e.name);
            if (e.isDirectory())
                await walk(full, depth + 1);
            else if (e.isFile() && e.name.endsWith('.jsonl'))
                found.push(full);
        }
    };
    await walk(dir, 0);
    return found.sort();
}


/***/ })

};
