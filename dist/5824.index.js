export const id = 5824;
export const ids = [5824];
export const modules = {

/***/ 51176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ traceArtifactName),
/* harmony export */   K3: () => (/* binding */ TRACE_ARTIFACT_PREFIX),
/* harmony export */   tI: () => (/* binding */ artifactMayHold)
/* harmony export */ });
/**
 * The name `upload-trace` gives a run's trace artifact: `hc-trace-<run id>-<workflows>`,
 * the workflows joined by `+`, so `mode: propose` can pick a workflow's traces from the
 * repository's artifact list without downloading the others. Artifact names may not hold
 * `" : < > | * ? \ /` or line breaks: anything outside `[A-Za-z0-9._-]` becomes `_`.
 */
const TRACE_ARTIFACT_PREFIX = 'hc-trace-';
/** Past this length the names are left out (`-many`): such an artifact is downloaded and its trace read to tell. */
const MAX_NAME_LENGTH = 200;
const safe = (name) => name.replace(/[^A-Za-z0-9._-]/g, '_');
function traceArtifactName(runId, workflows) {
    const names = workflows.length ? workflows.map(safe).join('+') : 'none';
    const full = `${TRACE_ARTIFACT_PREFIX}${safe(runId).replace(/-/g, '_')}-${names}`;
    return full.length <= MAX_NAME_LENGTH ? full : `${TRACE_ARTIFACT_PREFIX}${safe(runId).replace(/-/g, '_')}-many`;
}
/**
 * Whether an artifact may hold a trace of `workflow`: `yes` (named), `maybe` (a trace whose
 * name does not list its workflows: too many, or the older `trace-<id>` names), or `no`.
 */
function artifactMayHold(name, workflow) {
    if (/^trace-[A-Za-z0-9]+$/.test(name))
        return 'maybe';
    if (!name.startsWith(TRACE_ARTIFACT_PREFIX))
        return 'no';
    const rest = name.slice(TRACE_ARTIFACT_PREFIX.length);
    const dash = rest.indexOf('-');
    if (dash < 0)
        return 'no';
    const names = rest.slice(dash + 1);
    if (names === 'many')
        return 'maybe';
    return names.split('+').includes(safe(workflow)) ? 'yes' : 'no';
}


/***/ }),

/***/ 39027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ describeSkipped),
/* harmony export */   Bi: () => (/* binding */ gatherArtifacts),
/* harmony export */   Z4: () => (/* binding */ gatherLocal)
/* harmony export */ });
/* unused harmony export MAX_RECORDED_RUNS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51306);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _cli_trace_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5082);
/* harmony import */ var _cli_replay_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18214);
/* harmony import */ var _artifact_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51176);






/** Most recorded runs `propose` reads, newest first (SPEC section 8 names no knob for it). */
const MAX_RECORDED_RUNS = 50;
const emptyGathered = () => ({ runs: [], otherWorkflow: 0, beforeAnyToolCall: 0, expired: 0, unusable: [] });
/** Sorts a trace into the tally: a usable run of `workflow`, or why it is left out. */
function classify(into, run, workflow, link) {
    if (!run.workflows.some((w) => w.name === workflow))
        return void into.otherWorkflow++;
    let traced;
    try {
        traced = (0,_cli_trace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .completeWorkflow */ .Xu)(run, workflow);
    }
    catch (error) {
        into.unusable.push(`${link}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        return;
    }
    if (traced.end?.status === 'failed' && !(0,_cli_replay_run_js__WEBPACK_IMPORTED_MODULE_3__/* .recordedCalls */ .ip)(traced).length)
        return void into.beforeAnyToolCall++;
    into.runs.push({ run, traced, link });
}
const newestFirst = (runs) => runs.sort((a, b) => (b.run.time ?? '').localeCompare(a.run.time ?? ''));
/** `--traces DIR`: every `*.jsonl` under it (or the one file), newest first, at most `max`. */
async function gatherLocal(path, shown, workflow, max = MAX_RECORDED_RUNS) {
    const stat = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(path);
    const files = stat.isDirectory() ? await (0,_cli_trace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .findTraceFiles */ .m9)(path) : [path];
    const gathered = emptyGathered();
    for (const file of files) {
        const label = shown(file);
        try {
            classify(gathered, (0,_cli_trace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrace */ .bj)(label, await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8')), workflow, label);
        }
        catch (error) {
            gathered.unusable.push(error instanceof _cli_trace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .TraceError */ .yW ? `${label}${error.location.line ? `:${error.location.line}` : ''}: ${error.message}` : `${label}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
        }
    }
    newestFirst(gathered.runs).splice(max);
    return gathered;
}
/**
 * The action's way: the repository's trace artifacts whose name says they hold `workflow`
 * (newest first, at most `max`), each downloaded through the REST API (the zip endpoint
 * answers 302 to a short-lived URL, which the client follows) and read with fflate.
 */
