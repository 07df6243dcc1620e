export const id = 705;
export const ids = [705];
export const modules = {

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/** Times Octokit retries a rate-limited request before giving up. */
const RATE_LIMIT_RETRIES = 3;
/**
 * Octokit with the retry plugin (5xx, dropped connections) and the throttling plugin
 * (primary and secondary rate limits, honouring retry-after), and a timeout on every request.
 */
function createGitHubClient(token, baseUrl, timeoutMs = 30_000) {
    // Reading globalThis.fetch loads Node's fetch implementation now, while the client is
    // created during an idle wait, instead of on the first request.
    const baseFetch = globalThis.fetch;
    const timedFetch = (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return baseFetch(input, { ...init, signal });
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        ...(baseUrl ? { baseUrl: baseUrl.replace(/\/$/, '') } : {}),
        request: { fetch: timedFetch },
        retry: { retries: 3 },
        throttle: {
            onRateLimit: (_after, _options, _octokit, retryCount) => retryCount < RATE_LIMIT_RETRIES,
            onSecondaryRateLimit: (_after, _options, _octokit, retryCount) => retryCount < RATE_LIMIT_RETRIES
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ })

};
