export const id = 54;
export const ids = [54];
export const modules = {

/***/ 22054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   parseSandboxArgs: () => (/* binding */ parseSandboxArgs),
/* harmony export */   runFromCommandLine: () => (/* binding */ runFromCommandLine)
/* harmony export */ });
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24514);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95266);


/** `--port N` and `--latency MS` (also as `--port=N`); anything else is an error. */
function parseSandboxArgs(argv) {
    const options = { port: 0, latencyMs: 0 };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
        if (flag !== '--port' && flag !== '--latency')
            throw new Error(`unknown argument ${arg} (expected --port N, --latency MS)`);
        const value = inline ?? argv[++i];
        const n = Number(value);
        if (value === undefined || value === '' || !Number.isInteger(n) || n < 0)
            throw new Error(`${flag} needs a whole number, got ${value ?? 'nothing'}`);
        if (flag === '--port')
            options.port = n;
        else
            options.latencyMs = n;
    }
    return options;
}
/**
 * Starts the demo sandbox and prints one JSON line with its URLs, for a parent process to read.
 * Returns the sandbox so the caller decides how long it lives.
 */
async function main(argv, out = process.stdout) {
    const { port, latencyMs } = parseSandboxArgs(argv);
    const sandbox = await (0,_server_js__WEBPACK_IMPORTED_MODULE_0__.startSandbox)({ port, latencyMs, state: (0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .seedDemoState */ .sN)() });
    const { url, githubUrl, slackUrl, anthropicUrl } = sandbox;
    out.write(`${JSON.stringify({ url, githubUrl, slackUrl, anthropicUrl })}\n`);
    return sandbox;
}
/** `node dist/sandbox.js [--port N] [--latency MS]`: runs until SIGTERM or SIGINT. */
function runFromCommandLine(argv) {
    return main(argv).then((sandbox) => {
        const stop = () => void sandbox.close().then(() => process.exit(0));
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
    }, (err) => {
        process.stderr.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(2);
    });
}


/***/ })

};