async function gatherArtifacts(source, workflow) {
    const { github, repository, serverUrl } = source;
    const max = source.max ?? MAX_RECORDED_RUNS;
    const [owner, repo] = repository.split('/');
    const candidates = [];
    let otherWorkflow = 0;
    for (let page = 1; candidates.length < max; page++) {
        const { data } = await github.request('GET /repos/{owner}/{repo}/actions/artifacts', { owner, repo, per_page: 100, page });
        for (const a of data.artifacts) {
            const holds = (0,_artifact_name_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactMayHold */ .tI)(a.name, workflow);
            if (holds === 'no') {
                if (a.name.startsWith(_artifact_name_js__WEBPACK_IMPORTED_MODULE_4__/* .TRACE_ARTIFACT_PREFIX */ .K3))
                    otherWorkflow++;
                continue;
            }
            if (candidates.length < max)
                candidates.push(a);
        }
        if (data.artifacts.length < 100)
            break;
    }
    candidates.sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id);
    const gathered = emptyGathered();
    gathered.otherWorkflow = otherWorkflow;
    for (const artifact of candidates) {
        const link = artifact.workflow_run?.id ? `${serverUrl.replace(/\/$/, '')}/${repository}/actions/runs/${artifact.workflow_run.id}` : `artifact ${artifact.name}`;
        let zip;
        try {
            const { data } = await github.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
            zip = new Uint8Array(data);
        }
        catch (error) {
            const status = error.status;
            if (status === 410) {
                gathered.expired++;
                continue;
            }
            throw new Error(`artifact ${artifact.name}: the download failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`, { cause: error });
        }
        let files;
        try {
            files = (0,fflate__WEBPACK_IMPORTED_MODULE_5__/* .unzipSync */ .AO)(zip, { filter: (f) => f.name.endsWith('.jsonl') });
        }
        catch (error) {
            gathered.unusable.push(`${link} (artifact ${artifact.name}): not a readable zip archive (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)})`);
            continue;
        }
        const traces = Object.entries(files);
        if (!traces.length)
            gathered.unusable.push(`${link} (artifact ${artifact.name}): holds no trace (*.jsonl)`);
        for (const [name, bytes] of traces) {
            try {
                classify(gathered, (0,_cli_trace_file_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTrace */ .bj)(`${artifact.name}/${name}`, (0,fflate__WEBPACK_IMPORTED_MODULE_5__/* .strFromU8 */ .he)(bytes)), workflow, link);
            }
            catch (error) {
                gathered.unusable.push(`${link} (artifact ${artifact.name}/${name}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`);
            }
        }
    }
    newestFirst(gathered.runs).splice(max);
    return gathered;
}
/** "3 of another workflow, 1 failed before any tool call, …": what was left out, for the summary. */
function describeSkipped(g) {
    return [
        g.otherWorkflow ? `${g.otherWorkflow} trace(s) of other workflows` : '',
        g.beforeAnyToolCall ? `${g.beforeAnyToolCall} run(s) that failed before any tool call` : '',
        g.expired ? `${g.expired} expired artifact(s)` : '',
        g.unusable.length ? `${g.unusable.length} unreadable (${g.unusable.join('; ')})` : ''
    ]
        .filter(Boolean)
        .join(', ');
}


