export const id = 6160;
export const ids = [6160];
export const modules = {

/***/ 50323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $P: () => (/* binding */ apiModelId),
/* harmony export */   K7: () => (/* binding */ missingProviderSetting),
/* harmony export */   Kg: () => (/* binding */ providerSettingsFromEnv),
/* harmony export */   rd: () => (/* binding */ wrongModelForm),
/* harmony export */   xq: () => (/* binding */ PROVIDERS)
/* harmony export */ });
/**
 * Where Claude runs (the `provider` input): the Anthropic API, Amazon Bedrock or Google
 * Vertex AI. Pure: the settings are read from the environment by main.ts and checked here,
 * so a missing region, project or credential is named before any workflow starts.
 */
const PROVIDERS = ['anthropic', 'bedrock', 'vertex'];
/** Reads what the selected provider needs from the environment (effects stay in main.ts's caller). */
function providerSettingsFromEnv(provider, env) {
    const get = (name) => env[name]?.trim() || undefined;
    switch (provider) {
        case 'bedrock': {
            const other = ['AWS_BEARER_TOKEN_BEDROCK', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'].find((n) => get(n));
            return {
                provider,
                region: get('AWS_REGION') ?? get('AWS_DEFAULT_REGION'),
                awsAccessKeyId: get('AWS_ACCESS_KEY_ID'),
                awsSecretAccessKey: get('AWS_SECRET_ACCESS_KEY'),
                awsSessionToken: get('AWS_SESSION_TOKEN'),
                awsOtherCredentials: other,
                baseUrl: get('ANTHROPIC_BEDROCK_BASE_URL')
            };
        }
        case 'vertex':
            return { provider, region: get('CLOUD_ML_REGION'), projectId: get('ANTHROPIC_VERTEX_PROJECT_ID'), baseUrl: get('ANTHROPIC_VERTEX_BASE_URL') };
        default:
            return { provider };
    }
}
/**
 * What the provider is missing, as one sentence naming the variables; undefined when
 * nothing is. (The Anthropic API key is checked where it always was, beside the inputs.)
 */
function missingProviderSetting(s) {
    if (s.provider === 'bedrock') {
        const missing = [];
        if (!s.region)
            missing.push('no AWS region: set AWS_REGION (aws-actions/configure-aws-credentials sets it from its aws-region input)');
        const halfKey = Boolean(s.awsAccessKeyId) !== Boolean(s.awsSecretAccessKey);
        if (halfKey)
            missing.push(`only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set: set both`);
        else if (!s.awsAccessKeyId && !s.awsOtherCredentials) {
            missing.push('no AWS credentials in the environment: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones), as aws-actions/configure-aws-credentials does, or AWS_PROFILE, AWS_WEB_IDENTITY_TOKEN_FILE or AWS_BEARER_TOKEN_BEDROCK');
        }
        return missing.length ? `provider bedrock: ${missing.join('; ')}` : undefined;
    }
    if (s.provider === 'vertex') {
        const missing = [];
        if (!s.projectId)
            missing.push('no Google Cloud project: set ANTHROPIC_VERTEX_PROJECT_ID');
        if (!s.region)
            missing.push('no region: set CLOUD_ML_REGION (a region like us-east5, or global)');
        return missing.length ? `provider vertex: ${missing.join('; ')} (credentials come from Application Default Credentials, as google-github-actions/auth leaves them)` : undefined;
    }
    return undefined;
}
// ---------------------------------------------------------------- model ids
/** Bedrock's geographic prefixes of cross-region inference profiles (`us.anthropic.…`). */
const BEDROCK_ID = /^(?:(?:global|us|eu|apac|jp|au|ca|us-gov)\.)?anthropic\.claude-[a-z0-9-]+(?:-v\d+(?::\d+)?)?$/;
const BEDROCK_ARN = /^arn:aws(?:-[a-z]+)*:bedrock:[a-z0-9-]*:\d{0,12}:(?:foundation-model|inference-profile|application-inference-profile|provisioned-model|custom-model-deployment)\/[A-Za-z0-9.:_-]+$/;
/** Vertex AI: `claude-sonnet-4-5@20250929`, or the bare ids current models use. */
const VERTEX_ID = /^claude-[a-z0-9-]+(?:@\d{8})?$/;
/** The Anthropic API: `claude-sonnet-5-5`, `claude-sonnet-4-5-20250929`. */
const ANTHROPIC_ID = /^claude-[a-z0-9-]+$/;
const EXAMPLES = {
    anthropic: 'an Anthropic API model id like claude-sonnet-5-5',
    bedrock: 'a Bedrock model id or inference profile like global.anthropic.claude-sonnet-5-5, us.anthropic.claude-sonnet-4-5-20250929-v1:0, or an inference profile ARN',
    vertex: 'a Vertex AI model id like claude-sonnet-5-5 or claude-sonnet-4-5@20250929'
};
/** What kind of id a model string looks like, for a message that says why it is wrong. */
function looksLike(model) {
    if (BEDROCK_ID.test(model) || model.startsWith('arn:'))
        return 'a Bedrock model id';
    if (model.includes('@'))
        return 'a Vertex AI model id';
    if (ANTHROPIC_ID.test(model))
        return 'an Anthropic API model id';
    return 'no known model id form';
}
/**
 * Checks that a model id has the provider's own form; a message naming the expected form
 * (with the id translated, when it can be) otherwise. Checked before any request.
 */
function wrongModelForm(provider, model) {
    const ok = provider === 'bedrock' ? BEDROCK_ID.test(model) || BEDROCK_ARN.test(model) : provider === 'vertex' ? VERTEX_ID.test(model) : ANTHROPIC_ID.test(model);
    if (ok)
        return undefined;
    const api = apiModelId(model);
    const hint = provider === 'bedrock' && api ? ` (for this model: global.anthropic.${api})` : provider !== 'bedrock' && api && api !== model ? ` (for this model: ${api})` : '';
    return `model "${model}" is ${looksLike(model)}, but provider is ${provider}: expected ${EXAMPLES[provider]}${hint}`;
}
/**
 * The Anthropic API model id behind a provider's id, the key of the price and capability
 * tables: `us.anthropic.claude-sonnet-4-5-20250929-v1:0` and `claude-sonnet-4-5@20250929`
 * both give `claude-sonnet-4-5-20250929`. Undefined when the id does not name a model
 * (an application inference profile ARN names none).
 */
function apiModelId(model) {
    let id = model.trim();
    if (id.startsWith('arn:'))
        id = id.slice(id.lastIndexOf('/') + 1);
    id = id.replace(/^(?:(?:global|us|eu|apac|jp|au|ca|us-gov)\.)?anthropic\./, '');
    id = id.replace(/-v\d+(?::\d+)?$/, '');
    id = id.replace(/@(\d{8})$/, '-$1');
    return ANTHROPIC_ID.test(id) ? id : undefined;
}


/***/ }),

