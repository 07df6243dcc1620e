export const id = 5485;
export const ids = [5485];
export const modules = {

/***/ 65485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProcessGroupStdioTransport: () => (/* binding */ ProcessGroupStdioTransport)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _modelcontextprotocol_sdk_shared_stdio_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6224);


/** How much of a server's stderr is kept for error messages. */
const STDERR_TAIL = 4000;
/** After stdin closes, how long a server may take to exit before its group is killed. */
const EXIT_GRACE_MS = 200;
/**
 * The SDK's stdio transport, but the server leads its own process group, so that when the
 * workflow ends the whole group is killed, not only the direct child: `npx pkg` or
 * `sh -c ...` leave grandchildren that outlive their parent otherwise. The framing
 * (newline-delimited JSON-RPC) is the SDK's own ReadBuffer and serializeMessage.
 */
class ProcessGroupStdioTransport {
    options;
    onclose;
    onerror;
    onmessage;
    #child;
    #buffer = new _modelcontextprotocol_sdk_shared_stdio_js__WEBPACK_IMPORTED_MODULE_1__/* .ReadBuffer */ .pt();
    #stderr = '';
    #exit;
    #closed;
    #spawned = false;
    constructor(options) {
        this.options = options;
    }
    get pid() {
        return this.#child?.pid;
    }
    /** The end of what the server wrote to stderr (for errors naming why it failed). */
    get stderrTail() {
        return this.#stderr.trim();
    }
    /** How the process ended, once it has (undefined if it never started: the spawn error says why). */
    get exit() {
        return this.#spawned ? this.#exit : undefined;
    }
    start() {
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(this.options.command, [...this.options.args], {
                env: this.options.env,
                cwd: this.options.cwd,
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: true,
                shell: false
            });
            this.#child = child;
            let started = false;
            child.once('error', (error) => {
                if (!started)
                    reject(error);
                else
                    this.onerror?.(error);
            });
            child.once('spawn', () => {
                started = true;
                this.#spawned = true;
                resolve();
            });
            child.stdout.on('data', (chunk) => {
                this.#buffer.append(chunk);
                for (;;) {
                    let message;
                    try {
                        message = this.#buffer.readMessage();
                    }
                    catch (error) {
                        this.onerror?.(error);
                        continue;
                    }
                    if (!message)
                        break;
                    this.onmessage?.(message);
                }
            });
            child.stderr.on('data', (chunk) => {
                this.#stderr = (this.#stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
            });
            child.stdin.on('error', (error) => this.onerror?.(error));
            this.#closed = new Promise((done) => child.once('close', (code, signal) => {
                this.#exit = { code, signal };
                this.#killGroup('SIGKILL'); // grandchildren that outlived it
                done();
                this.onclose?.();
            }));
        });
    }
    send(message) {
        return new Promise((resolve, reject) => {
            const stdin = this.#child?.stdin;
            if (!stdin || this.#exit)
                return reject(new Error('the server is not running'));
            if (stdin.write((0,_modelcontextprotocol_sdk_shared_stdio_js__WEBPACK_IMPORTED_MODULE_1__/* .serializeMessage */ .Ex)(message)))
                resolve();
            else
                stdin.once('drain', resolve);
        });
    }
    /** Closes stdin (servers exit on EOF), then kills the group: TERM at once if it lingers, KILL soon after. */
    async close() {
        const child = this.#child;
        if (!child || this.#exit)
            return;
        child.stdin?.end();
        const exited = this.#closed;
        const wait = (ms) => new Promise((r) => setTimeout(r, ms).unref());
        await Promise.race([exited, wait(EXIT_GRACE_MS)]);
        if (!this.#exit)
            this.#killGroup('SIGTERM');
        await Promise.race([exited, wait(EXIT_GRACE_MS * 5)]);
        if (!this.#exit)
            this.#killGroup('SIGKILL');
        await Promise.race([exited, wait(EXIT_GRACE_MS * 5)]);
    }
    /** Kills now, whatever it is doing (the workflow has ended and will not wait). */
    kill() {
        this.#killGroup('SIGKILL');
    }
    #killGroup(signal) {
        const pid = this.#child?.pid;
        if (!pid)
            return;
        try {
            process.kill(-pid, signal);
        }
        catch {
            // ESRCH: the group is gone already.
        }
    }
}


/***/ }),

/***/ 6224:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ serializeMessage),
/* harmony export */   pt: () => (/* binding */ ReadBuffer)
/* harmony export */ });
/* unused harmony exports STDIO_DEFAULT_MAX_BUFFER_SIZE, deserializeMessage */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63846);

const STDIO_DEFAULT_MAX_BUFFER_SIZE = 10 * 1024 * 1024;
/**
 * Buffers a continuous stdio stream into discrete JSON-RPC messages.
 */
class ReadBuffer {
    constructor(options) {
        this._maxBufferSize = options?.maxBufferSize ?? STDIO_DEFAULT_MAX_BUFFER_SIZE;
    }
    append(chunk) {
        const newSize = (this._buffer?.length ?? 0) + chunk.length;
        if (newSize > this._maxBufferSize) {
            this.clear();
            throw new Error(`ReadBuffer exceeded maximum size of ${this._maxBufferSize} bytes`);
        }
        this._buffer = this._buffer ? Buffer.concat([this._buffer, chunk]) : chunk;
    }
    readMessage() {
        if (!this._buffer) {
            return null;
        }
        const index = this._buffer.indexOf('\n');
        if (index === -1) {
            return null;
        }
        const line = this._buffer.toString('utf8', 0, index).replace(/\r$/, '');
        this._buffer = this._buffer.subarray(index + 1);
        return deserializeMessage(line);
    }
    clear() {
        this._buffer = undefined;
    }
}
function deserializeMessage(line) {
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .JSONRPCMessageSchema */ .OR.parse(JSON.parse(line));
}
function serializeMessage(message) {
    return JSON.stringify(message) + '\n';
}
//# sourceMappingURL=stdio.js.map

/***/ })

};