/***/ }),

/***/ 15824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ proposeUpgrade)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cli/migrate.ts + 1 modules
var migrate = __webpack_require__(86853);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cli/replay-run.ts + 1 modules
var replay_run = __webpack_require__(18214);
;// CONCATENATED MODULE: ./src/propose/evidence.ts


/**
 * Replays the script on every recorded run through replay's offline toolbox (dry run, reads
 * answered from the trace, no network): the only place a drafted script runs while proposing.
 */
async function replayOnRuns(runs, target) {
    const verdicts = [];
    for (const { run, traced, link } of runs) {
        const event = `${run.trigger.event}${run.trigger.action ? `.${run.trigger.action}` : ''}`;
        try {
            const o = await (0,replay_run/* replayWorkflow */.rS)({ run, traced, ...target });
            const failure = o.scriptError && o.recordedStatus === 'succeeded' ? o.scriptError.message : undefined;
            verdicts.push({ link, event, time: run.time, agree: o.agree, same: o.rows.filter((r) => r.recorded && r.planned).length, rows: o.rows, unrecordedReads: o.unrecordedReads, failure });
        }
        catch (error) {
            verdicts.push({ link, event, time: run.time, agree: false, same: 0, rows: [], unrecordedReads: [], failure: `could not be replayed: ${(0,errors/* errorMessage */.gJ)(error)}` });
        }
    }
    const divergences = verdicts.flatMap((v) => v.rows
        .filter((r) => !(r.recorded && r.planned) && !(r.recorded ?? r.planned).refused)
        .map((r) => r.recorded ? { link: v.link, tool: r.recorded.tool, target: r.recorded.target, side: 'recorded only' } : { link: v.link, tool: r.planned.tool, target: r.planned.target, side: 'script only' }));
    return {
        total: verdicts.length,
        agreed: verdicts.filter((v) => v.agree).length,
        verdicts,
        divergences,
        unrecordedReads: verdicts.flatMap((v) => v.unrecordedReads.map((r) => ({ link: v.link, ...r })))
    };
}
/** Half or more of the runs agree: below that a draft is reported, never proposed. */
function agreesEnough(e) {
    return e.total > 0 && e.agreed * 2 >= e.total;
}

// EXTERNAL MODULE: ./src/propose/gather.ts
var gather = __webpack_require__(39027);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(90131);
;// CONCATENATED MODULE: ./src/propose/stage.ts


