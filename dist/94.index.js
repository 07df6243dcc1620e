export const id = 94;
export const ids = [94];
export const modules = {

/***/ 50094:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoUpgradeLoop: () => (/* binding */ demoUpgradeLoop)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/sandbox/state.ts
var state = __webpack_require__(95266);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(51306);
;// CONCATENATED MODULE: ./src/sandbox/artifacts.ts


/**
 * Puts a run's trace into a repository's artifact store, zipped as the artifact service
 * stores an uploaded file: how the demo and tests stand in for `upload-trace` (the sandbox
 * fakes the REST API, not the Actions artifact service `@actions/artifact` uploads to).
 */
function addTraceArtifact(repo, artifact) {
    const list = (repo.artifacts ??= []);
    const id = 9000 + list.length + 1;
    const entry = {
        id,
        name: artifact.name,
        created_at: artifact.createdAt,
        expires_at: new Date(Date.parse(artifact.createdAt) + 14 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        expired: artifact.expired ?? false,
        workflow_run: { id: artifact.runId ?? 7000 + id, head_branch: repo.default_branch, head_sha: (0,state/* fakeSha */.wq)(`${artifact.name}:head`) },
        zip_base64: Buffer.from((0,esm/* zipSync */.L)({ [artifact.file]: (0,esm/* strToU8 */._u)(artifact.trace) })).toString('base64')
    };
    list.push(entry);
    return entry;
}

// EXTERNAL MODULE: ./src/sandbox/run-action.ts
var run_action = __webpack_require__(28989);
// EXTERNAL MODULE: ./src/propose/artifact-name.ts
var artifact_name = __webpack_require__(51176);
// EXTERNAL MODULE: ./src/propose/pull-request.ts
var pull_request = __webpack_require__(47623);
;// CONCATENATED MODULE: ./src/demo-propose.ts








const WORKFLOW = 'pr-merged-llm';
const SHADOW_RUNS = 3;
/**
 * The end of `npm run demo`: the determinism upgrade as pull requests. The llm example runs
 * a few times; each run's trace goes into the sandbox's artifact store, named as
 * `upload-trace` names it (the sandbox fakes GitHub's REST API, not the Actions artifact
 * service that `@actions/artifact` uploads to, so the demo puts the trace files there
 * itself). `mode: propose` then opens the stage-1 pull request; the demo merges it, shadow
 * runs follow, and `mode: propose` opens stage 2. Returns whether anything went wrong.
 */
async function demoUpgradeLoop({ sandbox, anthropic, action, root, realModel, say: sayOne }) {
    const say = (...lines) => (lines.length ? lines : ['']).forEach((l) => sayOne(l));
    sandbox.reset();
    // A checkout of octo-org/web holding the llm example (min_agreeing_runs lowered to 3 so the demo stays short).
    const workspace = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'hc-demo-upgrade-'));
    const config = `.github/coordinator/pr_merged_llm.yml`;
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(workspace, '.github/coordinator'), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(workspace, 'prompts'), { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(workspace, config), `${(0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, 'workflows/pr_merged_llm.yml'), 'utf8')}min_agreeing_runs: ${SHADOW_RUNS}\n`);
    (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(root, 'prompts/pr_merged.md'), (0,external_node_path_.join)(workspace, 'prompts/pr_merged.md'));
    const repo = sandbox.state.github.repos[state.DEMO.repo];
    repo.files = { ...repo.files, [config]: (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(workspace, config), 'utf8'), 'prompts/pr_merged.md': (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(workspace, 'prompts/pr_merged.md'), 'utf8') };
    const inputs = {
        'github-token': sandbox.tokens.github,
        'slack-token': sandbox.tokens.slack,
        'slack-api-url': sandbox.slackUrl,
        'anthropic-api-key': realModel ? process.env.ANTHROPIC_API_KEY : sandbox.tokens.anthropic,
        trust: 'workspace'
    };
    const env = { GITHUB_API_URL: sandbox.githubUrl, ...(realModel ? {} : { ANTHROPIC_BASE_URL: sandbox.anthropicUrl }) };
    const closed = {
        action: 'closed',
        number: 12,
        pull_request: {
            number: 12,
            state: 'closed',
            merged: true,
            html_url: `https://github.com/${state.DEMO.repo}/pull/12`,
            head: { ref: 'feature/pr-12', repo: { full_name: state.DEMO.repo } },
            base: { ref: 'main', repo: { full_name: state.DEMO.repo } }
        },
        repository: { full_name: state.DEMO.repo, default_branch: 'main' },
        sender: { login: 'octocat' }
    };
    const dispatch = { inputs: {}, ref: 'refs/heads/main', repository: { full_name: state.DEMO.repo, default_branch: 'main' }, sender: { login: 'octocat' } };
    let day = 0;
    const recordRun = async () => {
        anthropic.setPolicy('pr-merged');
        const run = await (0,run_action/* runAction */.Cs)({ action, workspace, eventName: 'pull_request', event: closed, inputs: { ...inputs, 'config-dir': '.github/coordinator', workflow: WORKFLOW }, env });
        const file = run.outputs['trace-file'];
        if (run.exitCode !== 0 || !file)
            return (say(`  run failed (exit ${run.exitCode}): ${run.stderr.trim() || run.summary.trim()}`), false);
        day++;
        const name = (0,artifact_name/* traceArtifactName */.$W)((0,external_node_path_.basename)(file, '.jsonl').replace(/^trace-/, ''), [WORKFLOW]);
        addTraceArtifact(repo, { name, file: (0,external_node_path_.basename)(file), trace: (0,external_node_fs_.readFileSync)(file, 'utf8'), createdAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00Z` });
        say(`  ran ${WORKFLOW}: ${run.results[0]?.status}; trace uploaded to the sandbox as artifact ${name}`);
        return true;
    };
    const propose = async () => {
        anthropic.setPolicy('migrate');
        return (0,run_action/* runAction */.Cs)({ action, workspace, eventName: 'workflow_dispatch', event: dispatch, inputs: { ...inputs, mode: 'propose', workflow: WORKFLOW, 'config-dir': '.github/coordinator' }, env });
    };
    say('━━━ the determinism upgrade, as pull requests (mode: propose) ━━━');
    say(`The trace files of these runs are put into the sandbox's artifact store by the demo itself (as upload-trace would name them).`);
    say(realModel ? 'Drafting uses the real model.' : 'Drafting is SCRIPTED by the sandbox (policy "migrate": a fixed pr_merged script), not a real model.');
    say();
    say(`1. ${WORKFLOW} (coordinator: llm) runs three times:`);
    for (let i = 0; i < 3; i++)
        if (!(await recordRun()))
            return true;
    say('', '2. mode: propose drafts the script, replays it on the recorded runs, and opens stage 1:');
    const first = await propose();
    const stage1 = Object.values(repo.pulls).find((p) => p.head_ref === (0,pull_request/* upgradeBranch */.dl)(WORKFLOW) && p.state === 'open');
    if (first.exitCode !== 0 || !stage1)
        return (say(`  propose failed (exit ${first.exitCode}): ${first.stderr.trim() || first.summary.trim()}`), true);
    say(`  pull-request output: ${first.outputs['pull-request']}`, `  "${stage1.title}", labels: ${stage1.labels.join(', ')}`);
    say('', '3. A reviewer merges it (the demo merges it in the sandbox and checks out the result); shadow runs follow:');
    const head = repo.branches[(0,pull_request/* upgradeBranch */.dl)(WORKFLOW)];
    const merged = repo.snapshots[head];
    for (const path of [config, `scripts/${WORKFLOW}.ts`]) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)((0,external_node_path_.join)(workspace, path)), { recursive: true });
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(workspace, path), merged[path]);
    }
    repo.branches.main = head;
    delete repo.branches[(0,pull_request/* upgradeBranch */.dl)(WORKFLOW)];
    Object.assign(stage1, { state: 'closed', merged: true, merged_at: '2026-11-10T12:00:00Z', closed_at: '2026-11-10T12:00:00Z' });
    for (let i = 0; i < SHADOW_RUNS; i++)
        if (!(await recordRun()))
            return true;
    say('', `4. mode: propose counts the shadow's verdicts (${SHADOW_RUNS} agreeing live runs needed) and opens stage 2:`);
    const second = await propose();
    const stage2 = Object.values(repo.pulls).find((p) => p.head_ref === (0,pull_request/* upgradeBranch */.dl)(WORKFLOW) && p.state === 'open');
    if (second.exitCode !== 0 || !stage2)
        return (say(`  propose failed (exit ${second.exitCode}): ${second.stderr.trim() || second.summary.trim()}`), true);
    say(`  pull-request output: ${second.outputs['pull-request']}`, '', `${(0,pull_request/* upgradeBranch */.dl)(WORKFLOW)}: ${config} becomes:`, '');
    say(repo.snapshots[repo.branches[(0,pull_request/* upgradeBranch */.dl)(WORKFLOW)]][config].trimEnd().replace(/^/gm, '    '));
    say('', `The body of pull request #${Object.entries(repo.pulls).find(([, p]) => p === stage2)[0]}:`, '');
    say(stage2.body.trimEnd());
    say();
    return false;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Df: () => (/* binding */ ToolRefusedError),