/***/ 70250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ lookupModel),
/* harmony export */   SF: () => (/* binding */ capabilitiesOf),
/* harmony export */   dj: () => (/* binding */ loopThinking),
/* harmony export */   f: () => (/* binding */ KNOWN_MODELS),
/* harmony export */   kW: () => (/* binding */ canForceTool)
/* harmony export */ });
/* unused harmony exports MODEL_TABLE, apiModelId */
/**
 * What each Claude model accepts, keyed by its Claude API model id. The LLM loop, the
 * subagent, `migrate` and the sandbox's fake Messages API all read this one table, so the
 * fake cannot be more lenient than the code it tests, and the code never sends a model
 * something the table says it refuses. (`prices.ts`, beside it, is keyed the same way.)
 *
 * Where each fact comes from (platform.claude.com/docs/en/..., read November 2026):
 * - [S55] models/sonnet-5-5/whats-new-sonnet-5-5: on Sonnet 5.5 adaptive thinking is on by
 *   default; `thinking: {type: "disabled"}` is a 400 invalid_request_error pointing to
 *   `between_tools`, which replaces it (its progress notes still come back as `thinking`
 *   blocks with their text); forced tool use (`tool_choice` `any`/`tool`) returns an error;
 *   thinking blocks are tied to the model and the conversation and go back unchanged with
 *   the assistant turn; text between tool calls comes back in `thinking` blocks, empty
 *   unless a `display` value returns it. 1M context, 128K output (its model page, as the
 *   page links it, and the comparison tables of the other model pages).
 * - [OVR] models/<model>/overview (the "compare with the current lineup" table of the
 *   Sonnet 5 and Opus 5 pages): context window and max output of Sonnet 5, Opus 5,
 *   Opus 5.5, Sonnet 5.5; Sonnet 5 and Opus 5 are "Legacy" (still available, no
 *   deprecation date).
 * - [THT] build-with-claude/thinking-troubleshooting: which `thinking.type` values each
 *   model refuses with a 400. `enabled` (budget_tokens) is deprecated on the 4.6 models and
 *   refused by Opus 4.7, Opus 4.8, Sonnet 5 and later; Haiku 4.5 has extended thinking
 *   only (adaptive is refused); only Sonnet 5.5 accepts `between_tools`.
 * - [SO] build-with-claude/structured-outputs: `output_config.format` JSON outputs on the
 *   Claude 4.5 models and later (the schema subset is in structured-output-schema.ts).
 * - [TOOL] the tool-use docs: with thinking on, `tool_choice` may only be `auto` or `none`
 *   (forced tool use and thinking exclude each other).
 *
 * Not found in the documentation, so the table takes the conservative value and says so
 * in the row's `unsure` list: Haiku 5.5's limits and thinking default, whether Opus 5.5
 * and Haiku 5.5 accept forced tool use, the 4.7/4.8 thinking default and context window,
 * Sonnet 4.6's context window. Conservative means: the code never relies on the feature
 * (no forced tool, no `display` value), and the fake assumes thinking is on (the stricter
 * rules) and the smaller limits.
 */
