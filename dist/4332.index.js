export const id = 4332;
export const ids = [4332];
export const modules = {

/***/ 94332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  javascriptRuntime: () => (/* binding */ javascriptRuntime),
  rootOf: () => (/* binding */ rootOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/coordinators/script/javascript.ts
var javascript = __webpack_require__(67264);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/coordinators/script/ts-loader.ts
var ts_loader = __webpack_require__(86508);
// EXTERNAL MODULE: ./src/coordinators/script/process.ts
var script_process = __webpack_require__(26966);
;// CONCATENATED MODULE: ./src/coordinators/script/validate.ts






/**
 * `mode: validate` for a JavaScript or TypeScript script, without running any of its code:
 * TypeScript compiles, every file parses (`node --check`, which never evaluates), and the
 * module exports a handler, found in its text: `export default`, `export function handler`,
 * `export { x as default }`, `module.exports =`, `exports.handler =`.
 */
async function validateJavaScriptScript(localPath, script, key, root, secrets) {
    const rel = (file) => (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/');
    let compiled;
    try {
        compiled = await (0,ts_loader/* compileScript */.V0)(localPath);
    }
    catch (error) {
        if (error instanceof ts_loader/* ScriptLoadError */.gX)
            return new errors/* ConfigError */.xL(`${rel(error.file)}${error.line ? `:${error.line}` : ''}: ${error.message}`, { file: rel(error.file), line: error.line }, key);
        return new errors/* ConfigError */.xL(`${script}: ${(0,errors/* errorMessage */.gJ)(error)}`, { file: script }, key);
    }
    try {
        const files = compiled.sources.size ? [...compiled.sources.keys()] : [compiled.entry];
        for (const file of files) {
            const problem = await checkSyntax(file, secrets);
            if (problem) {
                const source = compiled.sources.get(file) ?? file;
                return new errors/* ConfigError */.xL(`${rel(source)}${problem.line ? `:${problem.line}` : ''}: syntax error: ${problem.message}`, { file: rel(source), ...(problem.line ? { line: problem.line } : {}) }, key);
            }
        }
        if (!exportsHandler(await external_node_fs_.promises.readFile(compiled.entry, 'utf8'))) {
            return new errors/* ConfigError */.xL(`${script}: exports no handler: expected a default export or a function named handler`, { file: script, line: 1 }, key);
        }
        return undefined;
    }
    finally {
        await compiled.dispose();
    }
}
/** `node --check`: parses the file as Node would load it, runs nothing. */
function checkSyntax(file, secrets) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(process.execPath, ['--check', file], { env: { ...(0,script_process/* scriptEnv */.Nq)(secrets), NODE_OPTIONS: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', (error) => resolve({ message: (0,errors/* errorMessage */.gJ)(error) }));
        child.on('close', (code) => {
            if (code === 0)
                return resolve(undefined);
            const at = /^(?:file:\/\/)?([^\n]+?):(\d+)\n/m.exec(stderr);
            const message = /^(SyntaxError: .*)$/m.exec(stderr)?.[1] ?? (stderr.trim().split('\n').pop() || `node --check exited with code ${code}`);
            resolve({ line: at ? Number(at[2]) : undefined, message });
        });
    });
}
/** Whether the module's text exports a handler (comments and strings blanked first). */
function exportsHandler(code) {
    const text = code.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ' ');
    return [
        /\bexport\s+default\b/,
        /\bexport\s+(?:async\s+)?function\s*\*?\s*handler\b/,
        /\bexport\s+(?:const|let|var)\s+handler\b/,
        /\bexport\s*\{[^}]*\b(?:handler|as\s+default)\b[^}]*\}/,
        /\bmodule\.exports\s*=/,
        /\b(?:module\.)?exports\.(?:handler|default)\s*=/
    ].some((re) => re.test(text));
}

;// CONCATENATED MODULE: ./src/coordinators/script/index.ts



/** `coordinator: script` with a .js .mjs .cjs .ts .mts file, run in its own Node process. */
const javascriptRuntime = {
    async run(run, services) {
        const script = run.workflow.script;
        const localPath = await services.source.localPath(script);
        const result = await (0,javascript.runJavaScriptScript)({
            script,
            localPath,
            root: rootOf(localPath, script, services.source.localRoot),
            trigger: run.trigger,
            toolbox: run.toolbox,
            files: run.files,
            subagent: run.subagent,
            secrets: services.secrets,
            // Outside the workspace only the source's own files and Node built-ins may be imported.
            restrictImports: services.source.kind !== 'workspace',
            memoryMb: services.scriptMemoryMb,
            signal: run.signal
        });
        return { result };
    },
    async validate(script, key, services) {
        const localPath = await services.source.localPath(script);
        return validateJavaScriptScript(localPath, script, key, rootOf(localPath, script, services.source.localRoot), services.secrets);
    }
};
/** The folder a repository-relative path was resolved under (a temp copy for API sources). */
function rootOf(localPath, script, fallback) {
    const tail = script.split('/').join(external_node_path_.sep);
    return localPath.endsWith(external_node_path_.sep + tail) ? localPath.slice(0, -tail.length - 1) : fallback;
}


/***/ })

};