/* harmony export */   Wp: () => (/* binding */ BudgetError),
/* harmony export */   dT: () => (/* binding */ TriggerError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mC: () => (/* binding */ ScriptError),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * The project's own typed errors. Inner code throws these (keeping `cause`); the failure
 * boundaries in main.ts and the coordinators turn them into annotations and failed results.
 */
/** A config, event or script the user wrote is wrong. Names the file, the key and what was expected. */
class ConfigError extends Error {
    location;
    key;
    name = 'ConfigError';
    constructor(message, location, key, options) {
        super(message, options);
        this.location = location;
        this.key = key;
    }
}
/** The runner's event could not be read. */
class TriggerError extends Error {
    name = 'TriggerError';
}
/** A tool call failed: bad input, an API error, a tool the workflow does not have. */
class ToolError extends Error {
    tool;
    name = 'ToolError';
    constructor(message, tool, options) {
        super(message, options);
        this.tool = tool;
    }
}
/** A guard (limit or allow-list) refused a mutating call before it was sent. */
class ToolRefusedError extends ToolError {
    guard;
    target;
    name = 'ToolRefusedError';
    constructor(message, tool, guard, target) {
        super(message, tool);
        this.guard = guard;
        this.target = target;
    }
}
/** A script coordinator failed: it threw, hung, or returned something that is not JSON. */
class ScriptError extends Error {
    location;
    name = 'ScriptError';
    constructor(message, location, options) {
        super(message, options);
        this.location = location;
    }
}
/** A workflow ran out of its time, turns, token budget or cost budget. */
class BudgetError extends Error {
    cap;
    name = 'BudgetError';
    constructor(message, cap) {
        super(message);
        this.cap = cap;
    }
}
/** Any thrown value, as a message a user can read. Handles non-Error throws too. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

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
