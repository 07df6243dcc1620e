export const id = 919;
export const ids = [919];
export const modules = {

/***/ 68871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ip: () => (/* binding */ recordedCalls),
/* harmony export */   rS: () => (/* binding */ replayWorkflow)
/* harmony export */ });
/* unused harmony exports mutationsOf, compareMutations */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tools_guards_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(69733);
/* harmony import */ var _tools_toolbox_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91184);
/* harmony import */ var _virtual_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93938);
/* harmony import */ var _run_workflow_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71682);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86683);
/* harmony import */ var _coordinators_script_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94528);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);








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
    const files = new _virtual_files_js__WEBPACK_IMPORTED_MODULE_6__/* .VirtualFileStore */ .t();
    await (0,_run_workflow_js__WEBPACK_IMPORTED_MODULE_2__/* .fillVirtualFiles */ .sA)(files, config, input.source, run.trigger);
    const offline = (service) => () => Promise.reject(new Error(`replay makes no network calls: ${service} is not reachable here`));
    const toolbox = new _tools_toolbox_js__WEBPACK_IMPORTED_MODULE_1__/* .Toolbox */ .OO({
        workflow: config.name,
        tools: (0,_run_workflow_js__WEBPACK_IMPORTED_MODULE_2__/* .effectiveTools */ .$J)(config).map((t) => (t.mutates ? answeredPreview(t, recordedOutputs) : t)),
        dryRun: true,
        callIdPrefix: `replay-${run.runId}-${config.name}`,
        guards: new _tools_guards_js__WEBPACK_IMPORTED_MODULE_7__/* .Guards */ .d({ limits: config.limits, allow: config.allow, slackChannel: config.slackChannel, repository: run.trigger.repository }),
        context: { trigger: run.trigger, slackChannel: config.slackChannel, files, github: offline('GitHub'), slack: offline('Slack') },
        recordedReads: (0,_tools_toolbox_js__WEBPACK_IMPORTED_MODULE_1__/* .recordedReadsFrom */ .mv)(calls),
        liveReads: false
    });
    const subagent = recordedSubagent(traced.subagents);
    let result = null;
    let scriptError;
    try {
        const script = { script: input.script, localPath: input.scriptPath, root: input.root, trigger: run.trigger, toolbox, files, subagent: subagent.handle };
        result = await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_3__/* .withDeadline */ .N)(config.timeoutSeconds, 'the script', (error) => toolbox.close(error.message), (signal) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.extname)(input.script).toLowerCase() === '.py'
            ? __webpack_require__.e(/* import() */ 325).then(__webpack_require__.bind(__webpack_require__, 94325)).then(({ runPythonScript }) => runPythonScript({ ...script, python: input.python, subagents: Object.keys(config.subagents), signal, stdout: input.scriptOutput, stderr: input.scriptOutput }))
            : (0,_coordinators_script_js__WEBPACK_IMPORTED_MODULE_4__/* .runScriptCoordinator */ .L)(script));
    }
    catch (error) {
        scriptError = { message: (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(error), location: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ScriptError */ .mC ? error.location : undefined };
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
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6860);
/* harmony import */ var _tools_toolbox_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91184);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57994);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83916);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(71604);
/* harmony import */ var _trace_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5082);
/* harmony import */ var _replay_run_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(68871);











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
        return (0,_io_js__WEBPACK_IMPORTED_MODULE_8__/* .say */ .cv)(io, REPLAY_HELP), _io_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT */ .dc.ok;
    if (positionals.length !== 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`replay: ${positionals.length ? 'takes one TRACE or DIR' : 'needs a TRACE file or a DIR of traces'}: see hybrid-coordinator replay --help`);
    const options = { workflow: values.workflow, script: values.script, configDir: values['config-dir'], python: values.python };
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
        const parts = [t.differed ? `${t.differed} differ` : '', t.failed ? `${t.failed} could not be replayed` : '', t.skipped ? `${t.skipped} skipped (${options.workflow ? `not of workflow ${options.workflow}, or ` : ''}no script to replay)` : ''].filter(Boolean);
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
            ].filter(Boolean).join(', ')}`);
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
/* harmony export */   m9: () => (/* binding */ findTraceFiles),
/* harmony export */   mA: () => (/* binding */ readTraceFile),
/* harmony export */   yW: () => (/* binding */ TraceError)
/* harmony export */ });
/* unused harmony export parseTrace */
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
    if (format !== _report_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .TRACE_FORMAT */ ._) {
        const which = typeof format !== 'number' || format < _report_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .TRACE_FORMAT */ ._ ? 'an older' : 'a newer';
        const fix = which === 'an older' ? 're-record it with this version' : 'replay it with the version that wrote it, or update hybrid-coordinator';
        throw new TraceError(`is ${which} trace format (${format === undefined ? 'none given' : JSON.stringify(format)}) than this version reads (format ${_report_trace_js__WEBPACK_IMPORTED_MODULE_2__/* .TRACE_FORMAT */ ._}): ${fix}`, { file, line: 1 });
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
                subagents: []
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
        throw new TraceError(names.length ? `is a trace of ${names.join(', ')}, not of workflow ${name}` : `holds no workflow run (the event matched none): nothing of ${name} to replay`, { file: run.file });
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


/***/ }),

/***/ 94528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ findHandler),
  L: () => (/* binding */ runScriptCoordinator)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/tools/registry.ts + 4 modules
var registry = __webpack_require__(98595);
;// CONCATENATED MODULE: ./src/coordinators/script-face.ts

/**
 * `tools.slack.get_messages(...)` for scripts. Every tool of the registry is reachable by
 * name, so calling one the workflow lacks gives the toolbox's clear error (and a trace line)
 * rather than "undefined is not a function".
 */
function createScriptTools(toolbox, caller = 'script') {
    const namespaces = {};
    for (const tool of registry/* TOOLS */.It) {
        const [ns, fn] = tool.name.split('.');
        namespaces[ns] ??= {};
        namespaces[ns][fn] = (...args) => toolbox.callWithArgs(tool.name, args, caller);
    }
    const unknownTool = (path) => async () => toolbox.call(path, {}, caller);
    const wrap = (ns, target) => new Proxy(target, {
        get: (t, prop) => (typeof prop !== 'string' || prop === 'then' || prop in t ? Reflect.get(t, prop) : unknownTool(`${ns}.${prop}`))
    });
    const root = {};
    for (const [ns, fns] of Object.entries(namespaces))
        root[ns] = wrap(ns, fns);
    return new Proxy(root, {
        get: (t, prop) => (typeof prop !== 'string' || prop === 'then' || prop in t ? Reflect.get(t, prop) : wrap(prop, {}))
    });
}
/** The `virtualFiles` argument: `list()` and `read(name)`, answered from memory. */
function createScriptFiles(files) {
    return { list: () => files.list(), read: (name) => files.read(name) };
}

// EXTERNAL MODULE: ./src/coordinators/ts-loader.ts
var ts_loader = __webpack_require__(85148);
;// CONCATENATED MODULE: ./src/coordinators/json-result.ts
/**
 * Why a script's return value is not JSON, or undefined when it is. `undefined` at the
 * top is allowed (it becomes null); functions, symbols, bigints, NaN, class instances and
 * cycles are not, since `results` must carry the value faithfully.
 */
function whyNotJson(value, path = 'result', seen = new Set()) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return undefined;
    if (typeof value === 'number')
        return Number.isFinite(value) ? undefined : `${path} is ${value}, which JSON cannot hold`;
    if (typeof value === 'function')
        return `${path} is a function`;
    if (typeof value !== 'object')
        return `${path} is a ${typeof value}`;
    if (seen.has(value))
        return `${path} refers to itself (a cycle)`;
    seen.add(value);
    try {
        if (Array.isArray(value)) {
            for (const [i, item] of value.entries()) {
                const why = item === undefined ? `${path}[${i}] is undefined` : whyNotJson(item, `${path}[${i}]`, seen);
                if (why)
                    return why;
            }
            return undefined;
        }
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            return `${path} is a ${proto?.constructor?.name ?? 'class'} instance, not a plain object`;
        for (const [key, item] of Object.entries(value)) {
            if (item === undefined)
                continue;
            const why = whyNotJson(item, `${path}.${key}`, seen);
            if (why)
                return why;
        }
        return undefined;
    }
    finally {
        seen.delete(value);
    }
}

;// CONCATENATED MODULE: ./src/coordinators/script.ts





function findHandler(module) {
    const def = module.default;
    if (typeof def === 'function')
        return def;
    if (typeof module.handler === 'function')
        return module.handler;
    if (def && typeof def === 'object' && typeof def.handler === 'function')
        return def.handler;
    return undefined;
}
/**
 * Runs a JavaScript or TypeScript coordinator in this process. Every way it can fail
 * becomes a ScriptError naming the script's file and line.
 */
async function runScriptCoordinator(run) {
    const rel = (file) => (0,external_node_path_.relative)(run.root, file).split(external_node_path_.sep).join('/');
    let loaded;
    try {
        loaded = await (0,ts_loader/* loadScript */.k0)(run.localPath);
    }
    catch (error) {
        if (error instanceof ts_loader/* ScriptLoadError */.gX)
            throw new errors/* ScriptError */.mC(`${rel(error.file)}: ${error.message}`, { file: rel(error.file), line: error.line }, { cause: error });
        throw new errors/* ScriptError */.mC(`${run.script}: cannot be loaded: ${(0,errors/* errorMessage */.gJ)(error)}`, { file: run.script }, { cause: error });
    }
    try {
        const handler = findHandler(loaded.module);
        if (!handler) {
            throw new errors/* ScriptError */.mC(`${run.script}: exports no handler: expected \`export default async function (trigger, tools, virtualFiles, subagent)\` or \`export async function handler(...)\``, { file: run.script, line: 1 });
        }
        let value;
        try {
            value = await handler(run.trigger, createScriptTools(run.toolbox), createScriptFiles(run.files), run.subagent);
        }
        catch (error) {
            const at = (0,ts_loader/* locateInStack */.Go)(error?.stack, loaded.sources, run.root);
            const file = at ? rel(at.file) : run.script;
            const where = at ? `${file}:${at.line}` : file;
            throw new errors/* ScriptError */.mC(`${where}: the script threw: ${(0,errors/* errorMessage */.gJ)(error)}`, { file, line: at?.line }, { cause: error });
        }
        const why = value === undefined ? undefined : whyNotJson(value);
        if (why)
            throw new errors/* ScriptError */.mC(`${run.script}: the handler's return value is not JSON: ${why}`, { file: run.script });
        return value === undefined ? null : value;
    }
    finally {
        await loaded.dispose();
    }
}


