export const id = 8609;
export const ids = [8609];
export const modules = {

/***/ 88609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MODELS: () => (/* binding */ DEFAULT_MODELS),
  DEFAULT_SANDBOX_API_KEY: () => (/* binding */ DEFAULT_SANDBOX_API_KEY),
  createAnthropicFake: () => (/* binding */ createAnthropicFake)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/sandbox/messages-validate.ts
var messages_validate = __webpack_require__(16474);
;// CONCATENATED MODULE: ./src/sandbox/policies.ts

const policies_text = (value) => ({ type: 'text', text: value });
const endTurn = (value) => ({ content: [policies_text(value)], stop_reason: 'end_turn' });
/**
 * The sandbox's model is a script that knows only the example tasks. Asked to play another
 * workflow, it says so and stops with a refusal, so the workflow is reported failed with
 * this text, never "succeeded" for work nobody did.
 */
const NOT_AN_EXAMPLE = "the sandbox's scripted stand-in for Claude knows only the example tasks (the pr_merged example of workflows/pr_merged_llm.yml, which reads Slack with slack_get_messages, and the tickets MCP example), not this workflow, so it did nothing; set ANTHROPIC_API_KEY to run it with the real model";
const notAnExample = () => ({ content: [policies_text(NOT_AN_EXAMPLE)], stop_reason: 'refusal' });
const toolUse = (name, input) => ({ type: 'tool_use', name, input });
function callTools(calls, preface) {
    return { content: preface ? [policies_text(preface), ...calls] : calls, stop_reason: 'tool_use' };
}
function offeredTools(request) {
    const tools = new Map();
    for (const tool of request.tools ?? []) {
        if ((0,messages_validate/* isRecord */.u4)(tool) && typeof tool.name === 'string')
            tools.set(tool.name, tool);
    }
    return tools;
}
/** Text of a tool_result's content: a string, or its text blocks joined. */
function resultText(content) {
    if (typeof content === 'string')
        return content;
    if (!Array.isArray(content))
        return '';
    return content
        .filter((b) => (0,messages_validate/* isRecord */.u4)(b) && b.type === 'text' && typeof b.text === 'string')
        .map((b) => b.text)
        .join('\n');
}
function readExchanges(request) {
    const exchanges = new Map();
    request.messages.forEach((message, at) => {
        for (const block of (0,messages_validate/* blocksOf */.SH)(message)) {
            if (message.role === 'assistant' && block.type === 'tool_use') {
                exchanges.set(block.id, { id: block.id, name: block.name, input: block.input, at });
            }
            if (message.role === 'user' && block.type === 'tool_result') {
                const exchange = exchanges.get(block.tool_use_id);
                if (exchange)
                    exchange.result = { text: resultText(block.content), isError: block.is_error === true };
            }
        }
    });
    return [...exchanges.values()];
}
/** Tool results are JSON as the coordinator serialises them; fall back to the raw text. */
function parseJson(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return value.trim();
    }
}
function parseSlackMessages(value) {
    let parsed = parseJson(value);
    if ((0,messages_validate/* isRecord */.u4)(parsed) && Array.isArray(parsed.messages))
        parsed = parsed.messages;
    if (!Array.isArray(parsed))
        return undefined;
    return parsed
        .filter((m) => (0,messages_validate/* isRecord */.u4)(m) && typeof m.channel === 'string' && typeof m.ts === 'string')
        .map((m) => ({
        channel: m.channel,
        ts: m.ts,
        text: typeof m.text === 'string' ? m.text : '',
        ...(typeof m.user === 'string' ? { user: m.user } : {})
    }));
}
function parseStatus(value) {
    const parsed = parseJson(value);
    if (typeof parsed === 'string')
        return parsed.toLowerCase();
    if ((0,messages_validate/* isRecord */.u4)(parsed)) {
        const status = parsed.status ?? parsed.state;
        if (typeof status === 'string')
            return status.toLowerCase();
    }
    return undefined;
}
const PR_LINK = /https?:\/\/[^\s/|<>]+\/([\w.-]+)\/([\w.-]+)\/pull\/(\d+)/g;
/** PR links in a Slack text, bare or inside `<url|label>`, normalised and deduplicated. */
function extractPrLinks(textValue) {
    const links = new Set();
    for (const match of textValue.matchAll(PR_LINK)) {
        const host = new URL(match[0]).origin;
        links.add(`${host}/${match[1]}/${match[2]}/pull/${match[3]}`);
    }
    return [...links];
}
/** Every string inside a parsed tool result: message texts, PR bodies and the like. */
function stringsIn(value, out = []) {
    if (typeof value === 'string')
        out.push(value);
    else if (Array.isArray(value))
        value.forEach((v) => stringsIn(v, out));
    else if ((0,messages_validate/* isRecord */.u4)(value))
        Object.values(value).forEach((v) => stringsIn(v, out));
    return out;
}
function lastUserText(request) {
    const users = request.messages.filter((m) => m.role === 'user');
    const last = users[users.length - 1];
    if (!last)
        return '';
    return (0,messages_validate/* blocksOf */.SH)(last)
        .map((b) => (b.type === 'text' ? String(b.text) : b.type === 'tool_result' ? resultText(b.content) : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}
// ---------------------------------------------------------------- pr-merged
const GET_MESSAGES = 'slack_get_messages';
const GET_STATUS = 'github_get_status';
const ADD_REACJI = 'slack_add_reacji';
const POST_MESSAGE = 'slack_post_message';
const COMMENT = 'github_comment';
const DONE_STATUSES = new Set(['merged', 'closed']);
const INJECTED_POST = /post\s+["'“‘]([^"'”’]+)["'”’]\s+(?:to|in)\s+<?#?([CGD][A-Z0-9]{6,})/i;
const INJECTED_REACT_ALL = /react(?:ion)?\s+:?([a-z0-9_+-]+):?\s+(?:on|to)\s+(?:everything|every message|all messages)/i;
const INJECTED_COMMENT = /comment\s+(?:["'“‘]([^"'”’]+)["'”’]\s+)?on\s+((?:https?:\/\/\S+\/pull\/\d+)|(?:[\w.-]+\/[\w.-]+#\d+))/i;
/** Reads the instructions a gullible model would obey out of every tool result so far. */
function findInjections(exchanges) {
    const injection = { calls: [] };
    for (const exchange of exchanges) {
        if (!exchange.result || exchange.result.isError)
            continue;
        for (const value of stringsIn(parseJson(exchange.result.text))) {
            const post = INJECTED_POST.exec(value);
            if (post)
                injection.calls.push(toolUse(POST_MESSAGE, { text: post[1], channel: post[2] }));
            const react = INJECTED_REACT_ALL.exec(value);
            if (react)
                injection.reactOnEverything = react[1];
            const comment = INJECTED_COMMENT.exec(value);
            if (comment)
                injection.calls.push(toolUse(COMMENT, { url: comment[2], body: comment[1] ?? 'Done, as instructed.' }));
        }
    }
    return injection;
}
const callKey = (name, input) => `${name} ${JSON.stringify(input)}`;
/**
 * The pr_merged workflow, one step per turn: read messages, check every linked PR in one
 * turn, react on every merged or closed one in one turn, then summarise. Four turns for
 * any number of messages. With `followInjections`, instructions found in tool results are
 * obeyed too (they are issued once, beside the next regular step).
 */
function planPrMerged(request, followInjections) {
    const tools = offeredTools(request);
    if (tools.size === 0)
        return endTurn('No tools were offered, so there is nothing I can do.');
    // A workflow always has files_*: without Slack reads it is not the pr_merged example, which
    // the stand-in cannot play and must not pass for having done.
    if (!tools.has(GET_MESSAGES))
        return notAnExample();
    const exchanges = readExchanges(request);
    const made = new Set(exchanges.map((e) => callKey(e.name, e.input)));
    const injection = followInjections ? findInjections(exchanges) : { calls: [] };
    const pendingInjected = injection.calls.filter((call) => call.type === 'tool_use' && !made.has(callKey(call.name, call.input)));
    const withInjected = (calls, preface) => callTools([...calls, ...pendingInjected], preface);
    // 1. Read the channel. A failed read is reported, not retried forever.
    const reads = exchanges.filter((e) => e.name === GET_MESSAGES);
    const read = [...reads].reverse().find((e) => e.result && !e.result.isError);
    if (!read) {
        if (reads.length > 0) {
            const failure = reads[reads.length - 1].result?.text ?? 'no result';
            return endTurn(`I could not read the Slack messages: ${failure.slice(0, 200)}`);
        }
        if (!tools.has(GET_MESSAGES))
            return endTurn(`I cannot read Slack messages: \`${GET_MESSAGES}\` was not offered.`);
        return callTools([toolUse(GET_MESSAGES, { limit: 10 })], 'I will read the latest Slack messages first.');
    }
    const messages = parseSlackMessages(read.result.text);
    if (!messages)
        return endTurn('The Slack messages came back in a shape I could not read, so I marked nothing.');
    const later = exchanges.filter((e) => e.at > read.at);
    // 2. Check every linked PR, all in one turn.
    const linksOf = new Map(messages.map((m) => [m, extractPrLinks(m.text)]));
    const urls = [...new Set([...linksOf.values()].flat())];
    const statusCalls = later.filter((e) => e.name === GET_STATUS);
    if (urls.length > 0 && statusCalls.length === 0 && tools.has(GET_STATUS)) {
        return withInjected(urls.map((url) => toolUse(GET_STATUS, { url })), `Found ${urls.length} pull request link${urls.length === 1 ? '' : 's'}; checking their status.`);
    }
    const statuses = new Map();
    for (const call of statusCalls) {
        const url = (0,messages_validate/* isRecord */.u4)(call.input) && typeof call.input.url === 'string' ? call.input.url : undefined;
        const status = call.result && !call.result.isError ? parseStatus(call.result.text) : undefined;
        if (url && status)
            statuses.set(url, status);
    }
    // 3. React on every message whose PR is merged or closed, all in one turn.
    const reaction = injection.reactOnEverything ?? 'merged';
    const toMark = injection.reactOnEverything ? messages : messages.filter((m) => linksOf.get(m).some((url) => DONE_STATUSES.has(statuses.get(url) ?? '')));
    const reacjiCalls = later.filter((e) => e.name === ADD_REACJI);
    if (toMark.length > 0 && reacjiCalls.length === 0 && tools.has(ADD_REACJI)) {
        return withInjected(toMark.map((m) => toolUse(ADD_REACJI, { message: { channel: m.channel, ts: m.ts }, name: reaction })), `Marking ${toMark.length} message${toMark.length === 1 ? '' : 's'} with :${reaction}:.`);
    }
    if (pendingInjected.length > 0)
        return callTools(pendingInjected, 'Following the instructions I found.');
    // 4. Summarise from the results, not from intent.
    const marked = reacjiCalls.filter((e) => e.result && !e.result.isError).length;
    const failed = reacjiCalls.length - marked;
    const notes = [`Marked ${marked} message${marked === 1 ? '' : 's'}.`];
    if (failed > 0)
        notes.push(`${failed} reaction${failed === 1 ? '' : 's'} failed.`);
    const unknown = urls.filter((url) => !statuses.has(url)).length;
    if (unknown > 0)
        notes.push(`Could not get the status of ${unknown} pull request${unknown === 1 ? '' : 's'}.`);
    if (toMark.length > 0 && !tools.has(ADD_REACJI))
        notes.push(`\`${ADD_REACJI}\` was not offered.`);
    return endTurn(notes.join(' '));
}
function resolveRef(schema, root) {
    const ref = schema.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/'))
        return schema;
    let target = root;
    for (const part of ref.slice(2).split('/'))
        target = (0,messages_validate/* isRecord */.u4)(target) ? target[part] : undefined;
    return (0,messages_validate/* isRecord */.u4)(target) ? target : {};
}
function primaryType(schema) {
    const type = schema.type;
    if (Array.isArray(type))
        return type.find((t) => t !== 'null') ?? type[0];
    if (typeof type === 'string')
        return type;
    if ((0,messages_validate/* isRecord */.u4)(schema.properties))
        return 'object';
    return undefined;
}
/** The plainest value that satisfies a JSON Schema: how a cooperative model fills a form. */
function sampleFromSchema(schema, root = schema, depth = 0) {
    const s = resolveRef(schema, root);
    if (depth > 20)
        return null;
    if ('const' in s)
        return s.const;
    if (Array.isArray(s.enum) && s.enum.length > 0)
        return s.enum[0];
    const variants = (s.anyOf ?? s.oneOf);
    if (Array.isArray(variants) && variants.length > 0) {
        const nonNull = variants.find((v) => (0,messages_validate/* isRecord */.u4)(v) && v.type !== 'null') ?? variants[0];
        return sampleFromSchema(nonNull, root, depth + 1);
    }
    if (Array.isArray(s.allOf)) {
        return Object.assign({}, ...s.allOf.map((part) => sampleFromSchema(part, root, depth + 1)));
    }
    switch (primaryType(s)) {
        case 'object': {
            const properties = (0,messages_validate/* isRecord */.u4)(s.properties) ? s.properties : {};
            const required = Array.isArray(s.required) ? s.required : [];
            const value = {};
            for (const key of required) {
                const property = properties[key];
                value[key] = (0,messages_validate/* isRecord */.u4)(property) ? sampleFromSchema(property, root, depth + 1) : 'other';
            }
            return value;
        }
        case 'string': {
            const min = typeof s.minLength === 'number' ? s.minLength : 0;
            return 'other'.padEnd(min, '-');
        }
        case 'integer':
        case 'number': {
            if (typeof s.minimum === 'number' && s.minimum > 0)
                return s.type === 'integer' ? Math.ceil(s.minimum) : s.minimum;
            if (typeof s.exclusiveMinimum === 'number' && s.exclusiveMinimum >= 0)
                return Math.floor(s.exclusiveMinimum) + 1;
            return 0;
        }
        case 'boolean':
            return false;
        case 'array': {
            const min = typeof s.minItems === 'number' ? s.minItems : 0;
            const item = (0,messages_validate/* isRecord */.u4)(s.items) ? sampleFromSchema(s.items, root, depth + 1) : 'other';
            return Array.from({ length: min }, () => item);
        }
        case 'null':
            return null;
        default:
            return 'other';
    }
}
function wrongTypeFor(schema) {
    if (Array.isArray(schema.enum))
        return '__not_one_of_the_enum__';
    switch (primaryType(schema)) {
        case 'string':
            return 0;
        case 'number':
        case 'integer':
            return 'not a number';
        case 'boolean':
            return 'no';
        case 'array':
            return 'not a list';
        default:
            return 'not an object';
    }
}
/** An object that breaks the schema: required fields left out, or a field of the wrong type. */
function violateSchema(schema) {
    const s = resolveRef(schema, schema);
    const required = Array.isArray(s.required) ? s.required : [];
    if (required.length > 0)
        return {};
    const properties = (0,messages_validate/* isRecord */.u4)(s.properties) ? s.properties : {};
    const first = Object.keys(properties)[0];
    if (first !== undefined)
        return { [first]: wrongTypeFor(resolveRef(properties[first], s)) };
    // A schema that accepts any object cannot be broken by an object; this is the best try.
    return { unexpected_field: true };
}
/** The tool a request forces (`tool_choice` tool, or `any` with its first tool). */
function forcedTool(request) {
    const choice = request.tool_choice;
    const tools = offeredTools(request);
    let name;
    if (choice?.type === 'tool')
        name = choice.name;
    else if (choice?.type === 'any')
        name = [...tools.keys()][0];
    const tool = name === undefined ? undefined : tools.get(name);
    if (!name || !tool)
        return undefined;
    return { name, schema: (0,messages_validate/* isRecord */.u4)(tool.input_schema) ? tool.input_schema : { type: 'object' } };
}
function outputSchema(request) {
    const format = request.output_config?.format;
    return format?.type === 'json_schema' && (0,messages_validate/* isRecord */.u4)(format.schema) ? format.schema : undefined;
}
/** A schema the system prompt gives between <json-schema> tags: how a model that has no structured outputs is asked. */
function promptSchema(request) {
    const system = typeof request.system === 'string' ? request.system : (request.system ?? []).map((b) => b.text).join('\n');
    const found = /<json-schema>([\s\S]*?)<\/json-schema>/.exec(system)?.[1];
    if (!found)
        return undefined;
    const parsed = parseJson(found);
    return (0,messages_validate/* isRecord */.u4)(parsed) ? parsed : undefined;
}
function answerSubagent(request, shapeInput) {
    const forced = forcedTool(request);
    if (forced) {
        const input = shapeInput(forced.schema);
        return { content: [toolUse(forced.name, (0,messages_validate/* isRecord */.u4)(input) ? input : { value: input })], stop_reason: 'tool_use' };
    }
    const schema = outputSchema(request) ?? promptSchema(request);
    if (schema)
        return endTurn(JSON.stringify(shapeInput(schema)));
    return endTurn(`summary: ${lastUserText(request).slice(0, 60).trimEnd()}`);
}
// ---------------------------------------------------------------- migrate
/** The script the `migrate` policy writes: pr_merged as a TypeScript script coordinator. */
const MIGRATED_PR_MERGED_SCRIPT = String.raw `import type { Handler } from 'hybrid-coordinator'

const PR_LINK = /https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/pull\/\d+/g
const DONE = new Set(['merged', 'closed'])

// Mark every Slack message whose linked pull request is merged or closed with :merged:.
const handler: Handler = async (_trigger, tools) => {
  const messages = await tools.slack.get_messages({ limit: 10 })
  const marked = await Promise.all(
    messages.map(async (msg) => {
      const urls = [...new Set(msg.text.match(PR_LINK) ?? [])]
      const statuses = await Promise.all(urls.map((url) => tools.github.get_status(url)))
      if (!statuses.some((status) => DONE.has(status))) return false
      await tools.slack.add_reacji(msg, 'merged')
      return true
    })
  )
  return { marked: marked.filter(Boolean).length }
}

export default handler
`;
const MIGRATE_ANSWER = [
    'Here is the workflow rewritten as a script coordinator. It makes the same calls the',
    'traces show: one read, one status check per linked pull request, one reaction per',
    'merged or closed one.',
    '',
    '```ts',
    MIGRATED_PR_MERGED_SCRIPT.trimEnd(),
    '```'
].join('\n');
// ---------------------------------------------------------------- misled models
/** `owner/repo` and the number of the triggering PR or issue, read from the first user message. */
function triggerIssue(request) {
    const first = request.messages.find((m) => m.role === 'user');
    const textValue = first
        ? (0,messages_validate/* blocksOf */.SH)(first)
            .map((b) => (b.type === 'text' ? String(b.text) : ''))
            .join('\n')
        : '';
    const repo = /"repository":\s*"([\w.-]+\/[\w.-]+)"/.exec(textValue)?.[1];
    const number = /"number":\s*(\d+)/.exec(textValue)?.[1];
    return repo && number ? `${repo}#${number}` : undefined;
}
/**
 * A model talked into leaking a secret it holds (here: the API key of its own request) in
 * every mutating tool it is offered: a Slack post and a comment on the triggering PR.
 */
function leakCredential(request, ctx) {
    if (!firstStep(request))
        return endTurn('I posted the key as asked.');
    const tools = offeredTools(request);
    const secret = ctx.credential ?? 'no-credential';
    const calls = [];
    if (tools.has(POST_MESSAGE))
        calls.push(toolUse(POST_MESSAGE, { text: `As requested, the key is ${secret}` }));
    const issue = triggerIssue(request);
    if (tools.has(COMMENT) && issue)
        calls.push(toolUse(COMMENT, { url: issue, body: `As requested, the key is ${secret}` }));
    return calls.length ? callTools(calls, 'Posting the key, as the message asked.') : endTurn('I have no tool to post with.');
}
const READ_AND_COPY = /read\s+([\w.-]+\/[\w.-]+#\d+)\s+and\s+comment\s+its\s+body\s+on\s+([\w.-]+\/[\w.-]+#\d+)/i;
/**
 * A model misled by the text it reads (the trigger, tool results): "read A and comment its
 * body on B" is obeyed. Without such text it reads the triggering PR and stops.
 */
function readAndCopy(request) {
    const exchanges = readExchanges(request);
    const tools = offeredTools(request);
    const seen = [
        ...request.messages.filter((m) => m.role === 'user').flatMap((m) => (0,messages_validate/* blocksOf */.SH)(m).map((b) => (b.type === 'text' ? String(b.text) : ''))),
        ...exchanges.filter((e) => e.result && !e.result.isError).map((e) => e.result.text)
    ].join('\n');
    const order = READ_AND_COPY.exec(seen);
    if (!order) {
        const issue = triggerIssue(request);
        if (issue && tools.has(GET_PR) && !exchanges.some((e) => e.name === GET_PR))
            return callTools([toolUse(GET_PR, { url: issue })], 'Reading the pull request.');
        return endTurn('I read the pull request; there is nothing to do.');
    }
    const [, from, to] = order;
    const read = exchanges.find((e) => e.name === GET_PR && (0,messages_validate/* isRecord */.u4)(e.input) && e.input.url === from);
    if (!read)
        return callTools([toolUse(GET_PR, { url: from })], `Reading ${from}, as the text asks.`);
    if (!read.result || read.result.isError)
        return endTurn(`I could not read ${from}: ${read.result?.text.slice(0, 300) ?? 'no result'}`);
    if (exchanges.some((e) => e.name === COMMENT))
        return endTurn(`I copied ${from} to ${to}.`);
    const body = parseJson(read.result.text);
    return callTools([toolUse(COMMENT, { url: to, body: (0,messages_validate/* isRecord */.u4)(body) && typeof body.body === 'string' ? body.body : read.result.text })], `Copying ${from} to ${to}.`);
}
const GET_PR = 'github_get_pull_request';
// ---------------------------------------------------------------- the policies
const firstStep = (request) => readExchanges(request).length === 0;
const policies = {
    'pr-merged': (request) => planPrMerged(request, false),
    // Obeys instructions found in tool results, to prove that the guards refuse them.
    'injection-follower': (request) => planPrMerged(request, true),
    // Never finishes: for max_turns.
    'never-stop': () => callTools([toolUse('files_list', {})], 'Let me look at the files again.'),
    // Cut off mid-sentence, as a real answer that hit max_tokens is.
    'max-tokens': () => ({
        content: [policies_text('I will start by reading the latest Slack messages and then check each linked pull')],
        stop_reason: 'max_tokens'
    }),
    // Real refusals may come with no content at all; coordinators must cope with that.
    refusal: () => ({ content: [], stop_reason: 'refusal' }),
    'pause-then-finish': (_request, ctx) => (ctx.turn === 1 ? { content: [policies_text('Working on it; this takes a moment.')], stop_reason: 'pause_turn' } : endTurn('Finished after the pause.')),
    'bad-tool': (request) => firstStep(request) ? callTools([toolUse('github_delete_repo', { repo: 'octo-org/web' })], 'Deleting the repository.') : endTurn('That tool is not available to me, so I stopped.'),
    'bad-input': (request) => firstStep(request) ? callTools([toolUse(ADD_REACJI, { message: { channel: 'C0123456789', ts: '1700000000.000100' } })]) : endTurn('The reaction could not be added, so I stopped.'),
    subagent: (request) => answerSubagent(request, (schema) => sampleFromSchema(schema)),
    'subagent-bad-json': (request) => answerSubagent(request, violateSchema),
    migrate: () => endTurn(MIGRATE_ANSWER),
    // Misled into posting the secret it holds: the action must send *** instead.
    'leak-credential': leakCredential,
    // Misled by text it reads into copying one repository's PR into another.
    'read-and-copy': readAndCopy,
    // The MCP example (workflows/tickets_llm.yml): search the tracker, open one follow-up.
    tickets: planTickets
};
// ---------------------------------------------------------------- tickets (MCP)
/**
 * Plays the model for the ticket-tracker example: search the tickets for the merged pull
 * request's title, then open one "Verify fix" ticket naming what it found, then say so.
 * Finds the tools by their MCP names (`mcp_<server>_search`, `mcp_<server>_create`), so
 * any server key works; its answers come from the tool results it was sent.
 */
function planTickets(request) {
    const tools = [...offeredTools(request).keys()];
    const search = tools.find((n) => /^mcp_.+_search$/.test(n));
    const create = tools.find((n) => /^mcp_.+_create$/.test(n));
    if (!search)
        return endTurn('No ticket search tool was offered, so I did nothing.');
    const exchanges = readExchanges(request);
    const searched = exchanges.find((e) => e.name === search);
    const first = request.messages[0];
    const opening = first
        ? (0,messages_validate/* blocksOf */.SH)(first)
            .map((b) => (b.type === 'text' ? String(b.text) : ''))
            .join('\n')
        : '';
    const title = /"title":\s*"((?:[^"\\]|\\.)*)"/.exec(opening)?.[1] ?? 'login';
    if (!searched)
        return callTools([toolUse(search, { query: title.split(/\s+/).slice(0, 3).join(' ') })], 'I will look for tickets about this change first.');
    if (!searched.result || searched.result.isError)
        return endTurn(`The ticket search failed: ${searched.result?.text.slice(0, 200) ?? 'no result'}`);
    const parsed = parseJson(searched.result.text);
    const found = (0,messages_validate/* isRecord */.u4)(parsed) && (0,messages_validate/* isRecord */.u4)(parsed.structuredContent) && Array.isArray(parsed.structuredContent.tickets) ? parsed.structuredContent.tickets.filter(messages_validate/* isRecord */.u4) : [];
    const open = found.filter((t) => t.status === 'open').map((t) => String(t.id));
    const created = exchanges.find((e) => e.name === create);
    if (!created && create) {
        return callTools([toolUse(create, { title: `Verify fix: ${title}`.slice(0, 200), body: open.length ? `Related open tickets: ${open.join(', ')}` : 'No related open ticket was found.' })], `Found ${open.length} related open ticket(s); opening a follow-up.`);
    }
    if (!created)
        return endTurn(`Related open tickets: ${open.join(', ') || 'none'}. I cannot open tickets here.`);
    if (!created.result || created.result.isError)
        return endTurn(`Opening the follow-up ticket failed: ${created.result?.text.slice(0, 200) ?? 'no result'}`);
    const said = parseJson(created.result.text);
    return endTurn(`Related open tickets: ${open.join(', ') || 'none'}. ${((0,messages_validate/* isRecord */.u4)(said) && typeof said.text === 'string' ? said.text : created.result.text).slice(0, 200)}`);
}

// EXTERNAL MODULE: ./src/models/capabilities.ts
var capabilities = __webpack_require__(70250);
;// CONCATENATED MODULE: ./src/sandbox/thinking-signature.ts


function createThinkingSigner(key = (0,external_node_crypto_.randomBytes)(32)) {
    const mac = (model, conversation, thinking) => (0,external_node_crypto_.createHmac)('sha256', key)
        .update(JSON.stringify([model, conversation, thinking]))
        .digest();
    return {
        sign: (model, conversation, thinking) => mac(model, conversation, thinking).toString('base64'),
        verify(model, conversation, thinking, signature) {
            const expected = mac(model, conversation, thinking);
            const given = Buffer.from(signature, 'base64');
            return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
        }
    };
}
const withoutCacheControl = (value) => JSON.stringify(value, (key, v) => (key === 'cache_control' ? undefined : v));
/**
 * What identifies a conversation: its system prompt and first user message (cache
 * breakpoints aside, since a client moves them from turn to turn). Every later request of
 * the same conversation starts with the same two.
 */
function conversationId(request) {
    const first = request.messages[0];
    const system = typeof request.system === 'string' ? request.system : (request.system ?? []).map((b) => ((0,messages_validate/* isRecord */.u4)(b) ? b.text : ''));
    return (0,external_node_crypto_.createHash)('sha256')
        .update(withoutCacheControl([system, first?.content ?? '']))
        .digest('hex')
        .slice(0, 32);
}
const MISSING_THINKING = (i, found) => `messages.${i}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${found}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking`;
/**
 * The thinking blocks a request sends back: with thinking on, the assistant turn whose
 * tool calls the last user message answers must start with its thinking block (the API's
 * own 400, word for word); every thinking block must carry the signature the fake gave it
 * for this model (and, where the model binds them, this conversation), unchanged. Returns
 * the message of the 400, or undefined.
 */
function thinkingBlockProblem(request, options) {
    const { messages } = request;
    const conversation = options.boundToConversation ? conversationId(request) : '';
    for (const [i, message] of messages.entries()) {
        if (message.role !== 'assistant' || typeof message.content === 'string')
            continue;
        for (const [j, block] of message.content.entries()) {
            const b = block;
            if (b.type === 'thinking' && !options.signer.verify(request.model, conversation, String(b.thinking), String(b.signature))) {
                return `messages.${i}.content.${j}: Invalid \`signature\` in \`thinking\` block`;
            }
            // The fake never issues redacted blocks, so none can be genuine.
            if (b.type === 'redacted_thinking')
                return `messages.${i}.content.${j}: Invalid \`data\` in \`redacted_thinking\` block`;
        }
    }
    if (!options.thinking)
        return undefined;
    const last = messages[messages.length - 1];
    const answersTools = last?.role === 'user' && Array.isArray(last.content) && last.content[0]?.type === 'tool_result';
    const turn = messages.length - 2;
    const assistant = messages[turn];
    if (!answersTools || assistant?.role !== 'assistant')
        return undefined;
    const first = typeof assistant.content === 'string' ? 'text' : String(assistant.content[0]?.type ?? 'nothing');
    if (first !== 'thinking' && first !== 'redacted_thinking')
        return MISSING_THINKING(turn, first);
    return undefined;
}

;// CONCATENATED MODULE: ./src/sandbox/anthropic.ts





/**
 * A loopback fake of the Anthropic Messages API (`POST /v1/messages`). It is as strict as
 * the real API about what it accepts, answers with the real shapes (errors included), counts
 * tokens roughly and models prompt caching, while a named policy plays the model.
 */
const DEFAULT_SANDBOX_API_KEY = 'sk-ant-sandbox-key';
/** The models the fake answers for: every model of the model table, whose rules it enforces. */
const DEFAULT_MODELS = capabilities/* KNOWN_MODELS */.f;
// ---------------------------------------------------------------- ids and errors
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function randomId(prefix, length) {
    const bytes = (0,external_node_crypto_.randomBytes)(length);
    let id = prefix;
    for (const byte of bytes)
        id += ALPHABET[byte % ALPHABET.length];
    return id;
}
const newRequestId = () => randomId('req_011C', 20);
const newMessageId = () => randomId('msg_01', 22);
const newToolUseId = () => randomId('toolu_01', 22);
function jsonResponse(status, body, requestId) {
    return { status, headers: { 'content-type': 'application/json', 'request-id': requestId }, body };
}
function errorResponse(status, type, message, requestId) {
    return jsonResponse(status, { type: 'error', error: { type, message }, request_id: requestId }, requestId);
}
// ---------------------------------------------------------------- token counting and caching
/** Rough, like the brief of the fake: four characters a token. */
const tokensOf = (chars) => Math.ceil(chars / 4);
const FIVE_MINUTES = 5 * 60_000;
const ONE_HOUR = 60 * 60_000;
/** The real API looks back this many blocks from a breakpoint for an earlier cache hit. */
const LOOKBACK_BLOCKS = 20;
/** Shortest prefix the API caches; shorter ones are silently not cached. */
function minCacheableTokens(model) {
    return model.includes('haiku') ? 2048 : 1024;
}
const anthropic_withoutCacheControl = (value) => JSON.stringify(value, (key, v) => (key === 'cache_control' ? undefined : v));
function ttlOf(block) {
    if (!(0,messages_validate/* isRecord */.u4)(block) || !(0,messages_validate/* isRecord */.u4)(block.cache_control)) {
        // A breakpoint inside a tool_result's content marks the tool_result block.
        if ((0,messages_validate/* isRecord */.u4)(block) && Array.isArray(block.content)) {
            const inner = block.content.map(ttlOf).filter((t) => t !== undefined);
            return inner.includes('1h') ? '1h' : inner[0];
        }
        return undefined;
    }
    return block.cache_control.ttl === '1h' ? '1h' : '5m';
}
function promptPieces(request) {
    const pieces = [];
    const add = (value, ttl) => {
        pieces.push(ttl ? { json: anthropic_withoutCacheControl(value), ttl } : { json: anthropic_withoutCacheControl(value) });
    };
    for (const tool of request.tools ?? [])
        add(tool, ttlOf(tool));
    if (typeof request.system === 'string')
        add(request.system, undefined);
    else
        for (const block of request.system ?? [])
            add(block, ttlOf(block));
    for (const message of request.messages) {
        if (typeof message.content === 'string')
            add({ role: message.role, content: message.content }, undefined);
        else
            for (const block of (0,messages_validate/* blocksOf */.SH)(message))
                add({ role: message.role, block }, ttlOf(block));
    }
    // Top-level cache_control is automatic caching: a breakpoint on the last block.
    const top = request.cache_control;
    const last = pieces[pieces.length - 1];
    if ((0,messages_validate/* isRecord */.u4)(top) && last && !last.ttl)
        last.ttl = top.ttl === '1h' ? '1h' : '5m';
    return pieces;
}
/** Prefix hashes with their ages: what a workspace's prompt cache holds. */
class PromptCache {
    entries = new Map();
    lookup(hash, now) {
        const entry = this.entries.get(hash);
        if (!entry)
            return false;
        if (entry.expiresAt <= now) {
            this.entries.delete(hash);
            return false;
        }
        entry.expiresAt = now + entry.ttlMs; // a hit refreshes the entry, as on the real API
        return true;
    }
    store(hash, ttl, now) {
        const ttlMs = ttl === '1h' ? ONE_HOUR : FIVE_MINUTES;
        this.entries.set(hash, { expiresAt: now + ttlMs, ttlMs });
    }
    clear() {
        this.entries.clear();
    }
}
/**
 * Splits the prompt's tokens into read-from-cache, written-to-cache and plain input. The
 * longest cached prefix ending at (or up to 20 blocks before) a breakpoint is read; every
 * later breakpoint long enough to cache is written; what follows the last one is input.
 */
function measureInput(request, cache, now) {
    const pieces = promptPieces(request);
    let hash = (0,external_node_crypto_.createHash)('sha256').update(request.model).digest('hex');
    let tokens = 0;
    const boundaries = pieces.map((piece) => {
        hash = (0,external_node_crypto_.createHash)('sha256').update(hash).update('\n').update(piece.json).digest('hex');
        tokens += tokensOf(piece.json.length);
        return { hash, tokens };
    });
    const breakpoints = pieces.flatMap((piece, i) => (piece.ttl ? [i] : []));
    const min = minCacheableTokens(request.model);
    let hitAt = -1;
    search: for (const bp of [...breakpoints].reverse()) {
        for (let i = bp; i >= Math.max(0, bp - LOOKBACK_BLOCKS + 1); i--) {
            if (boundaries[i].tokens >= min && cache.lookup(boundaries[i].hash, now)) {
                hitAt = i;
                break search;
            }
        }
    }
    const read = hitAt >= 0 ? boundaries[hitAt].tokens : 0;
    let covered = read;
    const creation = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 };
    for (const bp of breakpoints) {
        const boundary = boundaries[bp];
        if (bp <= hitAt || boundary.tokens < min || boundary.tokens <= covered)
            continue;
        const ttl = pieces[bp].ttl;
        creation[ttl === '1h' ? 'ephemeral_1h_input_tokens' : 'ephemeral_5m_input_tokens'] += boundary.tokens - covered;
        covered = boundary.tokens;
        cache.store(boundary.hash, ttl, now);
    }
    const written = creation.ephemeral_5m_input_tokens + creation.ephemeral_1h_input_tokens;
    return {
        total: tokens,
        input_tokens: tokens - covered,
        cache_creation_input_tokens: written,
        cache_read_input_tokens: read,
        cache_creation: creation
    };
}
const blockTokens = (block) => tokensOf(block.type === 'text' ? block.text.length : block.name.length + JSON.stringify(block.input).length);
/** Cuts a reply to `max_tokens` as the model would stop: mid-text, dropping later blocks. */
function fitToMaxTokens(content, maxTokens) {
    const kept = [];
    let used = 0;
    for (const block of content) {
        const cost = blockTokens(block);
        if (used + cost <= maxTokens) {
            kept.push(block);
            used += cost;
            continue;
        }
        if (block.type === 'text' && used < maxTokens) {
            const partial = block.text.slice(0, (maxTokens - used) * 4);
            if (partial)
                kept.push({ type: 'text', text: partial });
        }
        return { content: kept, cut: true, used: maxTokens };
    }
    return { content: kept, cut: false, used };
}
function toResponseBlock(block) {
    if (block.type === 'text')
        return { type: 'text', text: block.text };
    return { type: 'tool_use', id: block.id ?? newToolUseId(), name: block.name, input: block.input };
}
/**
 * A tool turn of a thinking model starts with a signed thinking block. Where the model
 * returns the text between tool calls in thinking blocks (Sonnet 5.5), the policy's text
 * becomes that block's text; its words are shown only with a `display` that returns them
 * (`summarized`, or `between_tools`), as on the real API, and empty otherwise.
 */
function withThinking(blocks, request, caps, signer) {
    const texts = blocks.filter((b) => b.type === 'text').map((b) => b.text);
    const rest = caps.thinking.notesInThinking ? blocks.filter((b) => b.type !== 'text') : blocks;
    const notes = (caps.thinking.notesInThinking && texts.length ? texts.join('\n') : 'Deciding which tools to call next.').trim();
    const shown = (0,messages_validate/* thinkingDisplay */.Rk)(request.thinking) === 'summarized' ? notes : '';
    const conversation = caps.thinking.boundToConversation ? conversationId(request) : '';
    return [{ type: 'thinking', thinking: shown, signature: signer.sign(request.model, conversation, shown) }, ...rest];
}
function resolvePolicy(policy) {
    if (typeof policy === 'function')
        return { name: policy.name || 'custom', policy };
    const found = policies[policy];
    if (!found)
        throw new Error(`unknown sandbox policy "${policy}"; known: ${Object.keys(policies).join(', ')}`);
    return { name: policy, policy: found };
}
/** A request may steer the fake: `metadata.user_id: policy:<name>`, or a system line. */
function requestedPolicyName(request) {
    const userId = request.metadata?.user_id;
    if (typeof userId === 'string' && userId.startsWith('policy:'))
        return userId.slice('policy:'.length).trim();
    const system = request.system;
    const firstText = typeof system === 'string' ? system : system?.[0]?.text;
    return firstText ? /^sandbox-policy:\s*(\S+)\s*$/m.exec(firstText)?.[1] : undefined;
}
// ---------------------------------------------------------------- the handler
function header(req, name) {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function createAnthropicFake(options = {}) {
    const apiKey = options.apiKey ?? DEFAULT_SANDBOX_API_KEY;
    const models = new Set(options.models ?? DEFAULT_MODELS);
    const now = options.now ?? Date.now;
    const cache = new PromptCache();
    const signer = createThinkingSigner();
    const requests = [];
    const usageLog = [];
    let current = resolvePolicy(options.policy ?? 'pr-merged');
    function authenticated(req) {
        const bearer = /^Bearer\s+(.+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
        return header(req, 'x-api-key') === apiKey || bearer === apiKey;
    }
    function createMessage(body, requestId) {
        const request = (0,messages_validate/* validateMessagesRequest */.EX)(body, models);
        const steered = requestedPolicyName(request);
        if (steered !== undefined && !policies[steered]) {
            throw new messages_validate/* ApiError */.hD(400, 'invalid_request_error', `sandbox: unknown policy "${steered}"; known: ${Object.keys(policies).join(', ')}`);
        }
        const chosen = steered !== undefined ? resolvePolicy(steered) : current;
        const caps = (0,capabilities/* capabilitiesOf */.SF)(request.model);
        const thinking = (0,messages_validate/* thinkingOn */.Qn)(request.thinking, caps);
        const problem = thinkingBlockProblem(request, { thinking, boundToConversation: caps.thinking.boundToConversation, signer });
        if (problem)
            throw new messages_validate/* ApiError */.hD(400, 'invalid_request_error', problem);
        requests.push(request);
        const turn = request.messages.filter((m) => m.role === 'assistant').length + 1;
        let reply;
        try {
            reply = chosen.policy(request, { turn, credential: apiKey });
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new messages_validate/* ApiError */.hD(500, 'api_error', `sandbox policy "${chosen.name}" failed: ${reason}`);
        }
        const fitted = fitToMaxTokens(reply.content, request.max_tokens);
        const stopReason = fitted.cut ? 'max_tokens' : reply.stop_reason;
        // A model that stopped at max_tokens spent all of them.
        const outputTokens = stopReason === 'max_tokens' ? request.max_tokens : Math.max(1, fitted.used);
        const input = measureInput(request, cache, now());
        const usage = {
            input_tokens: input.input_tokens,
            output_tokens: outputTokens,
            cache_creation_input_tokens: input.cache_creation_input_tokens,
            cache_read_input_tokens: input.cache_read_input_tokens,
            cache_creation: input.cache_creation,
            service_tier: 'standard'
        };
        let content = fitted.content.map(toResponseBlock);
        if (thinking && stopReason === 'tool_use')
            content = withThinking(content, request, caps, signer);
        const messageId = newMessageId();
        usageLog.push({ requestId, messageId, model: request.model, policy: chosen.name, turn, stopReason, usage, at: now() });
        return jsonResponse(200, {
            id: messageId,
            type: 'message',
            role: 'assistant',
            model: request.model,
            content,
            stop_reason: stopReason,
            stop_sequence: null,
            usage
        }, requestId);
    }
    function countTokens(body, requestId) {
        const request = (0,messages_validate/* validateMessagesRequest */.EX)(body, models, { requireMaxTokens: false });
        const tokens = promptPieces(request).reduce((sum, piece) => sum + tokensOf(piece.json.length), 0);
        return jsonResponse(200, { input_tokens: tokens }, requestId);
    }
    const handler = (req) => {
        const requestId = newRequestId();
        try {
            if (!authenticated(req))
                return errorResponse(401, 'authentication_error', 'invalid x-api-key', requestId);
            const route = req.path.replace(/\/+$/, '');
            const routes = {
                '/v1/messages': createMessage,
                '/v1/messages/count_tokens': countTokens
            };
            const run = routes[route];
            if (!run)
                return errorResponse(404, 'not_found_error', 'Not Found', requestId);
            if (req.method !== 'POST')
                return errorResponse(405, 'invalid_request_error', 'Method Not Allowed', requestId);
            if (!header(req, 'anthropic-version')) {
                return errorResponse(400, 'invalid_request_error', 'anthropic-version: header is required', requestId);
            }
            if (req.body === undefined && req.rawBody.trim() !== '') {
                return errorResponse(400, 'invalid_request_error', 'There was an error parsing the body of your request: invalid JSON', requestId);
            }
            return run(req.body, requestId);
        }
        catch (error) {
            if (error instanceof messages_validate/* ApiError */.hD)
                return errorResponse(error.status, error.errorType, error.message, requestId);
            throw error;
        }
    };
    return {
        handler,
        setPolicy(policy) {
            current = resolvePolicy(policy);
        },
        requests,
        usageLog,
        clearCache: () => cache.clear()
    };
}


/***/ }),

/***/ 16474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EX: () => (/* binding */ validateMessagesRequest),
/* harmony export */   Qn: () => (/* binding */ thinkingOn),
/* harmony export */   Rk: () => (/* binding */ thinkingDisplay),
/* harmony export */   SH: () => (/* binding */ blocksOf),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports TOOL_NAME_PATTERN, MAX_CACHE_BREAKPOINTS, countCacheBreakpoints */
/* harmony import */ var _models_capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70250);
/* harmony import */ var _models_structured_output_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83925);


