export const id = 213;
export const ids = [213];
export const modules = {

/***/ 70213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubSource: () => (/* binding */ GitHubSource)
/* harmony export */ });
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
    #cache = new Map();
    #materialized = false;
    constructor(octokit, owner, repo, branch, sha, entries) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
        this.branch = branch;
        this.sha = sha;
        this.description = `default branch ${branch} at ${sha.slice(0, 7)}`;
        this.#entries = new Map(entries.map((e) => [e.path, e]));
        this.localRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'hybrid-coordinator-src-'));
    }
    static async open(octokit, repository) {
        const [owner, repo] = repository.split('/');
        const { data: meta } = await octokit.rest.repos.get({ owner, repo });
        const branch = meta.default_branch;
        const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
        const sha = ref.object.sha;
        const { data: tree } = await octokit.rest.git.getTree({ owner, repo, tree_sha: sha, recursive: 'true' });
        if (tree.truncated)
            throw new Error(`the tree of ${repository}@${sha.slice(0, 7)} is too large to list through the API`);
        return new GitHubSource(octokit, owner, repo, branch, sha, tree.tree);
    }
    async listFiles(dir) {
        const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/$/, '')}/`;
        if (prefix && this.#entries.get(prefix.slice(0, -1))?.type !== 'tree')
            throw new Error(`${dir} is not a folder on ${this.branch}`);
        return [...this.#entries.values()].filter((e) => e.type === 'blob' && e.path.startsWith(prefix) && !e.path.slice(prefix.length).includes('/')).map((e) => e.path).sort();
    }
    async stat(path) {
        const entry = this.#entries.get(path);
        if (!entry)
            return { kind: 'missing' };
        if (entry.type === 'tree')
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
        }
        return text;
    }
    async #fetch(path) {
        const stat = await this.stat(path);
        if (stat.kind !== 'file')
            throw new Error(`${path} ${(0,_source_js__WEBPACK_IMPORTED_MODULE_3__/* .describeStat */ .m)(stat)} on ${this.branch}`);
        const { data } = await this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref: this.sha });
        if (Array.isArray(data) || data.type !== 'file' || typeof data.content !== 'string')
            throw new Error(`${path} is not a file on ${this.branch}`);
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    async glob(pattern) {
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(pattern);
        return [...this.#entries.values()].filter((e) => e.type === 'blob' && isMatch(e.path)).map((e) => e.path).sort();
    }
    /** Copies the script's folder's code files to a temp dir, so relative imports resolve. */
    async localPath(path) {
        if (!this.#materialized) {
            this.#materialized = true;
            const top = path.includes('/') ? path.split('/')[0] + '/' : '';
            const files = [...this.#entries.values()].filter((e) => e.type === 'blob' && e.mode !== '120000' && e.path.startsWith(top) && CODE_FILE.test(e.path)).slice(0, MAX_MATERIALIZED);
            await Promise.all(files.map(async (e) => {
                const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.localRoot, e.path);
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(target, await this.readText(e.path));
            }));
        }
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.localRoot, path);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(target, await this.readText(path));
        return target;
    }
}


/***/ })

};
