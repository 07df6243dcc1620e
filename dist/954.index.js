export const id = 954;
export const ids = [954];
export const modules = {

/***/ 80954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadTraceArtifact: () => (/* binding */ uploadTraceArtifact)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91252);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Uploads the run's trace as a workflow artifact (input `upload-trace`); returns its name. */
async function uploadTraceArtifact(file) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file, '.jsonl');
    await new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9().uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { retentionDays: 14 });
    return name;
}


/***/ })

};
