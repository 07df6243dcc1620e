export const id = 200;
export const ids = [200];
export const modules = {

/***/ 3200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   javascriptCoordinator: () => (/* binding */ javascriptCoordinator)
/* harmony export */ });
/* harmony import */ var _script_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4528);

/** `coordinator: script` with a .js .mjs .cjs .ts .mts file, run in this process. */
const javascriptCoordinator = async (run) => {
    const script = run.workflow.script;
    const result = await (0,_script_js__WEBPACK_IMPORTED_MODULE_0__/* .runScriptCoordinator */ .L)({
        script,
        localPath: await run.source.localPath(script),
        root: run.root,
        trigger: run.trigger,
        toolbox: run.toolbox,
        files: run.files,
        subagent: run.subagent
    });
    return { result };
};


/***/ }),

/***/ 4528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ findHandler),
  L: () => (/* binding */ runScriptCoordinator)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/tools/registry.ts + 4 modules
var registry = __webpack_require__(8595);
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
var ts_loader = __webpack_require__(5148);
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

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ locateInStack),
/* harmony export */   gX: () => (/* binding */ ScriptLoadError),
/* harmony export */   k0: () => (/* binding */ loadScript)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var sucrase__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2413);





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
