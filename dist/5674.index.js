export const id = 5674;
export const ids = [5674];
export const modules = {

/***/ 55674:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) => {


// EXTERNAL MODULE: ./src/engine.ts
var engine = __webpack_require__(90825);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/index.ts




const HELP = `Usage: hybrid-coordinator COMMAND [options]

From llm to script, as commands (each shares the action's engine):
  validate   check every workflow config and that every script loads
  run        run workflows locally on a saved event (real services, or --sandbox)
  replay     re-run a script on recorded traces, offline, and compare mutations
  migrate    ask Claude to rewrite an llm workflow as a TypeScript script
  propose    turn an llm workflow's recorded runs into the upgrade pull request
  init       set a repository up: workflow step, example config and script, types

Run \`hybrid-coordinator COMMAND --help\` for a command's options.

Exit codes, for every command:
  0  done, nothing wrong
  1  a problem was found: invalid config, failed workflow, replay difference, migration
     refused or not written
  2  usage error: unknown flag, missing argument, a file named on the command line
     missing, no credentials

Colour is used only when stdout is a terminal and NO_COLOR is unset. Errors are one line
each (file:line: message); set HC_DEBUG=1 to see a stack trace for internal errors.`;
// Each command is loaded only when used: `validate` never pays for the sandbox or the SDK.
const COMMANDS = {
    validate: async () => (await __webpack_require__.e(/* import() */ 4446).then(__webpack_require__.bind(__webpack_require__, 84446))).validateCommand,
    run: async () => (await __webpack_require__.e(/* import() */ 7261).then(__webpack_require__.bind(__webpack_require__, 47261))).runCommand,
    replay: async () => (await __webpack_require__.e(/* import() */ 7919).then(__webpack_require__.bind(__webpack_require__, 57919))).replayCommand,
    migrate: async () => (await Promise.all(/* import() */[__webpack_require__.e(7919), __webpack_require__.e(6853), __webpack_require__.e(1292)]).then(__webpack_require__.bind(__webpack_require__, 86853))).migrateCommand,
    propose: async () => (await Promise.all(/* import() */[__webpack_require__.e(1306), __webpack_require__.e(7919), __webpack_require__.e(6853), __webpack_require__.e(5824), __webpack_require__.e(3526)]).then(__webpack_require__.bind(__webpack_require__, 47760))).proposeCommand,
    init: async () => (await __webpack_require__.e(/* import() */ 8218).then(__webpack_require__.bind(__webpack_require__, 28218))).initCommand
};
/**
 * The CLI: `argv` without node and the script, `io` the outside world. Returns the exit
 * code; never throws, never exits (src/cli.ts does).
 */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    try {
        if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
            if (name === 'help' && rest[0] && COMMANDS[rest[0]])
                return await (await COMMANDS[rest[0]]())(['--help'], io);
            (0,cli_io/* say */.cv)(io, HELP);
            return name === undefined ? cli_io/* EXIT */.dc.usage : cli_io/* EXIT */.dc.ok;
        }
        if (name === '--version' || name === '-V')
            return ((0,cli_io/* say */.cv)(io, engine/* VERSION */.xv), cli_io/* EXIT */.dc.ok);
        const load = COMMANDS[name];
        if (!load) {
            throw new cli_io/* UsageError */.eb(name.startsWith('-')
                ? `unknown option ${name}: expected a command first (validate, run, replay, migrate, propose, init)`
                : `unknown command "${name}": expected validate, run, replay, migrate, propose or init`);
        }
        return await (await load())(rest, io);
    }
    catch (error) {
        if (error instanceof cli_io/* CliError */.z1) {
            const line = (0,cli_io/* formatLocated */.Cc)(error.message, error.location);
            (0,cli_io/* warn */.R8)(io, (0,cli_io/* paint */.nI)(io, 'red', error instanceof cli_io/* UsageError */.eb && !line.includes('--help') ? `${line} (see hybrid-coordinator --help)` : line));
            return error.exitCode;
        }
        // A bug of ours: still one line, the stack only when asked for.
        (0,cli_io/* warn */.R8)(io, (0,cli_io/* paint */.nI)(io, 'red', `hybrid-coordinator: internal error: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`));
        if (io.env.HC_DEBUG)
            (0,cli_io/* warn */.R8)(io, error?.stack ?? String(error));
        return cli_io/* EXIT */.dc.problem;
    }
}
/** The real process's io: colour only on a terminal. */
function processIo() {
    return {
        stdout: (text) => void process.stdout.write(text),
        stderr: (text) => void process.stderr.write(text),
        env: process.env,
        cwd: process.cwd(),
        color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb'
    };
}

