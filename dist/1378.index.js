export const id = 1378;
export const ids = [1378,5266];
export const modules = {

/***/ 11378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TOKENS: () => (/* binding */ DEFAULT_TOKENS),
  startSandbox: () => (/* binding */ startSandbox)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sandbox/state.ts
var sandbox_state = __webpack_require__(95266);
;// CONCATENATED MODULE: ./src/sandbox/github-upgrade.ts



/**
 * The parts of GitHub's REST API that `mode: propose` uses, as strict as the docs: workflow
 * artifacts (list, and the zip download's 302 to a short-lived signed URL, 410 once
 * expired), the Git data API (blobs, trees, commits, refs with `force`) and pulls (list by
 * head, create, update). Writes need the token's permission (`state.github.permissions`):
 * without it GitHub answers 403 and names the permission in `x-accepted-github-permissions`.
 */
const DOCS = 'https://docs.github.com/rest';
/** Validation failures carry `errors`, each naming the resource, the field and a code. */
const failed = (errors, docs = DOCS) => ({
    status: 422,
    body: { message: 'Validation Failed', errors, documentation_url: docs, status: '422' }
});
const unprocessable = (message, docs = DOCS) => error(422, message, docs);
const BLOB_PREFIX = '/_blobs/artifacts/';
/** The signed artifact URL needs no token (the signature is its authority). */
function isUnsignedBlobPath(path) {
    return path.startsWith(BLOB_PREFIX);
}
/** Serves an artifact's zip at its signed URL; a wrong signature is 403, as blob storage answers. */
function serveBlob(gh, req) {
    const [repoKey, id] = decodeURIComponent(req.path.slice(BLOB_PREFIX.length)).split('@');
    const artifact = gh.repos[repoKey ?? '']?.artifacts?.find((a) => String(a.id) === id);
    if (!artifact || req.query.get('sig') !== signature(repoKey ?? '', artifact))
        return { status: 403, headers: { 'content-type': 'application/xml' }, body: '<Error><Code>AuthenticationFailed</Code></Error>' };
    return { status: 200, headers: { 'content-type': 'application/zip' }, body: Buffer.from(artifact.zip_base64, 'base64') };
}
const signature = (repo, a) => (0,sandbox_state/* fakeSha */.wq)(`sig:${repo}:${a.id}`).slice(0, 16);
/** 403 unless the token holds the permission (absent permissions: write everywhere). */
function need(ctx, permission) {
    const granted = ctx.gh.permissions?.[permission] ?? (permission === 'actions' ? 'read' : 'write');
    const wanted = permission === 'actions' ? 'read' : 'write';
    if (granted === wanted || granted === 'write')
        return undefined;
    const res = error(403, 'Resource not accessible by integration');
    return { ...res, headers: { 'x-accepted-github-permissions': `${permission}=${wanted}` } };
}
const isSha = (v) => typeof v === 'string' && /^[0-9a-f]{40}$/.test(v);
const objects = (repo) => (repo.git ??= { blobs: {}, trees: {}, commits: {} });
const isoNow = (ctx) => ctx
    .now()
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
/** Every commit sha the repo knows: seed branch heads and snapshots, and API-made commits. */
function seedCommit(repo, sha) {
    if (!Object.values(repo.branches).includes(sha) && !repo.snapshots?.[sha])
        return undefined;
    const person = { name: 'octocat', email: 'octocat@github.com', date: '2024-11-23T00:00:00Z' };
    return { tree: treeSha(sha, ''), parents: [], message: 'Seed commit', author: person, committer: person };
}
function commitOf(repo, sha) {
    return repo.git?.commits[sha] ?? seedCommit(repo, sha);
}
/** The files of a tree: one made through the API, or the root tree of a known commit. */
function filesOfTree(repo, sha) {
    const made = repo.git?.trees[sha];
    if (made)
        return made;
    for (const commit of new Set([...Object.values(repo.branches), ...Object.keys(repo.snapshots ?? {})])) {
        if (treeSha(commit, '') === sha)
            return resolveCommit(repo, commit)?.files;
    }
    return undefined;
}
/** Git's tree id depends only on content: the same files give the same sha. */
function contentTreeSha(files) {
    const hash = (0,external_node_crypto_.createHash)('sha1');
    for (const path of Object.keys(files).sort())
        hash.update(`${path}\0${blobSha(files[path])}\n`);
    return hash.digest('hex');
}
function commitJson(ctx, repo, sha, c) {
    const full = `${repo.owner}/${repo.name}`;
    return {
        sha,
        node_id: `C_${sha.slice(0, 12)}`,
        url: `${ctx.api}/repos/${full}/git/commits/${sha}`,
        html_url: `https://github.com/${full}/commit/${sha}`,
        author: c.author,
        committer: c.committer,
        message: c.message,
        tree: { sha: c.tree, url: `${ctx.api}/repos/${full}/git/trees/${c.tree}` },
        parents: c.parents.map((p) => ({ sha: p, url: `${ctx.api}/repos/${full}/git/commits/${p}`, html_url: `https://github.com/${full}/commit/${p}` })),
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null }
    };
}
function refJson(ctx, repo, branch) {
    const full = `${repo.owner}/${repo.name}`;
    const sha = repo.branches[branch];
    return {
        ref: `refs/heads/${branch}`,
        node_id: `REF_${branch}`,
        url: `${ctx.api}/repos/${full}/git/refs/heads/${branch}`,
        object: { sha, type: 'commit', url: `${ctx.api}/repos/${full}/git/commits/${sha}` }
    };
}
/** Whether `ancestor` is reachable from `sha` through parents (a fast-forward). */
function reaches(repo, sha, ancestor) {
    const seen = new Set();
    const queue = [sha];
    while (queue.length) {
        const next = queue.shift();
        if (next === ancestor)
            return true;
        if (seen.has(next))
            continue;
        seen.add(next);
        queue.push(...(commitOf(repo, next)?.parents ?? []));
    }
    return false;
}
function artifactJson(ctx, repo, a) {
    const full = `${repo.owner}/${repo.name}`;
    return {
        id: a.id,
        node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
        name: a.name,
        size_in_bytes: Buffer.from(a.zip_base64, 'base64').length,
        url: `${ctx.api}/repos/${full}/actions/artifacts/${a.id}`,
        archive_download_url: `${ctx.api}/repos/${full}/actions/artifacts/${a.id}/zip`,
        expired: a.expired,
        created_at: a.created_at,
        updated_at: a.created_at,
        expires_at: a.expires_at,
        workflow_run: { id: a.workflow_run.id, repository_id: 1, head_repository_id: 1, head_branch: a.workflow_run.head_branch, head_sha: a.workflow_run.head_sha }
    };
}
const ref = (v) => (typeof v === 'string' ? v : undefined);
const UPGRADE_ROUTES = [
    // ------------------------------------------------------------------ artifacts
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/actions/artifacts',
        run: (ctx) => {
            const repo = findRepo(ctx);
            if (!repo)
                return notFound();
            const denied = need(ctx, 'actions');
            if (denied)
                return denied;
            const name = ctx.req.query.get('name');
            const all = [...(repo.artifacts ?? [])].filter((a) => name === null || a.name === name).sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
            const { page, headers } = paginate(ctx, all.map((a) => artifactJson(ctx, repo, a)));
            return ok({ total_count: all.length, artifacts: page }, 200, headers);
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/actions/artifacts/:id/:format',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const artifact = repo?.artifacts?.find((a) => String(a.id) === ctx.params.id);
            if (!repo || !artifact)
                return notFound();
            if (ctx.params.format !== 'zip')
                return unprocessable('Unsupported archive format', `${DOCS}/actions/artifacts#download-an-artifact`);
            const denied = need(ctx, 'actions');
            if (denied)
                return denied;
            if (artifact.expired)
                return error(410, 'Artifact has expired', `${DOCS}/actions/artifacts#download-an-artifact`);
            const key = `${repo.owner}/${repo.name}`;
            const location = `${ctx.api}${BLOB_PREFIX}${encodeURIComponent(`${key}@${artifact.id}`)}?sig=${signature(key, artifact)}`;
            return { status: 302, headers: { location }, body: undefined };
        }
    },
    // ------------------------------------------------------------------ Git data
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/git/commits/:sha',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const commit = repo && commitOf(repo, ctx.params.sha ?? '');
            return repo && commit ? ok(commitJson(ctx, repo, ctx.params.sha, commit)) : notFound();
        }
    },
    {
        method: 'POST',
        pattern: '/repos/:owner/:repo/git/blobs',
        run: (ctx) => {
            const repo = findRepo(ctx);
            if (!repo)
                return notFound();
            const denied = need(ctx, 'contents');
            if (denied)
                return denied;
            const body = (ctx.body ?? {});
            if (typeof body.content !== 'string')
                return failed([{ resource: 'Blob', field: 'content', code: 'missing_field' }]);
            const encoding = body.encoding ?? 'utf-8';
            if (encoding !== 'utf-8' && encoding !== 'base64')
                return failed([{ resource: 'Blob', field: 'encoding', code: 'invalid' }]);
            const content = encoding === 'base64' ? Buffer.from(body.content, 'base64').toString('utf8') : body.content;
            const sha = blobSha(content);
            objects(repo).blobs[sha] = content;
            return ok({ sha, url: `${ctx.api}/repos/${repo.owner}/${repo.name}/git/blobs/${sha}` }, 201);
        }
    },
    {
        method: 'POST',
        pattern: '/repos/:owner/:repo/git/trees',
        run: (ctx) => {
            const repo = findRepo(ctx);
            if (!repo)
                return notFound();
            const denied = need(ctx, 'contents');
            if (denied)
                return denied;
            const body = (ctx.body ?? {});
            if (!Array.isArray(body.tree))
                return failed([{ resource: 'Tree', field: 'tree', code: 'missing_field' }]);
            let files = {};
            if (body.base_tree !== undefined) {
                const base = isSha(body.base_tree) ? filesOfTree(repo, body.base_tree) : undefined;
                if (!base)
                    return unprocessable('base_tree is not a valid tree oid');
                files = { ...base };
            }
            for (const entry of body.tree) {
                const path = ref(entry?.path);
                if (!path || path.startsWith('/') || path.split('/').some((p) => p === '' || p === '.' || p === '..'))
                    return unprocessable(`tree.path contains a malformed path component`);
                if (!['100644', '100755', '040000', '160000', '120000'].includes(String(entry.mode)))
                    return unprocessable(`tree.mode must be one of 100644, 100755, 040000, 160000, 120000`);
                if (entry.type !== 'blob')
                    return unprocessable(`tree.type: only blob entries are supported by the sandbox`);
                if (entry.sha === null) {
                    delete files[path];
                    continue;
                }
                if (entry.sha !== undefined && entry.content !== undefined)
                    return unprocessable('Must supply either tree.sha or tree.content, not both');
                if (typeof entry.content === 'string')
                    files[path] = entry.content;
                else if (isSha(entry.sha) && repo.git?.blobs[entry.sha] !== undefined)
                    files[path] = repo.git.blobs[entry.sha];
                else
                    return unprocessable(`tree.sha ${String(entry.sha)} is not a valid blob`);
            }
            const sha = contentTreeSha(files);
            objects(repo).trees[sha] = files;
            const tree = Object.keys(files)
                .sort()
                .map((path) => ({ path, mode: '100644', type: 'blob', sha: blobSha(files[path]), size: Buffer.byteLength(files[path]) }));
            return ok({ sha, url: `${ctx.api}/repos/${repo.owner}/${repo.name}/git/trees/${sha}`, tree, truncated: false }, 201);
        }
    },
    {
        method: 'POST',
        pattern: '/repos/:owner/:repo/git/commits',
        run: (ctx) => {
            const repo = findRepo(ctx);
            if (!repo)
                return notFound();
            const denied = need(ctx, 'contents');
            if (denied)
                return denied;
            const body = (ctx.body ?? {});
            if (typeof body.message !== 'string')
                return failed([{ resource: 'Commit', field: 'message', code: 'missing_field' }]);
            if (typeof body.tree !== 'string')
                return failed([{ resource: 'Commit', field: 'tree', code: 'missing_field' }]);
            if (!filesOfTree(repo, body.tree))
                return unprocessable('Tree SHA does not exist');
            const parents = body.parents ?? [];
            if (!Array.isArray(parents) || parents.some((p) => !isSha(p) || !commitOf(repo, p)))
                return unprocessable('Parent SHA does not exist or is not a commit object');
            const date = isoNow(ctx);
            const bot = { name: ctx.gh.login, email: `41898282+${ctx.gh.login}@users.noreply.github.com`, date };
            const person = (p) => {
                if (p === undefined)
                    return bot;
                if (typeof p.name !== 'string' || typeof p.email !== 'string')
                    return 'author and committer need name and email';
                return { name: p.name, email: p.email, date: typeof p.date === 'string' ? p.date : date };
            };
            const author = person(body.author);
            const committer = body.committer ? person(body.committer) : author;
            if (typeof author === 'string' || typeof committer === 'string')
                return unprocessable(`Invalid request.\n\n${typeof author === 'string' ? author : committer}`);
            const commit = { tree: body.tree, parents: parents, message: body.message, author, committer: committer };
            const sha = (0,sandbox_state/* fakeSha */.wq)(`commit:${JSON.stringify(commit)}`);
            objects(repo).commits[sha] = commit;
            (repo.snapshots ??= {})[sha] = filesOfTree(repo, body.tree);
            return ok(commitJson(ctx, repo, sha, commit), 201);
        }
    },
    {
        method: 'POST',
        pattern: '/repos/:owner/:repo/git/refs',
        run: (ctx) => {
            const repo = findRepo(ctx);
            if (!repo)
                return notFound();
            const denied = need(ctx, 'contents');
            if (denied)
                return denied;
            const body = (ctx.body ?? {});
            if (typeof body.ref !== 'string')
                return failed([{ resource: 'Reference', field: 'ref', code: 'missing_field' }]);
            if (typeof body.sha !== 'string')
                return failed([{ resource: 'Reference', field: 'sha', code: 'missing_field' }]);
            const match = /^refs\/heads\/(.+)$/.exec(body.ref);
            if (!/^refs\/[^/]+\/.+/.test(body.ref) || !match)
                return unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
            if (!commitOf(repo, body.sha))
                return unprocessable('Object does not exist');
            if (repo.branches[match[1]])
                return unprocessable('Reference already exists');
            repo.branches[match[1]] = body.sha;
            return ok(refJson(ctx, repo, match[1]), 201);
        }
    },
    {
        method: 'PATCH',
        pattern: '/repos/:owner/:repo/git/refs/*ref',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const branch = /^heads\/(.+)$/.exec(ctx.params.ref ?? '')?.[1];
            if (!repo || !branch || !repo.branches[branch])
                return unprocessable('Reference does not exist');
            const denied = need(ctx, 'contents');
            if (denied)
                return denied;
            const body = (ctx.body ?? {});
            if (typeof body.sha !== 'string')
                return failed([{ resource: 'Reference', field: 'sha', code: 'missing_field' }]);
            if (!commitOf(repo, body.sha))
                return unprocessable('Object does not exist');
            if (body.force !== true && !reaches(repo, body.sha, repo.branches[branch]))
                return unprocessable('Update is not a fast forward');
            repo.branches[branch] = body.sha;
            syncPullHeads(repo);
            return ok(refJson(ctx, repo, branch));
        }
    },
    // ------------------------------------------------------------------ pulls
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/pulls',
        run: (ctx) => {
            const repo = findRepo(ctx);
            if (!repo)
                return notFound();
            const state = ctx.req.query.get('state') ?? 'open';
            const head = ctx.req.query.get('head');
            const base = ctx.req.query.get('base');
            const numbers = Object.keys(repo.pulls)
                .map(Number)
                .sort((a, b) => b - a);
            const matching = numbers.filter((n) => {
                const pr = repo.pulls[String(n)];
                if (state !== 'all' && pr.state !== state)
                    return false;
                // `head` is `user:ref`; GitHub ignores a head filter without the owner part.
                if (head && head.includes(':') && `${repo.owner}:${pr.head_ref}` !== head)
                    return false;
                return !base || pr.base_ref === base;
            });
            const { page, headers } = paginate(ctx, matching.map((n) => pullJson(ctx, repo, n)));
            return ok(page, 200, headers);
        }
    },
    {
        method: 'POST',
        pattern: '/repos/:owner/:repo/pulls',
        run: (ctx) => {
            const repo = findRepo(ctx);
            if (!repo)
                return notFound();
            const denied = need(ctx, 'pull_requests');
            if (denied)
                return denied;
            const body = (ctx.body ?? {});
            const docs = `${DOCS}/pulls/pulls#create-a-pull-request`;
            for (const field of ['head', 'base'])
                if (typeof body[field] !== 'string')
                    return failed([{ resource: 'PullRequest', field, code: 'missing_field' }], docs);
            if (typeof body.title !== 'string' || !body.title.trim())
                return failed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }], docs);
            const head = body.head.replace(new RegExp(`^${repo.owner}:`), '');
            const base = body.base;
            if (!repo.branches[head])
                return failed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }], docs);
            if (!repo.branches[base])
                return failed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }], docs);
            if (repo.branches[head] === repo.branches[base])
                return failed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }], docs);
            const open = Object.values(repo.pulls).some((p) => p.state === 'open' && p.head_ref === head && p.base_ref === base);
            if (open)
                return failed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${head}.` }], docs);
            const n = Math.max(0, ...Object.keys(repo.pulls).map(Number), ...Object.keys(repo.issues).map(Number)) + 1;
            repo.pulls[String(n)] = {
                title: body.title,
                state: 'open',
                merged: false,
                draft: body.draft === true,
                user: ctx.gh.login,
                labels: [],
                body: typeof body.body === 'string' ? body.body : '',
                html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${n}`,
                created_at: isoNow(ctx),
                merged_at: null,
                closed_at: null,
                head_ref: head,
                head_sha: repo.branches[head],
                base_ref: base
            };
            return ok(pullJson(ctx, repo, n), 201);
        }
    },
    {
        method: 'PATCH',
        pattern: '/repos/:owner/:repo/pulls/:number',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const n = issueNumber(ctx);
            const pr = repo && n !== undefined ? repo.pulls[String(n)] : undefined;
            if (!repo || !pr)
                return notFound();
            const denied = need(ctx, 'pull_requests');
            if (denied)
                return denied;
            const body = (ctx.body ?? {});
            if (body.title !== undefined && typeof body.title !== 'string')
                return failed([{ resource: 'PullRequest', field: 'title', code: 'invalid' }]);
            if (body.body !== undefined && typeof body.body !== 'string')
                return failed([{ resource: 'PullRequest', field: 'body', code: 'invalid' }]);
            if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed')
                return failed([{ resource: 'PullRequest', field: 'state', code: 'invalid' }]);
            if (typeof body.title === 'string')
                pr.title = body.title;
            if (typeof body.body === 'string')
                pr.body = body.body;
            if (body.state === 'closed' && pr.state === 'open')
                Object.assign(pr, { state: 'closed', closed_at: isoNow(ctx) });
            return ok(pullJson(ctx, repo, n));
        }
    }
];
/** The head sha of a PR follows its branch, as on GitHub (a push moves it). */
function syncPullHeads(repo) {
    for (const pr of Object.values(repo.pulls))
        if (pr.state === 'open' && repo.branches[pr.head_ref])
            pr.head_sha = repo.branches[pr.head_ref];
}