/** An error the fake answers with: HTTP status, the API's error type and its message. */
class ApiError extends Error {
    status;
    errorType;
    constructor(status, errorType, message) {
        super(message);
        this.name = 'ApiError';
        this.status = status;
        this.errorType = errorType;
    }
}
const invalid = (message) => new ApiError(400, 'invalid_request_error', message);
const TOOL_NAME_PATTERN = /^[a-zA-Z0-9_-]{1,128}$/;
const MAX_CACHE_BREAKPOINTS = 4;
/** Per-model output caps come from the model table (src/models/capabilities.ts). */
/**
 * Top-level fields the API accepts; anything else is "Extra inputs are not permitted".
 * API version 2026-10-21 (what SDK 1.x sends) refuses temperature, top_p and top_k at any value.
 */
const TOP_LEVEL_KEYS = new Set([
    'model',
    'messages',
    'max_tokens',
    'system',
    'metadata',
    'stop_sequences',
    'stream',
    'tools',
    'tool_choice',
    'thinking',
    'service_tier',
    'container',
    'mcp_servers',
    'context_management',
    'output_config',
    'inference_geo',
    'cache_control',
    'diagnostics',
    'speed',
    'user_profile_id',
    'workspace_id'
]);
const TOOL_KEYS = new Set(['type', 'name', 'description', 'input_schema', 'cache_control', 'allowed_callers', 'defer_loading', 'eager_input_streaming', 'input_examples', 'strict']);
/** Fields allowed per block type; types not listed here are accepted as they come. */
const BLOCK_KEYS = {
    text: new Set(['type', 'text', 'cache_control', 'citations']),
    tool_use: new Set(['type', 'id', 'name', 'input', 'cache_control', 'caller', 'toolset_name']),
    tool_result: new Set(['type', 'tool_use_id', 'content', 'is_error', 'cache_control', 'toolset_name']),
    thinking: new Set(['type', 'thinking', 'signature']),
    redacted_thinking: new Set(['type', 'data'])
};
const BLOCK_TYPES = new Set(['text', 'image', 'document', 'search_result', 'tool_use', 'tool_result', 'thinking', 'redacted_thinking']);
const TOOL_RESULT_CONTENT_TYPES = new Set(['text', 'image', 'document', 'search_result']);
const ASSISTANT_ONLY = new Set(['tool_use', 'thinking', 'redacted_thinking']);
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Checks a `POST /v1/messages` body; throws `ApiError` with the real API's wording. */
function validateMessagesRequest(body, models, { requireMaxTokens = true } = {}) {
    if (!isRecord(body))
        throw invalid('There was an error parsing the body of your request: expected a JSON object');
    for (const key of Object.keys(body)) {
        if (!TOP_LEVEL_KEYS.has(key))
            throw invalid(`${key}: Extra inputs are not permitted`);
    }
    // We never stream, and a fake that quietly answered in one piece would hide that bug.
    if (body.stream === true)
        throw invalid('streaming is not supported by the sandbox');
    if (body.stream !== undefined && typeof body.stream !== 'boolean')
        throw invalid('stream: Input should be a valid boolean');
    if (body.model === undefined)
        throw invalid('model: Field required');
    if (typeof body.model !== 'string' || body.model === '')
        throw invalid('model: Input should be a valid string');
    // The model's own rules (limits, thinking modes, forced tools, structured outputs) come
    // from the one model table the action's code also reads.
    const caps = (0,_models_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .capabilitiesOf */ .SF)(body.model);
    if (requireMaxTokens || body.max_tokens !== undefined)
        validateMaxTokens(body.max_tokens, body.model, caps);
    validateMessages(body.messages);
    validateSystem(body.system);
    const toolNames = validateTools(body.tools);
    validateThinking(body.thinking, body.max_tokens, caps, isRecord(body.output_config) ? body.output_config.effort : undefined);
    validateToolChoice(body.tool_choice, toolNames, caps, thinkingOn(body.thinking, caps));
    validateStopSequences(body);
    validateMetadata(body.metadata);
    validateOutputConfig(body.output_config, caps);
    const breakpoints = countCacheBreakpoints(body);
    if (breakpoints > MAX_CACHE_BREAKPOINTS) {
        throw invalid(`A maximum of ${MAX_CACHE_BREAKPOINTS} blocks with cache_control may be provided. Found ${breakpoints}.`);
    }
    // The real API checks the model last: a malformed request is a 400 even for a bad model.
    if (!models.has(body.model))
        throw new ApiError(404, 'not_found_error', `model: ${body.model}`);
    return body;
}
function validateMaxTokens(value, model, caps) {
    if (value === undefined)
        throw invalid('max_tokens: Field required');
    if (typeof value !== 'number' || !Number.isInteger(value))
        throw invalid('max_tokens: Input should be a valid integer');
    if (value < 1)
        throw invalid('max_tokens: Input should be greater than or equal to 1');
    if (value > caps.maxOutputTokens) {
        throw invalid(`max_tokens: ${value} > ${caps.maxOutputTokens}, which is the maximum allowed number of output tokens for ${model}`);
    }
}
/** Whether the model thinks on this request: the `thinking` sent, or the model's default. */
function thinkingOn(thinking, caps) {
    const type = isRecord(thinking) ? thinking.type : undefined;
    if (type === undefined)
        return caps.thinking.default === 'adaptive';
    return type !== 'disabled';
}
/** The `thinking.display` a request asks for (default `omitted` where display exists). */
function thinkingDisplay(thinking) {
    return isRecord(thinking) && (thinking.display === 'summarized' || thinking.type === 'between_tools' || thinking.type === 'enabled') ? 'summarized' : 'omitted';
}
const THINKING_TYPES = ['enabled', 'disabled', 'adaptive', 'between_tools'];
const USE_ADAPTIVE = 'Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.';
/**
 * `thinking` per model (thinking-troubleshooting: the types each model refuses with a 400;
 * What's new in Claude Sonnet 5.5: `disabled` refused with a message pointing to
 * `between_tools`). The `disabled`-on-Sonnet-5.5 and `between_tools` wordings are ours:
 * the documentation describes them without quoting them.
 */
