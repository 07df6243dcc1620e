export const id = 3714;
export const ids = [3714,2516];
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

/***/ 93714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BEDROCK_ANTHROPIC_VERSION: () => (/* binding */ BEDROCK_ANTHROPIC_VERSION),
/* harmony export */   createBedrockClient: () => (/* binding */ createBedrockClient)
/* harmony export */ });
/* harmony import */ var _anthropic_ai_bedrock_sdk__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41820);
/* harmony import */ var _anthropic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72516);


/**
 * Bedrock's InvokeModel takes the API version in the body. The SDK copies its own header
 * value (2026-10-21) there, which Bedrock's Anthropic models refuse, so the client sends
 * the version Bedrock documents instead.
 */
const BEDROCK_ANTHROPIC_VERSION = 'bedrock-2023-05-31';
/**
 * Claude on Amazon Bedrock through the same Messages interface (SigV4-signed
 * `POST /model/{id}/invoke`). Static keys from the environment are passed in, so the AWS
 * credential chain (and its SDK) loads only for profiles, web identity and the like.
 */
function createBedrockClient(s) {
    const common = {
        awsRegion: s.region,
        baseURL: s.baseUrl || undefined,
        defaultHeaders: { 'anthropic-version': BEDROCK_ANTHROPIC_VERSION },
        maxRetries: 3,
        timeout: _anthropic_js__WEBPACK_IMPORTED_MODULE_1__.ANTHROPIC_REQUEST_TIMEOUT_MS
    };
    if (s.awsAccessKeyId && s.awsSecretAccessKey) {
        return new _anthropic_ai_bedrock_sdk__WEBPACK_IMPORTED_MODULE_0__/* .AnthropicBedrock */ .lv({ ...common, awsAccessKey: s.awsAccessKeyId, awsSecretKey: s.awsSecretAccessKey, awsSessionToken: s.awsSessionToken ?? null });
    }
    return new _anthropic_ai_bedrock_sdk__WEBPACK_IMPORTED_MODULE_0__/* .AnthropicBedrock */ .lv(common);
}


/***/ })

};
