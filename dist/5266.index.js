export const id = 5266;
export const ids = [5266];
export const modules = {

/***/ 95266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO: () => (/* binding */ DEMO),
/* harmony export */   H_: () => (/* binding */ cloneState),
/* harmony export */   sN: () => (/* binding */ seedDemoState),
/* harmony export */   wq: () => (/* binding */ fakeSha)
/* harmony export */ });
/* unused harmony exports DEMO_REPO, DEMO_OTHER_REPO, DEMO_CHANNEL, DEMO_OTHER_CHANNEL, DEMO_REACTION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** A deterministic 40-hex sha, so seeds and traces are stable from run to run. */
function fakeSha(seed) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(seed).digest('hex');
}
const DEMO_REPO = 'octo-org/web';
const DEMO_OTHER_REPO = 'octo-org/other';
const DEMO_CHANNEL = 'C0123456789';
const DEMO_OTHER_CHANNEL = 'C0999999999';
const DEMO_REACTION = 'merged';
const BOT_USER = 'U0SANDBOT1';
const PEOPLE = ['U0ALICE001', 'U0BOB00002', 'U0CAROL003'];
const PR_LINK = (n, label = `#${n}`) => `<https://github.com/${DEMO_REPO}/pull/${n}|${label}>`;
const PR_URL = (n) => `https://github.com/${DEMO_REPO}/pull/${n}`;
// Newest first. Texts stay neutral about the PR's fate so the status has to come from GitHub.
const SEED_ROWS = [
    { ts: '1732405400.000100', text: `Shipping ${PR_LINK(12)} to production: checkout retries`, pr: 12, prState: 'merged' },
    { ts: '1732404800.000100', text: `Early eyes welcome on ${PR_URL(29)} (feature flags UI)`, pr: 29, prState: 'draft' },
    { ts: '1732404200.000100', text: `Heads up: ${PR_LINK(21)} touches the cache layer`, pr: 21, prState: 'closed' },
    { ts: '1732403600.000100', text: `Can someone review ${PR_URL(25)} ?`, pr: 25, prState: 'open' },
    { ts: '1732403000.000100', text: 'Deploy window moves to 16:00 UTC on Friday.' },
    { ts: '1732402400.000100', text: `${PR_LINK(15)} is the one with the new retry budget, thanks all`, pr: 15, prState: 'merged', alreadyMerged: true },
    { ts: '1732401800.000100', text: `Alternative approach in ${PR_URL(23)}`, pr: 23, prState: 'closed' },
    { ts: '1732401200.000100', text: `Bug report filed as <https://github.com/${DEMO_REPO}/issues/30|issue #30>, not a PR yet` },
    { ts: '1732400600.000100', text: `${PR_URL(18)} brings the new logging pipeline`, pr: 18, prState: 'merged' },
    { ts: '1732400000.000100', text: `Review please: ${PR_LINK(27, 'web#27')} (dark mode)`, pr: 27, prState: 'open' }
];
const PR_TITLES = {
    12: 'Retry failed checkout payments',
    15: 'Add a retry budget to the API client',
    18: 'New structured logging pipeline',
    21: 'Cache rendered pages at the edge',
    23: 'Alternative: cache in the service worker',
    25: 'Upgrade the router',
    27: 'Dark mode',
    29: 'Feature flags UI'
};
/** What the demo seed holds and what a correct run of the demo workflow ends with. */
const DEMO = {
    repo: DEMO_REPO,
    otherRepo: DEMO_OTHER_REPO,
    channel: DEMO_CHANNEL,
    otherChannel: DEMO_OTHER_CHANNEL,
    reaction: DEMO_REACTION,
    botUserId: BOT_USER,
    messages: SEED_ROWS.map((row) => ({
        ts: row.ts,
        text: row.text,
        pr: row.pr ?? null,
        prState: row.prState ?? null,
        expectMerged: row.prState === 'merged' || row.prState === 'closed',
        alreadyMerged: row.alreadyMerged === true
    })),
    /** ts of every message that should end with `merged` (merged or closed PR). */
    expectMergedTs: SEED_ROWS.filter((r) => r.prState === 'merged' || r.prState === 'closed').map((r) => r.ts),
    /** The subset a run has to add (the others already carry it). */
    newlyMergedTs: SEED_ROWS.filter((r) => (r.prState === 'merged' || r.prState === 'closed') && !r.alreadyMerged).map((r) => r.ts)
};
const iso = (epochSeconds) => new Date(epochSeconds * 1000).toISOString().replace('.000Z', 'Z');
function seedPull(repo, n, prState, index) {
    const created = 1732300000 + n * 1000;
    const closed = prState === 'merged' || prState === 'closed' ? iso(created + 3600) : null;
    return {
        title: PR_TITLES[n] ?? `Change ${n}`,
        state: prState === 'merged' || prState === 'closed' ? 'closed' : 'open',
        merged: prState === 'merged',
        draft: prState === 'draft',
        user: ['alice', 'bob', 'carol'][index % 3],
        labels: prState === 'open' ? ['needs-review'] : [],
        body: `${PR_TITLES[n] ?? 'A change'}.\n\nPart of the Q4 reliability work.`,
        html_url: `https://github.com/${repo}/pull/${n}`,
        created_at: iso(created),
        merged_at: prState === 'merged' ? closed : null,
        closed_at: closed,
        head_ref: `feature/pr-${n}`,
        head_sha: fakeSha(`${repo}#${n}:head`),
        base_ref: 'main'
    };
}
/** The demo world: octo-org/web with PRs in every state, #deploys linking them, and two bystanders. */
function seedDemoState(overrides = {}) {
    const pulls = {};
    const branches = { main: fakeSha(`${DEMO_REPO}:main`) };
    SEED_ROWS.forEach((row, index) => {
        if (row.pr === undefined || row.prState === undefined)
            return;
        pulls[String(row.pr)] = seedPull(DEMO_REPO, row.pr, row.prState, index);
        if (row.prState === 'open' || row.prState === 'draft')
            branches[`feature/pr-${row.pr}`] = fakeSha(`${DEMO_REPO}#${row.pr}:head`);
    });
    const web = {
        owner: 'octo-org',
        name: 'web',
        default_branch: 'main',
        branches,
        files: {
            'README.md': '# web\n\nThe octo-org storefront.\n',
            'docs/merge-policy.md': '# Merge policy\n\nA PR counts as done when it is merged or closed.\n',
            'docs/runbooks/deploy.md': '# Deploy runbook\n\nDeploys happen in the Friday window.\n',
            ...overrides.files
        },
        pulls,
        issues: {
            '30': {
                title: 'Checkout button unresponsive on Safari',
                state: 'open',
                user: 'carol',
                labels: ['bug'],
                body: 'Steps to reproduce: open checkout on Safari 18 and tap Pay.',
                html_url: `https://github.com/${DEMO_REPO}/issues/30`,
                created_at: iso(1732390000)
            }
        },
        comments: {
            '25': [
                {
                    id: 1001,
                    body: 'Looks good to me once CI is green.',
                    user: 'carol',
                    html_url: `https://github.com/${DEMO_REPO}/pull/25#issuecomment-1001`,
                    created_at: iso(1732403700)
                }
            ]
        },
        labels: {
            bug: { id: 2001, color: 'd73a4a' },
            'needs-review': { id: 2002, color: 'fbca04' }
        }
    };
    const other = {
        owner: 'octo-org',
        name: 'other',
        default_branch: 'main',
        branches: { main: fakeSha(`${DEMO_OTHER_REPO}:main`) },
        files: { 'README.md': '# other\n' },
        pulls: { '3': seedPull(DEMO_OTHER_REPO, 3, 'merged', 0) },
        issues: {},
        comments: {},
        labels: {}
    };
    return {
        github: { login: 'github-actions[bot]', nextId: 5000, repos: { [DEMO_REPO]: web, [DEMO_OTHER_REPO]: other } },
        slack: {
            team_id: 'T0SANDBOX1',
            bot_user_id: BOT_USER,
            bot_id: 'B0SANDBOT1',
            channels: {
                [DEMO_CHANNEL]: {
                    id: DEMO_CHANNEL,
                    name: 'deploys',
                    messages: SEED_ROWS.map((row, index) => ({
                        ts: row.ts,
                        text: row.text,
                        user: PEOPLE[index % PEOPLE.length],
                        reactions: row.alreadyMerged ? [{ name: DEMO_REACTION, users: [BOT_USER] }] : []
                    }))
                },
                [DEMO_OTHER_CHANNEL]: {
                    id: DEMO_OTHER_CHANNEL,
                    name: 'random',
                    messages: [
                        { ts: '1732401000.000200', text: 'Lunch at noon?', user: PEOPLE[1], reactions: [] },
                        { ts: '1732400500.000200', text: 'Welcome to #random', user: PEOPLE[0], reactions: [] }
                    ]
                }
            }
        }
    };
}
/** A deep copy, so a sandbox never shares mutable state with the seed it was given. */
function cloneState(state) {
    return structuredClone(state);
}


/***/ })

};