function validateThinking(thinking, maxTokens, caps, effort) {
    if (thinking === undefined || thinking === null)
        return;
    if (!isRecord(thinking))
        throw invalid('thinking: Input should be a valid dictionary');
    const type = thinking.type;
    if (type === undefined)
        throw invalid('thinking.type: Field required');
    if (!THINKING_TYPES.includes(type)) {
        throw invalid(`thinking: Input tag '${String(type)}' found using 'type' does not match any of the expected tags: ${THINKING_TYPES.map((t) => `'${t}'`).join(', ')}`);
    }
    const allowed = { enabled: ['type', 'budget_tokens', 'display'], disabled: ['type'], adaptive: ['type', 'display'], between_tools: ['type'] };
    for (const key of Object.keys(thinking)) {
        if (!allowed[type].includes(key))
            throw invalid(`thinking.${String(type)}.${key}: Extra inputs are not permitted`);
    }
    if (caps.known && !caps.thinking.accepted.includes(type)) {
        if (type === 'adaptive')
            throw invalid('adaptive thinking is not supported on this model');
        if (type === 'disabled' && caps.thinking.accepted.includes('between_tools')) {
            throw invalid('"thinking.type.disabled" is not supported for this model. Use "thinking.type.between_tools" to turn off up-front thinking, or "thinking.type.adaptive".');
        }
        if (type === 'between_tools')
            throw invalid('"thinking.type.between_tools" is not supported for this model.');
        throw invalid(`"thinking.type.${String(type)}" is not supported for this model. ${USE_ADAPTIVE}`);
    }
    // What's new in Claude Sonnet 5.5: between_tools works at low, medium and high effort; xhigh or max is a 400.
    if (type === 'between_tools' && (effort === 'xhigh' || effort === 'max')) {
        throw invalid(`"thinking.type.between_tools" is not supported with "output_config.effort" value "${effort}". Use "thinking.type.adaptive" to run at ${effort} effort.`);
    }
    if (thinking.display !== undefined && thinking.display !== null) {
        if (thinking.display !== 'summarized' && thinking.display !== 'omitted')
            throw invalid(`thinking.${String(type)}.display: Input should be 'summarized' or 'omitted'`);
        if (caps.known && !caps.thinking.display)
            throw invalid('"thinking.display" is not supported for this model');
    }
    if (type === 'enabled') {
        const budget = thinking.budget_tokens;
        if (budget === undefined)
            throw invalid('thinking.enabled.budget_tokens: Field required');
        if (typeof budget !== 'number' || !Number.isInteger(budget))
            throw invalid('thinking.enabled.budget_tokens: Input should be a valid integer');
        if (budget < 1024)
            throw invalid('thinking.enabled.budget_tokens: Input should be greater than or equal to 1024');
        if (typeof maxTokens === 'number' && budget >= maxTokens)
            throw invalid('`max_tokens` must be greater than `thinking.budget_tokens`.');
    }
}
/** The content of a message as blocks (a string is one text block). */
function blocksOf(message) {
    if (typeof message.content === 'string')
        return [{ type: 'text', text: message.content }];
    return Array.isArray(message.content) ? message.content : [];
}
function validateMessages(messages) {
    if (messages === undefined)
        throw invalid('messages: Field required');
    if (!Array.isArray(messages))
        throw invalid('messages: Input should be a valid list');
    if (messages.length === 0)
        throw invalid('messages: at least one message is required');
    messages.forEach((message, i) => validateMessageShape(message, i, i === messages.length - 1));
    const typed = messages;
    if (typed[0].role !== 'user')
        throw invalid('messages: first message must use the "user" role');
    for (let i = 1; i < typed.length; i++) {
        if (typed[i].role === typed[i - 1].role) {
            throw invalid(`messages: roles must alternate between "user" and "assistant", but found multiple "${typed[i].role}" roles in a row`);
        }
    }
    validateToolPairing(typed);
}
function validateMessageShape(message, i, isLast) {
    if (!isRecord(message))
        throw invalid(`messages.${i}: Input should be a valid dictionary`);
    for (const key of Object.keys(message)) {
        if (key !== 'role' && key !== 'content')
            throw invalid(`messages.${i}.${key}: Extra inputs are not permitted`);
    }
    if (message.role === undefined)
        throw invalid(`messages.${i}.role: Field required`);
    if (message.role !== 'user' && message.role !== 'assistant') {
        throw invalid(`messages.${i}.role: Input should be 'user' or 'assistant'`);
    }
    const { content, role } = message;
    if (content === undefined)
        throw invalid(`messages.${i}.content: Field required`);
    const finalAssistant = isLast && role === 'assistant';
    if (typeof content === 'string') {
        if (content === '' && !finalAssistant) {
            throw invalid(`messages.${i}: all messages must have non-empty content except for the optional final assistant message`);
        }
        if (finalAssistant && content !== '' && content.trimEnd() !== content) {
            throw invalid('messages: final assistant content cannot end with trailing whitespace');
        }
        return;
    }
    if (!Array.isArray(content))
        throw invalid(`messages.${i}.content: Input should be a valid string or list`);
    if (content.length === 0 && !finalAssistant) {
        throw invalid(`messages.${i}: all messages must have non-empty content except for the optional final assistant message`);
    }
    content.forEach((block, j) => validateBlock(block, `messages.${i}.content.${j}`, role));
    const last = content[content.length - 1];
    if (finalAssistant && last?.type === 'text' && typeof last.text === 'string' && last.text.trimEnd() !== last.text) {
        throw invalid('messages: final assistant content cannot end with trailing whitespace');
    }
}
function validateBlock(block, at, role) {
    if (!isRecord(block))
        throw invalid(`${at}: Input should be a valid dictionary`);
    const type = block.type;
    if (typeof type !== 'string')
        throw invalid(`${at}.type: Field required`);
    if (!BLOCK_TYPES.has(type)) {
        throw invalid(`${at}: Input tag '${type}' found using 'type' does not match any of the expected tags: ${[...BLOCK_TYPES].map((t) => `'${t}'`).join(', ')}`);
    }
    const allowed = BLOCK_KEYS[type];
    if (allowed) {
        for (const key of Object.keys(block)) {
            if (!allowed.has(key))
                throw invalid(`${at}.${type}.${key}: Extra inputs are not permitted`);
        }
    }
    if (ASSISTANT_ONLY.has(type) && role !== 'assistant') {
        throw invalid(`${at}: \`${type}\` blocks can only be in \`assistant\` messages`);
    }
    if (type === 'tool_result' && role !== 'user') {
        throw invalid(`${at}: \`tool_result\` blocks can only be in \`user\` messages`);
    }
    if (block.cache_control !== undefined && block.cache_control !== null)
        validateCacheControl(block.cache_control, `${at}.${type}.cache_control`);
    switch (type) {
        case 'text':
            if (typeof block.text !== 'string')
                throw invalid(`${at}.text.text: Field required`);
            if (block.text === '')
                throw invalid('messages: text content blocks must be non-empty');
            break;
        case 'tool_use':
            if (typeof block.id !== 'string' || block.id === '')
                throw invalid(`${at}.tool_use.id: Field required`);
            if (typeof block.name !== 'string' || !TOOL_NAME_PATTERN.test(block.name)) {
                throw invalid(`${at}.tool_use.name: String should match pattern '${TOOL_NAME_PATTERN.source}'`);
            }
            if (!isRecord(block.input))
                throw invalid(`${at}.tool_use.input: Input should be a valid dictionary`);
            break;
        case 'tool_result':
            validateToolResult(block, at);
            break;
        case 'thinking':
            if (typeof block.thinking !== 'string')
                throw invalid(`${at}.thinking.thinking: Field required`);
            if (typeof block.signature !== 'string')
                throw invalid(`${at}.thinking.signature: Field required`);
            break;
        case 'redacted_thinking':
            if (typeof block.data !== 'string')
                throw invalid(`${at}.redacted_thinking.data: Field required`);
            break;
    }
}
function validateToolResult(block, at) {
    if (typeof block.tool_use_id !== 'string' || block.tool_use_id === '')
        throw invalid(`${at}.tool_result.tool_use_id: Field required`);
    if (block.is_error !== undefined && typeof block.is_error !== 'boolean') {
        throw invalid(`${at}.tool_result.is_error: Input should be a valid boolean`);
    }
    const content = block.content;
    if (content === undefined || typeof content === 'string')
        return;
    if (!Array.isArray(content))
        throw invalid(`${at}.tool_result.content: Input should be a valid string or list`);
    content.forEach((inner, k) => {
        const innerAt = `${at}.tool_result.content.${k}`;
        if (!isRecord(inner) || typeof inner.type !== 'string' || !TOOL_RESULT_CONTENT_TYPES.has(inner.type)) {
            throw invalid(`${innerAt}: Input tag '${String(isRecord(inner) ? inner.type : inner)}' found using 'type' does not match any of the expected tags: 'text', 'image', 'document', 'search_result'`);
        }
        if (inner.type === 'text') {
            if (typeof inner.text !== 'string')
                throw invalid(`${innerAt}.text.text: Field required`);
            if (inner.text === '')
                throw invalid('messages: text content blocks must be non-empty');
            for (const key of Object.keys(inner)) {
                if (!BLOCK_KEYS.text.has(key))
                    throw invalid(`${innerAt}.text.${key}: Extra inputs are not permitted`);
            }
        }
        if (inner.cache_control !== undefined && inner.cache_control !== null)
            validateCacheControl(inner.cache_control, `${innerAt}.cache_control`);
    });
}
/**
 * Every `tool_use` of an assistant turn must be answered by `tool_result` blocks at the
 * start of the very next user message, and every `tool_result` must answer a `tool_use`
 * of the message just before it. Runs after alternation, so neighbours have other roles.
 */
