export const id = 1193;
export const ids = [1193];
export const modules = {

/***/ 21193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startCliSandbox: () => (/* binding */ startCliSandbox)
/* harmony export */ });
/**
 * `--sandbox`: the loopback fakes of GitHub, Slack and the Messages API with the demo seed.
 * The model's part is played by a named policy of the fake (`pr-merged` for runs, `migrate`
 * for migrate): scripted answers, not a real model. Loaded only when asked for.
 */
async function startCliSandbox(policy) {
    const [{ startSandbox }, { createAnthropicFake }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8609), __webpack_require__.e(1378)]).then(__webpack_require__.bind(__webpack_require__, 11378)), __webpack_require__.e(/* import() */ 8609).then(__webpack_require__.bind(__webpack_require__, 88609))]);
    const sandbox = await startSandbox({ anthropic: createAnthropicFake({ policy }).handler });
    return {
        sandbox,
        clients: {
            githubToken: sandbox.tokens.github,
            githubApiUrl: sandbox.githubUrl,
            slackToken: sandbox.tokens.slack,
            slackApiUrl: sandbox.slackUrl,
            anthropicApiKey: sandbox.tokens.anthropic,
            anthropicBaseUrl: sandbox.anthropicUrl
        },
        close: () => sandbox.close()
    };
}


/***/ })

};