/** SPEC section 8: live runs the shadow must agree on before the switch is proposed. */
const DEFAULT_MIN_AGREEING_RUNS = 10;
/** Counts the shadow verdicts the traces hold for `script` on live runs (dry runs prove nothing about effects). */
function tallyShadow(runs, script) {
    const tally = { agreed: 0, diverged: [] };
    for (const { run, traced, link } of runs) {
        if (run.dryRun || traced.dryRun)
            continue;
        const verdicts = traced.shadows.filter((s) => s.file === script);
        if (!verdicts.length)
            continue;
        if (verdicts.every((s) => s.agree))
            tally.agreed++;
        else
            tally.diverged.push(link);
    }
    return tally;
}
/** Sets `key` right after the `coordinator` line (where a reader looks for it), or replaces it where it is. */
function setAfterCoordinator(doc, key, value) {
    const map = doc.contents;
    if (!(0,dist/* isMap */.jh)(map) || doc.has(key))
        return void doc.set(key, value);
    const at = map.items.findIndex((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'coordinator');
    map.items.splice(at < 0 ? map.items.length : at + 1, 0, doc.createPair(key, value));
}
/** Written as people write YAML: `[closed]`, not `[ closed ]`. Comments and key order are kept. */
const render = (doc) => doc.toString({ flowCollectionPadding: false });
/** Stage 1: the llm config, with `shadow_script` naming the candidate. */
function withShadowScript(configText, script) {
    const doc = (0,dist/* parseDocument */.Tp)(configText);
    setAfterCoordinator(doc, 'shadow_script', script);
    return render(doc);
}
/** Stage 2: `coordinator: script` with the script, and every llm-only key dropped. */
function switchedToScript(configText, script) {
    const doc = (0,dist/* parseDocument */.Tp)(configText);
    if (doc.has('coordinator'))
        doc.set('coordinator', 'script');
    else
        setAfterCoordinator(doc, 'coordinator', 'script');
    for (const key of schema/* LLM_ONLY_KEYS */.cZ)
        doc.delete(key);
    setAfterCoordinator(doc, 'coordinator_script', script);
    return render(doc);
}

// EXTERNAL MODULE: ./src/tools/toolbox.ts
var toolbox = __webpack_require__(91184);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/propose/body.ts



const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const runLink = (link, i) => (/^https?:\/\//.test(link) ? `[run ${i + 1}](${link})` : `\`${link}\``);
/** The title: what the pull request does, in one line. */
function upgradeTitle(input) {
    return input.stage === 1 ? `Determinism upgrade for ${input.workflow.name} (1/2): shadow ${input.script}` : `Determinism upgrade for ${input.workflow.name} (2/2): switch to coordinator: script`;
}
/**
 * The body a reviewer reads: what changes, the replay table (N of M runs agree), each
 * divergence with tool, target and run, the reads no trace recorded, and what to check.
 * Holds nothing that changes between runs with the same evidence (no times of the run).
 */
function upgradeBody(input) {
    const { workflow, stage, script, evidence: e, gathered } = input;
    const lines = [];
    lines.push(`## ${upgradeTitle(input)}`, '');
    if (stage === 1) {
        lines.push(`This adds \`${script}\`, a TypeScript script coordinator drafted from the prompt, tools and recorded runs of \`${workflow.name}\`, and sets \`shadow_script: ${script}\` in \`${workflow.file}\`.`, `Nothing changes in what the workflow does: the LLM still drives it, and after each run the script runs in dry run on the same trigger; the summary and trace show where its planned mutations differ. Once the shadow has agreed on ${workflow.minAgreeingRuns ?? 10} live runs and differed on none, propose opens the switch (stage 2).`);
    }
    else {
        lines.push(`This switches \`${workflow.name}\` (\`${workflow.file}\`) to \`coordinator: script\` with \`coordinator_script: ${script}\`, and drops its llm-only keys. The script is the one already reviewed as its shadow.`);
    }
    if (input.shadow) {
        lines.push('', `### Shadow record`, '', `On live runs the shadow \`${script}\` agreed ${input.shadow.agreed} time(s) (${input.shadow.needed} needed) and differed ${input.shadow.diverged.length} time(s).`);
    }
    lines.push('', `### Replay: ${e.agreed} of ${e.total} recorded runs agree`, '');
    lines.push('| run | event | verdict | mutations on both sides |', '| --- | --- | --- | --- |');
    e.verdicts.forEach((v, i) => {
        const verdict = v.agree ? 'agrees' : v.failure ? `differs: ${cell((0,summary/* short */.h0)(v.failure, 120))}` : 'differs';
        lines.push(`| ${runLink(v.link, i)} | ${v.event} | ${verdict} | ${v.same} |`);
    });
    lines.push('', '### Divergences', '');
    if (!e.divergences.length)
        lines.push('None: on every run the script would make exactly the mutations the recorded run made.');
    for (const d of e.divergences) {
        const i = e.verdicts.findIndex((v) => v.link === d.link);
        lines.push(`- ${runLink(d.link, i)}: \`${d.tool}\` on \`${d.target}\`, ${d.side === 'recorded only' ? 'made by the recorded run, not by the script' : 'planned by the script, not made by the recorded run'}`);
    }
    if (e.unrecordedReads.length) {
        lines.push('', '### Reads no trace recorded', '', 'The script asked for these and the recorded run never did, so replay could not answer them:', '');
        for (const r of e.unrecordedReads) {
            const i = e.verdicts.findIndex((v) => v.link === r.link);
            lines.push(`- ${runLink(r.link, i)}: \`${r.tool}\` ${cell((0,summary/* short */.h0)((0,toolbox/* stableJson */._Y)(r.input), 100))}`);
        }
    }
    const skipped = (0,gather/* describeSkipped */.At)(gathered);
    if (skipped)
        lines.push('', `Left out: ${skipped}.`);
    lines.push('', '### What a reviewer should check', '');
    if (stage === 1) {
        lines.push(`- [ ] \`${script}\` does what the prompt asks on events the traces do not show (no PR link, several links, an error from a tool).`, '- [ ] Every divergence above is a case where the script is right, or one you accept.', `- [ ] The tools and guards of \`${workflow.file}\` are still what this workflow needs.`);
    }
    else {
        lines.push('- [ ] The shadow record above covers the kinds of events this workflow sees.', `- [ ] \`${workflow.file}\` keeps its tools, guards and virtual files; only the coordinator changes.`);
    }
    lines.push('', '<sub>Opened by Hybrid Coordinator (`mode: propose`). It never merges: this lands only through review.</sub>');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/report/redact.ts
var report_redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/propose/pull-request.ts
var pull_request = __webpack_require__(47623);
;// CONCATENATED MODULE: ./src/propose/propose.ts










/**
 * SPEC section 8: the recorded runs of an llm workflow become one pull request. Stage 1
 * drafts a script (as migrate does), replays it on every run, and proposes it as the
 * workflow's shadow_script; stage 2, once the shadow has agreed on enough live runs and
 * differed on none, proposes the switch to coordinator: script.
 */
async function proposeUpgrade(input) {
    const { workflow, gathered } = input;
    const redactor = new report_redact/* Redactor */.p();
    for (const secret of input.secrets ?? [])
        redactor.add(secret);
    const redact = (text) => redactor.text(text);
    if (workflow.coordinator === 'script') {
        throw new pull_request/* ProposeStop */.nl(`${workflow.name} is already coordinator: script (${workflow.script}): there is nothing to upgrade`);
    }
    if (!gathered.runs.length) {
        const skipped = (0,gather/* describeSkipped */.At)(gathered);
        throw new pull_request/* ProposeStop */.nl(`no recorded run of ${workflow.name} to learn from${skipped ? ` (left out: ${skipped})` : ''}: turn on \`upload-trace: true\` for its runs, or pass --traces DIR`);
    }
    let branch = { kind: 'absent' };
    if (input.github) {
        branch = await (0,pull_request/* inspectBranch */.lp)(input.github.client, input.github.repository, workflow.name);
        (0,pull_request/* refuseTheirs */.eO)(branch, workflow.name);
    }
    const configText = await external_node_fs_.promises.readFile((0,external_node_path_.resolve)(input.root, workflow.file), 'utf8');
    const target = { config: workflow, source: input.source, root: input.root, python: input.python };
    if (workflow.shadowScript) {
        const script = workflow.shadowScript;
        const needed = workflow.minAgreeingRuns ?? DEFAULT_MIN_AGREEING_RUNS;
        const shadow = tallyShadow(gathered.runs, script);
        if (shadow.diverged.length || shadow.agreed < needed) {
            const reason = shadow.diverged.length
                ? `the shadow ${script} differed from the LLM on ${shadow.diverged.length} live run(s) (${shadow.diverged.join(', ')}): fix the script (or the prompt) before the switch is proposed`
                : `the shadow ${script} has agreed on ${shadow.agreed} of the ${needed} live runs min_agreeing_runs asks for: the switch to coordinator: script is proposed once it has`;
            return { kind: 'waiting', reason };
        }
        const key = evidenceKey(2, gathered);
        const unchanged = await nothingNew(input, branch, key);
        if (unchanged)
            return unchanged;
        const evidence = await replayOnRuns(gathered.runs, { ...target, script, scriptPath: (0,external_node_path_.resolve)(input.root, script) });
        const change = changeFor(input, 2, script, { [workflow.file]: switchedToScript(configText, script) }, evidence, key, { ...shadow, needed }, redact);
        return publish(input, 2, change, evidence);
    }
    const key = evidenceKey(1, gathered);
    const unchanged = await nothingNew(input, branch, key);
    if (unchanged)
        return unchanged;
    const out = `scripts/${workflow.name}.ts`;
    const draft = await (0,migrate.draftScript)({
        settings: input.settings,
        model: input.model,
        workflow,
        samples: gathered.runs.slice(0, migrate.DEFAULT_MAX_TRACES),
        source: input.source,
        root: input.root,
        out,
        python: input.python,
        redact
    });
    if (!draft.code)
        return { kind: 'rejected', reason: `the model's reply holds no \`\`\`ts code block: nothing to propose`, problems: [draft.reply.trim().split('\n')[0]?.slice(0, 160) ?? ''] };
    if (draft.problems.length)
        return { kind: 'rejected', reason: `the drafted ${out} does not compile or exports no handler: nothing is proposed`, problems: draft.problems };
    // The draft runs only here, in replay's offline toolbox, from a temp file beside OUT.
    const outFull = (0,external_node_path_.resolve)(input.root, out);
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(outFull), `.${(0,external_node_path_.basename)(outFull, (0,external_node_path_.extname)(outFull))}.hc-propose-${process.pid}-${Math.random().toString(36).slice(2, 8)}${(0,external_node_path_.extname)(outFull)}`);
    await external_node_fs_.promises.mkdir((0,external_node_path_.dirname)(temp), { recursive: true });
    await external_node_fs_.promises.writeFile(temp, draft.code);
    let evidence;
    try {
        evidence = await replayOnRuns(gathered.runs, { ...target, script: out, scriptPath: temp });
    }
    finally {
        await external_node_fs_.promises.rm(temp, { force: true });
    }
    if (!agreesEnough(evidence)) {
        return { kind: 'rejected', reason: `the drafted ${out} agrees with ${evidence.agreed} of ${evidence.total} recorded runs, fewer than half: nothing is proposed`, problems: [], evidence };
    }
    const change = changeFor(input, 1, out, { [out]: redact(draft.code), [workflow.file]: withShadowScript(configText, out) }, evidence, key, undefined, redact);
    return publish(input, 1, change, evidence);
}
/** What the proposal is built from: the stage and the runs. The same key on our branch means nothing is new. */
function evidenceKey(stage, gathered) {
    const ids = gathered.runs.map((r) => r.run.runId || r.link).sort();
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${stage}\n${ids.join('\n')}`)
        .digest('hex')
        .slice(0, 16);
}
/** Our branch already holds a proposal from exactly these runs: touch nothing (and ask no model). */
async function nothingNew(input, branch, key) {
    if (branch.kind !== 'ours' || branch.evidenceKey !== key || !input.github)
        return undefined;
    const { client, repository } = input.github;
    const [owner, repo] = repository.split('/');
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls', { owner, repo, head: `${owner}:${(0,pull_request/* upgradeBranch */.dl)(input.workflow.name)}`, state: 'open', per_page: 10 });
    const pr = data[0];
    if (!pr)
        return undefined;
    return { kind: 'waiting', reason: `nothing new since pull request #${pr.number} was proposed from these runs: it is left as it is`, published: { url: pr.html_url, number: pr.number } };
}
function changeFor(input, stage, script, files, evidence, key, shadow, redact) {
    const body = redact(upgradeBody({ workflow: input.workflow, stage, script, evidence, gathered: input.gathered, shadow }));
    const title = upgradeTitle({ workflow: input.workflow, stage, script });
    return { workflow: input.workflow.name, files, title, body, subject: title, evidenceKey: key };
}
async function publish(input, stage, change, evidence) {
    if (!input.github || input.dryRun)
        return { kind: 'proposed', stage, change, evidence };
    const published = await (0,pull_request/* publishUpgrade */.QR)(input.github.client, input.github.repository, change);
    return { kind: 'proposed', stage, change, evidence, published };
}


/***/ }),