;// CONCATENATED MODULE: ./src/sandbox/github.ts



const github_DOCS = 'https://docs.github.com/rest';
/** Real GitHub's error bodies carry `status` as a string next to the message. */
const error = (status, message, documentation_url = github_DOCS) => ({
    status,
    body: { message, documentation_url, status: String(status) }
});
const notFound = () => error(404, 'Not Found');
const invalid = (detail) => error(422, `Invalid request.\n\n${detail}`);
const ok = (body, status = 200, headers) => ({ status, body, headers });
function compile(route) {
    const names = [];
    const source = route.pattern
        .split('/')
        .map((segment) => {
        if (segment.startsWith(':')) {
            names.push(segment.slice(1));
            return '([^/]+)';
        }
        if (segment.startsWith('*')) {
            names.push(segment.slice(1));
            return '(.*)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
        .join('/');
    return { ...route, regex: new RegExp(`^${source}/?$`), names };
}
// ---------------------------------------------------------------------------------------------
// Lookups
function findRepo(ctx) {
    return ctx.gh.repos[`${ctx.params.owner}/${ctx.params.repo}`];
}
/** Parses a path number strictly: GitHub 404s on `pulls/7a`. */
function issueNumber(ctx) {
    const raw = ctx.params.number ?? '';
    return /^[1-9]\d*$/.test(raw) ? Number(raw) : undefined;
}
/** Resolves a branch name, `heads/x`, `refs/heads/x` or a known commit sha to that commit's tree. */
function resolveCommit(repo, ref) {
    const name = (ref ?? repo.default_branch).replace(/^refs\//, '').replace(/^heads\//, '');
    const branchSha = repo.branches[name];
    const sha = branchSha ?? name;
    const snapshot = repo.snapshots?.[sha];
    if (snapshot)
        return { sha, files: snapshot };
    if (Object.values(repo.branches).includes(sha))
        return { sha, files: repo.files };
    return undefined;
}
/** Git's own blob id, so shas look and behave like real ones (same content, same sha). */
function blobSha(content) {
    const bytes = Buffer.from(content, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** Git orders tree entries bytewise (`README.md` before `docs`), not by locale. */
const bytewise = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const treeSha = (commitSha, dir) => (0,sandbox_state/* fakeSha */.wq)(`tree:${commitSha}:${dir}`);
/** Every directory implied by the file paths, `''` being the root. */
function directories(files) {
    const dirs = new Set(['']);
    for (const path of Object.keys(files)) {
        const parts = path.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(parts.slice(0, i).join('/'));
    }
    return dirs;
}
/** GitHub wraps base64 content at 60 characters; clients must cope, so the fake does it too. */
const base64Wrapped = (content) => (Buffer.from(content, 'utf8')
    .toString('base64')
    .match(/.{1,60}/g) ?? []).join('\n') + '\n';
// ---------------------------------------------------------------------------------------------
// Shapes as GitHub returns them (the fields clients read, and a few more for realism)
const userJson = (login) => ({
    login,
    id: Number.parseInt((0,sandbox_state/* fakeSha */.wq)(login).slice(0, 7), 16),
    type: login.endsWith('[bot]') ? 'Bot' : 'User'
});
function labelJson(repo, name) {
    const label = repo.labels[name];
    return { id: label?.id ?? 0, name, color: label?.color ?? 'ededed', default: false, description: null };
}
function repoJson(ctx, repo) {
    const full = `${repo.owner}/${repo.name}`;
    return {
        id: Number.parseInt((0,sandbox_state/* fakeSha */.wq)(full).slice(0, 8), 16),
        name: repo.name,
        full_name: full,
        owner: { ...userJson(repo.owner), type: 'Organization' },
        private: false,
        html_url: `https://github.com/${full}`,
        description: null,
        fork: false,
        url: `${ctx.api}/repos/${full}`,
        default_branch: repo.default_branch,
        visibility: 'public'
    };
}
function pullJson(ctx, repo, n) {
    const pr = repo.pulls[String(n)];
    if (!pr)
        return undefined;
    const full = `${repo.owner}/${repo.name}`;
    const ref = (name, sha) => ({ label: `${repo.owner}:${name}`, ref: name, sha, repo: repoJson(ctx, repo) });
    return {
        url: `${ctx.api}/repos/${full}/pulls/${n}`,
        id: Number.parseInt((0,sandbox_state/* fakeSha */.wq)(`${full}#${n}`).slice(0, 8), 16),
        html_url: pr.html_url,
        number: n,
        state: pr.state,
        locked: false,
        title: pr.title,
        user: userJson(pr.user),
        body: pr.body,
        labels: pr.labels.map((name) => labelJson(repo, name)),
        created_at: pr.created_at,
        updated_at: pr.closed_at ?? pr.created_at,
        closed_at: pr.closed_at,
        merged_at: pr.merged_at,
        merge_commit_sha: pr.merged ? (0,sandbox_state/* fakeSha */.wq)(`${full}#${n}:merge`) : null,
        draft: pr.draft,
        head: ref(pr.head_ref, pr.head_sha),
        base: ref(pr.base_ref, repo.branches[pr.base_ref] ?? (0,sandbox_state/* fakeSha */.wq)(`${full}:${pr.base_ref}`)),
        merged: pr.merged,
        mergeable: pr.state === 'open' ? true : null,
        comments: repo.comments[String(n)]?.length ?? 0
    };
}
/** PRs are issues too: the issues API answers for both, marking PRs with `pull_request`. */
function issueJson(ctx, repo, n) {
    const full = `${repo.owner}/${repo.name}`;
    const pr = repo.pulls[String(n)];
    const issue = repo.issues[String(n)];
    const common = { url: `${ctx.api}/repos/${full}/issues/${n}`, number: n, comments: repo.comments[String(n)]?.length ?? 0 };
    if (pr) {
        return {
            ...common,
            html_url: pr.html_url,
            title: pr.title,
            state: pr.state,
            state_reason: pr.state === 'closed' ? 'completed' : null,
            user: userJson(pr.user),
            labels: pr.labels.map((name) => labelJson(repo, name)),
            body: pr.body,
            created_at: pr.created_at,
            closed_at: pr.closed_at,
            draft: pr.draft,
            pull_request: {
                url: `${ctx.api}/repos/${full}/pulls/${n}`,
                html_url: pr.html_url,
                diff_url: `${pr.html_url}.diff`,
                patch_url: `${pr.html_url}.patch`,
                merged_at: pr.merged_at
            }
        };
    }
    if (issue) {
        return {
            ...common,
            html_url: issue.html_url,
            title: issue.title,
            state: issue.state,
            state_reason: null,
            user: userJson(issue.user),
            labels: issue.labels.map((name) => labelJson(repo, name)),
            body: issue.body,
            created_at: issue.created_at,
            closed_at: null
        };
    }
    return undefined;
}
function commentJson(ctx, repo, n, c) {
    const full = `${repo.owner}/${repo.name}`;
    return {
        id: c.id,
        url: `${ctx.api}/repos/${full}/issues/comments/${c.id}`,
        html_url: c.html_url,
        issue_url: `${ctx.api}/repos/${full}/issues/${n}`,
        body: c.body,
        user: userJson(c.user),
        created_at: c.created_at,
        updated_at: c.created_at,
        author_association: 'NONE'
    };
}
/** The labels array of an issue or PR, or undefined when the number is neither. */
function labelsOf(repo, n) {
    return repo.pulls[String(n)]?.labels ?? repo.issues[String(n)]?.labels;
}
// ---------------------------------------------------------------------------------------------
// Pagination as GitHub does it: per_page (default 30, max 100), page, and a Link header.
function paginate(ctx, items) {
    const perPage = Math.min(Math.max(Number(ctx.req.query.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(ctx.req.query.get('page') ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(items.length / perPage), 1);
    const link = (p, rel) => {
        const query = new URLSearchParams(ctx.req.query);
        query.set('per_page', String(perPage));
        query.set('page', String(p));
        return `<${ctx.api}${ctx.req.path}?${query.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page > 1)
        links.push(link(page - 1, 'prev'), link(1, 'first'));
    if (page < last)
        links.push(link(page + 1, 'next'), link(last, 'last'));
    return {
        page: items.slice((page - 1) * perPage, page * perPage),
        headers: links.length > 0 ? { link: links.join(', ') } : {}
    };
}
// ---------------------------------------------------------------------------------------------
// Routes
const ROUTES = [
    {
        // An app's installation token (GITHUB_TOKEN among them) has no user: GitHub refuses.
        method: 'GET',
        pattern: '/user',
        run: (ctx) => ctx.gh.login.endsWith('[bot]') ? error(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/users/users#get-the-authenticated-user') : ok(userJson(ctx.gh.login))
    },
    {
        // GraphQL, only as far as `viewer { login }`: the identity of any token, an app's included.
        method: 'POST',
        pattern: '/graphql',
        run: (ctx) => {
            const query = ctx.body?.query;
            if (typeof query !== 'string')
                return error(400, 'A query attribute must be specified and must be a string.');
            if (!/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query))
                return ok({ errors: [{ message: 'sandbox: only { viewer { login } } is modelled' }] });
            return ok({ data: { viewer: { login: ctx.gh.login } } });
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo',
        run: (ctx) => {
            const repo = findRepo(ctx);
            return repo ? ok(repoJson(ctx, repo)) : notFound();
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/pulls/:number',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const n = issueNumber(ctx);
            const pr = repo && n !== undefined ? pullJson(ctx, repo, n) : undefined;
            return pr ? ok(pr) : notFound();
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/issues/:number',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const n = issueNumber(ctx);
            const issue = repo && n !== undefined ? issueJson(ctx, repo, n) : undefined;
            return issue ? ok(issue) : notFound();
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/issues/:number/comments',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const n = issueNumber(ctx);
            if (!repo || n === undefined || !labelsOf(repo, n))
                return notFound();
            const all = (repo.comments[String(n)] ?? []).map((c) => commentJson(ctx, repo, n, c));
            const { page, headers } = paginate(ctx, all);
            return ok(page, 200, headers);
        }
    },
    {
        method: 'POST',
        pattern: '/repos/:owner/:repo/issues/:number/comments',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const n = issueNumber(ctx);
            if (!repo || n === undefined || !labelsOf(repo, n))
                return notFound();
            const body = ctx.body?.body;
            if (body === undefined)
                return invalid('"body" wasn\'t supplied.');
            if (typeof body !== 'string')
                return invalid(`For 'properties/body', ${JSON.stringify(body)} is not a string.`);
            if (body.trim() === '')
                return error(422, 'Validation Failed: body cannot be blank');
            const id = ctx.gh.nextId++;
            const base = repo.pulls[String(n)]?.html_url ?? repo.issues[String(n)]?.html_url ?? '';
            const comment = {
                id,
                body,
                user: ctx.gh.login,
                html_url: `${base}#issuecomment-${id}`,
                created_at: ctx
                    .now()
                    .toISOString()
                    .replace(/\.\d{3}Z$/, 'Z')
            };
            (repo.comments[String(n)] ??= []).push(comment);
            return ok(commentJson(ctx, repo, n, comment), 201);
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/issues/:number/labels',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const n = issueNumber(ctx);
            const labels = repo && n !== undefined ? labelsOf(repo, n) : undefined;
            if (!repo || !labels)
                return notFound();
            const { page, headers } = paginate(ctx, labels.map((name) => labelJson(repo, name)));
            return ok(page, 200, headers);
        }
    },
    {
        method: 'POST',
        pattern: '/repos/:owner/:repo/issues/:number/labels',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const n = issueNumber(ctx);
            const labels = repo && n !== undefined ? labelsOf(repo, n) : undefined;
            if (!repo || !labels)
                return notFound();
            const names = labelNames(ctx.body);
            if (typeof names === 'string')
                return invalid(names);
            for (const name of names) {
                if (!repo.labels[name])
                    repo.labels[name] = { id: ctx.gh.nextId++, color: 'ededed' };
                if (!labels.includes(name))
                    labels.push(name);
            }
            return ok(labels.map((name) => labelJson(repo, name)));
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/branches/*branch',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const branch = ctx.params.branch ?? '';
            const sha = repo?.branches[branch];
            if (!repo || !sha)
                return error(404, 'Branch not found');
            const full = `${repo.owner}/${repo.name}`;
            return ok({
                name: branch,
                commit: { sha, url: `${ctx.api}/repos/${full}/commits/${sha}`, commit: { tree: { sha: treeSha(sha, '') } } },
                protected: branch === repo.default_branch
            });
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/git/ref/*ref',
        run: (ctx) => {
            const repo = findRepo(ctx);
            const ref = ctx.params.ref ?? '';
            const branch = ref.startsWith('heads/') ? ref.slice('heads/'.length) : undefined;
            const sha = repo && branch !== undefined ? repo.branches[branch] : undefined;
            if (!repo || !sha)
                return notFound();
            const full = `${repo.owner}/${repo.name}`;
            return ok({
                ref: `refs/${ref}`,
                url: `${ctx.api}/repos/${full}/git/refs/${ref}`,
                object: { sha, type: 'commit', url: `${ctx.api}/repos/${full}/git/commits/${sha}` }
            });
        }
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/contents',
        run: (ctx) => contents(ctx, '')
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/contents/*path',
        run: (ctx) => contents(ctx, ctx.params.path ?? '')
    },
    {
        method: 'GET',
        pattern: '/repos/:owner/:repo/git/trees/:sha',
        run: tree
    }
];
/** Accepts what GitHub accepts: `{labels: [...]}` or a bare array, of names or `{name}` objects. */
function labelNames(body) {
    const list = Array.isArray(body) ? body : body?.labels;
    if (list === undefined)
        return '"labels" wasn\'t supplied.';
    if (!Array.isArray(list) || list.length === 0)
        return `For 'properties/labels', ${JSON.stringify(list)} is not a non-empty array.`;
    const names = [];
    for (const item of list) {
        const name = typeof item === 'string' ? item : item?.name;
        if (typeof name !== 'string' || name.trim() === '')
            return `For 'items', ${JSON.stringify(item)} is not a label name.`;
        names.push(name);
    }
    return names;
}
function contents(ctx, rawPath) {
    const repo = findRepo(ctx);
    if (!repo)
        return notFound();
    const ref = ctx.req.query.get('ref') ?? undefined;
    const commit = resolveCommit(repo, ref);
    if (!commit)
        return error(404, `No commit found for the ref ${ref ?? ''}`);
    const path = rawPath.replace(/\/+$/, '');
    const full = `${repo.owner}/${repo.name}`;
    const item = (type, p) => {
        const content = commit.files[p];
        return {
            type,
            name: p.split('/').pop() ?? p,
            path: p,
            sha: type === 'file' ? blobSha(content ?? '') : treeSha(commit.sha, p),
            size: type === 'file' ? Buffer.byteLength(content ?? '', 'utf8') : 0,
            url: `${ctx.api}/repos/${full}/contents/${p}?ref=${commit.sha}`,
            html_url: `https://github.com/${full}/${type === 'file' ? 'blob' : 'tree'}/${commit.sha}/${p}`,
            download_url: type === 'file' ? `https://raw.githubusercontent.com/${full}/${commit.sha}/${p}` : null
        };
    };
    const content = commit.files[path];
    if (content !== undefined) {
        // The raw media type answers with the bytes themselves, as GitHub does.
        if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.req.headers.accept ?? '')) {
            return { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: content };
        }
        return ok({ ...item('file', path), encoding: 'base64', content: base64Wrapped(content) });
    }
    if (!directories(commit.files).has(path))
        return notFound();
    const prefix = path === '' ? '' : `${path}/`;
    const children = new Map();
    for (const file of Object.keys(commit.files)) {
        if (!file.startsWith(prefix))
            continue;
        const rest = file.slice(prefix.length);
        const slash = rest.indexOf('/');
        children.set(prefix + (slash < 0 ? rest : rest.slice(0, slash)), slash < 0 ? 'file' : 'dir');
    }
    const listing = [...children.entries()].sort(([a], [b]) => bytewise(a, b)).map(([p, type]) => item(type, p));
    return ok(listing);
}
/** Git trees: by commit sha, branch name or tree sha; `recursive` lists every blob and tree below. */
function tree(ctx) {
    const repo = findRepo(ctx);
    if (!repo)
        return notFound();
    const wanted = ctx.params.sha ?? '';
    let found;
    const commit = resolveCommit(repo, wanted);
    if (commit)
        found = { commit, dir: '' };
    const commitShas = new Set([...Object.values(repo.branches), ...Object.keys(repo.snapshots ?? {})]);
    for (const sha of commitShas) {
        if (found)
            break;
        const candidate = resolveCommit(repo, sha);
        if (!candidate)
            continue;
        for (const dir of directories(candidate.files)) {
            if (treeSha(sha, dir) === wanted)
                found = { commit: candidate, dir };
        }
    }
    if (!found)
        return notFound();
    const { commit: c, dir } = found;
    const recursive = ['1', 'true'].includes(ctx.req.query.get('recursive') ?? '');
    const prefix = dir === '' ? '' : `${dir}/`;
    const entries = [];
    const within = (p) => p.startsWith(prefix) && (recursive || !p.slice(prefix.length).includes('/'));
    for (const d of directories(c.files)) {
        if (d !== '' && d !== dir && within(d))
            entries.push({ path: d.slice(prefix.length), mode: '040000', type: 'tree', sha: treeSha(c.sha, d) });
    }
    for (const [p, content] of Object.entries(c.files)) {
        if (within(p))
            entries.push({ path: p.slice(prefix.length), mode: '100644', type: 'blob', sha: blobSha(content), size: Buffer.byteLength(content, 'utf8') });
    }
    entries.sort((a, b) => bytewise(a.path, b.path));
    const sha = treeSha(c.sha, dir);
    return ok({ sha, url: `${ctx.api}/repos/${repo.owner}/${repo.name}/git/trees/${sha}`, tree: entries, truncated: false });
}
const COMPILED = [...ROUTES, ...UPGRADE_ROUTES].map(compile);
// ---------------------------------------------------------------------------------------------
// The handler
/** `token X` or `Bearer X`, as GitHub accepts both. */
function presentedToken(req) {
    const header = req.headers.authorization;
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
    return match ? match[1] : header === undefined ? undefined : '';
}
/** GitHub reads the body as JSON whatever the content type says. */
function parseJson(raw) {
    if (raw.trim() === '')
        return { ok: true, value: undefined };
    try {
        return { ok: true, value: JSON.parse(raw) };
    }
    catch {
        return { ok: false };
    }
}
function decodeParams(names, match) {
    const params = {};
    try {
        names.forEach((name, i) => {
            params[name] = decodeURIComponent(match[i + 1] ?? '');
        });
    }
    catch {
        return undefined;
    }
    return params;
}
/** The GitHub REST fake over `state.github`, strict about auth, paths and bodies. */
function createGitHubFake(state, opts) {
    const now = opts.now ?? (() => new Date());
    const limit = 5000;
    let used = 0;
    const reset = Math.floor(now().getTime() / 1000) + 3600;
    return (req) => {
        used = Math.min(used + 1, limit);
        const headers = {
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': String(limit - used),
            'x-ratelimit-used': String(used),
            'x-ratelimit-reset': String(reset),
            'x-ratelimit-resource': 'core',
            'x-github-api-version-selected': '2022-11-28'
        };
        const answer = (res) => ({ ...res, headers: { ...headers, ...res.headers } });
        // A signed download URL (an artifact's zip) carries its own authority, as blob storage does.
        if (req.method === 'GET' && isUnsignedBlobPath(req.path))
            return answer(serveBlob(state.github, req));
        const token = presentedToken(req);
        if (token === undefined)
            return answer(error(401, 'Requires authentication'));
        if (token !== opts.token)
            return answer(error(401, 'Bad credentials'));
        const parsed = parseJson(req.rawBody);
        if (!parsed.ok)
            return answer(error(400, 'Problems parsing JSON'));
        for (const route of COMPILED) {
            if (route.method !== req.method)
                continue;
            const match = route.regex.exec(req.path);
            if (!match)
                continue;
            const params = decodeParams(route.names, match);
            if (!params)
                return answer(notFound());
            const ctx = { req, params, body: parsed.value, gh: state.github, api: opts.apiUrl ?? '', now };
            return answer(route.run(ctx));
        }
        return answer(notFound());
    };
}

;// CONCATENATED MODULE: ./src/sandbox/slack.ts
const fail = (error) => ({ ok: false, error });
/** Slack arguments arrive as form strings or JSON values; read them as strings either way. */
function str(args, key) {
    const value = args[key];
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
const TS = /^(\d+)\.(\d{6})$/;
/** A ts as an exact integer of microseconds, so ordering never suffers float rounding. */
function tsKey(ts) {
    const match = TS.exec(ts);
    return match ? BigInt(match[1]) * 1000000n + BigInt(match[2]) : -1n;
}
function tsFromKey(key) {
    return `${key / 1000000n}.${String(key % 1000000n).padStart(6, '0')}`;
}
const newestFirst = (a, b) => (tsKey(b.ts) > tsKey(a.ts) ? 1 : tsKey(b.ts) < tsKey(a.ts) ? -1 : 0);
const isReply = (m) => m.thread_ts !== undefined && m.thread_ts !== m.ts;
/** Channel ids work everywhere; names (`#deploys`, `deploys`) only where Slack takes them too. */
function findChannel(slack, channel, allowName = false) {
    if (!channel)
        return undefined;
    const byId = slack.channels[channel];
    if (byId || !allowName)
        return byId;
    const name = channel.replace(/^#/, '');
    return Object.values(slack.channels).find((c) => c.name === name);
}
/** Metadata is listed only when asked for with `include_all_metadata`, as Slack does. */
function withMetadata(args, channel, m, json) {
    const wanted = ['1', 'true'].includes(str(args, 'include_all_metadata') ?? '');
    return wanted && m.metadata ? { ...json, metadata: m.metadata } : json;
}
function messageJson(slack, channel, m) {
    const replies = channel.messages.filter((r) => isReply(r) && r.thread_ts === m.ts);
    return {
        type: 'message',
        user: m.user,
        ...(m.user === slack.bot_user_id ? { bot_id: slack.bot_id } : {}),
        text: m.text,
        ts: m.ts,
        team: slack.team_id,
        ...(m.blocks !== undefined ? { blocks: m.blocks } : {}),
        ...(isReply(m) ? { thread_ts: m.thread_ts, parent_user_id: channel.messages.find((p) => p.ts === m.thread_ts)?.user } : {}),
        ...(replies.length > 0 ? { thread_ts: m.ts, reply_count: replies.length, latest_reply: replies.map((r) => r.ts).sort((a, b) => (tsKey(a) < tsKey(b) ? 1 : -1))[0] } : {}),
        ...(m.reactions.length > 0 ? { reactions: m.reactions.map((r) => ({ name: r.name, users: [...r.users], count: r.users.length })) } : {})
    };
}
// Cursors look like Slack's own: base64 of `next_ts:<ts>`, the first message of the next page.
const encodeCursor = (ts) => Buffer.from(`next_ts:${ts}`).toString('base64');
function decodeCursor(cursor) {
    const match = /^next_ts:(\d+\.\d{6})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    return match ? tsKey(match[1]) : undefined;
}
/** `limit` as Slack reads it: default when absent or 0, capped at the method's maximum. */
function readLimit(args, fallback, max) {
    const raw = str(args, 'limit');
    if (raw === undefined || raw === '')
        return fallback;
    if (!/^\d+$/.test(raw))
        return undefined;
    const n = Number(raw);
    return n === 0 ? fallback : Math.min(n, max);
}
/** One page of `ordered` starting at the cursor, with Slack's pagination fields. */
function page(args, ordered, fallbackLimit, startsAt) {
    const limit = readLimit(args, fallbackLimit, 1000);
    if (limit === undefined)
        return fail('invalid_limit');
    const cursorArg = str(args, 'cursor');
    let start = 0;
    if (cursorArg) {
        const cursor = decodeCursor(cursorArg);
        if (cursor === undefined)
            return fail('invalid_cursor');
        start = ordered.findIndex((m) => startsAt(m, cursor));
        if (start < 0)
            start = ordered.length;
    }
    const items = ordered.slice(start, start + limit);
    const next = ordered[start + limit];
    return {
        items,
        more: { has_more: next !== undefined, ...(next ? { response_metadata: { next_cursor: encodeCursor(next.ts) } } : {}) }
    };
}
/** oldest/latest/inclusive, as history and replies take them. */
function inWindow(args) {
    const oldest = str(args, 'oldest');
    const latest = str(args, 'latest');
    const inclusive = ['1', 'true'].includes(str(args, 'inclusive') ?? '');
    const lo = oldest ? tsKey(oldest.includes('.') ? oldest : `${oldest}.000000`) : undefined;
    const hi = latest ? tsKey(latest.includes('.') ? latest : `${latest}.000000`) : undefined;
    return (m) => {
        const k = tsKey(m.ts);
        if (lo !== undefined && (inclusive ? k < lo : k <= lo))
            return false;
        if (hi !== undefined && (inclusive ? k > hi : k >= hi))
            return false;
        return true;
    };
}
/** Emoji names as Slack stores them: lowercase, no surrounding colons, optional skin tone. */
const EMOJI_NAME = /^[a-z0-9+'_-]{1,100}(::skin-tone-[2-6])?$/;
const METHODS = {
    'auth.test': ({ slack }) => ({
        ok: true,
        url: 'https://sandbox.slack.com/',
        team: 'Sandbox',
        user: 'coordinator',
        team_id: slack.team_id,
        user_id: slack.bot_user_id,
        bot_id: slack.bot_id,
        is_enterprise_install: false
    }),
    'conversations.history': ({ args, slack }) => {
        const channelId = str(args, 'channel');
        if (!channelId)
            return fail('invalid_arguments');
        const channel = findChannel(slack, channelId);
        if (!channel)
            return fail('channel_not_found');
        // History lists thread parents only; replies come from conversations.replies.
        const ordered = channel.messages
            .filter((m) => !isReply(m))
            .filter(inWindow(args))
            .sort(newestFirst);
        const result = page(args, ordered, 100, (m, cursor) => tsKey(m.ts) <= cursor);
        if ('ok' in result)
            return result;
        return {
            ok: true,
            messages: result.items.map((m) => withMetadata(args, channel, m, messageJson(slack, channel, m))),
            ...result.more,
            pin_count: 0,
            channel_actions_count: 0
        };
    },
    'conversations.replies': ({ args, slack }) => {
        const channelId = str(args, 'channel');
        const ts = str(args, 'ts');
        if (!channelId || !ts)
            return fail('invalid_arguments');
        const channel = findChannel(slack, channelId);
        if (!channel)
            return fail('channel_not_found');
        const target = channel.messages.find((m) => m.ts === ts);
        if (!target)
            return fail('thread_not_found');
        const root = target.thread_ts ?? target.ts;
        const ordered = channel.messages
            .filter((m) => m.ts === root || m.thread_ts === root)
            .filter(inWindow(args))
            .sort((a, b) => -newestFirst(a, b));
        const result = page(args, ordered, 1000, (m, cursor) => tsKey(m.ts) >= cursor);
        if ('ok' in result)
            return result;
        return { ok: true, messages: result.items.map((m) => withMetadata(args, channel, m, messageJson(slack, channel, m))), ...result.more };
    },
    'reactions.add': ({ args, slack }) => {
        const channelId = str(args, 'channel');
        const timestamp = str(args, 'timestamp');
        const name = str(args, 'name');
        if (!channelId || !timestamp || !name)
            return fail('invalid_arguments');
        const channel = findChannel(slack, channelId);
        if (!channel)
            return fail('channel_not_found');
        if (!EMOJI_NAME.test(name))
            return fail('invalid_name');
        const message = channel.messages.find((m) => m.ts === timestamp);
        if (!message)
            return fail('message_not_found');
        const reaction = message.reactions.find((r) => r.name === name);
        if (reaction?.users.includes(slack.bot_user_id))
            return fail('already_reacted');
        if (reaction)
            reaction.users.push(slack.bot_user_id);
        else
            message.reactions.push({ name, users: [slack.bot_user_id] });
        return { ok: true };
    },
    'reactions.get': ({ args, slack }) => {
        const channelId = str(args, 'channel');
        const timestamp = str(args, 'timestamp');
        if (!channelId || !timestamp)
            return fail('invalid_arguments');
        const channel = findChannel(slack, channelId);
        if (!channel)
            return fail('channel_not_found');
        const message = channel.messages.find((m) => m.ts === timestamp);
        if (!message)
            return fail('message_not_found');
        return { ok: true, type: 'message', channel: channel.id, message: messageJson(slack, channel, message) };
    },
    'chat.postMessage': ({ args, slack, nextTs }) => {
        const channel = findChannel(slack, str(args, 'channel'), true);
        if (!channel)
            return fail('channel_not_found');
        const text = str(args, 'text') ?? '';
        const blocks = parseBlocks(args.blocks);
        if (blocks === null)
            return fail('invalid_blocks');
        const metadata = parseMetadata(args.metadata);
        if (metadata === null)
            return fail('invalid_metadata_format');
        if (text.trim() === '' && blocks === undefined && args.attachments === undefined)
            return fail('no_text');
        if (text.length > 40000)
            return fail('msg_too_long');
        const threadTs = str(args, 'thread_ts');
        let root;
        if (threadTs) {
            const parent = channel.messages.find((m) => m.ts === threadTs);
            if (!parent)
                return fail('thread_not_found');
            root = parent.thread_ts ?? parent.ts; // a reply's ts threads under its parent, as in Slack
        }
        const message = {
            ts: nextTs(),
            text,
            user: slack.bot_user_id,
            ...(root ? { thread_ts: root } : {}),
            ...(blocks !== undefined ? { blocks } : {}),
            ...(metadata !== undefined ? { metadata } : {}),
            reactions: []
        };
        channel.messages.push(message);
        channel.messages.sort(newestFirst);
        return { ok: true, channel: channel.id, ts: message.ts, message: messageJson(slack, channel, message) };
    }
};
/** Blocks come JSON-encoded in form bodies and as arrays in JSON bodies; null means malformed. */
function parseBlocks(value) {
    if (value === undefined || value === '')
        return undefined;
    let parsed = value;
    if (typeof value === 'string') {
        try {
            parsed = JSON.parse(value);
        }
        catch {
            return null;
        }
    }
    return Array.isArray(parsed) ? parsed : null;
}
/** `{ event_type, event_payload }`, JSON-encoded in form bodies; null means malformed. */
function parseMetadata(value) {
    if (value === undefined || value === '')
        return undefined;
    let parsed = value;
    if (typeof value === 'string') {
        try {
            parsed = JSON.parse(value);
        }
        catch {
            return null;
        }
    }
    const m = parsed;
    if (!m || typeof m !== 'object' || typeof m.event_type !== 'string' || !m.event_payload || typeof m.event_payload !== 'object')
        return null;
    return { event_type: m.event_type, event_payload: m.event_payload };
}
/** Form fields and query parameters both carry arguments in Slack's Web API. */
function readArgs(req) {
    const args = Object.fromEntries(req.query.entries());
    if (req.body && typeof req.body === 'object' && !Array.isArray(req.body))
        Object.assign(args, req.body);
    return args;
}
function slack_presentedToken(req, args) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (match)
        return match[1];
    return str(args, 'token');
}
/** The Slack Web API fake over `state.slack`: HTTP 200 with `ok`/`error`, as Slack answers. */
function createSlackFake(state, opts) {
    const now = opts.now ?? (() => Date.now());
    /** A ts after every ts in the workspace, so posts order the way Slack's clock would. */
    const nextTs = () => {
        let max = BigInt(Math.floor(now())) * 1000n;
        for (const channel of Object.values(state.slack.channels)) {
            for (const m of channel.messages) {
                const k = tsKey(m.ts);
                if (k >= max)
                    max = k + 1n;
            }
        }
        return tsFromKey(max);
    };
    return (req) => {
        const name = req.path.replace(/^\/+/, '');
        const method = METHODS[name];
        const headers = { 'x-oauth-scopes': 'channels:history,channels:read,chat:write,reactions:read,reactions:write' };
        if (!method)
            return { status: 404, headers, body: fail('unknown_method') };
        const args = readArgs(req);
        const token = slack_presentedToken(req, args);
        if (!token)
            return { status: 200, headers, body: fail('not_authed') };
        if (token !== opts.token)
            return { status: 200, headers, body: fail('invalid_auth') };
        return { status: 200, headers, body: method({ args, slack: state.slack, nextTs }) };
    };
}

// EXTERNAL MODULE: ./src/sandbox/anthropic.ts + 2 modules
var anthropic = __webpack_require__(88609);
// EXTERNAL MODULE: ./src/sandbox/messages-validate.ts
var messages_validate = __webpack_require__(16474);
// EXTERNAL MODULE: ./src/clients/provider.ts
var provider = __webpack_require__(50323);
;// CONCATENATED MODULE: ./src/sandbox/cloud.ts




/**
 * Loopback fakes of Claude on Amazon Bedrock (`POST /model/{modelId}/invoke`, SigV4) and on
 * Google Vertex AI (`POST /v1/projects/{p}/locations/{r}/publishers/anthropic/models/{m}:rawPredict`,
 * OAuth Bearer tokens from a Workload Identity Federation token exchange). Each checks what
 * its service checks (signature, token, the body's `anthropic_version`, no `model` in the
 * body), then hands the request to the Anthropic fake, so the Messages validation, the
 * policies playing the model, caching and usage are one code on all three.
 */
/** The sandbox's AWS identity: the only keys the Bedrock fake accepts. */
const SANDBOX_AWS = {
    accessKeyId: 'AKIASANDBOXEXAMPLE01',
    secretAccessKey: 'sandbox/aws/secret/key/EXAMPLEKEY0000000000',
    region: 'us-east-1'
};
/** The sandbox's Google side: the project that exists and the subject token its STS accepts. */
const SANDBOX_GOOGLE = {
    projectId: 'sandbox-project',
    region: 'us-east5',
    subjectToken: 'sandbox-github-oidc-token'
};
/** `anthropic_version` each service documents for its request body. */
const BEDROCK_VERSION = 'bedrock-2023-05-31';
const VERTEX_VERSION = 'vertex-2023-10-16';
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
}
/** Turns a request to a cloud route into the Anthropic fake's `POST /v1/messages`. */
async function forwardToMessages(f, req, body, model, betas) {
    const { anthropic_version: _version, anthropic_beta: _beta, ...rest } = body;
    const headers = { 'x-api-key': f.anthropicApiKey ?? DEFAULT_SANDBOX_API_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' };
    if (Array.isArray(betas) && betas.length)
        headers['anthropic-beta'] = betas.map(String).join(',');
    const forwarded = { ...rest, model };
    return f.anthropic({ ...req, service: 'anthropic', method: 'POST', path: '/v1/messages', headers, body: forwarded, rawBody: JSON.stringify(forwarded) });
}
const anthropicError = (answer) => {
    const body = answer.body;
    return body?.error ?? {};
};
// ---------------------------------------------------------------- Bedrock
const BEDROCK_ERROR_NAMESPACE = ':http://internal.amazon.com/coral/com.amazon.bedrock/';
function bedrockError(status, type, message) {
    return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': `${type}${BEDROCK_ERROR_NAMESPACE}`, 'x-amzn-requestid': (0,external_node_crypto_.randomBytes)(16).toString('hex') },
        body: { message }
    };
}
/** Bedrock's name for each status it answers with. */
const BEDROCK_ERROR_TYPES = {
    400: 'ValidationException',
    403: 'AccessDeniedException',
    404: 'ResourceNotFoundException',
    408: 'ModelTimeoutException',
    429: 'ThrottlingException',
    500: 'InternalServerException',
    503: 'ServiceUnavailableException'
};
/** SigV4's URI encoding: encodeURIComponent plus the characters it leaves alone. */
const escapeUri = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** The canonical path as AWS SDKs sign it for every service but S3: normalized, then encoded again. */
function canonicalPath(rawPath) {
    const segments = [];
    for (const segment of rawPath.split('/')) {
        if (!segment || segment === '.')
            continue;
        if (segment === '..')
            segments.pop();
        else
            segments.push(segment);
    }
    const normalized = `/${segments.join('/')}${segments.length && rawPath.endsWith('/') ? '/' : ''}`;
    return escapeUri(normalized).replace(/%2F/g, '/');
}
function canonicalQuery(query) {
    const pairs = [...query.entries()].map(([k, v]) => [escapeUri(k), escapeUri(v)]);
    pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
    return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}
const hmac = (key, data) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data) => createHash('sha256').update(data, 'utf8').digest('hex');
/** `20261202T101500Z` as milliseconds since the epoch. */
function parseAmzDate(value) {
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : undefined;
}
/**
 * Checks a SigV4 `Authorization` header as AWS does: the key is known, the scope names this
 * region and the `bedrock` service, the time is within 15 minutes, and the signature over
 * the canonical request matches. Returns the error to answer with, or undefined.
 */
function verifySigV4(req, o) {
    const auth = header(req.headers, 'authorization');
    if (!auth)
        return bedrockError(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    const m = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(auth.trim());
    if (!m)
        return bedrockError(403, 'IncompleteSignatureException', `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters of an AWS4-HMAC-SHA256 signature.`);
    const [, credential, signedHeaderList, signature] = m;
    const [keyId, shortDate, region, service, terminator] = credential.split('/');
    if (keyId !== o.accessKeyId)
        return bedrockError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    if (terminator !== 'aws4_request' || !shortDate)
        return bedrockError(403, 'IncompleteSignatureException', "Credential should be scoped with a valid terminator: 'aws4_request'.");
    if (service !== 'bedrock')
        return bedrockError(403, 'InvalidSignatureException', `Credential should be scoped to correct service: 'bedrock'.`);
    if (region !== o.region)
        return bedrockError(403, 'InvalidSignatureException', `Credential should be scoped to a valid region. (this endpoint serves ${o.region})`);
    const signed = signedHeaderList.split(';');
    for (const required of ['host', 'x-amz-date']) {
        if (!signed.includes(required))
            return bedrockError(403, 'InvalidSignatureException', `'${required}' must be a signed header.`);
    }
    if (o.sessionToken !== undefined) {
        if (header(req.headers, 'x-amz-security-token') !== o.sessionToken || !signed.includes('x-amz-security-token')) {
            return bedrockError(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
        }
    }
    const amzDate = header(req.headers, 'x-amz-date') ?? '';
    const at = parseAmzDate(amzDate);
    if (at === undefined || !amzDate.startsWith(shortDate))
        return bedrockError(403, 'IncompleteSignatureException', "Date must be in ISO-8601 'basic format' and match the credential scope.");
    if (Math.abs(o.now - at) > 15 * 60_000)
        return bedrockError(403, 'InvalidSignatureException', `Signature expired: ${amzDate} is now earlier than the allowed window (15 minutes).`);
    const canonicalHeaders = signed.map((name) => `${name}:${(header(req.headers, name) ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
    const payloadHash = header(req.headers, 'x-amz-content-sha256') ?? sha256Hex(req.rawBody);
    const canonicalRequest = [req.method, canonicalPath(o.mountPath + req.path), canonicalQuery(req.query), canonicalHeaders, signedHeaderList, payloadHash].join('\n');
    const scope = `${shortDate}/${region}/${service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${o.secretAccessKey}`, shortDate), region), service), 'aws4_request');
    const expected = createHmac('sha256', key).update(stringToSign, 'utf8').digest();
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
        return bedrockError(403, 'InvalidSignatureException', 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.');
    }
    return undefined;
}
/** Claude on Amazon Bedrock's InvokeModel, in front of the Anthropic fake. */
function createBedrockFake(options) {
    const o = {
        accessKeyId: options.accessKeyId ?? SANDBOX_AWS.accessKeyId,
        secretAccessKey: options.secretAccessKey ?? SANDBOX_AWS.secretAccessKey,
        region: options.region ?? SANDBOX_AWS.region,
        mountPath: options.mountPath ?? '/bedrock',
        sessionToken: options.sessionToken
    };
    const now = options.now ?? Date.now;
    return async (req) => {
        const route = /^\/model\/([^/]+)\/(invoke|invoke-with-response-stream)$/.exec(req.path);
        if (!route)
            return bedrockError(404, 'UnknownOperationException', 'Unknown operation');
        if (req.method !== 'POST')
            return bedrockError(405, 'UnknownOperationException', 'Method Not Allowed');
        const denied = verifySigV4(req, { ...o, now: now() });
        if (denied)
            return denied;
        if (route[2] !== 'invoke')
            return bedrockError(400, 'ValidationException', 'The sandbox answers InvokeModel only, not streaming.');
        const modelId = decodeURIComponent(route[1]);
        const body = req.body;
        if (!isRecord(body))
            return bedrockError(400, 'ValidationException', 'Malformed input request, please reformat your input and try again.');
        if (!('anthropic_version' in body))
            return bedrockError(400, 'ValidationException', 'Malformed input request: #: required key [anthropic_version] not found, please reformat your input and try again.');
        if (body.anthropic_version !== BEDROCK_VERSION)
            return bedrockError(400, 'ValidationException', `Invalid API version: anthropic_version is "${String(body.anthropic_version)}", Bedrock expects "${BEDROCK_VERSION}".`);
        for (const key of ['model', 'stream']) {
            if (key in body)
                return bedrockError(400, 'ValidationException', `Malformed input request: #: extraneous key [${key}] is not permitted, please reformat your input and try again.`);
        }
        const api = apiModelId(modelId);
        if (!api || !/^(?:(?:global|us|eu|apac|jp|au|ca|us-gov)\.)?anthropic\./.test(modelId))
            return bedrockError(400, 'ValidationException', 'The provided model identifier is invalid.');
        const answer = await forwardToMessages(options, req, body, api, body.anthropic_beta);
        const requestId = randomBytes(16).toString('hex');
        if (answer.status === 200) {
            const usage = answer.body.usage;
            return {
                status: 200,
                headers: {
                    'content-type': 'application/json',
                    'x-amzn-requestid': requestId,
                    'x-amzn-bedrock-input-token-count': String(usage?.input_tokens ?? 0),
                    'x-amzn-bedrock-output-token-count': String(usage?.output_tokens ?? 0)
                },
                body: answer.body
            };
        }
        // The Messages API's errors in Bedrock's own shape.
        const { type, message = 'error' } = anthropicError(answer);
        if (answer.status === 404 && type === 'not_found_error')
            return bedrockError(400, 'ValidationException', 'The provided model identifier is invalid.');
        const status = answer.status === 529 ? 503 : answer.status === 401 ? 403 : answer.status;
        return bedrockError(status, BEDROCK_ERROR_TYPES[status] ?? 'InternalServerException', message);
    };
}
// ---------------------------------------------------------------- Vertex AI
const GOOGLE_STATUS = {
    400: 'INVALID_ARGUMENT',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    429: 'RESOURCE_EXHAUSTED',
    500: 'INTERNAL',
    503: 'UNAVAILABLE'
};
function googleError(status, message) {
    return { status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: { error: { code: status, message, status: GOOGLE_STATUS[status] ?? 'UNKNOWN' } } };
}
const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
/**
 * Claude on Vertex AI's rawPredict, in front of the Anthropic fake, with the Security Token
 * Service a Workload Identity Federation credential file exchanges its subject token at
 * (`POST /sts/v1/token`): the loopback way for google-auth-library to get a real token.
 */
function createVertexFake(options) {
    const projects = new Set(options.projects ?? [SANDBOX_GOOGLE.projectId]);
    const subjectToken = options.subjectToken ?? SANDBOX_GOOGLE.subjectToken;
    const issued = new Set();
    function exchange(req) {
        const form = (isRecord(req.body) ? req.body : {});
        const fail = (error, description) => ({ status: 400, headers: { 'content-type': 'application/json' }, body: { error, error_description: description } });
        if (form.grant_type !== TOKEN_EXCHANGE)
            return fail('unsupported_grant_type', `grant_type must be ${TOKEN_EXCHANGE}`);
        if (typeof form.audience !== 'string' || !form.audience)
            return fail('invalid_request', 'audience is required');
        if (typeof form.subject_token_type !== 'string' || !form.subject_token_type)
            return fail('invalid_request', 'subject_token_type is required');
        if (form.subject_token !== subjectToken)
            return fail('invalid_grant', 'The subject token is invalid or expired.');
        const token = `ya29.sandbox-${randomBytes(12).toString('hex')}`;
        issued.add(token);
        return { status: 200, headers: { 'content-type': 'application/json' }, body: { access_token: token, issued_token_type: ACCESS_TOKEN_TYPE, token_type: 'Bearer', expires_in: 3600 } };
    }
    return async (req) => {
        if (req.path === '/sts/v1/token' && req.method === 'POST')
            return exchange(req);
        const lookup = /^\/cloudresourcemanager\/v1\/projects\/(\d+)$/.exec(req.path);
        if (lookup && req.method === 'GET') {
            const bearer = /^Bearer\s+(\S+)$/i.exec(header(req.headers, 'authorization') ?? '')?.[1];
            if (!bearer || !issued.has(bearer))
                return googleError(401, 'Request had invalid authentication credentials.');
            return { status: 200, headers: { 'content-type': 'application/json' }, body: { projectNumber: lookup[1], projectId: [...projects][0], lifecycleState: 'ACTIVE' } };
        }
        const route = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/anthropic\/models\/([^/:]+):(rawPredict|streamRawPredict)$/.exec(req.path);
        if (!route)
            return googleError(404, `The requested URL ${req.path} was not found on this server.`);
        if (req.method !== 'POST')
            return googleError(405, 'Method Not Allowed');
        const bearer = /^Bearer\s+(\S+)$/i.exec(header(req.headers, 'authorization') ?? '')?.[1];
        if (!bearer || !issued.has(bearer)) {
            return googleError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.');
        }
        const [, project, location, rawModel, method] = route;
        const model = decodeURIComponent(rawModel);
        const resource = `projects/${project}/locations/${location}/publishers/anthropic/models/${model}`;
        if (!projects.has(project))
            return googleError(403, `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/${resource}' (or it may not exist).`);
        if (method !== 'rawPredict')
            return googleError(400, 'The sandbox answers rawPredict only, not streaming.');
        const api = apiModelId(model);
        if (!api || !/^claude-[a-z0-9-]+(?:@\d{8})?$/.test(model))
            return googleError(404, `Publisher Model \`${resource}\` was not found or your project does not have access to it.`);
        const body = req.body;
        const invalid = (message) => ({ status: 400, headers: { 'content-type': 'application/json' }, body: { type: 'error', error: { type: 'invalid_request_error', message } } });
        if (!isRecord(body))
            return invalid('There was an error parsing the body of your request: expected a JSON object');
        if (body.anthropic_version !== VERTEX_VERSION)
            return invalid(`anthropic_version: Input should be '${VERTEX_VERSION}'`);
        if ('model' in body)
            return invalid('model: Extra inputs are not permitted (Vertex AI takes the model from the URL)');
        const { stream: _stream, ...rest } = body;
        const answer = await forwardToMessages(options, req, rest, api, body.anthropic_beta);
        if (answer.status === 404 && anthropicError(answer).type === 'not_found_error') {
            return googleError(404, `Publisher Model \`${resource}\` was not found or your project does not have access to it.`);
        }
        // rawPredict hands the model's own answer (errors included) back as it is.
        return answer;
    };
}
// ---------------------------------------------------------------- faults
/** What an injected fault answers with, in each cloud's own error shape. */
function cloudFaultBody(service, status) {
    if (service === 'bedrock')
        return bedrockError(status, BEDROCK_ERROR_TYPES[status] ?? 'InternalServerException', `Sandbox fault: HTTP ${status}`).body;
    return googleError(status, `Sandbox fault: HTTP ${status}`).body;
}
function cloudFaultHeaders(service, status) {
    return service === 'bedrock' ? { 'x-amzn-errortype': `${BEDROCK_ERROR_TYPES[status] ?? 'InternalServerException'}${BEDROCK_ERROR_NAMESPACE}` } : {};
}
// ---------------------------------------------------------------- credentials for tests and the demo
/**
 * A Workload Identity Federation credential file (`type: external_account`), the kind
 * google-github-actions/auth writes, pointed at the sandbox: its `token_url` is the Vertex
 * fake's STS, and its subject token (in `tokenFile`) the one that STS accepts. Set
 * GOOGLE_APPLICATION_CREDENTIALS to the returned JSON's file and google-auth-library gets a
 * token over loopback, through its real code.
 */
function workloadIdentityCredentials(sandboxUrl, tokenFile) {
    return {
        type: 'external_account',
        audience: '//iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/github/providers/github',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${sandboxUrl}/vertex/sts/v1/token`,
        // google-auth-library looks the project up by the audience's project number.
        cloud_resource_manager_url: `${sandboxUrl}/vertex/cloudresourcemanager/v1/projects/`,
        credential_source: { file: tokenFile }
    };
}

;// CONCATENATED MODULE: ./src/sandbox/server.ts







const DEFAULT_TOKENS = {
    github: 'ghs_sandbox_token',
    slack: 'xoxb-sandbox-token',
    anthropic: 'sk-ant-sandbox-key'
};
/** Path prefixes, longest first where they share a start. */
const MOUNTS = [
    { prefix: '/github', service: 'github' },
    { prefix: '/slack/api', service: 'slack' },
    { prefix: '/anthropic', service: 'anthropic' },
    { prefix: '/bedrock', service: 'bedrock' },
    { prefix: '/vertex', service: 'vertex' }
];
function mountOf(pathname) {
    for (const { prefix, service } of MOUNTS) {
        if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
            return { service, path: pathname.slice(prefix.length) || '/' };
        }
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Faults
const FaultSchema = schemas.object({
    service: schemas["enum"](['github', 'slack', 'anthropic', 'bedrock', 'vertex']),
    kind: schemas["enum"](['status', 'drop', 'drop-after', 'delay']),
    method: schemas.string().optional(),
    path: schemas.string().optional(),
    status: schemas.number().int().min(100).max(599).optional(),
    retryAfter: schemas.number().nonnegative().optional(),
    body: schemas.unknown().optional(),
    headers: schemas.record(schemas.string(), schemas.string()).optional(),
    delayMs: schemas.number().nonnegative().optional(),
    times: schemas.number().int().positive().optional()
});
const FaultsSchema = schemas.union([FaultSchema, schemas.array(FaultSchema)]);
/** Takes one use of the first queued fault matching the request, dropping it once used up. */
function takeFault(queue, req) {
    const index = queue.findIndex(({ fault }) => fault.service === req.service && (fault.method === undefined || fault.method.toUpperCase() === req.method) && (fault.path === undefined || req.path.includes(fault.path)));
    const entry = queue[index];
    if (!entry)
        return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0)
        queue.splice(index, 1);
    return entry.fault;
}
/** What each service says when it is unwell, in its own error format. */
function faultBody(service, status) {
    if (service === 'slack')
        return { ok: false, error: status === 429 ? 'ratelimited' : 'fatal_error' };
    if (service === 'bedrock')
        return cloudFaultBody('bedrock', status);
    if (service === 'vertex')
        return cloudFaultBody('vertex', status);
    if (service === 'anthropic') {
        const type = status === 429 ? 'rate_limit_error' : status === 529 ? 'overloaded_error' : 'api_error';
        return { type: 'error', error: { type, message: `Sandbox fault: HTTP ${status}` } };
    }
    const message = status === 429 || status === 403 ? 'API rate limit exceeded' : 'Server Error';
    return { message, documentation_url: 'https://docs.github.com/rest', status: String(status) };
}
function faultResponse(fault) {
    const status = fault.status ?? 500;
    return {
        status,
        headers: { ...(fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {}), ...cloudFaultHeaders(fault.service, status), ...fault.headers },
        body: fault.body ?? faultBody(fault.service, status)
    };
}
// ---------------------------------------------------------------------------------------------
// HTTP plumbing
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * JSON bodies become values and form bodies become objects of strings. Form values stay
 * strings even when they hold JSON (the Slack SDK JSON-encodes array arguments): each fake
 * decodes the fields it knows. Unparseable JSON leaves `body` undefined; `rawBody` keeps it.
 */
function parseBody(contentType, raw) {
    if (raw === '')
        return undefined;
    const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (type === 'application/json' || type.endsWith('+json')) {
        try {
            return JSON.parse(raw);
        }
        catch {
            return undefined;
        }
    }
    if (type === 'application/x-www-form-urlencoded') {
        const fields = {};
        for (const [key, value] of new URLSearchParams(raw)) {
            const previous = fields[key];
            fields[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
        }
        return fields;
    }
    return undefined;
}
function send(res, answer) {
    const headers = { ...answer.headers };
    const hasType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
    let payload;
    if (answer.body === undefined)
        payload = '';
    else if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body)) {
        payload = answer.body;
        if (!hasType)
            headers['content-type'] = 'text/plain; charset=utf-8';
    }
    else {
        payload = JSON.stringify(answer.body);
        if (!hasType)
            headers['content-type'] = 'application/json; charset=utf-8';
    }
    headers['content-length'] = String(Buffer.byteLength(payload));
    res.writeHead(answer.status, headers);
    res.end(payload);
}
const json = (status, body) => ({ status, body });
// ---------------------------------------------------------------------------------------------
// The sandbox
/** Starts the loopback sandbox: GitHub, Slack and (when given) Anthropic fakes on one port. */
async function startSandbox(options = {}) {
    const tokens = { ...DEFAULT_TOKENS, ...options.tokens };
    const initial = (0,sandbox_state/* cloneState */.H_)(options.state ?? (0,sandbox_state/* seedDemoState */.sN)());
    // One state object for the sandbox's life: reset swaps its contents, so references held by
    // tests (`sandbox.state.slack...`) and by the fakes stay valid.
    const state = (0,sandbox_state/* cloneState */.H_)(initial);
    const calls = [];
    const faults = [];
    const closing = new AbortController();
    let base = '';
    let handlers = buildHandlers();
    function buildHandlers() {
        return {
            github: createGitHubFake(state, { token: tokens.github, apiUrl: `${base}/github` }),
            slack: createSlackFake(state, { token: tokens.slack }),
            anthropic: options.anthropic ?? (() => json(404, { type: 'error', error: { type: 'not_found_error', message: 'No Anthropic fake is mounted in this sandbox' } })),
            bedrock: options.bedrock ?? (() => json(404, { message: 'No Bedrock fake is mounted in this sandbox' })),
            vertex: options.vertex ?? (() => json(404, { error: { code: 404, message: 'No Vertex AI fake is mounted in this sandbox', status: 'NOT_FOUND' } }))
        };
    }
    /** Waits unless the sandbox is closing; resolves false when cut short. */
    async function wait(ms) {
        if (ms <= 0)
            return true;
        try {
            await (0,promises_.setTimeout)(ms, undefined, { signal: closing.signal });
            return true;
        }
        catch {
            return false;
        }
    }
    async function runHandler(req) {
        try {
            return await handlers[req.service](req);
        }
        catch (err) {
            // A crash in a fake is a sandbox bug; answer like a server would rather than hang the client.
            return json(500, { message: `Sandbox ${req.service} fake failed: ${err instanceof Error ? err.message : String(err)}` });
        }
    }
    async function handleApi(req, res) {
        const call = {
            service: req.service,
            method: req.method,
            path: req.path,
            query: Object.fromEntries(req.query.entries()),
            body: req.body ?? (req.rawBody === '' ? undefined : req.rawBody),
            status: 0,
            at: Date.now()
        };
        calls.push(call);
        const fault = takeFault(faults, req);
        if (fault)
            call.fault = fault.kind;
        if (fault?.kind === 'drop') {
            res.socket?.destroy();
            return;
        }
        if (fault?.kind === 'drop-after') {
            await runHandler(req);
            res.socket?.destroy();
            return;
        }
        if (fault?.kind === 'delay' && !(await wait(fault.delayMs ?? 0)))
            return;
        const answer = fault?.kind === 'status' ? faultResponse(fault) : await runHandler(req);
        if (!(await wait(options.latencyMs ?? 0)))
            return;
        call.status = answer.status;
        send(res, answer);
    }
    function handleControl(method, path, body) {
        const route = `${method} ${path}`;
        switch (route) {
            case 'GET /_sandbox/state':
                return json(200, state);
            case 'GET /_sandbox/calls':
                return json(200, calls);
            case 'POST /_sandbox/faults': {
                const parsed = FaultsSchema.safeParse(body);
                if (!parsed.success)
                    return json(400, { error: 'invalid fault', issues: parsed.error.issues });
                const list = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
                list.forEach((f) => sandbox.inject(f));
                return json(200, { ok: true, queued: faults.length });
            }
            case 'DELETE /_sandbox/faults':
                sandbox.clearFaults();
                return json(200, { ok: true });
            case 'POST /_sandbox/reset': {
                if (body !== undefined && !isSandboxState(body))
                    return json(400, { error: 'body must be empty or a sandbox state' });
                sandbox.reset(body);
                return json(200, { ok: true });
            }
            default:
                return json(404, { error: `no control endpoint ${route}` });
        }
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        void (async () => {
            const url = new URL(req.url ?? '/', 'http://127.0.0.1');
            const method = (req.method ?? 'GET').toUpperCase();
            const rawBody = await readBody(req);
            const body = parseBody(req.headers['content-type'], rawBody);
            if (url.pathname.startsWith('/_sandbox/')) {
                // Control bodies are always JSON, whatever the caller labelled them.
                let controlBody = body;
                if (controlBody === undefined && rawBody.trim() !== '') {
                    try {
                        controlBody = JSON.parse(rawBody);
                    }
                    catch {
                        return send(res, json(400, { error: 'body is not JSON' }));
                    }
                }
                return send(res, handleControl(method, url.pathname, controlBody));
            }
            const mount = mountOf(url.pathname);
            if (!mount)
                return send(res, json(404, { message: 'Not Found', hint: 'sandbox paths start with /github, /slack/api, /anthropic, /bedrock or /vertex' }));
            const request = {
                service: mount.service,
                method,
                path: mount.path,
                query: url.searchParams,
                headers: req.headers,
                body,
                rawBody
            };
            await handleApi(request, res);
        })().catch((err) => {
            if (!res.headersSent && !res.destroyed)
                send(res, json(500, { message: String(err) }));
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    base = `http://127.0.0.1:${port}`;
    handlers = buildHandlers(); // now that the port is known, so `url` fields point at the sandbox
    const sandbox = {
        url: base,
        githubUrl: `${base}/github`,
        slackUrl: `${base}/slack/api/`,
        anthropicUrl: `${base}/anthropic`,
        bedrockUrl: `${base}/bedrock`,
        vertexUrl: `${base}/vertex/v1`,
        tokens,
        get state() {
            return state;
        },
        get calls() {
            return calls;
        },
        inject(fault) {
            faults.push({ fault, remaining: fault.times ?? 1 });
        },
        clearFaults() {
            faults.length = 0;
        },
        reset(seed) {
            const fresh = (0,sandbox_state/* cloneState */.H_)(seed ?? initial);
            state.github = fresh.github;
            state.slack = fresh.slack;
            calls.length = 0;
            faults.length = 0;
            handlers = buildHandlers();
        },
        callsTo(service, pathSubstring) {
            return calls.filter((c) => c.service === service && (pathSubstring === undefined || c.path.includes(pathSubstring)));
        },
        async close() {
            closing.abort();
            await new Promise((resolve) => {
                server.close(() => resolve());
                // Keep-alive sockets would hold the server (and jest) open; nothing should outlive close().
                server.closeAllConnections();
            });
        }
    };
    return sandbox;
}
/** Loose check for a reset body: enough to refuse something that is plainly not a state. */
function isSandboxState(value) {
    const v = value;
    return typeof v === 'object' && v !== null && typeof v.github?.repos === 'object' && typeof v.slack?.channels === 'object';
}


/***/ }),

/***/ 95266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO: () => (/* binding */ DEMO),
/* harmony export */   H_: () => (/* binding */ cloneState),
/* harmony export */   sN: () => (/* binding */ seedDemoState),
/* harmony export */   wq: () => (/* binding */ fakeSha)
/* harmony export */ });
/* unused harmony exports DEMO_REPO, DEMO_OTHER_REPO, DEMO_CHANNEL, DEMO_OTHER_CHANNEL, DEMO_REACTION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A deterministic 40-hex sha, so seeds and traces are stable from run to run. */
function fakeSha(seed) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(seed).digest('hex');
}
const DEMO_REPO = 'octo-org/web';
const DEMO_OTHER_REPO = 'octo-org/other';
const DEMO_CHANNEL = 'C0123456789';
const DEMO_OTHER_CHANNEL = 'C0999999999';
const DEMO_REACTION = 'merged';
const BOT_USER = 'U0SANDBOT1';
const PEOPLE = ['U0ALICE001', 'U0BOB00002', 'U0CAROL003'];
const PR_LINK = (n, label = `#${n}`) => `<https://github.com/${DEMO_REPO}/pull/${n}|${label}>`;
const PR_URL = (n) => `https://github.com/${DEMO_REPO}/pull/${n}`;
// Newest first. Texts stay neutral about the PR's fate so the status has to come from GitHub.
const SEED_ROWS = [
    { ts: '1732405400.000100', text: `Shipping ${PR_LINK(12)} to production: checkout retries`, pr: 12, prState: 'merged' },
    { ts: '1732404800.000100', text: `Early eyes welcome on ${PR_URL(29)} (feature flags UI)`, pr: 29, prState: 'draft' },
    { ts: '1732404200.000100', text: `Heads up: ${PR_LINK(21)} touches the cache layer`, pr: 21, prState: 'closed' },
    { ts: '1732403600.000100', text: `Can someone review ${PR_URL(25)} ?`, pr: 25, prState: 'open' },
    { ts: '1732403000.000100', text: 'Deploy window moves to 16:00 UTC on Friday.' },
    { ts: '1732402400.000100', text: `${PR_LINK(15)} is the one with the new retry budget, thanks all`, pr: 15, prState: 'merged', alreadyMerged: true },
    { ts: '1732401800.000100', text: `Alternative approach in ${PR_URL(23)}`, pr: 23, prState: 'closed' },
    { ts: '1732401200.000100', text: `Bug report filed as <https://github.com/${DEMO_REPO}/issues/30|issue #30>, not a PR yet` },
    { ts: '1732400600.000100', text: `${PR_URL(18)} brings the new logging pipeline`, pr: 18, prState: 'merged' },
    { ts: '1732400000.000100', text: `Review please: ${PR_LINK(27, 'web#27')} (dark mode)`, pr: 27, prState: 'open' }
];
const PR_TITLES = {
    12: 'Retry failed checkout payments',
    15: 'Add a retry budget to the API client',
    18: 'New structured logging pipeline',
    21: 'Cache rendered pages at the edge',
    23: 'Alternative: cache in the service worker',
    25: 'Upgrade the router',
    27: 'Dark mode',
    29: 'Feature flags UI'
};
/** What the demo seed holds and what a correct run of the demo workflow ends with. */
const DEMO = {
    repo: DEMO_REPO,
    otherRepo: DEMO_OTHER_REPO,
    channel: DEMO_CHANNEL,
    otherChannel: DEMO_OTHER_CHANNEL,
    reaction: DEMO_REACTION,
    botUserId: BOT_USER,
    messages: SEED_ROWS.map((row) => ({
        ts: row.ts,
        text: row.text,
        pr: row.pr ?? null,
        prState: row.prState ?? null,
        expectMerged: row.prState === 'merged' || row.prState === 'closed',
        alreadyMerged: row.alreadyMerged === true
    })),
    /** ts of every message that should end with `merged` (merged or closed PR). */
    expectMergedTs: SEED_ROWS.filter((r) => r.prState === 'merged' || r.prState === 'closed').map((r) => r.ts),
    /** The subset a run has to add (the others already carry it). */
    newlyMergedTs: SEED_ROWS.filter((r) => (r.prState === 'merged' || r.prState === 'closed') && !r.alreadyMerged).map((r) => r.ts)
};
const iso = (epochSeconds) => new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
function seedPull(repo, n, prState, index) {
    const created = 1732300000 + n * 1000;
    const closed = prState === 'merged' || prState === 'closed' ? iso(created + 3600) : null;
    return {
        title: PR_TITLES[n] ?? `Change ${n}`,
        state: prState === 'merged' || prState === 'closed' ? 'closed' : 'open',
        merged: prState === 'merged',
        draft: prState === 'draft',
        user: ['alice', 'bob', 'carol'][index % 3],
        labels: prState === 'open' ? ['needs-review'] : [],
        body: `${PR_TITLES[n] ?? 'A change'}.\n\nPart of the Q4 reliability work.`,
        html_url: `https://github.com/${repo}/pull/${n}`,
        created_at: iso(created),
        merged_at: prState === 'merged' ? closed : null,
        closed_at: closed,
        head_ref: `feature/pr-${n}`,
        head_sha: fakeSha(`${repo}#${n}:head`),
        base_ref: 'main'
    };
}
/** The demo world: octo-org/web with PRs in every state, #deploys linking them, and two bystanders. */
function seedDemoState(overrides = {}) {
    const pulls = {};
    const branches = { main: fakeSha(`${DEMO_REPO}:main`) };
    SEED_ROWS.forEach((row, index) => {
        if (row.pr === undefined || row.prState === undefined)
            return;
        pulls[String(row.pr)] = seedPull(DEMO_REPO, row.pr, row.prState, index);
        if (row.prState === 'open' || row.prState === 'draft')
            branches[`feature/pr-${row.pr}`] = fakeSha(`${DEMO_REPO}#${row.pr}:head`);
    });
    const web = {
        owner: 'octo-org',
        name: 'web',
        default_branch: 'main',
        branches,
        files: {
            'README.md': '# web\n\nThe octo-org storefront.\n',
            'docs/merge-policy.md': '# Merge policy\n\nA PR counts as done when it is merged or closed.\n',
            'docs/runbooks/deploy.md': '# Deploy runbook\n\nDeploys happen in the Friday window.\n',
            ...overrides.files
        },
        pulls,
        issues: {
            '30': {
                title: 'Checkout button unresponsive on Safari',
                state: 'open',
                user: 'carol',
                labels: ['bug'],
                body: 'Steps to reproduce: open checkout on Safari 18 and tap Pay.',
                html_url: `https://github.com/${DEMO_REPO}/issues/30`,
                created_at: iso(1732390000)
            }
        },
        comments: {
            '25': [
                {
                    id: 1001,
                    body: 'Looks good to me once CI is green.',
                    user: 'carol',
                    html_url: `https://github.com/${DEMO_REPO}/pull/25#issuecomment-1001`,
                    created_at: iso(1732403700)
                }
            ]
        },
        labels: {
            bug: { id: 2001, color: 'd73a4a' },
            'needs-review': { id: 2002, color: 'fbca04' }
        }
    };
    const other = {
        owner: 'octo-org',
        name: 'other',
        default_branch: 'main',
        branches: { main: fakeSha(`${DEMO_OTHER_REPO}:main`) },
        files: { 'README.md': '# other\n' },
        pulls: { '3': seedPull(DEMO_OTHER_REPO, 3, 'merged', 0) },
        issues: {},
        comments: {},
        labels: {}
    };
    return {
        github: { login: 'github-actions[bot]', nextId: 5000, repos: { [DEMO_REPO]: web, [DEMO_OTHER_REPO]: other } },
        slack: {
            team_id: 'T0SANDBOX1',
            bot_user_id: BOT_USER,
            bot_id: 'B0SANDBOT1',
            channels: {
                [DEMO_CHANNEL]: {
                    id: DEMO_CHANNEL,
                    name: 'deploys',
                    messages: SEED_ROWS.map((row, index) => ({
                        ts: row.ts,
                        text: row.text,
                        user: PEOPLE[index % PEOPLE.length],
                        reactions: row.alreadyMerged ? [{ name: DEMO_REACTION, users: [BOT_USER] }] : []
                    }))
                },
                [DEMO_OTHER_CHANNEL]: {
                    id: DEMO_OTHER_CHANNEL,
                    name: 'random',
                    messages: [
                        { ts: '1732401000.000200', text: 'Lunch at noon?', user: PEOPLE[1], reactions: [] },
                        { ts: '1732400500.000200', text: 'Welcome to #random', user: PEOPLE[0], reactions: [] }
                    ]
                }
            }
        }
    };
}
/** A deep copy, so a sandbox never shares mutable state with the seed it was given. */
function cloneState(state) {
    return structuredClone(state);
}


/***/ })

};
