export const id = 325;
export const ids = [325];
export const modules = {

/***/ 94325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pythonCoordinator: () => (/* binding */ pythonCoordinator),
/* harmony export */   validatePythonScript: () => (/* binding */ validatePythonScript)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/** Python script coordinators: not built yet in this version. */
const pythonCoordinator = async (run) => {
    throw new Error(`${run.workflow.script}: Python coordinator scripts are not built yet in this version`);
};

/** Not built yet: says so instead of pretending the script was checked. */
async function validatePythonScript(_path, script, _python) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${script}: Python coordinator scripts are not supported yet in this version`, { file: script }, 'coordinator_script');
}


/***/ })

};