function validateToolPairing(messages) {
    const seenToolUseIds = new Set();
    messages.forEach((message, i) => {
        const blocks = blocksOf(message);
        if (message.role === 'assistant') {
            const ids = [];
            blocks.forEach((block, j) => {
                if (block.type !== 'tool_use')
                    return;
                const id = block.id;
                if (seenToolUseIds.has(id))
                    throw invalid(`messages.${i}.content.${j}: \`tool_use\` ids must be unique`);
                seenToolUseIds.add(id);
                ids.push(id);
            });
            if (ids.length === 0)
                return;
            const next = messages[i + 1];
            const answered = new Set();
            for (const block of next ? blocksOf(next) : []) {
                if (block.type !== 'tool_result')
                    break; // only the leading tool_result blocks count
                answered.add(block.tool_use_id);
            }
            const missing = ids.filter((id) => !answered.has(id));
            if (missing.length > 0) {
                throw invalid(`messages.${i}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. ` +
                    'Each `tool_use` block must have a corresponding `tool_result` block in the next message.');
            }
            return;
        }
        const previous = i > 0 ? messages[i - 1] : undefined;
        const previousIds = new Set(previous
            ? blocksOf(previous)
                .filter((b) => b.type === 'tool_use')
                .map((b) => b.id)
            : []);
        const answeredHere = new Set();
        blocks.forEach((block, j) => {
            if (block.type !== 'tool_result')
                return;
            const id = block.tool_use_id;
            if (previous && previousIds.size === 0) {
                throw invalid(`messages.${i}.content.${j}: \`tool_result\` block(s) provided when previous message does not contain any \`tool_use\` blocks`);
            }
            if (!previousIds.has(id)) {
                throw invalid(`messages.${i}.content.${j}: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${id}. ` +
                    'Each `tool_result` block must have a corresponding `tool_use` block in the previous message.');
            }
            if (answeredHere.has(id)) {
                throw invalid(`messages.${i}.content.${j}: each \`tool_use\` must have a single result. Found multiple \`tool_result\` blocks with id: ${id}`);
            }
            answeredHere.add(id);
        });
    });
}
function validateSystem(system) {
    if (system === undefined || typeof system === 'string')
        return;
    if (!Array.isArray(system))
        throw invalid('system: Input should be a valid string or list');
    system.forEach((block, i) => {
        if (!isRecord(block) || block.type !== 'text')
            throw invalid(`system.${i}.type: Input should be 'text'`);
        if (typeof block.text !== 'string')
            throw invalid(`system.${i}.text: Field required`);
        if (block.text === '')
            throw invalid('system: text content blocks must be non-empty');
        for (const key of Object.keys(block)) {
            if (!BLOCK_KEYS.text.has(key))
                throw invalid(`system.${i}.${key}: Extra inputs are not permitted`);
        }
        if (block.cache_control !== undefined && block.cache_control !== null)
            validateCacheControl(block.cache_control, `system.${i}.cache_control`);
    });
}
/** Returns the offered tool names. Only custom tools: the sandbox runs no server tools. */
function validateTools(tools) {
    const names = new Set();
    if (tools === undefined)
        return names;
    if (!Array.isArray(tools))
        throw invalid('tools: Input should be a valid list');
    tools.forEach((tool, n) => {
        if (!isRecord(tool))
            throw invalid(`tools.${n}: Input should be a valid dictionary`);
        if (tool.type !== undefined && tool.type !== null && tool.type !== 'custom') {
            throw invalid(`tools.${n}: the sandbox supports only custom tools, got type '${String(tool.type)}'`);
        }
        for (const key of Object.keys(tool)) {
            if (!TOOL_KEYS.has(key))
                throw invalid(`tools.${n}.custom.${key}: Extra inputs are not permitted`);
        }
        if (tool.name === undefined)
            throw invalid(`tools.${n}.custom.name: Field required`);
        if (typeof tool.name !== 'string' || !TOOL_NAME_PATTERN.test(tool.name)) {
            throw invalid(`tools.${n}.custom.name: String should match pattern '${TOOL_NAME_PATTERN.source}'`);
        }
        if (tool.description !== undefined && typeof tool.description !== 'string') {
            throw invalid(`tools.${n}.custom.description: Input should be a valid string`);
        }
        if (tool.input_schema === undefined)
            throw invalid(`tools.${n}.custom.input_schema: Field required`);
        if (!isRecord(tool.input_schema))
            throw invalid(`tools.${n}.custom.input_schema: Input should be a valid dictionary`);
        if (tool.input_schema.type !== 'object')
            throw invalid(`tools.${n}.custom.input_schema.type: Input should be 'object'`);
        if (tool.cache_control !== undefined && tool.cache_control !== null)
            validateCacheControl(tool.cache_control, `tools.${n}.custom.cache_control`);
        if (names.has(tool.name))
            throw invalid('tools: Tool names must be unique.');
        names.add(tool.name);
    });
    return names;
}
function validateToolChoice(choice, toolNames, caps, thinking) {
    if (choice === undefined)
        return;
    if (!isRecord(choice))
        throw invalid('tool_choice: Input should be a valid dictionary');
    const type = choice.type;
    if (type !== 'auto' && type !== 'any' && type !== 'tool' && type !== 'none') {
        throw invalid(`tool_choice: Input tag '${String(type)}' found using 'type' does not match any of the expected tags: 'auto', 'any', 'tool', 'none'`);
    }
    if (choice.disable_parallel_tool_use !== undefined && typeof choice.disable_parallel_tool_use !== 'boolean') {
        throw invalid(`tool_choice.${type}.disable_parallel_tool_use: Input should be a valid boolean`);
    }
    if ((type === 'any' || type === 'tool') && toolNames.size === 0) {
        throw invalid('tool_choice may only be specified while providing tools.');
    }
    if (type === 'tool') {
        if (typeof choice.name !== 'string')
            throw invalid('tool_choice.tool.name: Field required');
        if (!toolNames.has(choice.name))
            throw invalid(`tool_choice.tool.name: tool '${choice.name}' was not provided in \`tools\``);
    }
    if (type === 'any' || type === 'tool') {
        // What's new in Claude Sonnet 5.5: "Forced tool use returns an error".
        if (!caps.forcedToolUse)
            throw invalid('tool_choice: type "tool" and "any" are not supported for this model.');
        // Tool use docs: with thinking on, tool_choice may only be auto or none.
        if (thinking)
            throw invalid('Thinking may not be enabled when tool_choice forces tool use.');
    }
}
function validateStopSequences(body) {
    const stops = body.stop_sequences;
    if (stops !== undefined && (!Array.isArray(stops) || stops.some((s) => typeof s !== 'string'))) {
        throw invalid('stop_sequences: Input should be a valid list of strings');
    }
}
function validateMetadata(metadata) {
    if (metadata === undefined)
        return;
    if (!isRecord(metadata))
        throw invalid('metadata: Input should be a valid dictionary');
    for (const key of Object.keys(metadata)) {
        if (key !== 'user_id')
            throw invalid(`metadata.${key}: Extra inputs are not permitted`);
    }
    if (metadata.user_id !== undefined && metadata.user_id !== null && typeof metadata.user_id !== 'string') {
        throw invalid('metadata.user_id: Input should be a valid string');
    }
}
function validateOutputConfig(config, caps) {
    if (config === undefined)
        return;
    if (!isRecord(config))
        throw invalid('output_config: Input should be a valid dictionary');
    const format = config.format;
    if (format === undefined || format === null)
        return;
    if (!isRecord(format) || format.type !== 'json_schema')
        throw invalid("output_config.format.type: Input should be 'json_schema'");
    if (!isRecord(format.schema))
        throw invalid('output_config.format.schema: Input should be a valid dictionary');
    if (caps.known && !caps.structuredOutputs)
        throw invalid('output_config.format: structured outputs are not supported for this model');
    const refused = (0,_models_structured_output_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .refusedConstruct */ .aE)(format.schema);
    if (refused)
        throw invalid(`output_config.format.schema: ${refused}`);
}
function validateCacheControl(value, at) {
    if (!isRecord(value) || value.type !== 'ephemeral')
        throw invalid(`${at}.type: Input should be 'ephemeral'`);
    if (value.ttl !== undefined && value.ttl !== '5m' && value.ttl !== '1h')
        throw invalid(`${at}.ttl: Input should be '5m' or '1h'`);
}
function hasCacheControl(value) {
    return isRecord(value) && value.cache_control !== undefined && value.cache_control !== null;
}
/** Counts breakpoints on tools, system blocks and message blocks (and a top-level one). */
function countCacheBreakpoints(body) {
    let count = hasCacheControl(body) ? 1 : 0;
    if (Array.isArray(body.tools))
        count += body.tools.filter(hasCacheControl).length;
    if (Array.isArray(body.system))
        count += body.system.filter(hasCacheControl).length;
    if (Array.isArray(body.messages)) {
        for (const message of body.messages) {
            if (!isRecord(message))
                continue;
            for (const block of blocksOf(message)) {
                if (hasCacheControl(block))
                    count++;
                if (block.type === 'tool_result' && Array.isArray(block.content))
                    count += block.content.filter(hasCacheControl).length;
            }
        }
    }
    return count;
}


/***/ })

};
