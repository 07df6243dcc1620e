export const id = 9020;
export const ids = [9020];
export const modules = {

/***/ 69020:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sandbox_server_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11378);
/* harmony import */ var _sandbox_anthropic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88609);
/* harmony import */ var _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95266);
/* harmony import */ var _sandbox_run_action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28989);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(57994);








/**
 * `npm run demo`: starts the sandbox (fake Slack, GitHub and Anthropic APIs on loopback),
 * then runs `node dist/index.js` exactly as the runner would on a `pull_request` closed
 * event, once per example workflow, and shows what happened. No tokens needed.
 */
// The demo is a chunk of the bundle in dist/: the action is dist/index.js beside it, and
// the repository root (the workspace the runner would check out) is dist/'s parent.
const here = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(import.meta.url));
const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(here, '..');
const action = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(here, 'index.js');
const realModel = Boolean(process.env.ANTHROPIC_API_KEY);
const anthropic = (0,_sandbox_anthropic_js__WEBPACK_IMPORTED_MODULE_4__.createAnthropicFake)({ policy: 'pr-merged' });
const sandbox = await (0,_sandbox_server_js__WEBPACK_IMPORTED_MODULE_3__.startSandbox)({ anthropic: anthropic.handler });
const event = {
    action: 'closed',
    number: 12,
    pull_request: {
        number: 12,
        state: 'closed',
        merged: true,
        html_url: `https://github.com/${_sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo}/pull/12`,
        head: { ref: 'feature/pr-12', repo: { full_name: _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo } },
        base: { ref: 'main', repo: { full_name: _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo } }
    },
    repository: { full_name: _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.repo, default_branch: 'main' },
    sender: { login: 'octocat' }
};
const examples = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)(`${root}/workflows`)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
const say = (text = '') => process.stdout.write(`${text}\n`);
say('Hybrid Coordinator demo: the sandbox fakes Slack, GitHub and the Anthropic API on ' + sandbox.url);
say(realModel
    ? 'ANTHROPIC_API_KEY is set: llm workflows use the real model; Slack and GitHub are the sandbox.'
    : 'No ANTHROPIC_API_KEY: the model\'s part in llm workflows is SCRIPTED by the sandbox (policy "pr-merged"), not a real model.');
