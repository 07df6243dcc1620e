export const id = 506;
export const ids = [506];
export const modules = {

/***/ 70506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  llmCoordinator: () => (/* binding */ llmCoordinator),
  llmRuntime: () => (/* binding */ llmRuntime),
  modelSession: () => (/* binding */ modelSession)
});

// EXTERNAL MODULE: ./src/tools/registry.ts + 4 modules
var registry = __webpack_require__(98595);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/coordinators/llm/llm-api.ts + 2 modules
var llm_api = __webpack_require__(70337);
// EXTERNAL MODULE: ./src/coordinators/llm/llm-frame.ts
var llm_frame = __webpack_require__(69304);
// EXTERNAL MODULE: ./src/coordinators/llm/llm-loop.ts
var llm_loop = __webpack_require__(64643);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
// EXTERNAL MODULE: ./src/tools/toolbox.ts
var tools_toolbox = __webpack_require__(91184);
// EXTERNAL MODULE: ./src/prepare-run.ts + 2 modules
var prepare_run = __webpack_require__(62912);
// EXTERNAL MODULE: ./src/coordinators/runtimes.ts
var runtimes = __webpack_require__(27954);
// EXTERNAL MODULE: ./src/usage.ts
var src_usage = __webpack_require__(74980);
// EXTERNAL MODULE: ./src/coordinators/subagent-factory.ts
var subagent_factory = __webpack_require__(93883);
;// CONCATENATED MODULE: ./src/coordinators/llm/llm-shadow.ts






/**
 * `shadow_script` (SPEC section 7): after the LLM's run, the candidate script runs on the
 * same trigger in dry run, its reads answered from what the LLM read (live where the LLM
 * read nothing), with a fresh toolbox and fresh guards so it never touches the workflow's
 * limits and never sends anything. Its planned mutations are compared with the LLM's.
 * A difference, or a failing candidate, is reported, never a failure of the workflow.
 */
