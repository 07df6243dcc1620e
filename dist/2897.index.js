export const id = 2897;
export const ids = [2897];
export const modules = {

/***/ 12897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  McpSession: () => (/* binding */ McpSession)
});

// UNUSED EXPORTS: McpServerError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/tools/mcp/names.ts
var mcp_names = __webpack_require__(96812);
// EXTERNAL MODULE: ./src/tools/mcp/declarations.ts
var declarations = __webpack_require__(43599);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(41514);
;// CONCATENATED MODULE: ./src/tools/mcp/tools.ts



function mcpToolDefinition(options) {
    const { server, tool } = options;
    const name = (0,mcp_names/* mcpToolName */.Qy)(server, tool.name);
    const schema = tool.inputSchema;
    const properties = (schema.properties ?? {});
    // The server's schema decides; zod only carries its verdict into the toolbox's error path.
    const input = schemas.looseObject({}).superRefine((value, ctx) => {
        for (const { path, message } of options.validate(value))
            ctx.addIssue({ code: 'custom', message, path });
    });
    return {
        name,
        description: tool.description || tool.title || `${tool.name} (from the MCP server ${server})`,
        input,
        params: Object.keys(properties),
        returns: '`{ text, structuredContent? }`',
        outputType: 'unknown',
        mutates: options.mutates,
        jsonSchema: schema,
        run: async (args) => mcpResultOutput(name, await options.call(args)),
        target: () => ({ kind: 'mcp_server', value: server, label: `MCP server ${server}` }),
        preview: async () => ({ text: `dry run: ${name} was recorded and not sent to the MCP server "${server}"`, dry_run: true })
    };
}
/**
 * A tool result as the model and scripts get it: its text (text blocks and embedded text
 * resources, joined) and its structured content when it has one. `isError` is a failed
 * call: an error result for the model, an exception for a script.
 */
function mcpResultOutput(name, result) {
    const text = (result.content ?? [])
        .map(blockText)
        .filter((t) => t !== '')
        .join('\n');
    if (result.isError)
        throw new errors/* ToolError */.v4(`${name}: the MCP server reported an error: ${text || 'no message'}`, name);
    return result.structuredContent === undefined ? { text } : { text, structuredContent: result.structuredContent };
}
function blockText(block) {
    switch (block.type) {
        case 'text':
            return block.text;
        case 'resource':
            return 'text' in block.resource ? String(block.resource.text) : `[binary resource ${block.resource.uri} omitted]`;
        case 'resource_link':
            return `[resource ${block.uri}]`;
        default:
            return `[${block.type} content (${'mimeType' in block ? String(block.mimeType) : 'binary'}) omitted]`;
    }
}

;// CONCATENATED MODULE: ./src/tools/mcp/session.ts




/** Environment variables a stdio server gets besides its declared `env` (the SDK's list): never the step's secrets. */
const INHERITED_ENV = ['HOME', 'LOGNAME', 'PATH', 'SHELL', 'TERM', 'USER', 'TMPDIR', 'LANG'];
/** A server failed to start, stopped, or lists something unusable: the workflow fails with its name. */
class McpServerError extends errors/* ConfigError */.xL {
    name = 'McpServerError';
}
/**
 * One workflow's MCP servers: each started on first use (a script's first call, or all of
 * them before an llm workflow's first request), and stopped when the workflow ends. It is
 * the toolbox's source of dynamic tools. The SDK is loaded only when a server starts.
 */
