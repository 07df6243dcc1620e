export const id = 673;
export const ids = [673];
export const modules = {

/***/ 60673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRunnerCommands: () => (/* binding */ createRunnerCommands),
/* harmony export */   escapeData: () => (/* binding */ escapeData),
/* harmony export */   escapeProperty: () => (/* binding */ escapeProperty),
/* harmony export */   formatCommand: () => (/* binding */ formatCommand),
/* harmony export */   formatKeyValue: () => (/* binding */ formatKeyValue),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   randomDelimiter: () => (/* binding */ randomDelimiter),
/* harmony export */   toCommandValue: () => (/* binding */ toCommandValue)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/** `%`, CR and LF in a command's message (`escapeData` in @actions/core's command.ts). */
function escapeData(value) {
    return toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value also escapes `:` and `,`, the command's own separators (`escapeProperty`). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Strings as they are, nothing as '', anything else as JSON (`toCommandValue` in utils.ts). */
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string' || value instanceof String)
        return String(value);
    return JSON.stringify(value);
}
/**
 * `::name key=value,key=value::message`. As in @actions/core's Command, falsy values are
 * left out, and a space follows the name whenever the properties object has keys.
 */
function formatCommand(command, properties, message) {
    const keys = Object.keys(properties);
    const props = keys.filter((key) => properties[key]).map((key) => `${key}=${escapeProperty(properties[key])}`);
    return `::${command}${keys.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
/**
 * A delimiter like @actions/core's `ghadelimiter_<uuid>`, from Math.random: loading
 * node:crypto costs more at start-up than everything else in this file. Safe because a
 * value or name that contains the delimiter is refused below, so even a guessed one
 * cannot end a block early.
 */
function randomDelimiter() {
    let hex = '';
    while (hex.length < 32)
        hex += Math.floor(Math.random() * 0x100000000)
            .toString(16)
            .padStart(8, '0');
    return `ghadelimiter_${hex}`;
}
/**
 * `name<<delimiter`, the value, the delimiter: the multi-line form of GITHUB_OUTPUT. A
 * value cannot end the block early and forge another output.
 */
function formatKeyValue(key, value, delimiter = randomDelimiter()) {
    const text = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${text}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}`;
}
/** Annotation properties under the runner's names (`toCommandProperties`). */
function annotationProperties(props = {}) {
    if (!Object.keys(props).length)
        return {};
    return { title: props.title, file: props.file, line: props.startLine };
}
/** The runner's `INPUT_<NAME>` variable for an input: spaces become `_`, upper case, trimmed. */
function getInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** `CoreLike` over the runner's environment, writing commands to stdout (redacted by main). */
function createRunnerCommands(env = process.env, write = (text) => void process.stdout.write(text)) {
    const command = (name, props, message) => write(formatCommand(name, props, message) + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
    const fileCommand = (variable, message) => {
        const file = env[variable];
        if (!file)
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL, 'utf8');
        return true;
    };
    const error = (message, props) => command('error', annotationProperties(props), message);
    let buffered = '';
    const summary = {
        addRaw(text, addEOL = false) {
            buffered += addEOL ? text + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL : text;
            return summary;
        },
        async write() {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, buffered, 'utf8');
            buffered = '';
        }
    };
    return {
        getInput: (name) => getInput(env, name),
        setSecret: (secret) => command('add-mask', {}, secret),
        setOutput(name, value) {
            if (fileCommand('GITHUB_OUTPUT', formatKeyValue(name, value)))
                return;
            // Runners older than GITHUB_OUTPUT (and local runs) read the deprecated command.
            write(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
            command('set-output', { name }, value);
        },
        setFailed(message) {
            process.exitCode = 1;
            error(message);
        },
        info: (message) => write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL),
        notice: (message, props) => command('notice', annotationProperties(props), message),
        warning: (message, props) => command('warning', annotationProperties(props), message),
        error,
        summary
    };
}


/***/ })

};