;// CONCATENATED MODULE: ./src/cli.ts

// The CLI's only top-level effect. Exit explicitly: a script may leave timers behind, and
// stdout is drained first so piped output is never cut short.
runCli(process.argv.slice(2), processIo()).then((code) => {
    process.stdout.write('', () => process.exit(code));
});


/***/ }),

/***/ 71604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ formatLocated),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   Yx: () => (/* binding */ withoutLocation),
/* harmony export */   cv: () => (/* binding */ say),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nI: () => (/* binding */ paint),
/* harmony export */   o1: () => (/* binding */ resolvePath),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   z1: () => (/* binding */ CliError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/** Exit codes, the same for every command (documented in `--help` and the README). */
const EXIT = {
    /** Done, nothing wrong. */
    ok: 0,
    /** The command ran and found a problem: an invalid config, a failed workflow, a replay difference, a migration that could not be written. */
    problem: 1,
    /** The command could not start: unknown flag, missing argument, a file named on the command line missing or unreadable, no credentials. */
    usage: 2
};
/** An error the CLI prints as one line (`file:line: message`) and exits with its code. */
class CliError extends Error {
    exitCode;
    location;
    name = 'CliError';
    constructor(message, exitCode = EXIT.problem, location, options) {
        super(message, options);
        this.exitCode = exitCode;
        this.location = location;
    }
}
/** A wrong command line: exit 2, with a pointer to `--help`. */
class UsageError extends CliError {
    name = 'UsageError';
    constructor(message, location) {
        super(message, EXIT.usage, location);
    }
}
/** `file:line: message`, the one shape every CLI error line has. */
function formatLocated(message, location) {
    if (!location?.file)
        return message;
    return `${location.file}${location.line ? `:${location.line}` : ''}: ${withoutLocation(message, location)}`;
}
/** Messages built for annotations often start with their file already: say it once. */
function withoutLocation(message, location) {
    for (const prefix of [`${location.file}:${location.line}: `, `${location.file}: `]) {
        if (message.startsWith(prefix))
            return message.slice(prefix.length);
    }
    return message;
}
/**
 * node:util `parseArgs`, strict: an unknown flag or a missing value is a one-line
 * UsageError naming the flag, never parseArgs' own multi-sentence message.
 */
function parseCommandArgs(command, argv, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    }
    catch (error) {
        const code = error.code;
        // Read `message` directly: under a test runner's VM context the error is not `instanceof Error` here.
        const message = typeof error.message === 'string' ? error.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error);
        const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
            throw new UsageError(`${command}: unknown option ${flag ?? message}: see hybrid-coordinator ${command} --help`);
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
            throw new UsageError(`${command}: option ${flag ?? ''} ${/argument missing/.test(message) ? 'needs a value' : 'takes no value'}: see hybrid-coordinator ${command} --help`);
        throw new UsageError(`${command}: ${message.split('\n')[0]}`);
    }
}
/** A whole number flag (`--max-traces 3`), or a UsageError naming it. */
function wholeNumber(command, flag, value, fallback, min = 0) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min)
        throw new UsageError(`${command}: --${flag} needs a whole number of at least ${min}, got "${value}"`);
    return n;
}
/** A path from the command line, resolved against the working directory. */
function resolvePath(io, path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
}
/** A path as users should read it: relative to the working directory when under it. */
function displayPath(io, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, full);
    return rel && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') : full;
}
const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1, cyan: 36 };
/** Wraps text in an ANSI colour when the output is a terminal; plain text otherwise. */
function paint(io, colour, text) {
    return io.color ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}
/** Writes lines to stdout. */
function say(io, ...lines) {
    for (const line of lines)
        io.stdout(`${line}\n`);
}
/** Writes lines to stderr. */
function warn(io, ...lines) {
    for (const line of lines)
        io.stderr(`${line}\n`);
}


/***/ })

};