const M = 1_000_000;
const K200 = 200_000;
const ADAPTIVE_ON = { default: 'adaptive', display: true, notesInThinking: false, boundToConversation: false };
const MODEL_TABLE = {
    'claude-sonnet-5-5': {
        forcedToolUse: false,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive', 'between_tools'], default: 'adaptive', display: true, notesInThinking: true, boundToConversation: true },
        contextWindow: M,
        maxOutputTokens: 128_000,
        status: 'active',
        source: 'S55, OVR, THT, SO',
        unsure: []
    },
    'claude-opus-5-5': {
        forcedToolUse: false,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive'], ...ADAPTIVE_ON },
        contextWindow: M,
        maxOutputTokens: 128_000,
        status: 'active',
        source: 'OVR ("Adaptive (always on)"), THT, SO',
        unsure: ['forcedToolUse (not documented; thinking is always on, so forced tools cannot work anyway)']
    },
    'claude-haiku-5-5': {
        forcedToolUse: false,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive'], ...ADAPTIVE_ON },
        contextWindow: K200,
        maxOutputTokens: 64_000,
        status: 'active',
        source: 'THT (enabled refused), SO',
        unsure: ['contextWindow', 'maxOutputTokens', 'thinking.default', 'thinking.accepted (disabled)', 'forcedToolUse']
    },
    'claude-sonnet-5': {
        forcedToolUse: true,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive', 'disabled'], ...ADAPTIVE_ON },
        contextWindow: M,
        maxOutputTokens: 128_000,
        status: 'legacy',
        source: 'OVR, THT, SO, TOOL',
        unsure: []
    },
    'claude-opus-5': {
        forcedToolUse: true,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive', 'disabled'], ...ADAPTIVE_ON },
        contextWindow: M,
        maxOutputTokens: 128_000,
        status: 'legacy',
        source: 'OVR, THT, SO, TOOL',
        unsure: ['thinking.default']
    },
    'claude-opus-4-8': {
        forcedToolUse: true,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive', 'disabled'], default: 'adaptive', display: false, notesInThinking: false, boundToConversation: false },
        contextWindow: K200,
        maxOutputTokens: 128_000,
        status: 'active',
        source: 'THT, SO, TOOL',
        unsure: ['thinking.default', 'thinking.display', 'contextWindow']
    },
    'claude-opus-4-7': {
        forcedToolUse: true,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive', 'disabled'], default: 'adaptive', display: false, notesInThinking: false, boundToConversation: false },
        contextWindow: K200,
        maxOutputTokens: 128_000,
        status: 'active',
        source: 'THT, SO, TOOL',
        unsure: ['thinking.default', 'thinking.display', 'contextWindow']
    },
    'claude-opus-4-6': {
        forcedToolUse: true,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive', 'enabled', 'disabled'], default: 'off', display: false, notesInThinking: false, boundToConversation: false },
        contextWindow: M,
        maxOutputTokens: 128_000,
        status: 'active',
        source: 'THT, SO, "Claude Opus 4.6: Adaptive thinking and 1M context window"',
        unsure: ['thinking.display']
    },
    'claude-sonnet-4-6': {
        forcedToolUse: true,
        structuredOutputs: true,
        thinking: { accepted: ['adaptive', 'enabled', 'disabled'], default: 'off', display: false, notesInThinking: false, boundToConversation: false },
        contextWindow: K200,
        maxOutputTokens: 128_000,
        status: 'active',
        source: 'THT, SO',
        unsure: ['contextWindow', 'thinking.display']
    },
    'claude-haiku-4-5': {
        forcedToolUse: true,
        structuredOutputs: true,
        thinking: { accepted: ['enabled', 'disabled'], default: 'off', display: false, notesInThinking: false, boundToConversation: false },
        contextWindow: K200,
        maxOutputTokens: 64_000,
        status: 'active',
        source: 'THT (extended thinking only), SO',
        unsure: []
    }
};
/** Every model id the table knows, in table order. */
const KNOWN_MODELS = Object.keys(MODEL_TABLE);
/**
 * For a model the table does not know: nothing that might be refused is sent (no forced
 * tool, no structured outputs, no thinking settings), thinking blocks are assumed to come
 * back and go back unchanged, and the smaller limits apply.
 */