/***/ 47623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ publishUpgrade),
/* harmony export */   dl: () => (/* binding */ upgradeBranch),
/* harmony export */   eO: () => (/* binding */ refuseTheirs),
/* harmony export */   lp: () => (/* binding */ inspectBranch),
/* harmony export */   nl: () => (/* binding */ ProposeStop)
/* harmony export */ });
/* unused harmony export UPGRADE_LABEL */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The label every upgrade pull request carries. */
const UPGRADE_LABEL = 'determinism-upgrade';
/** Our commits say who made them: a branch head without this is someone else's work. */
const AUTHOR = { name: 'hybrid-coordinator', email: 'hybrid-coordinator@users.noreply.github.com' };
const TRAILER = 'Hybrid-Coordinator-Upgrade';
const EVIDENCE_TRAILER = 'Hybrid-Coordinator-Evidence';
const upgradeBranch = (workflow) => `hybrid-coordinator/upgrade-${workflow}`;
/** Something that stops the proposal: a person's commit on the branch, a missing permission. */
class ProposeStop extends Error {
    name = 'ProposeStop';
}
const split = (repository) => {
    const [owner, repo] = repository.split('/');
    return { owner, repo };
};
/** A 403 names the permission the job lacks; anything else keeps its message and cause. */
function failure(error, doing, permission) {
    const status = error.status;
    if (status === 403) {
        const header = error.response?.headers?.['x-accepted-github-permissions'];
        const named = header ? header.replace(/_/g, '-').replace(/=/g, ': ') : `${permission}: write`;
        return new ProposeStop(`propose needs \`${named}\` to ${doing}, and the token was refused (403 ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0]}): give the job \`permissions: { contents: write, pull-requests: write }\``, { cause: error });
    }
    return new Error(`${doing}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error).split('\n')[0]}`, { cause: error });
}
async function step(doing, permission, call) {
    try {
        return await call();
    }
    catch (error) {
        throw failure(error, doing, permission);
    }
}
/** The upgrade branch's head: whether it exists, and whether its last commit is ours. */
async function inspectBranch(github, repository, workflow) {
    const r = split(repository);
    const branch = upgradeBranch(workflow);
    let sha;
    try {
        const { data } = await github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...r, ref: `heads/${branch}` });
        sha = data.object.sha;
    }
    catch (error) {
        if (error.status === 404)
            return { kind: 'absent' };
        throw failure(error, `read branch ${branch}`, 'contents');
    }
    const { data: commit } = await step(`read the head commit of ${branch}`, 'contents', () => github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...r, commit_sha: sha }));
    const ours = commit.author?.name === AUTHOR.name && commit.author?.email === AUTHOR.email && new RegExp(`^${TRAILER}: ${escape(workflow)}$`, 'm').test(commit.message);
    if (!ours)
        return { kind: 'theirs', sha, author: commit.author?.name ?? 'someone' };
    const evidenceKey = new RegExp(`^${EVIDENCE_TRAILER}: (\\S+)$`, 'm').exec(commit.message)?.[1];
    return { kind: 'ours', sha, tree: commit.tree.sha, parent: commit.parents[0]?.sha, evidenceKey };
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Refuses to go on over a person's commit: their work is never force-pushed away. */
function refuseTheirs(state, workflow) {
    if (state.kind !== 'theirs')
        return;
    throw new ProposeStop(`branch ${upgradeBranch(workflow)} has a commit by ${state.author} (${state.sha.slice(0, 7)}) that propose did not make: it does not force-update over it. Merge or close that pull request, or delete the branch, and propose starts afresh`);
}
/**
 * Puts the change on `hybrid-coordinator/upgrade-<workflow>` through the Git data API (blobs,
 * a tree on the default branch head's, a commit, the ref created or force-updated), then
 * opens the pull request or updates its title and body, and labels it. Never touches the
 * default branch and never merges. Nothing new (same tree on the same base), no new commit.
 */
