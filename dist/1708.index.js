export const id = 1708;
export const ids = [1708];
export const modules = {

/***/ 41708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSlackClient: () => (/* binding */ createSlackClient)
/* harmony export */ });
/* harmony import */ var _slack_web_api__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85105);
/* harmony import */ var _slack_web_api__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_slack_web_api__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The Slack client with an explicit policy: the SDK's default is ten retries over about
 * 30 minutes and no timeout, far past a workflow's time budget. `fetch` is the proxy-aware
 * fetch (clients/proxy.ts).
 */
function createSlackClient(token, slackApiUrl, timeoutMs = 30_000, fetch = globalThis.fetch) {
    return new _slack_web_api__WEBPACK_IMPORTED_MODULE_0__.WebClient(token, {
        fetch,
        slackApiUrl: slackApiUrl.endsWith('/') ? slackApiUrl : `${slackApiUrl}/`,
        retryConfig: { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 5_000, randomize: true },
        timeout: timeoutMs,
        rejectRateLimitedCalls: false,
        logLevel: _slack_web_api__WEBPACK_IMPORTED_MODULE_0__.LogLevel.ERROR
    });
}


/***/ })

};
