export const id = 954;
export const ids = [954];
export const modules = {

/***/ 51176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ traceArtifactName),
/* harmony export */   K3: () => (/* binding */ TRACE_ARTIFACT_PREFIX),
/* harmony export */   tI: () => (/* binding */ artifactMayHold)
/* harmony export */ });
/**
 * The name `upload-trace` gives a run's trace artifact: `hc-trace-<run id>-<workflows>`,
 * the workflows joined by `+`, so `mode: propose` can pick a workflow's traces from the
 * repository's artifact list without downloading the others. Artifact names may not hold
 * `" : < > | * ? \ /` or line breaks: anything outside `[A-Za-z0-9._-]` becomes `_`.
 */
const TRACE_ARTIFACT_PREFIX = 'hc-trace-';
/** Past this length the names are left out (`-many`): such an artifact is downloaded and its trace read to tell. */
const MAX_NAME_LENGTH = 200;
const safe = (name) => name.replace(/[^A-Za-z0-9._-]/g, '_');
function traceArtifactName(runId, workflows) {
    const names = workflows.length ? workflows.map(safe).join('+') : 'none';
    const full = `${TRACE_ARTIFACT_PREFIX}${safe(runId).replace(/-/g, '_')}-${names}`;
    return full.length <= MAX_NAME_LENGTH ? full : `${TRACE_ARTIFACT_PREFIX}${safe(runId).replace(/-/g, '_')}-many`;
}
/**
 * Whether an artifact may hold a trace of `workflow`: `yes` (named), `maybe` (a trace whose
 * name does not list its workflows: too many, or the older `trace-<id>` names), or `no`.
 */
function artifactMayHold(name, workflow) {
    if (/^trace-[A-Za-z0-9]+$/.test(name))
        return 'maybe';
    if (!name.startsWith(TRACE_ARTIFACT_PREFIX))
        return 'no';
    const rest = name.slice(TRACE_ARTIFACT_PREFIX.length);
    const dash = rest.indexOf('-');
    if (dash < 0)
        return 'no';
    const names = rest.slice(dash + 1);
    if (names === 'many')
        return 'maybe';
    return names.split('+').includes(safe(workflow)) ? 'yes' : 'no';
}


/***/ }),

/***/ 80954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadTraceArtifact: () => (/* binding */ uploadTraceArtifact)
/* harmony export */ });
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42627);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _propose_artifact_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51176);



/**
 * Uploads the run's trace as a workflow artifact (input `upload-trace`), named after the run
 * and the workflows it holds (`hc-trace-<run id>-<workflows>`); returns the name.
 */
async function uploadTraceArtifact(file, runId, workflows) {
    const name = (0,_propose_artifact_name_js__WEBPACK_IMPORTED_MODULE_2__/* .traceArtifactName */ .$W)(runId, workflows);
    await new _actions_artifact__WEBPACK_IMPORTED_MODULE_0__/* .DefaultArtifactClient */ .t9().uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { retentionDays: 14 });
    return name;
}


/***/ })

};
