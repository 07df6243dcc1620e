export const id = 2516;
export const ids = [2516];
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


/***/ })

};
