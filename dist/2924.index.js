export const id = 2924;
export const ids = [2924];
export const modules = {

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

/***/ 42924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   installCrashHandlers: () => (/* binding */ installCrashHandlers),
/* harmony export */   lastWords: () => (/* binding */ lastWords)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const lastWords = { results: () => [], flush: [], redact: (t) => t };
/**
 * Installs `uncaughtException` and `unhandledRejection` handlers that write what the run
 * has (outputs, summary, trace), mark the step failed and exit non-zero. Only the first
 * crash is reported; a second one while reporting exits at once.
 */
function installCrashHandlers(core, options = {}) {
    const proc = options.process ?? process;
    const exit = options.exit ?? ((code) => process.exit(code));
    let crashing = false;
    const crash = (what) => (error) => {
        if (crashing)
            return exit(1);
        crashing = true;
        void lastSay(core, what, error, options.hasSummary ?? Boolean(process.env.GITHUB_STEP_SUMMARY)).finally(() => exit(1));
    };
    proc.on('uncaughtException', crash('an uncaught exception'));
    proc.on('unhandledRejection', crash('an unhandled promise rejection'));
}
async function lastSay(core, what, error, hasSummary) {
    const attempt = async (work) => {
        try {
            await work();
        }
        catch {
            // say what can still be said
        }
    };
    for (const flush of lastWords.flush)
        await attempt(flush);
    await attempt(() => core.setOutput('results', JSON.stringify(lastWords.results())));
    if (lastWords.traceFile)
        await attempt(() => core.setOutput('trace-file', lastWords.traceFile));
    const message = lastWords.redact(`Hybrid Coordinator crashed (${what}): ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
    if (hasSummary)
        await attempt(() => core.summary.addRaw(`${lastWords.summary?.() ?? ''}\n\n**${message}**\n`, true).write());
    await attempt(() => core.setFailed(message));
}


/***/ })

};