class McpSession {
    options;
    /** The first server failure; the workflow fails with it even if a script caught the call's error. */
    failure;
    #signal;
    #started = new Map();
    #transports = [];
    #closing = false;
    constructor(options) {
        this.options = options;
    }
    /** The workflow's abort signal: aborts a start or a call in flight. */
    bind(signal) {
        this.#signal = signal;
    }
    covers(name) {
        return name.startsWith(mcp_names/* MCP_PREFIX */.O0);
    }
    async load(name) {
        const ref = (0,mcp_names/* parseMcpToolName */.Tr)(name);
        if (!ref)
            return [];
        if (!Object.hasOwn(this.options.servers, ref.server)) {
            throw new errors/* ToolError */.v4(`${name}: this workflow declares no MCP server "${ref.server}" (it declares ${Object.keys(this.options.servers).join(', ') || 'none'})`, name);
        }
        if (!(0,declarations/* serversUsed */.oK)(this.options.tools).includes(ref.server))
            return [];
        return (await this.#start(ref.server)).tools;
    }
    async loadAll() {
        const servers = (0,declarations/* serversUsed */.oK)(this.options.tools).filter((s) => Object.hasOwn(this.options.servers, s));
        return (await Promise.all(servers.map((s) => this.#start(s)))).flatMap((s) => s.tools);
    }
    /** Stops every server; a stdio server's whole process group goes. */
    async close() {
        this.#closing = true;
        const started = [...this.#started.values()].map((p) => p.catch(() => undefined));
        await Promise.all(started.map(async (p) => (await p)?.client.close().catch(() => undefined)));
        await Promise.all(this.#transports.map((t) => t.close().catch(() => undefined)));
    }
    #start(server) {
        let started = this.#started.get(server);
        if (!started) {
            started = this.#connect(server).catch((error) => {
                const failure = error instanceof McpServerError ? error : this.#error(server, `failed to start: ${describe(error)}`, error);
                this.failure ??= failure;
                throw failure;
            });
            this.#started.set(server, started);
        }
        return started;
    }
    async #connect(server) {
        const decl = this.options.servers[server];
        const [{ Client }, transport] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(3846), __webpack_require__.e(3457), __webpack_require__.e(9337), __webpack_require__.e(3018)]).then(__webpack_require__.bind(__webpack_require__, 53018)), this.#transport(decl)]);
        this.#transports.push(transport);
        const client = new Client({ name: 'hybrid-coordinator', version: this.options.clientVersion }, { capabilities: {} });
        let ready = false;
        client.onclose = () => {
            if (ready && !this.#closing)
                this.failure ??= this.#error(server, `stopped during the workflow${this.#exitOf(transport)}`);
        };
        const bounds = this.#bounds();
        try {
            await client.connect(transport, bounds);
        }
        catch (error) {
            await transport.close().catch(() => undefined);
            throw this.#error(server, `failed to start: ${describe(error)}${this.#exitOf(transport)}`, error);
        }
        ready = true;
        const listed = [];
        let cursor;
        try {
            do {
                const page = await client.listTools(cursor ? { cursor } : undefined, bounds);
                listed.push(...page.tools);
                cursor = page.nextCursor;
            } while (cursor);
        }
        catch (error) {
            throw this.#error(server, `could not list its tools: ${describe(error)}${this.#exitOf(transport)}`, error);
        }
        return { client, transport, tools: await this.#definitions(server, decl, listed, client) };
    }
    async #definitions(server, decl, listed, client) {
        const all = this.options.tools.includes(`${mcp_names/* MCP_PREFIX */.O0}${server}.*`);
        const wanted = this.options.tools
            .map(mcp_names/* parseMcpToolName */.Tr)
            .filter((r) => r?.server === server && r.tool !== '*')
            .map((r) => r.tool);
        const names = new Set(listed.map((t) => t.name));
        const missing = wanted.filter((t) => !names.has(t));
        if (missing.length) {
            throw this.#error(server, `lists no tool named ${missing.map((t) => `"${t}"`).join(', ')} (tools: ${missing.map((t) => (0,mcp_names/* mcpToolName */.Qy)(server, t)).join(', ')}); it lists ${[...names].join(', ') || 'no tools'}`);
        }
        const { schemaCompiler } = await Promise.all(/* import() */[__webpack_require__.e(3457), __webpack_require__.e(3624)]).then(__webpack_require__.bind(__webpack_require__, 3624));
        const compile = schemaCompiler();
        return listed
            .filter((t) => all || wanted.includes(t.name))
            .map((tool) => {
            let validate;
            try {
                validate = compile(tool.inputSchema);
            }
            catch (error) {
                throw this.#error(server, `lists tool "${tool.name}" with an invalid input schema: ${(0,errors/* errorMessage */.gJ)(error)}`, error);
            }
            return mcpToolDefinition({
                server,
                tool,
                mutates: !decl.read_only.includes(tool.name),
                validate,
                call: async (args) => {
                    try {
                        return (await client.callTool({ name: tool.name, arguments: args }, undefined, this.#bounds()));
                    }
                    catch (error) {
                        const stopped = this.failure ? ` (${this.failure.message})` : '';
                        throw new errors/* ToolError */.v4(`${(0,mcp_names/* mcpToolName */.Qy)(server, tool.name)}: ${describe(error)}${stopped}`, (0,mcp_names/* mcpToolName */.Qy)(server, tool.name), { cause: error });
                    }
                }
            });
        });
    }
    async #transport(decl) {
        if (decl.url) {
            const { StreamableHTTPClientTransport } = await Promise.all(/* import() */[__webpack_require__.e(3846), __webpack_require__.e(9280)]).then(__webpack_require__.bind(__webpack_require__, 29280));
            return new StreamableHTTPClientTransport(new URL(decl.url), { requestInit: { headers: decl.headers } });
        }
        const { ProcessGroupStdioTransport } = await Promise.all(/* import() */[__webpack_require__.e(3846), __webpack_require__.e(5485)]).then(__webpack_require__.bind(__webpack_require__, 65485));
        const inherited = Object.fromEntries(INHERITED_ENV.flatMap((k) => (this.options.env[k] ? [[k, this.options.env[k]]] : [])));
        return new ProcessGroupStdioTransport({ command: decl.command, args: decl.args, env: { ...inherited, ...decl.env }, cwd: this.options.cwd });
    }
    #bounds() {
        return { signal: this.#signal, timeout: this.options.timeoutMs };
    }
    /** `: it exited with code 1; its stderr ends with: ...` for a stdio server that has stopped. */
    #exitOf(transport) {
        const stdio = transport;
        if (!('stderrTail' in stdio))
            return '';
        const exit = stdio.exit;
        const how = exit ? `; it exited${exit.signal ? ` on ${exit.signal}` : ` with code ${exit.code}`}` : '';
        const tail = stdio.stderrTail ? `; its stderr ends with:\n${stdio.stderrTail.split('\n').slice(-10).join('\n')}` : '';
        return how + tail;
    }
    #error(server, what, cause) {
        return new McpServerError(`MCP server "${server}" ${what}`, { file: this.options.file }, `mcp_servers.${server}`, { cause });
    }
}
/** An SDK or spawn error in a user's words. */
function describe(error) {
    const code = error?.code;
    const path = error?.path;
    if (code === 'ENOENT' && typeof path === 'string')
        return `command "${path}" was not found (is it installed, and on PATH?)`;
    if (code === 'EACCES' && typeof path === 'string')
        return `command "${path}" is not executable`;
    // The SDK's StreamableHTTPError carries the HTTP status as `code`; its message does not say it.
    if (typeof code === 'number' && code >= 400 && code < 600) {
        const hint = code === 401 || code === 403 ? ': check its headers (an Authorization token from ${NAME}, say)' : '';
        return `the server answered HTTP ${code}${hint} (${(0,errors/* errorMessage */.gJ)(error)})`;
    }
    return (0,errors/* errorMessage */.gJ)(error);
}


/***/ })

};