/***/ }),

/***/ 85148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ locateInStack),
/* harmony export */   gX: () => (/* binding */ ScriptLoadError),
/* harmony export */   k0: () => (/* binding */ loadScript)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var sucrase__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62413);





/** A problem at a place in the user's script, found while compiling or importing it. */
class ScriptLoadError extends Error {
    file;
    line;
    name = 'ScriptLoadError';
    constructor(message, file, line, options) {
        super(message, options);
        this.file = file;
        this.line = line;
    }
}
const TS = ['.ts', '.mts', '.cts'];
/**
 * Imports a coordinator script. JavaScript is imported as it is. TypeScript is compiled by
 * sucrase (bundled in dist/, so the user's repo installs nothing) into sibling temp `.mjs`
 * files, so the script's relative imports and its own packages still resolve; sucrase keeps
 * line numbers, so stack traces point at the user's lines.
 */
async function loadScript(path) {
    const sources = new Map();
    const written = [];
    const dispose = async () => {
        await Promise.all(written.map((f) => node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(f, { force: true })));
    };
    try {
        const entry = TS.includes((0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(path)) ? await compileGraph((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path), sources, written) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        const module = (await import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(entry).href));
        return { module, sources, dispose };
    }
    catch (error) {
        await dispose();
        throw toLoadError(error, path, sources);
    }
}
async function compileGraph(file, sources, written, compiled = new Map()) {
    const done = compiled.get(file);
    if (done)
        return done;
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file)}.hc-${process.pid}.mjs`);
    compiled.set(file, out);
    sources.set(out, file);
    const code = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8');
    let js;
    try {
        js = (0,sucrase__WEBPACK_IMPORTED_MODULE_4__/* .transform */ .pd)(code, { transforms: ['typescript'], filePath: file, disableESTransforms: true, preserveDynamicImport: true }).code;
    }
    catch (error) {
        const loc = error.loc;
        throw new ScriptLoadError(`TypeScript does not compile: ${error.message.replace(/\s*\(\d+:\d+\)$/, '')}`, file, loc?.line, { cause: error });
    }
    const rewritten = await replaceAsync(js, RELATIVE_SPECIFIER, async (match, pre, spec, post) => {
        const target = resolveTsImport((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file), spec);
        if (!target)
            return match;
        const compiledTarget = await compileGraph(target, sources, written, compiled);
        let rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(out), compiledTarget).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        if (!rel.startsWith('./') && !rel.startsWith('../'))
            rel = `./${rel}`;
        return `${pre}${rel}${post}`;
    });
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(out, rewritten);
    written.push(out);
    return out;
}
/** `from './x.ts'`, `import './x'`, `import('./x.js')`: relative specifiers only. */
const RELATIVE_SPECIFIER = /(\bfrom\s*['"]|\bimport\s*\(?\s*['"])(\.{1,2}\/[^'"]+)(['"])/g;
/** The TypeScript file a relative import means, if it means one. */
function resolveTsImport(dir, spec) {
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir, spec);
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(base);
    if (TS.includes(ext))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(base) ? base : undefined;
    // TypeScript convention: `./util.js` in source means `./util.ts` when that exists.
    if (ext === '.js' || ext === '.mjs') {
        const stem = base.slice(0, -ext.length);
        const ts = ext === '.js' ? `${stem}.ts` : `${stem}.mts`;
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(ts) ? ts : undefined;
    }
    if (!ext) {
        for (const candidate of [`${base}.ts`, `${base}.mts`, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'index.ts')])
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(candidate))
                return candidate;
    }
    return undefined;
}
async function replaceAsync(text, re, fn) {
    const parts = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
        parts.push(Promise.resolve(text.slice(last, m.index)));
        parts.push(fn(...m));
        last = m.index + m[0].length;
    }
    parts.push(Promise.resolve(text.slice(last)));
    return (await Promise.all(parts)).join('');
}
function toLoadError(error, path, sources) {
    if (error instanceof ScriptLoadError)
        return error;
    const err = error;
    // Node prints an ESM syntax error's place as the first line of its stack: `file:///x.mjs:3`.
    const where = /^(file:\/\/\/?[^\s]+?|\/[^\s:]+):(\d+)/m.exec(err.stack ?? '');
    let file = path;
    let line;
    if (where) {
        const raw = where[1].startsWith('file:') ? decodeURIComponent(new URL(where[1]).pathname) : where[1];
        file = sources.get(raw) ?? raw;
        line = Number(where[2]);
    }
    else if (err instanceof SyntaxError) {
        // Node's import() SyntaxError carries no place; `node --check` on each file finds it.
        const found = findSyntaxError([...sources.keys(), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)]);
        if (found) {
            file = sources.get(found.file) ?? found.file;
            line = found.line;
        }
    }
    else {
        const frame = locateInStack(err.stack, sources, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path)));
        if (frame)
            ({ file, line } = frame);
    }
    const kind = err instanceof SyntaxError ? 'syntax error' : 'cannot be loaded';
    return new ScriptLoadError(`${kind}: ${err.message}`, file, line, { cause: error });
}
function findSyntaxError(files) {
    for (const file of files) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
            continue;
        const check = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(process.execPath, ['--check', file], { encoding: 'utf8', timeout: 10_000 });
        if (check.status === 0)
            continue;
        const at = new RegExp(`^${escapeRegExp(file)}:(\\d+)`, 'm').exec(check.stderr);
        if (at)
            return { file, line: Number(at[1]) };
    }
    return undefined;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Where the bundled action itself lives: its frames are never the user's. */
const ACTION_DIR = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(new URL(import.meta.url).pathname);
/**
 * The first stack frame in the user's own code (under `root`, not in node_modules, not the
 * action): compiled temp files map back to their TypeScript source, whose line sucrase kept.
 */
function locateInStack(stack, sources, root) {
    if (!stack)
        return undefined;
    for (const m of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+):(\d+):\d+/g)) {
        const file = decodeURIComponent(m[1]);
        const source = sources.get(file) ?? file;
        if (source.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep) && !source.includes(`${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}node_modules${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && !source.startsWith(ACTION_DIR + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
            return { file: source, line: Number(m[2]) };
        }
    }
    return undefined;
}


/***/ })

};