/** Stops the shadow this long before the workflow's own timeout would fail the workflow. */
const MARGIN_MS = 1_000;
const LIST_MAX = 20;
/** A mutation as the comparison sees it: the tool and where it lands. */
function mutationLabel(record) {
    return `${record.tool} on ${record.target ?? '?'}`;
}
/** Compares two lists of mutations as multisets (order does not matter; counts do). */
function compareMutations(llm, script) {
    const left = new Map();
    for (const m of llm)
        left.set(m, (left.get(m) ?? 0) + 1);
    const extra = [];
    for (const m of script) {
        const n = left.get(m) ?? 0;
        if (n > 0)
            left.set(m, n - 1);
        else
            extra.push(m);
    }
    const missing = [...left].flatMap(([m, n]) => Array(n).fill(m));
    return { agree: missing.length === 0 && extra.length === 0, missing, extra };
}
const effects = (records, outcomes) => records.filter((r) => r.mutates && outcomes.includes(r.outcome)).map(mutationLabel);
function listed(items) {
    if (!items.length)
        return 'none';
    const shown = items
        .slice(0, LIST_MAX)
        .map((m) => `\`${m}\``)
        .join('; ');
    return items.length > LIST_MAX ? `${shown}; … and ${items.length - LIST_MAX} more` : shown;
}
/** Runs the workflow's shadow script; returns the summary notes. Never throws. */
async function runShadow(run, env, deadline) {
    const { workflow } = run;
    const file = workflow.shadowScript;
    const label = `shadow \`${file}\` (dry run)`;
    const llm = effects(run.toolbox.records, ['sent', 'dry']);
    const remaining = deadline - MARGIN_MS - Date.now();
    if (run.signal.aborted || remaining <= 0) {
        env.trace.write({ type: 'shadow', workflow: workflow.name, file, agree: false, llm, script: [], missing: [], extra: [], error: 'not run: the workflow had no time left' });
        return [`${label}: not run: the workflow had no time left`];
    }
    const usage = (0,src_usage/* emptyUsage */.ly)();
    const controller = new AbortController();
    const shadowWorkflow = { ...workflow, coordinator: 'script', script: file, shadowScript: undefined, dryRun: true };
    // A fresh toolbox and fresh guards, the files as configured (not the LLM's set-aside
    // results), reads answered from what the LLM read.
    let prepared;
    try {
        prepared = await (0,prepare_run/* prepareRun */.Z0)(shadowWorkflow, env, {
            dryRun: true,
            recordedReads: (0,tools_toolbox/* recordedReadsFrom */.mv)(run.toolbox.records),
            callIdPrefix: `${run.toolbox.options.callIdPrefix}-shadow`,
            traceCaller: 'shadow'
        });
    }
    catch (e) {
        env.trace.write({ type: 'shadow', workflow: workflow.name, file, agree: false, llm, script: [], missing: [], extra: [], error: (0,errors/* errorMessage */.gJ)(e) });
        return [`${label}: not run: ${(0,errors/* errorMessage */.gJ)(e)}`];
    }
    const { toolbox, files } = prepared;
    const base = { workflow: shadowWorkflow, trigger: run.trigger, toolbox, files, usage, signal: controller.signal };
    const stop = (reason) => {
        toolbox.close((0,errors/* errorMessage */.gJ)(reason));
        controller.abort(reason);
    };
    const timer = setTimeout(() => stop(new errors/* BudgetError */.Wp(`the shadow script was stopped before the workflow's timeout_seconds (${workflow.timeoutSeconds} s)`, 'timeout_seconds')), remaining);
    const onAbort = () => stop(run.signal.reason);
    run.signal.addEventListener('abort', onAbort, { once: true });
    let error;
    let result = null;
    try {
        const subagent = await (0,subagent_factory/* createSubagent */.M)(base, { clients: env.clients, trace: env.trace, defaultModel: env.defaultModel }, { callerPrefix: 'shadow/' });
        const runtime = await (0,runtimes/* loadRuntime */.BR)((0,runtimes/* runtimeKind */.tO)(shadowWorkflow));
        const stopped = new Promise((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }));
        result = (await Promise.race([runtime.run({ ...base, subagent }, env), stopped])).result ?? null;
    }
    catch (e) {
        error = (0,errors/* errorMessage */.gJ)(e);
    }
    finally {
        clearTimeout(timer);
        run.signal.removeEventListener('abort', onAbort);
        toolbox.close('the shadow run is over');
    }
    // The candidate's model tokens are real spend: reported with the workflow's, after the
    // LLM's run, so they never counted toward its max_total_tokens.
    (0,src_usage/* addUsage */.vk)(run.usage, usage);
    const script = effects(toolbox.records, ['dry']);
    const refused = toolbox.records.filter((r) => r.outcome === 'refused').map((r) => `${mutationLabel(r)} (${r.guard})`);
    const comparison = compareMutations(llm, script);
    const agree = comparison.agree && !error;
    env.trace.write({ type: 'shadow', workflow: workflow.name, file, agree, llm, script, missing: comparison.missing, extra: comparison.extra, refused, result, error, usage });
    const notes = [];
    if (error)
        notes.push(`${label}: the script failed: ${error}`);
    if (comparison.agree)
        notes.push(`${label}: ${error ? 'before failing, its plan matched' : 'agrees with'} the LLM: the same ${llm.length} mutation(s)`);
    else {
        notes.push(`${label}: differs from the LLM: the LLM did ${llm.length} mutation(s), the script planned ${script.length}`);
        if (comparison.missing.length)
            notes.push(`shadow: missing from the script (the LLM did them): ${listed(comparison.missing)}`);
        if (comparison.extra.length)
            notes.push(`shadow: extra in the script (the LLM did not): ${listed(comparison.extra)}`);
    }
    notes.push(`shadow, LLM side: ${listed(llm)}`);
    notes.push(`shadow, script side: ${listed(script)}`);
    if (refused.length)
        notes.push(`shadow: the guards would refuse ${listed(refused)}`);
    if ((0,src_usage/* totalTokens */.RP)(usage))
        notes.push(`shadow: the script's subagent used ${(0,src_usage/* totalTokens */.RP)(usage)} tokens (included in this workflow's usage)`);
    return notes;
}

;// CONCATENATED MODULE: ./src/coordinators/llm/llm.ts







/**
 * `coordinator: llm`: Claude reads the prompt, the trigger and the virtual files and
 * decides which tools to call, through the same toolbox (guards, dry run, records) as a
 * script. Loaded only when a workflow needs it.
 */