say();
let failed = false;
for (const file of examples) {
    sandbox.reset();
    const name = file.replace(/\.ya?ml$/, '');
    // The MCP examples (workflows/tickets_*.yml) use the sandbox's ticket server and, for the model's part, the "tickets" policy.
    const tickets = name.startsWith('tickets');
    anthropic.setPolicy(tickets ? 'tickets' : 'pr-merged');
    const run = await (0,_sandbox_run_action_js__WEBPACK_IMPORTED_MODULE_6__/* .runAction */ .Cs)({
        action,
        workspace: root,
        eventName: 'pull_request',
        event,
        inputs: {
            'config-dir': 'workflows',
            workflow: nameOf(file),
            'github-token': sandbox.tokens.github,
            'slack-token': sandbox.tokens.slack,
            'slack-api-url': sandbox.slackUrl,
            'anthropic-api-key': realModel ? process.env.ANTHROPIC_API_KEY : sandbox.tokens.anthropic,
            trust: 'workspace'
        },
        env: { GITHUB_API_URL: sandbox.githubUrl, ...(realModel ? {} : { ANTHROPIC_BASE_URL: sandbox.anthropicUrl }) }
    });
    failed ||= tickets ? reportTickets(name, run) : report(name, run, sandbox);
}
const { demoUpgradeLoop } = await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 50094));
failed = (await demoUpgradeLoop({ sandbox, anthropic, action, root, realModel, say })) || failed;
await sandbox.close();
process.exit(failed ? 1 : 0);
function nameOf(file) {
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`${root}/workflows/${file}`, 'utf8');
    return /^name:\s*([^\s#]+)/m.exec(text)?.[1] ?? file.replace(/\.ya?ml$/, '');
}
/** The MCP examples: what went to the ticket server (from the trace), and whether a follow-up ticket was opened. */
function reportTickets(name, run) {
    say(`━━━ workflows/${name} ━━━ exit ${run.exitCode}`);
    say(run.summary.trim());
    say();
    say('Calls to the MCP server "tickets" (node dist/sandbox.js mcp-tickets --stdio), from the trace:');
    const trace = run.outputs['trace-file']
        ? (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(run.outputs['trace-file'], 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l))
        : [];
    const calls = trace.filter((l) => l.type === 'tool_call' && String(l.tool).startsWith('mcp.'));
    for (const c of calls) {
        const output = c.output;
        say(`  ${String(c.tool).padEnd(20)} ${String(c.outcome).padEnd(5)} ${JSON.stringify(c.input)} -> ${(output?.text ?? String(c.error ?? '')).split('\n').join(' | ').slice(0, 80)}`);
    }
    const created = calls.some((c) => c.tool === 'mcp.tickets.create' && c.outcome === 'sent');
    const wrong = !created || run.exitCode !== 0;
    say(wrong ? 'Result: NOT as expected' : 'Result: one follow-up ticket opened, through the same toolbox, guards and trace as every tool.');
    say();
    return wrong;
}
function report(name, run, box) {
    say(`━━━ workflows/${name} ━━━ exit ${run.exitCode}`);
    say((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .summaryAsText */ .kT)(run.summary.trim()));
    say();
    const channel = box.state.slack.channels[_sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.channel];
    say('Messages in #deploys after the run:');
    for (const m of _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.messages) {
        const now = channel.messages.find((x) => x.ts === m.ts);
        const has = Boolean(now?.reactions.some((r) => r.name === _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.reaction));
        const mark = has ? ':merged:' : '        ';
        const ok = has === m.expectMerged ? '' : '   <-- UNEXPECTED';
        say(`  ${mark}  ${m.prState ? `PR ${m.pr} (${m.prState})`.padEnd(18) : 'no PR'.padEnd(18)} ${m.text.slice(0, 60)}${ok}`);
    }
    const wrong = _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.messages.some((m) => Boolean(channel.messages.find((x) => x.ts === m.ts)?.reactions.some((r) => r.name === _sandbox_state_js__WEBPACK_IMPORTED_MODULE_5__.DEMO.reaction)) !== m.expectMerged);
    say(wrong || run.exitCode !== 0 ? 'Result: NOT as expected' : 'Result: every merged or closed PR is marked, nothing else.');
    say();
    return wrong || run.exitCode !== 0;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 50278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ costOfUsage),
/* harmony export */   UK: () => (/* binding */ formatUsd),
/* harmony export */   jn: () => (/* binding */ worstCaseCost),
/* harmony export */   xx: () => (/* binding */ priceOf)
/* harmony export */ });
/* unused harmony export PRICES */
const rates = (input, cacheWrite5m, cacheWrite1h, cacheRead, output) => ({ input, cacheWrite5m, cacheWrite1h, cacheRead, output });
const OPUS_4_5_TO_5 = rates(5, 6.25, 10, 0.5, 25);
const SONNET_4 = rates(3, 3.75, 6, 0.3, 15);
const OPUS_4 = rates(15, 18.75, 30, 1.5, 75);
const PRICES = {
    'claude-opus-5-5': rates(4, 5, 8, 0.2, 20),
    // Cache reads cut from $0.20 to $0.10 per MTok on 2026-10-07.
    'claude-sonnet-5-5': rates(2, 2.5, 4, 0.1, 10),
    'claude-haiku-5-5': { ...rates(0.1, 0.125, 0.2, 0.01, 0.5), longPrompt: { threshold: 100_000, rates: rates(0.5, 0.625, 1, 0.05, 2.5) } },
    'claude-opus-5': OPUS_4_5_TO_5,
    'claude-sonnet-5': rates(2, 2.5, 4, 0.2, 10),
    'claude-opus-4-8': OPUS_4_5_TO_5,
    'claude-opus-4-7': OPUS_4_5_TO_5,
    'claude-opus-4-6': OPUS_4_5_TO_5,
    'claude-opus-4-5': OPUS_4_5_TO_5,
    'claude-opus-4-1': OPUS_4,
    'claude-opus-4': OPUS_4,
    'claude-sonnet-4-6': SONNET_4,
    'claude-sonnet-4-5': SONNET_4,
    'claude-sonnet-4': SONNET_4,
    'claude-haiku-4-5': rates(1, 1.25, 2, 0.1, 5)
};
/**
 * The price of an Anthropic API model id: the id itself, or without a date suffix
 * (`claude-sonnet-4-5-20250929` is priced as `claude-sonnet-4-5`). Undefined when unknown.
 */