const CONSERVATIVE = {
    forcedToolUse: false,
    structuredOutputs: false,
    thinking: { accepted: [], default: 'adaptive', display: false, notesInThinking: true, boundToConversation: true },
    contextWindow: K200,
    maxOutputTokens: 64_000,
    status: 'active',
    source: 'none: not in the model table',
    unsure: ['everything']
};
/**
 * The Claude API id behind a cloud platform's id, so Bedrock's
 * `us.anthropic.claude-sonnet-5-5` (or `anthropic.claude-sonnet-5-5-v1:0`) and Vertex's
 * `claude-sonnet-5-5@20260928` read the same row as `claude-sonnet-5-5`.
 */
function apiModelId(model) {
    return model
        .replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '')
        .replace(/-v\d+(?::\d+)?$/, '')
        .replace(/@[\w.-]+$/, '');
}
/** The model's capabilities; never throws. A model outside the table gets the conservative row and a notice. */
function lookupModel(model) {
    const key = apiModelId(model);
    const row = Object.prototype.hasOwnProperty.call(MODEL_TABLE, key) ? MODEL_TABLE[key] : undefined;
    if (!row) {
        return {
            capabilities: { id: model, known: false, ...CONSERVATIVE },
            notice: `model ${model} is not in the action's model table (${KNOWN_MODELS.join(', ')}): it runs with the most conservative settings (no forced tool use, no structured outputs, no thinking settings; subagent.json asks for JSON in the prompt and checks it)`
        };
    }
    const capabilities = { id: model, known: true, ...row };
    if (row.status === 'deprecated') {
        return { capabilities, notice: `model ${model} is deprecated${row.retiresOn ? ` and stops answering on ${row.retiresOn}` : ''}: move to a current model` };
    }
    return { capabilities };
}
/** Shortcut when no notice is wanted. */
const capabilitiesOf = (model) => lookupModel(model).capabilities;
/** Forced tool use works only where the model takes it and thinking is off by default (we never turn it off). */
function canForceTool(caps) {
    return caps.forcedToolUse && caps.thinking.default === 'off';
}
/**
 * The `thinking` setting the LLM loop sends: adaptive with `display: summarized` where the
 * model takes it, so the notes between tool calls come back with their text; otherwise
 * none (the model's default). Never `disabled`: Sonnet 5.5 refuses it [S55].
 */