const llmCoordinator = async (run, env) => {
    const started = Date.now();
    const { workflow } = run;
    const model = workflow.model ?? env.defaultModel;
    const notes = [`model ${model}`];
    const progress = { turns: 0 };
    const extraTools = subagentTools(run);
    // The model reads trigger.json without the payload's hidden text (scripts keep the original).
    if (run.files.has('trigger.json'))
        run.files.add('trigger.json', (0,llm_frame/* modelTriggerFile */.Ez)(run.trigger));
    let text;
    let failure;
    try {
        const result = await (0,llm_loop/* runModelLoop */.Hz)({
            session: modelSession(run, env),
            caller: 'llm',
            toolCaller: 'llm',
            who: 'the model',
            model,
            system: [
                workflow.prompt ?? '',
                (0,llm_frame/* systemFrame */.xE)({
                    workflow: workflow.name,
                    trigger: run.trigger,
                    files: run.files,
                    dryRun: run.toolbox.dryRun,
                    tools: [...run.toolbox.tools.map((t) => (0,registry/* llmToolName */.ps)(t.name)), ...extraTools.map((t) => t.spec.name)]
                })
            ],
            firstMessage: (0,llm_frame/* triggerMessage */.SJ)(run.trigger),
            toolbox: run.toolbox,
            tools: run.toolbox.tools,
            extraTools,
            files: run.files,
            maxTurns: workflow.maxTurns,
            maxTokens: workflow.maxTokens,
            progress
        });
        text = result.text;
    }
    catch (error) {
        failure = error;
    }
    if (progress.notice)
        notes.push((0,summary/* escapeMd */.Xk)(progress.notice));
    notes.push(...noteLines(progress.notes ?? []));
    if (workflow.shadowScript)
        notes.push(...(await runShadow(run, env, started + workflow.timeoutSeconds * 1000)));
    if (failure !== undefined)
        throw withOutcome(failure, { result: null, turns: progress.turns, notes });
    return { result: text ?? '', turns: progress.turns, notes };
};
function modelSession(run, env) {
    return {
        workflow: run.workflow.name,
        client: () => env.clients.anthropic(),
        trace: env.trace,
        usage: run.usage,
        maxTotalTokens: run.workflow.maxTotalTokens,
        signal: run.signal,
        requestTimeoutMs: (0,llm_api/* requestTimeoutFor */.So)(run.workflow.timeoutSeconds),
        provider: env.clients.settings.provider?.provider,
        maxCostUsd: run.workflow.maxCostUsd
    };
}
/** The LLM runtime: nothing to validate beyond the config (its prompt and files are checked on load). */
const llmRuntime = { run: llmCoordinator, validate: async () => undefined };
/** With `subagents:` in the config, the model may delegate to them through one `subagent` tool. */
function subagentTools(run) {
    const defs = Object.values(run.workflow.subagents);
    if (!defs.length)
        return [];
    const helpers = defs.map((d) => `- ${d.name}: ${d.description ?? d.prompt.split('\n')[0].slice(0, 160)}${d.tools.length ? ` (tools: ${d.tools.join(', ')})` : ''}`);
    return [
        {
            spec: {
                name: 'subagent',
                description: `Hand a narrow task to a named helper, which answers in text. Helpers:\n${helpers.join('\n')}`,
                input_schema: {
                    type: 'object',
                    properties: {
                        name: { type: 'string', enum: defs.map((d) => d.name), description: 'Which helper' },
                        input: { type: 'string', description: 'The task and the data it needs' },
                        files: { type: 'array', items: { type: 'string' }, description: 'Names of virtual files to hand it (optional)' }
                    },
                    required: ['name', 'input'],
                    additionalProperties: false
                }
            },
            async run(input) {
                const files = Array.isArray(input.files) ? input.files.map(String) : undefined;
                if (typeof input.name !== 'string')
                    throw new Error('subagent: name is required');
                return run.subagent.call(input.name, input.input, files);
            }
        }
    ];
}
/** How many of the model's notes the step summary shows (all are in the trace). */
const SUMMARY_NOTES = 12;
/**
 * The model's notes beside its tool calls, one summary line each, so a reader sees why it
 * called what. Model text is untrusted: one line, cut short, markup escaped.
 */
function noteLines(notes) {
    const lines = notes.slice(0, SUMMARY_NOTES).map((n) => `model note (turn ${n.turn}): ${(0,summary/* escapeMd */.Xk)((0,summary/* short */.h0)(n.text.replace(/\s+/g, ' '), 200)).replace(/[`*_[\]|]/g, (c) => `\\${c}`)}`);
    if (notes.length > SUMMARY_NOTES)
        lines.push(`… ${notes.length - SUMMARY_NOTES} more model notes in the trace`);
    return lines;
}
/** Keeps the turns and notes of a failed run for the summary (run-workflow reads `outcome`). */
function withOutcome(error, outcome) {
    const wrapped = error instanceof Error ? error : new Error((0,errors/* errorMessage */.gJ)(error));
    return Object.assign(wrapped, { outcome });
}


/***/ })

};