function priceOf(apiModel, table = PRICES) {
    return table[apiModel] ?? table[apiModel.replace(/-\d{8}$/, '')];
}
/**
 * The cost of one response in USD. Cache writes are split into 5-minute and 1-hour ones
 * when the API says how (`cache_creation`); otherwise all are priced as 5-minute writes,
 * the API's default TTL.
 */
function costOfUsage(price, usage) {
    const n = (v) => v ?? 0;
    const written = n(usage.cache_creation_input_tokens);
    const split = usage.cache_creation;
    const oneHour = split ? Math.min(written, n(split.ephemeral_1h_input_tokens)) : 0;
    const fiveMinutes = written - oneHour;
    const prompt = n(usage.input_tokens) + n(usage.cache_read_input_tokens) + written;
    const r = price.longPrompt && prompt > price.longPrompt.threshold ? price.longPrompt.rates : price;
    const micro = n(usage.input_tokens) * r.input + fiveMinutes * r.cacheWrite5m + oneHour * r.cacheWrite1h + n(usage.cache_read_input_tokens) * r.cacheRead + n(usage.output_tokens) * r.output;
    return micro / 1_000_000;
}
/**
 * The most one request could cost: every prompt token at the dearest input rate (a 1-hour
 * cache write), and all of `max_tokens` as output, at the long-prompt rates when they apply.
 */
function worstCaseCost(price, promptTokens, maxTokens) {
    const r = price.longPrompt && promptTokens > price.longPrompt.threshold ? price.longPrompt.rates : price;
    const dearestInput = Math.max(r.input, r.cacheWrite5m, r.cacheWrite1h);
    return (promptTokens * dearestInput + maxTokens * r.output) / 1_000_000;
}
/** USD as outputs and the summary show it: up to six decimals, no trailing zeros. */
function formatUsd(usd) {
    return String(Number(usd.toFixed(6)));
}


/***/ }),

/***/ 57994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Xk: () => (/* binding */ escapeMd),
/* harmony export */   h0: () => (/* binding */ short),
/* harmony export */   kT: () => (/* binding */ summaryAsText)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT_BYTES */
/* harmony import */ var _models_prices_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50278);

const OUTCOME = {
    read: 'read',
    sent: '✅ sent',
    dry: '🧪 dry run (not sent)',
    refused: '⛔ refused',
    error: '❌ error'
};
/**
 * GitHub refuses a step summary over 1 MiB, and then shows none of it: stay well below,
 * leaving room for what other steps of the job may add to theirs.
 */
const SUMMARY_LIMIT_BYTES = 1_000_000;
/**
 * The step summary as Markdown (pure: main.ts writes it), under `limit` bytes: when the
 * whole does not fit, the call lists are cut (each cut says so, and the trace keeps
 * everything), then long texts; every workflow's status is always there.
 */
