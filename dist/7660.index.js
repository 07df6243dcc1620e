export const id = 7660;
export const ids = [7660];
export const modules = {

/***/ 77660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateScripts: () => (/* binding */ validateScripts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _runtimes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27954);


/**
 * `mode: validate`: every coordinator and shadow script compiles, parses and exports a
 * handler. Nothing of a script runs: each runtime checks its language statically.
 */
async function validateScripts(workflows, services) {
    const errors = [];
    for (const w of workflows) {
        for (const [key, script] of [
            ['coordinator_script', w.script],
            ['shadow_script', w.shadowScript]
        ]) {
            if (!script)
                continue;
            try {
                const runtime = await (0,_runtimes_js__WEBPACK_IMPORTED_MODULE_1__/* .loadRuntime */ .BR)((0,_runtimes_js__WEBPACK_IMPORTED_MODULE_1__/* .scriptRuntime */ .QY)(script));
                const problem = await runtime.validate(script, key, services);
                if (problem)
                    errors.push(problem);
            }
            catch (error) {
                errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${script}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`, { file: script }, key));
            }
        }
    }
    return errors;
}


/***/ })

};