function loopThinking(caps) {
    return caps.thinking.display && caps.thinking.accepted.includes('adaptive') ? { type: 'adaptive', display: 'summarized' } : undefined;
}


/***/ }),

/***/ 83925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aE: () => (/* binding */ refusedConstruct),
/* harmony export */   lv: () => (/* binding */ UnsupportedSchemaError),
/* harmony export */   ul: () => (/* binding */ prepareOutputSchema)
/* harmony export */ });
/* unused harmony export SUPPORTED_STRING_FORMATS */
/**
 * The JSON Schema subset that structured outputs (`output_config.format`) accept, read by
 * both sides: the sandbox's fake refuses what the API refuses (`refusedConstruct`), and
 * `subagent.json` prepares a user's schema before sending it (`prepareOutputSchema`).
 *
 * Sources: platform.claude.com/docs/en/build-with-claude/structured-outputs ("JSON Schema
 * limitations": every object needs `additionalProperties: false`; no recursive schemas, no
 * external `$ref`; no numeric bounds, no string length bounds; `minItems` only 0 or 1;
 * supported string formats), and, for the exact wording of each 400, messages the API
 * returned as quoted in public code (`output_config.format.schema: For 'object' type,
 * 'additionalProperties' must be explicitly set to false`, `For 'integer' type, property
 * 'minimum' is not supported`, `Schema type 'oneOf' is not supported`, `Circular reference
 * detected in schema definitions: N -> N`, `Empty schema ({}) that accepts any JSON value
 * is not supported.`). Two messages were not found quoted anywhere and are ours: the
 * `minItems` one and the external `$ref` one.
 */
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const SUPPORTED_STRING_FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'uri', 'ipv4', 'ipv6', 'uuid']);
/** Keywords the API refuses per type; a schema keeps them only in our own check. */
const UNSUPPORTED_BY_TYPE = {
    integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
    number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
    string: ['minLength', 'maxLength', 'pattern'],
    array: ['maxItems', 'uniqueItems', 'prefixItems', 'contains', 'minContains', 'maxContains', 'unevaluatedItems'],
    object: ['if', 'then', 'else', 'dependentRequired', 'dependentSchemas', 'unevaluatedProperties', 'patternProperties', 'propertyNames', 'minProperties', 'maxProperties']
};
/** Keywords refused whatever the type. */
const UNSUPPORTED_ANYWHERE = { oneOf: "Schema type 'oneOf' is not supported", not: "Schema keyword 'not' is not supported" };
/** Keys that describe and constrain nothing the decoder needs. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);
const typeOf = (node) => {
    const t = node.type;
    if (typeof t === 'string')
        return t;
    if (Array.isArray(t))
        return t.find((x) => x !== 'null');
    return undefined;
};
function definitions(root) {
    return { ...(isRecord(root.definitions) ? root.definitions : {}), ...(isRecord(root.$defs) ? root.$defs : {}) };
}
function refName(ref) {
    return /^#\/(?:\$defs|definitions)\/([^/]+)$/.exec(ref)?.[1];
}
/** A definition that reaches itself through `$ref`s: the chain, or undefined. */
function findCycle(root) {
    const defs = definitions(root);
    const refsIn = (value, out = new Set()) => {
        if (Array.isArray(value))
            value.forEach((v) => refsIn(v, out));
        else if (isRecord(value)) {
            if (typeof value.$ref === 'string') {
                const name = refName(value.$ref);
                if (name)
                    out.add(name);
            }
            for (const [key, v] of Object.entries(value))
                if (key !== '$defs' && key !== 'definitions')
                    refsIn(v, out);
        }
        return out;
    };
    const visit = (name, chain) => {
        if (chain.includes(name))
            return [...chain.slice(chain.indexOf(name)), name];
        for (const next of refsIn(defs[name])) {
            const cycle = visit(next, [...chain, name]);
            if (cycle)
                return cycle;
        }
        return undefined;
    };
    for (const name of Object.keys(defs)) {
        const cycle = visit(name, []);
        if (cycle)
            return cycle;
    }
    return undefined;
}
function walk(root) {
    const out = [];
    const go = (node, path) => {
        if (!isRecord(node))
            return;
        out.push({ node, path });
        const join = (key) => (path ? `${path}.${key}` : key);
        if (isRecord(node.properties))
            for (const [k, v] of Object.entries(node.properties))
                go(v, join(`properties.${k}`));
        if (isRecord(node.items))
            go(node.items, join('items'));
        for (const key of ['anyOf', 'oneOf', 'allOf']) {
            const list = node[key];
            if (Array.isArray(list))
                list.forEach((v, i) => go(v, join(`${key}.${i}`)));
        }
        for (const key of ['$defs', 'definitions']) {
            const defs = node[key];
            if (isRecord(defs))
                for (const [k, v] of Object.entries(defs))
                    go(v, join(`${key}.${k}`));
        }
    };
    go(root, '');
    return out;
}
const isEmptySchema = (node) => Object.keys(node).every((k) => ANNOTATIONS.has(k));
/**
 * The first construct the API refuses, worded as the API's 400 (without its
 * `output_config.format.schema: ` prefix), or undefined when the schema is acceptable.
 */