function renderSummary(s, limit = SUMMARY_LIMIT_BYTES) {
    const fits = (text) => Buffer.byteLength(text, 'utf8') <= limit;
    const most = Math.max(0, ...s.reports.map((r) => r.calls.length));
    const rows = new Map();
    const full = render(s, { calls: most, text: Infinity, rows });
    if (fits(full))
        return full;
    for (let calls = Math.floor(most / 2);; calls = Math.floor(calls / 2)) {
        const text = render(s, { calls, text: Infinity, rows });
        if (fits(text))
            return text;
        if (calls === 0)
            break;
    }
    const compact = render(s, { calls: 0, text: 300, rows });
    if (fits(compact))
        return compact;
    // Still too big (thousands of workflows or config errors): the status lines alone.
    const lines = ['## Hybrid Coordinator', '', `The summary was cut to stay under GitHub's 1 MiB limit; the trace \`${s.traceFile}\` has everything.`, ''];
    for (const r of s.reports)
        lines.push(`- ${r.status === 'succeeded' ? '✅' : '❌'} ${r.workflow}: ${r.status}`);
    if (s.configErrors.length)
        lines.push(`- ❌ ${s.configErrors.length} rejected config(s)`);
    let text = lines.join('\n') + '\n';
    while (!fits(text))
        text = text.slice(0, Math.floor(text.length * 0.9));
    return text;
}
function render(s, detail) {
    const out = [];
    out.push(`## Hybrid Coordinator`);
    out.push('');
    out.push(`Event \`${s.event}${s.action ? `.${s.action}` : ''}\` · files from **${s.source}** · trace \`${s.traceFile}\``);
    out.push('');
    if (s.configErrors.length) {
        out.push(`### ❌ Rejected configs`);
        out.push('');
        for (const e of s.configErrors)
            out.push(`- \`${e.location.file}${e.location.line ? `:${e.location.line}` : ''}\`: ${escapeMd(clip(e.message, detail.text))}`);
        out.push('');
    }
    if (s.mode === 'validate') {
        out.push(s.configErrors.length ? `Validation failed: ${s.configErrors.length} problem(s).` : 'Every config is valid.');
        return out.join('\n') + '\n';
    }
    if (!s.reports.length) {
        out.push(`No workflow matched this event.`);
        return out.join('\n') + '\n';
    }
    for (const r of s.reports)
        out.push(...renderWorkflow(r, detail), '');
    return out.join('\n') + '\n';
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max)}… [cut: the trace has the whole text]` : text;
}
/** The note that ends a cut list. */
function cutNote(shown, total) {
    return `*… ${total - shown} more not shown: the summary is capped below GitHub's 1 MiB limit; the trace has every call.*`;
}
function renderWorkflow(r, detail) {
    const out = [];
    const icon = r.status === 'succeeded' ? '✅' : '❌';
    out.push(`### ${icon} ${r.workflow}: ${r.status}`);
    out.push('');
    out.push(`- coordinator: \`${r.coordinator}\`${r.script ? ` (\`${r.script}\`)` : ''} · config \`${r.file}\`${r.dryRun ? ' · **dry run**' : ''} · ${(r.durationMs / 1000).toFixed(2)} s`);
    out.push(`- tools: ${r.tools.map((t) => `\`${t}\``).join(', ')}`);
    if (r.coordinator === 'llm' || r.turns || r.usage.input_tokens || r.usage.output_tokens) {
        const u = r.usage;
        out.push(`- LLM: ${r.turns} turn(s); tokens: ${u.input_tokens} input, ${u.output_tokens} output, ${u.cache_read_input_tokens} cache read, ${u.cache_creation_input_tokens} cache write; ${costText(r)}`);
    }
    if (r.error)
        out.push(`- **error**: ${escapeMd(clip(r.error, detail.text))}`);
    if (r.status === 'succeeded' && r.result !== null && r.result !== undefined)
        out.push(`- result: \`${escapeMd(short(r.result, 200))}\``);
    for (const note of r.notes)
        out.push(`- ${clip(note, detail.text)}`);
    out.push('');
    if (r.calls.length) {
        out.push(`| # | tool | arguments | target | outcome | answer |`);
        out.push(`| --- | --- | --- | --- | --- | --- |`);
        r.calls.slice(0, detail.calls).forEach((c, i) => {
            let row = detail.rows.get(c);
            if (row === undefined) {
                const answer = c.error ?? short(c.output, 80);
                row = `| ${i + 1} | \`${c.tool}\`${c.caller !== 'script' && c.caller !== 'llm' ? ` (${c.caller})` : ''} | ${cell(short(c.input, 80))} | ${cell(c.target ?? '')} | ${OUTCOME[c.outcome]} | ${cell(answer)} |`;
                detail.rows.set(c, row);
            }
            out.push(row);
        });
        if (r.calls.length > detail.calls)
            out.push('', cutNote(detail.calls, r.calls.length));
    }
    else {
        out.push(`No tool calls.`);
    }
    const effects = r.calls.filter((c) => c.mutates && (c.outcome === 'sent' || c.outcome === 'dry'));
    out.push('');
    out.push(`**Ledger** (effects as the APIs confirmed them${r.dryRun ? '; dry run: planned, none sent' : ''}): ${effects.length ? '' : 'none'}`);
    for (const c of effects.slice(0, detail.calls))
        out.push(`- ${c.outcome === 'dry' ? 'would' : 'did'} \`${c.tool}\` on ${escapeMd(c.target ?? '?')}`);
    if (effects.length > detail.calls)
        out.push(cutNote(detail.calls, effects.length));
    const refused = r.calls.filter((c) => c.outcome === 'refused');
    if (refused.length) {
        out.push('');
        out.push(`**Refused by guards**: ${refused.length}`);
        for (const c of refused.slice(0, detail.calls))
            out.push(`- \`${c.tool}\` on ${escapeMd(c.target ?? '?')}: ${escapeMd(c.guard ?? '')}`);
        if (refused.length > detail.calls)
            out.push(cutNote(detail.calls, refused.length));
    }
    return out;
}
/** The workflow's cost at list price, or why it is unknown. */
function costText(r) {
    if (r.costUsd === null || r.costUsd === undefined)
        return `cost: unknown (no list price for ${(r.unpricedModels ?? []).map((m) => `\`${m}\``).join(', ') || 'a model'})`;
    return `cost: $${(0,_models_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(r.costUsd)} at list price`;
}
/** A value shown in one short line. */
function short(value, max) {
    let text;
    try {
        text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    }
    catch {
        text = String(value);
    }
    text = text.replace(/\s+/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function cell(text) {
    return escapeMd(text).replace(/\|/g, '\\|');
}
function escapeMd(text) {
    return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** The summary as a terminal shows it: the HTML entities that keep GitHub's markdown safe, turned back into text. */
function summaryAsText(markdown) {
    return markdown.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}


/***/ }),

/***/ 28989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony exports parseOutputFile, parseAnnotations */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Runs the bundled action the way the GitHub runner does: a child `node` process with
 * `INPUT_*`, `GITHUB_EVENT_PATH`, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`. Used by the
 * demo, the integration tests and the bench.
 */
async function runAction(options) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'hc-runner-'));
    const eventPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'event.json');
    const outputPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'output');
    const summaryPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'summary.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(eventPath, JSON.stringify(options.event));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(outputPath, '');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(summaryPath, '');
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? dir,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_EVENT_NAME: options.eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        GITHUB_WORKSPACE: options.workspace,
        GITHUB_REPOSITORY: options.repository ?? 'octo-org/web',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_ACTOR: 'octocat',
        GITHUB_RUN_ID: '1',
        RUNNER_TEMP: dir,
        ...options.env
    };
    for (const [name, value] of Object.entries(options.inputs))
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const started = Date.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(options.node ?? process.execPath, [options.action], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d.toString()));
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    const exitCode = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    clearTimeout(timer);
    const outputs = parseOutputFile((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(outputPath, 'utf8'));
    return {
        exitCode,
        stdout,
        stderr,
        outputs,
        summary: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(summaryPath, 'utf8'),
        annotations: parseAnnotations(stdout),
        results: outputs.results ? JSON.parse(outputs.results) : [],
        durationMs: Date.now() - started
    };
}
/** `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes GITHUB_OUTPUT. */
function parseOutputFile(text) {
    const out = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
            const end = lines.indexOf(heredoc[2], i + 1);
            out[heredoc[1]] = lines.slice(i + 1, end).join('\n');
            i = end;
        }
        else if (lines[i].includes('=')) {
            const at = lines[i].indexOf('=');
            out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
        }
    }
    return out;
}
/** Workflow commands for annotations, with their escaped properties decoded. */
function parseAnnotations(stdout) {
    const unescape = (s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const found = [];
    for (const m of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
        const props = Object.fromEntries((m[2] ?? '')
            .split(',')
            .filter(Boolean)
            .map((kv) => {
            const at = kv.indexOf('=');
            return [kv.slice(0, at), unescape(kv.slice(at + 1))];
        }));
        found.push({ level: m[1], file: props.file, line: props.line ? Number(props.line) : undefined, title: props.title, message: unescape(m[3]) });
    }
    return found;
}


/***/ })

};
