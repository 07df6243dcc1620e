export const id = 3763;
export const ids = [3763];
export const modules = {

/***/ 53763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createTicketsServer: () => (/* binding */ createTicketsServer),
/* harmony export */   parseTicketsArgs: () => (/* binding */ parseTicketsArgs),
/* harmony export */   runTicketsFromCommandLine: () => (/* binding */ runTicketsFromCommandLine),
/* harmony export */   seedTickets: () => (/* binding */ seedTickets),
/* harmony export */   serveHttp: () => (/* binding */ serveHttp),
/* harmony export */   serveStdio: () => (/* binding */ serveStdio)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41514);
/* harmony import */ var _modelcontextprotocol_sdk_server_mcp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32585);
/* harmony import */ var _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63846);





function seedTickets(many = 0) {
    const extra = Array.from({ length: many }, (_, i) => ({ id: `T-${i + 4}`, title: `Login report ${i + 1}`, status: 'open', body: `Another login failure report. ${'Details. '.repeat(44)}` }));
    return [
        { id: 'T-1', title: 'Login fails on Safari 18', status: 'open', body: 'Users on Safari 18 see a blank page after login.' },
        { id: 'T-2', title: 'Flaky deploy to staging', status: 'open', body: 'The staging deploy times out about once a day.' },
        { id: 'T-3', title: 'Typo on the pricing page', status: 'closed', body: '"Enterprize" should read "Enterprise".' },
        ...extra
    ];
}
const ticketShape = { id: zod__WEBPACK_IMPORTED_MODULE_4__.string(), title: zod__WEBPACK_IMPORTED_MODULE_4__.string(), status: zod__WEBPACK_IMPORTED_MODULE_4__["enum"](['open', 'closed']), body: zod__WEBPACK_IMPORTED_MODULE_4__.string() };
/** One McpServer over shared state (HTTP builds one per request, stateless). */
function createTicketsServer(tickets, options = {}) {
    const server = new _modelcontextprotocol_sdk_server_mcp_js__WEBPACK_IMPORTED_MODULE_2__/* .McpServer */ ._({ name: 'sandbox-tickets', version: '1.0.0' });
    const record = (tool, args) => {
        if (options.log)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(options.log, `${JSON.stringify({ tool, arguments: args, pid: process.pid })}\n`);
    };
    const answer = (tool, args, work) => {
        record(tool, args);
        return options.hang ? new Promise(() => undefined) : Promise.resolve(work());
    };
    const leak = options.leakEnv ? process.env[options.leakEnv] : undefined;
    server.registerTool('search', {
        description: 'Search tickets by words in their title or body; newest first.',
        inputSchema: { query: zod__WEBPACK_IMPORTED_MODULE_4__.string().min(1).describe('Words to look for'), status: zod__WEBPACK_IMPORTED_MODULE_4__["enum"](['open', 'closed']).optional().describe('Only tickets in this status') },
        outputSchema: { tickets: zod__WEBPACK_IMPORTED_MODULE_4__.array(zod__WEBPACK_IMPORTED_MODULE_4__.object(ticketShape)) },
        annotations: { readOnlyHint: true }
    }, (args) => answer('search', args, () => {
        const words = args.query.toLowerCase().split(/\s+/);
        let found = tickets.filter((t) => (!args.status || t.status === args.status) && words.some((w) => `${t.title} ${t.body}`.toLowerCase().includes(w)));
        if (leak)
            found = [...found, { id: 'T-99', title: 'Credentials', status: 'open', body: `the token is ${leak}` }];
        found = [...found].reverse();
        const text = found.length ? found.map((t) => `${t.id} [${t.status}] ${t.title}`).join('\n') : 'No ticket matches.';
        return { content: [{ type: 'text', text }], structuredContent: { tickets: found } };
    }));
    server.registerTool('get', {
        description: 'One ticket by its id (T-1).',
        inputSchema: {
            id: zod__WEBPACK_IMPORTED_MODULE_4__.string()
                .regex(/^T-\d+$/)
                .describe('The ticket id, like T-1')
        },
        annotations: { readOnlyHint: true }
    }, (args) => answer('get', args, () => {
        const ticket = tickets.find((t) => t.id === args.id);
        if (!ticket)
            return { isError: true, content: [{ type: 'text', text: `no ticket ${args.id}` }] };
        return { content: [{ type: 'text', text: `${ticket.id} [${ticket.status}] ${ticket.title}\n\n${ticket.body}` }], structuredContent: { ...ticket } };
    }));
    server.registerTool('create', {
        description: 'Open a new ticket.',
        inputSchema: { title: zod__WEBPACK_IMPORTED_MODULE_4__.string().min(3).max(200).describe('A one-line summary'), body: zod__WEBPACK_IMPORTED_MODULE_4__.string().max(10_000).default('').describe('Details') },
        outputSchema: { id: zod__WEBPACK_IMPORTED_MODULE_4__.string() }
    }, (args) => answer('create', args, () => {
        const ticket = { id: `T-${tickets.length + 1}`, title: args.title, status: 'open', body: args.body ?? '' };
        tickets.push(ticket);
        return { content: [{ type: 'text', text: `Created ${ticket.id}` }], structuredContent: { id: ticket.id } };
    }));
    if (options.invalidSchema) {
        server.server.removeRequestHandler('tools/list');
        server.server.setRequestHandler(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_3__/* .ListToolsRequestSchema */ .gW, () => ({
            tools: [{ name: 'search', description: 'Search tickets.', inputSchema: { type: 'object', properties: { query: { type: 'strnig' } } } }]
        }));
    }
    return server;
}
/** Serves over stdin/stdout until stdin closes. */
async function serveStdio(options) {
    if (options.exitOnInitialize) {
        process.stdin.once('data', () => {
            process.stderr.write('tickets: cannot open the ticket database (/var/lib/tickets.db): permission denied\n');
            process.exit(3);
        });
        return;
    }
    const { StdioServerTransport } = await __webpack_require__.e(/* import() */ 9006).then(__webpack_require__.bind(__webpack_require__, 39006));
    if (options.log)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(options.log, `${JSON.stringify({ started: 'stdio', pid: process.pid })}\n`);
    const server = createTicketsServer(seedTickets(options.many), options);
    await server.connect(new StdioServerTransport());
    process.stdin.once('end', () => process.exit(0));
}
/** Streamable HTTP on loopback, stateless: one McpServer per request over shared tickets. */
async function serveHttp(options) {
    const { StreamableHTTPServerTransport } = await __webpack_require__.e(/* import() */ 6706).then(__webpack_require__.bind(__webpack_require__, 16706));
    const tickets = seedTickets(options.many);
    const http = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.createServer)((req, res) => {
        void (async () => {
            if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
                res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="sandbox-tickets"' });
                res.end(JSON.stringify({ error: 'invalid_token', error_description: 'a valid bearer token is required' }));
                return;
            }
            if (req.method !== 'POST') {
                res.writeHead(405, { allow: 'POST' }).end();
                return;
            }
            const server = createTicketsServer(tickets, options);
            const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
            res.on('close', () => void transport.close().then(() => server.close()));
            await server.connect(transport);
            await transport.handleRequest(req, res, await readJson(req));
        })().catch((error) => {
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'text/plain' });
            res.end(String(error));
        });
    });
    await new Promise((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve));
    const { port } = http.address();
    return {
        url: `http://127.0.0.1:${port}/mcp`,
        tickets,
        close: () => new Promise((resolve) => http.close(() => resolve()))
    };
}
async function readJson(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : undefined;
}
/** `--stdio` / `--http` and the flags above. */
function parseTicketsArgs(argv) {
    const out = { mode: 'stdio', port: 0 };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            const v = argv[++i];
            if (v === undefined)
                throw new Error(`${arg} needs a value`);
            return v;
        };
        if (arg === '--stdio')
            out.mode = 'stdio';
        else if (arg === '--http')
            out.mode = 'http';
        else if (arg === '--port')
            out.port = Number(value());
        else if (arg === '--token')
            out.token = value();
        else if (arg === '--log')
            out.log = value();
        else if (arg === '--leak-env')
            out.leakEnv = value();
        else if (arg === '--exit-on-initialize')
            out.exitOnInitialize = true;
        else if (arg === '--invalid-schema')
            out.invalidSchema = true;
        else if (arg === '--hang')
            out.hang = true;
        else if (arg === '--many')
            out.many = Number(value());
        else
            throw new Error(`unknown argument ${arg} (expected --stdio, --http, --port N, --token T, --log FILE, --leak-env NAME, --exit-on-initialize, --invalid-schema, --hang, --many N)`);
    }
    return out;
}
/** `node dist/sandbox.js mcp-tickets ...`: stdio until EOF, or HTTP (printing `{ "url" }`) until SIGTERM. */
async function runTicketsFromCommandLine(argv) {
    let options;
    try {
        options = parseTicketsArgs(argv);
    }
    catch (error) {
        process.stderr.write(`mcp-tickets: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(2);
    }
    if (options.mode === 'stdio')
        return serveStdio(options);
    const http = await serveHttp(options);
    process.stdout.write(`${JSON.stringify({ url: http.url })}\n`);
    const stop = () => void http.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
}


/***/ })

};
