export const id = 3347;
export const ids = [3347];
export const modules = {

/***/ 83347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeSandboxWorld: () => (/* binding */ describeSandboxWorld),
/* harmony export */   missingFromSandbox: () => (/* binding */ missingFromSandbox)
/* harmony export */ });
/**
 * What the sandbox holds, in a few lines: its repositories with their pull request and
 * issue numbers, and its Slack channels. Printed by `node dist/sandbox.js --help` and by
 * `run --sandbox` when the event names something the sandbox does not have, so a user
 * can write an event that fits.
 */
function describeSandboxWorld(state) {
    const lines = ['The sandbox holds:'];
    for (const [full, repo] of Object.entries(state.github.repos)) {
        const pulls = Object.entries(repo.pulls).map(([n, p]) => `#${n} ${p.merged ? 'merged' : p.draft ? 'draft' : p.state}`);
        const issues = Object.keys(repo.issues).map((n) => `#${n}`);
        lines.push(`  GitHub repository ${full} (default branch ${repo.default_branch}): pull requests ${pulls.join(', ') || 'none'}; issues ${issues.join(', ') || 'none'}`);
    }
    for (const channel of Object.values(state.slack.channels))
        lines.push(`  Slack channel ${channel.id} (#${channel.name}): ${channel.messages.length} message(s)`);
    return lines;
}
/**
 * What an event names that the sandbox lacks: its repository, or its pull request or
 * issue number in that repository. [] when the sandbox has all of it.
 */
function missingFromSandbox(state, repository, payload) {
    const repo = state.github.repos[repository];
    if (!repo)
        return [`repository ${repository || '(none)'}`];
    const missing = [];
    const issue = payload.issue;
    // A comment on a pull request arrives as an issue with a pull_request field.
    const pr = payload.pull_request?.number ?? (issue?.pull_request ? issue.number : undefined);
    if (pr !== undefined && pr !== null && !repo.pulls[String(pr)])
        missing.push(`pull request #${String(pr)} in ${repository}`);
    if (issue && !issue.pull_request && issue.number !== undefined && !repo.issues[String(issue.number)])
        missing.push(`issue #${String(issue.number)} in ${repository}`);
    return missing;
}


/***/ })

};
