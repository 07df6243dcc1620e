export const id = 6100;
export const ids = [6100,2516];
export const modules = {

/***/ 72516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANTHROPIC_REQUEST_TIMEOUT_MS: () => (/* binding */ ANTHROPIC_REQUEST_TIMEOUT_MS),
/* harmony export */   createAnthropicClient: () => (/* binding */ createAnthropicClient)
/* harmony export */ });
/* harmony import */ var _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2968);

/** Per-request timeout: well under a workflow's `timeout_seconds` default of 300. */
const ANTHROPIC_REQUEST_TIMEOUT_MS = 120_000;
/**
 * The SDK retries 408, 409, 429, 5xx and 529 (overloaded) and honours retry-after.
 * An empty base URL stays undefined so the SDK's own default (and ANTHROPIC_BASE_URL) apply.
 * `fetch` is the proxy-aware fetch (clients/proxy.ts).
 */
function createAnthropicClient(apiKey, baseURL, fetch = globalThis.fetch) {
    return new _anthropic_ai_sdk__WEBPACK_IMPORTED_MODULE_0__/* .Anthropic */ .N({ apiKey, baseURL: baseURL || undefined, maxRetries: 3, timeout: ANTHROPIC_REQUEST_TIMEOUT_MS, fetch });
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERTEX_ANTHROPIC_VERSION: () => (/* binding */ VERTEX_ANTHROPIC_VERSION),
/* harmony export */   createVertexClient: () => (/* binding */ createVertexClient)
/* harmony export */ });
/* harmony import */ var _anthropic_ai_vertex_sdk__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82033);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _anthropic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72516);



/** Vertex AI's rawPredict takes the API version in the body; this is the one it documents. */
const VERTEX_ANTHROPIC_VERSION = 'vertex-2023-10-16';
/**
 * Claude on Google Vertex AI through the same Messages interface (`…:rawPredict` with a
 * Bearer token). Credentials are Application Default Credentials: the file
 * GOOGLE_APPLICATION_CREDENTIALS names (google-github-actions/auth writes one, Workload
 * Identity Federation included), gcloud's own, or the metadata server.
 */
function createVertexClient(s) {
    // The project is known: without it google-auth-library would look for one itself, asking
    // gcloud and then the GCE metadata server, which off Google Cloud only times out.
    const googleAuth = new google_auth_library__WEBPACK_IMPORTED_MODULE_1__.GoogleAuth({ scopes: 'https://www.googleapis.com/auth/cloud-platform', ...(s.projectId ? { projectId: s.projectId } : {}) });
    return new _anthropic_ai_vertex_sdk__WEBPACK_IMPORTED_MODULE_0__/* .AnthropicVertex */ .dc({
        region: s.region,
        projectId: s.projectId,
        googleAuth,
        baseURL: s.baseUrl || undefined,
        defaultHeaders: { 'anthropic-version': VERTEX_ANTHROPIC_VERSION },
        maxRetries: 3,
        timeout: _anthropic_js__WEBPACK_IMPORTED_MODULE_2__.ANTHROPIC_REQUEST_TIMEOUT_MS
    });
}


/***/ })

};