function refusedConstruct(schema) {
    const cycle = findCycle(schema);
    if (cycle)
        return `Circular reference detected in schema definitions: ${cycle.join(' -> ')}`;
    for (const { node } of walk(schema)) {
        if (isEmptySchema(node))
            return 'Empty schema ({}) that accepts any JSON value is not supported.';
        for (const [key, message] of Object.entries(UNSUPPORTED_ANYWHERE))
            if (key in node)
                return message;
        if (typeof node.$ref === 'string' && !node.$ref.startsWith('#'))
            return `External $ref is not supported: ${node.$ref}`;
        const type = typeOf(node);
        if (!type)
            continue;
        for (const key of UNSUPPORTED_BY_TYPE[type] ?? [])
            if (key in node)
                return `For '${type}' type, property '${key}' is not supported`;
        if (type === 'object' && node.additionalProperties !== false)
            return "For 'object' type, 'additionalProperties' must be explicitly set to false";
        if (type === 'array') {
            if (Array.isArray(node.items))
                return "Invalid schema: Array types must be specified with a single object schema for 'items'.";
            if (node.minItems !== undefined && node.minItems !== 0 && node.minItems !== 1)
                return "For 'array' type, property 'minItems' supports only the values 0 and 1";
        }
        if (type === 'string' && typeof node.format === 'string' && !SUPPORTED_STRING_FORMATS.has(node.format)) {
            return `For 'string' type, format '${node.format}' is not supported`;
        }
    }
    return undefined;
}
/** A schema structured outputs cannot express at all: the user must change it. */
class UnsupportedSchemaError extends Error {
    path;
    problem;
    advice;
    name = 'UnsupportedSchemaError';
    constructor(path, problem, advice) {
        super(`${path || 'the schema root'}: ${problem}; ${advice}`);
        this.path = path;
        this.problem = problem;
        this.advice = advice;
    }
}
/**
 * Turns a user's JSON Schema into one structured outputs accept. Constraints the decoder
 * cannot enforce (bounds, lengths, patterns, `oneOf` exclusivity...) are left out of the
 * sent copy and noted in its description: the caller checks the answer against the full
 * schema, so nothing is lost. What no rewrite can express (recursion, open objects, "any
 * value", tuples, external refs) throws UnsupportedSchemaError saying what to change.
 */
