export const id = 213;
export const ids = [213];
export const modules = {

/***/ 70213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubSource: () => (/* binding */ GitHubSource)
/* harmony export */ });
/* unused harmony export SourceError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79397);





/** Script files copied to disk beside a coordinator script so its relative imports resolve. */
const CODE_FILE = /\.(?:[cm]?[jt]s|py|json)$/;
const MAX_MATERIALIZED = 500;
/** Requests in flight at once while copying scripts: enough to be quick, few enough to stay clear of secondary rate limits. */
const FETCH_CONCURRENCY = 6;
/** Folders listed one by one when the recursive tree was too large; bounds a glob's walk. */
const MAX_LAZY_FOLDERS = 2000;
/** The default branch could not be read: says what was asked, of which repository, and why. */
class SourceError extends Error {
    name = 'SourceError';
}
/**
 * Files of the default branch, read through the GitHub API at the branch head's SHA
 * (looked up once, so every file of the run comes from the same commit). Used on events
 * whose checkout may hold unreviewed code.
 */
class GitHubSource {
    octokit;
    owner;
    repo;
    branch;
    sha;
    kind = 'default-branch';
    description;
    localRoot;
    #entries;
    /** Folders whose direct children are all in #entries (every folder when the tree was complete). */
    #listed = new Set();
    #complete;
    #cache = new Map();
    #materialized = new Set();
    constructor(octokit, owner, repo, branch, sha, entries, complete) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.branch = branch;
        this.sha = sha;
        this.description = `default branch ${branch} at ${sha.slice(0, 7)}`;
        this.#entries = new Map(entries.map((e) => [e.path, e]));
        this.#complete = complete;
        this.#listed.add('');
        this.localRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'hybrid-coordinator-src-'));
    }
    /**
     * Looks up the default branch and its head commit, then lists that commit's tree. A tree
     * too large for one recursive listing (GitHub truncates past 100,000 entries) is listed
     * folder by folder as files are asked for.
     */
    static async open(octokit, repository) {
        const [owner, repo, ...rest] = repository.split('/');
        if (!owner || !repo || rest.length) {
            throw new SourceError(`the repository is "${repository}": expected owner/name (GITHUB_REPOSITORY, or the event's repository.full_name)`);
        }
        const { data: meta } = await ask(`read the repository ${repository}`, () => octokit.rest.repos.get({ owner, repo }));
        const branch = meta.default_branch;
        if (!branch)
            throw new SourceError(`${repository} has no default branch: push one before running on this event`);
        const { data: ref } = await ask(`look up the head of the default branch ${branch} of ${repository}`, () => octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }));
        const sha = ref.object.sha;
        const { data: tree } = await ask(`list the files of ${repository} at ${sha.slice(0, 7)}`, () => octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' }));
        if (!tree.truncated)
            return new GitHubSource(octokit, owner, repo, branch, sha, tree.tree, true);
        const { data: top } = await ask(`list the top folder of ${repository} at ${sha.slice(0, 7)}`, () => octokit.rest.git.getTree({ owner, repo, tree_sha: sha }));
        return new GitHubSource(octokit, owner, repo, branch, sha, top.tree, false);
    }
    async listFiles(dir) {
        const folder = dir === '.' ? '' : dir.replace(/\/+$/, '');
        if (folder && !(await this.#ensureFolder(folder))) {
            const stat = await this.stat(folder);
            const what = stat.kind === 'missing'
                ? 'does not exist'
                : stat.kind === 'file'
                    ? 'is a file, not a folder'
                    : stat.kind === 'outside'
                        ? 'is a symlink, which is not followed'
                        : 'is a submodule, which cannot be read';
            throw new SourceError(`${folder} ${what} on the ${this.description}`);
        }
        const prefix = folder ? `${folder}/` : '';
        return [...this.#entries.values()]
            .filter((e) => e.type === 'blob' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/'))
            .map((e) => e.path)
            .sort();
    }
    async stat(path) {
        const clean = path.replace(/\/+$/, '');
        const parent = clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '';
        if (!(await this.#ensureFolder(parent)))
            return { kind: 'missing' };
        const entry = this.#entries.get(clean);
        if (!entry)
            return { kind: 'missing' };
        // A submodule is a folder in a checkout, and nothing the contents API can read.
        if (entry.type === 'tree' || entry.type === 'commit')
            return { kind: 'directory' };
        // A symlink's target is not something the API can vouch for: refuse it as leaving.
        if (entry.mode === '120000')
            return { kind: 'outside', real: path };
        return { kind: 'file', size: entry.size ?? 0 };
    }
    readText(path) {
        let text = this.#cache.get(path);
        if (!text) {
            text = this.#fetch(path);
            this.#cache.set(path, text);
            // A failure is not remembered: a later read may succeed.
            text.catch(() => this.#cache.delete(path));
        }
        return text;
    }
    async #fetch(path) {
        const stat = await this.stat(path);
        if (stat.kind !== 'file')
            throw new SourceError(`${path} ${(0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .describeStat */ .m)(stat)} on the ${this.description}`);
        const { data } = await ask(`read ${path} from the ${this.description}`, () => this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: this.sha }));
        if (Array.isArray(data) || data.type !== 'file')
            throw new SourceError(`${path} is not a file on the ${this.description}`);
        const file = data;
        if (file.encoding === 'base64' && typeof file.content === 'string')
            return Buffer.from(file.content, 'base64').toString('utf8');
        // Files of 1 to 100 MB come without content ("encoding": "none"): ask for the raw bytes.
        const { data: raw } = await ask(`read ${path} from the ${this.description}`, () => this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: this.sha, mediaType: { format: 'raw' } }));
        return decodeRaw(raw);
    }
    async glob(pattern) {
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(pattern);
        if (!this.#complete) {
            const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern);
            const base = (scan.isGlob ? scan.base : pattern.split('/').slice(0, -1).join('/')).replace(/\/+$/, '');
            await this.#ensureSubtree(base);
        }
        return [...this.#entries.values()]
            .filter((e) => e.type === 'blob' && isMatch(e.path))
            .map((e) => e.path)
            .sort();
    }
    /**
     * Copies the code files of the script's top folder to a temp dir (with the repository's
     * package.json, which says whether `.js` is ESM), so relative imports resolve. Each top
     * folder is copied once per run, whichever workflow asks first.
     */
    async localPath(path) {
        const top = path.includes('/') ? path.split('/')[0] + '/' : '';
        if (!this.#materialized.has(top)) {
            this.#materialized.add(top);
            await this.#ensureSubtree(top.replace(/\/$/, ''));
            const files = [...this.#entries.values()]
                .filter((e) => e.type === 'blob' && e.mode !== '120000' && e.path.startsWith(top) && CODE_FILE.test(e.path))
                .slice(0, MAX_MATERIALIZED)
                .map((e) => e.path);
            if (this.#entries.get('package.json')?.type === 'blob' && !files.includes('package.json'))
                files.push('package.json');
            await inPool(files, FETCH_CONCURRENCY, (file) => this.#writeLocal(file));
        }
        return this.#writeLocal(path);
    }
    async #writeLocal(path) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.localRoot, path);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(target, await this.readText(path));
        return target;
    }
    /** Makes sure the direct children of `folder` are known; false when it is not a folder. */
    async #ensureFolder(folder) {
        if (folder === '' || this.#listed.has(folder))
            return true;
        if (this.#complete)
            return this.#entries.get(folder)?.type === 'tree';
        const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
        if (!(await this.#ensureFolder(parent)))
            return false;
        const entry = this.#entries.get(folder);
        if (entry?.type !== 'tree' || !entry.sha)
            return false;
        const { data } = await ask(`list ${folder} on the ${this.description}`, () => this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: entry.sha }));
        for (const child of data.tree)
            this.#entries.set(`${folder}/${child.path}`, { ...child, path: `${folder}/${child.path}` });
        this.#listed.add(folder);
        return true;
    }
    /** Lists every folder below `folder` (bounded), for globs and script copies on a truncated tree. */
    async #ensureSubtree(folder) {
        if (this.#complete)
            return;
        const queue = [folder];
        let visited = 0;
        while (queue.length && visited++ < MAX_LAZY_FOLDERS) {
            const next = queue.shift();
            if (!(await this.#ensureFolder(next)))
                continue;
            const prefix = next ? `${next}/` : '';
            for (const e of this.#entries.values()) {
                if (e.type === 'tree' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/') && !this.#listed.has(e.path))
                    queue.push(e.path);
            }
        }
    }
}
/** Runs one API request, turning its failure into a sentence that says what was being read and what to check. */
async function ask(what, request) {
    try {
        return await request();
    }
    catch (error) {
        const status = error.status;
        const message = error instanceof Error ? error.message : String(error);
        const hint = status === 401 ? ': the github-token was refused' : status === 403 || status === 404 ? ': check that the github-token can read this repository (permissions: contents: read)' : '';
        throw new SourceError(`cannot ${what}: ${status ? `HTTP ${status}: ` : ''}${message}${hint}`, { cause: error });
    }
}
/** The raw media type answers with text or bytes depending on the content type. */
function decodeRaw(raw) {
    if (typeof raw === 'string')
        return raw;
    if (raw instanceof ArrayBuffer)
        return Buffer.from(raw).toString('utf8');
    if (ArrayBuffer.isView(raw))
        return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
    throw new SourceError('the contents API answered with neither text nor bytes');
}
/** Runs `work` over `items`, at most `size` at a time. */
async function inPool(items, size, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await work(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}


/***/ })

};