async function publishUpgrade(github, repository, change) {
    const r = split(repository);
    const branch = upgradeBranch(change.workflow);
    const { data: repoInfo } = await step('read the repository', 'contents', () => github.request('GET /repos/{owner}/{repo}', { ...r }));
    const base = repoInfo.default_branch;
    if (base === branch)
        throw new ProposeStop(`the default branch is ${branch}: propose never pushes to the default branch`);
    const { data: baseRef } = await step(`read ${base}`, 'contents', () => github.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...r, ref: `heads/${base}` }));
    const baseSha = baseRef.object.sha;
    const { data: baseCommit } = await step(`read ${base}'s head commit`, 'contents', () => github.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...r, commit_sha: baseSha }));
    const entries = [];
    for (const [path, content] of Object.entries(change.files).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const { data: blob } = await step(`create a blob for ${path}`, 'contents', () => github.request('POST /repos/{owner}/{repo}/git/blobs', { ...r, content, encoding: 'utf-8' }));
        entries.push({ path, mode: '100644', type: 'blob', sha: blob.sha });
    }
    const { data: tree } = await step('create the tree', 'contents', () => github.request('POST /repos/{owner}/{repo}/git/trees', { ...r, base_tree: baseCommit.tree.sha, tree: entries }));
    let state = await inspectBranch(github, repository, change.workflow);
    refuseTheirs(state, change.workflow);
    let committed = false;
    if (!(state.kind === 'ours' && state.tree === tree.sha && state.parent === baseSha)) {
        const message = `${change.subject}\n\n${TRAILER}: ${change.workflow}\n${EVIDENCE_TRAILER}: ${change.evidenceKey}\n`;
        const { data: commit } = await step('create the commit', 'contents', () => github.request('POST /repos/{owner}/{repo}/git/commits', { ...r, message, tree: tree.sha, parents: [baseSha], author: AUTHOR, committer: AUTHOR }));
        const forceUpdate = () => step(`update branch ${branch}`, 'contents', () => github.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ...r, ref: `heads/${branch}`, sha: commit.sha, force: true }));
        if (state.kind === 'absent') {
            try {
                await github.request('POST /repos/{owner}/{repo}/git/refs', { ...r, ref: `refs/heads/${branch}`, sha: commit.sha });
            }
            catch (error) {
                // Another propose run created it meanwhile: go on over it only if that commit is ours too.
                if (error.status !== 422)
                    throw failure(error, `create branch ${branch}`, 'contents');
                state = await inspectBranch(github, repository, change.workflow);
                refuseTheirs(state, change.workflow);
                await forceUpdate();
            }
        }
        else {
            await forceUpdate();
        }
        committed = true;
    }
    const pull = await openOrUpdatePull(github, r, branch, base, change);
    return { ...pull, committed };
}
async function findOpenPull(github, r, branch) {
    const { data } = await step('list pull requests', 'pull-requests', () => github.request('GET /repos/{owner}/{repo}/pulls', { ...r, head: `${r.owner}:${branch}`, state: 'open', per_page: 10 }));
    return data[0];
}
async function openOrUpdatePull(github, r, branch, base, change) {
    let pr = await findOpenPull(github, r, branch);
    let pull = 'unchanged';
    if (!pr) {
        try {
            const { data } = await github.request('POST /repos/{owner}/{repo}/pulls', { ...r, title: change.title, head: branch, base, body: change.body });
            pr = data;
            pull = 'created';
        }
        catch (error) {
            // GitHub allows one open pull request per head: a concurrent run opened it first.
            const already = error.status === 422 && /already exists/i.test(JSON.stringify(error.response?.data ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
            if (!already)
                throw failure(error, `open the pull request from ${branch}`, 'pull-requests');
            pr = await findOpenPull(github, r, branch);
            if (!pr)
                throw failure(error, `open the pull request from ${branch}`, 'pull-requests');
        }
    }
    if (pull !== 'created' && (pr.title !== change.title || (pr.body ?? '') !== change.body)) {
        const current = pr;
        await step(`update pull request #${current.number}`, 'pull-requests', () => github.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...r, pull_number: current.number, title: change.title, body: change.body }));
        pull = 'updated';
    }
    if (!pr.labels.some((l) => l.name === UPGRADE_LABEL)) {
        const current = pr;
        await step(`label pull request #${current.number}`, 'pull-requests', () => github.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...r, issue_number: current.number, labels: [UPGRADE_LABEL] }));
    }
    return { url: pr.html_url, number: pr.number, pull };
}


/***/ })

};