function prepareOutputSchema(schema) {
    const cycle = findCycle(schema);
    if (cycle) {
        const at = cycle[0];
        throw new UnsupportedSchemaError(`$defs.${at}`, `refers to itself (${cycle.join(' -> ')}): structured outputs refuse recursive schemas`, 'give the nesting a fixed depth (write out each level) instead of a $ref back to itself');
    }
    const relaxed = [];
    const convert = (node, path) => {
        const at = path || 'the schema root';
        if (!isRecord(node))
            throw new UnsupportedSchemaError(path, `is ${JSON.stringify(node)}, not a schema object`, 'write a schema object such as { "type": "string" }');
        if (isEmptySchema(node)) {
            throw new UnsupportedSchemaError(path, 'accepts any JSON value (no type, enum, const, anyOf or $ref)', 'give it a type, e.g. { "type": "string" }, or an anyOf of the types it may take');
        }
        const out = {};
        const notes = [];
        const join = (key) => (path ? `${path}.${key}` : key);
        for (const [key, value] of Object.entries(node)) {
            switch (key) {
                case '$schema':
                case '$id':
                case '$comment':
                    break;
                case '$ref':
                    if (typeof value !== 'string' || !value.startsWith('#')) {
                        throw new UnsupportedSchemaError(path, `has the external $ref ${JSON.stringify(value)}`, 'inline that schema, or put it under $defs and refer to it as #/$defs/NAME');
                    }
                    out.$ref = value;
                    break;
                case '$defs':
                case 'definitions':
                    if (isRecord(value))
                        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, join(`${key}.${k}`))]));
                    break;
                case 'properties':
                    if (isRecord(value))
                        out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, join(`properties.${k}`))]));
                    break;
                case 'items':
                    if (Array.isArray(value)) {
                        throw new UnsupportedSchemaError(path, 'lists one schema per position in items (a tuple)', 'give items one schema for every element, or make the tuple an object with named properties');
                    }
                    out.items = convert(value, join('items'));
                    break;
                case 'anyOf':
                case 'oneOf':
                case 'allOf':
                    if (Array.isArray(value)) {
                        // oneOf's "exactly one" cannot be decoded; anyOf plus our own check keeps it.
                        if (key === 'oneOf')
                            notes.push('oneOf (sent as anyOf)');
                        out[key === 'oneOf' ? 'anyOf' : key] = value.map((v, i) => convert(v, join(`${key}.${i}`)));
                    }
                    break;
                case 'additionalProperties':
                    if (value !== false) {
                        throw new UnsupportedSchemaError(path, `is an open object (additionalProperties: ${JSON.stringify(value)}): structured outputs need every object's properties listed`, 'list the properties and set additionalProperties: false, or use an array of { "key": ..., "value": ... } objects');
                    }
                    break;
                case 'patternProperties':
                    throw new UnsupportedSchemaError(path, "uses patternProperties (an open object): structured outputs need every object's properties listed", 'list the properties, or use an array of { "key": ..., "value": ... } objects');
                case 'minItems':
                    if (value === 0 || value === 1)
                        out.minItems = value;
                    else
                        notes.push(`minItems ${JSON.stringify(value)}`);
                    break;
                case 'format':
                    if (typeof value === 'string' && SUPPORTED_STRING_FORMATS.has(value))
                        out.format = value;
                    else
                        notes.push(`format ${JSON.stringify(value)}`);
                    break;
                case 'not':
                    notes.push('not');
                    break;
                default: {
                    const type = typeOf(node);
                    const refused = (type && UNSUPPORTED_BY_TYPE[type]?.includes(key)) || Object.values(UNSUPPORTED_BY_TYPE).some((keys) => keys.includes(key));
                    if (refused)
                        notes.push(`${key} ${JSON.stringify(value)}`);
                    else
                        out[key] = value;
                }
            }
        }
        if (typeOf(node) === 'object') {
            if (!isRecord(node.properties) || Object.keys(node.properties).length === 0) {
                if (node.additionalProperties === false)
                    out.properties = {};
                else {
                    throw new UnsupportedSchemaError(path, "is an object that lists no properties (any object): structured outputs need every object's properties listed", 'list its properties (with additionalProperties: false), or use an array of { "key": ..., "value": ... } objects');
                }
            }
            out.additionalProperties = false;
        }
        if (notes.length) {
            relaxed.push(...notes.map((n) => `${at}: ${n}`));
            const described = typeof out.description === 'string' ? `${out.description}\n\n` : '';
            out.description = `${described}Also: ${notes.join(', ')}.`;
        }
        return out;
    };
    return { schema: convert(schema, ''), relaxed };
}


/***/ })

};
