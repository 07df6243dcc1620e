"use strict";exports.id=5969,exports.ids=[5969],exports.modules={28218:(function(__unused_webpack_module,__webpack_exports__,__webpack_require__){__webpack_require__.r(__webpack_exports__),__webpack_require__.d(__webpack_exports__,{INIT_HELP:()=>INIT_HELP,initCommand:()=>initCommand});var external_node_fs_=__webpack_require__(73024),external_node_path_=__webpack_require__(76760),types=__webpack_require__(40012),errors=__webpack_require__(83916);const ACTION_REF="hybrid-coordinator/hybrid-coordinator@v1",WORKFLOW=`# Hybrid Coordinator: runs the workflow configs in .github/coordinator/.
# Pull requests: every config and script is checked, nothing runs (mode: validate).
# A merged or closed pull request, the schedule, or a manual run: the workflows run.
name: Coordinator
on:
  pull_request:
    types: [opened, synchronize, reopened, closed]
  schedule:
    - cron: "*/30 * * * *"
  workflow_dispatch:
permissions:
  contents: read
  pull-requests: read
jobs:
  validate:
    if: github.event_name == 'pull_request' && github.event.action != 'closed'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION_REF}
        with:
          mode: validate
  coordinate:
    if: github.event_name != 'pull_request' || github.event.action == 'closed'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - uses: ${ACTION_REF}
        with:
          slack-token: \${{ secrets.SLACK_BOT_TOKEN }}
          anthropic-api-key: \${{ secrets.ANTHROPIC_API_KEY }}
          # Tool calls that change something are recorded in the summary, not sent. Remove
          # this line once the summary shows what you expect.
          dry-run: true
`,CONFIG=`# yaml-language-server: $schema=https://raw.githubusercontent.com/hybrid-coordinator/hybrid-coordinator/v1/schema/workflow.schema.json
# An example workflow: when a pull request is merged or closed (and every 30 minutes),
# mark the Slack messages that link it with :merged:. Written by \`hybrid-coordinator init\`.
name: pr-merged-reacji
description: Mark Slack messages whose PR has merged or closed
on:
  pull_request:
    types: [closed]
  schedule: {}
  workflow_dispatch: {}
coordinator: script
coordinator_script: .github/coordinator/scripts/pr_merged.ts
timeout_seconds: 120
tools:
  - slack.get_messages
  - slack.add_reacji
  - github.get_status
slack:
  channel: C0123456789   # your channel's id (the sandbox's channel has this one)
limits:
  slack.add_reacji: 10
allow:
  slack_reactions: [merged]
`,EXAMPLE_SCRIPT=`// The seed's workflow as a script coordinator: read the channel's last 10 messages, look up
// every linked pull request, and mark those merged or closed with :merged:.
import type { Handler } from 'hybrid-coordinator'

const PR_LINK = /https?:\\/\\/[^\\s|>]+\\/[\\w.-]+\\/[\\w.-]+\\/pull\\/\\d+/g

const handler: Handler = async (trigger, tools) => {
  const messages = await tools.slack.get_messages({ limit: 10 })
  const linked = messages.flatMap((msg) => [...new Set(msg.text.match(PR_LINK) ?? [])].map((url) => ({ msg, url })))

  // All lookups at once, then all reactions at once: three round trips, not twenty-one.
  const statuses = await Promise.all(linked.map(({ url }) => tools.github.get_status(url)))
  const done = linked.filter((_, i) => statuses[i] === 'merged' || statuses[i] === 'closed')
  const toMark = [...new Map(done.map(({ msg }) => [msg.ts, msg])).values()]
  await Promise.all(toMark.map((msg) => tools.slack.add_reacji(msg, 'merged')))

  return { checked: messages.length, marked: toMark.map((m) => m.ts) }
}

export default handler
`,TSCONFIG=`{
  // Written by \`hybrid-coordinator init\`: lets editors (and \`npx tsc -p .github/coordinator\`)
  // type-check coordinator scripts against the action's script API. The action itself
  // needs none of this: it erases types when it loads a script.
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": true,
    "noEmit": true,
    "skipLibCheck": true,
    "types": [],
    "paths": { "hybrid-coordinator": ["./types/hybrid-coordinator.d.ts"] }
  },
  "include": ["scripts/**/*.ts", "scripts/**/*.mts", "types/*.d.ts"]
}
`,EVENT=`${JSON.stringify({action:"closed",number:12,pull_request:{number:12,state:"closed",merged:!0,html_url:"https://github.com/octo-org/web/pull/12",head:{ref:"feature/pr-12",repo:{full_name:"octo-org/web"}},base:{ref:"main",repo:{full_name:"octo-org/web"}}},repository:{full_name:"octo-org/web",default_branch:"main"},sender:{login:"octocat"}},null,2)}
`,INIT_FILES=[{path:".github/workflows/coordinator.yml",what:"the workflow step: validate on pull requests, run (dry run) on merge, schedule, dispatch",content:WORKFLOW},{path:".github/coordinator/pr_merged.yml",what:"an example workflow config (coordinator: script)",content:CONFIG},{path:".github/coordinator/scripts/pr_merged.ts",what:"its script coordinator",content:EXAMPLE_SCRIPT},{path:".github/coordinator/types/hybrid-coordinator.d.ts",what:"the typed script API (import type { Handler } from 'hybrid-coordinator')",content:""},{path:".github/coordinator/tsconfig.json",what:"maps hybrid-coordinator to those types, so editors find them",content:TSCONFIG},{path:".github/coordinator/events/pull_request.closed.json",what:"a merged pull request event, to try the example on",content:EVENT}];var cli_io=__webpack_require__(71604);const INIT_HELP=`Usage: hybrid-coordinator init

Sets the current repository up for Hybrid Coordinator:
  .github/workflows/coordinator.yml                  the workflow step (validate on pull
                                                     requests; run, in dry run, on merge)
  .github/coordinator/pr_merged.yml                  an example workflow config
  .github/coordinator/scripts/pr_merged.ts           its script coordinator
  .github/coordinator/types/hybrid-coordinator.d.ts  the typed script API
  .github/coordinator/tsconfig.json                  so editors find those types
  .github/coordinator/events/pull_request.closed.json  an event to try it on

Never overwrites: a file that exists is left as it is, and said so.

Exit: 0 done (even when every file already existed), 1 a file could not be written,
2 usage error.`;async function initCommand(argv,io){const{values,positionals}=(0,cli_io.Qx)("init",argv,{});if(values.help)return(0,cli_io.cv)(io,INIT_HELP),cli_io.dc.ok;if(positionals.length)throw new cli_io.eb(`init: unexpected argument "${positionals[0]}": see hybrid-coordinator init --help`);const root=(0,external_node_fs_.realpathSync)(io.cwd),outcomes=[];for(const file of INIT_FILES){const text=file.path.endsWith("hybrid-coordinator.d.ts")?(0,types.LU)():file.content;outcomes.push({file,result:writeNew(root,file.path,text)})}const width=Math.max(...outcomes.map(o=>o.file.path.length)),written=outcomes.filter(o=>o.result==="written"),kept=outcomes.filter(o=>o.result==="exists");return written.length&&(0,cli_io.cv)(io,"Wrote:",...written.map(o=>`  ${(0,cli_io.nI)(io,"green",o.file.path.padEnd(width))}  ${o.file.what}`)),kept.length&&(0,cli_io.cv)(io,"Left as they are (they exist; init never overwrites):",...kept.map(o=>`  ${(0,cli_io.nI)(io,"yellow",o.file.path.padEnd(width))}  ${o.file.what}`)),(0,cli_io.cv)(io,"","Next:","  1. Check the configs and scripts:     npx hybrid-coordinator validate","  2. Try the example on the sandbox:    npx hybrid-coordinator run --sandbox --event .github/coordinator/events/pull_request.closed.json","  3. Set slack.channel in .github/coordinator/pr_merged.yml to your channel id, add the","     repository secret SLACK_BOT_TOKEN (and ANTHROPIC_API_KEY for llm workflows), commit","     and push. The workflow runs in dry run until you remove `dry-run: true` from it."),cli_io.dc.ok}function writeNew(root,path,text){const full=(0,external_node_path_.join)(root,path);try{let existing=(0,external_node_path_.dirname)(full);for(;!(0,external_node_fs_.existsSync)(existing);)existing=(0,external_node_path_.dirname)(existing);const real=(0,external_node_fs_.realpathSync)(existing),rel=(0,external_node_path_.relative)(root,real);if(rel===".."||rel.startsWith(`..${external_node_path_.sep}`)||(0,external_node_path_.isAbsolute)(rel))throw new cli_io.z1(`init: ${(0,external_node_path_.relative)(root,existing)} leads outside the repository (a symlink to ${real}): nothing written there`,cli_io.dc.problem);try{(0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(full),{recursive:!0})}catch(error){throw new cli_io.z1(`init: cannot create the folder ${(0,external_node_path_.dirname)(path)}: ${(0,errors.gJ)(error)}`,cli_io.dc.problem,void 0,{cause:error})}return(0,external_node_fs_.writeFileSync)(full,text,{flag:"wx"}),"written"}catch(error){if(error.code==="EEXIST")return"exists";throw error instanceof cli_io.z1?error:new cli_io.z1(`init: cannot write ${path}: ${(0,errors.gJ)(error)}`,cli_io.dc.problem,void 0,{cause:error})}}}),21556:(function(__unused_webpack_module,__webpack_exports__,__webpack_require__){__webpack_require__.d(__webpack_exports__,{HN:()=>RequestRegistry,Js:()=>abortReason,bp:()=>sleepUnlessAborted,tr:()=>cancellableFetch});function abortReason(signal){const reason=signal.reason;return reason instanceof Error?reason:new DOMException(String(reason??"This operation was aborted"),"AbortError")}function cancellableFetch(base,signal){return(input,init)=>{if(signal.aborted)return Promise.reject(abortReason(signal));const controller=new AbortController,own=init?.signal;own?.aborted?controller.abort(own.reason):own?.addEventListener("abort",()=>controller.abort(own.reason),{once:!0});const onCancel=()=>controller.abort(abortReason(signal));signal.addEventListener("abort",onCancel,{once:!0});const response=base(input,{...init,signal:controller.signal}),done=()=>signal.removeEventListener("abort",onCancel);return response.then(done,done),response}}class RequestRegistry{#running=new Set;track(base){return(input,init)=>{const response=base(input,init),pending={label:requestLabel(input,init),settled:response.catch(()=>{})};return this.#running.add(pending),pending.settled.then(()=>this.#running.delete(pending)),response}}get size(){return this.#running.size}async settle(ms){if(!this.#running.size)return[];let timer;const bound=new Promise(resolve=>timer=setTimeout(resolve,ms));return await Promise.race([Promise.allSettled([...this.#running].map(p=>p.settled)),bound]),clearTimeout(timer),[...this.#running].map(p=>p.label)}}function requestLabel(input,init){const method=(init?.method??(input instanceof Request?input.method:"GET")).toUpperCase(),url=typeof input=="string"?input:input instanceof URL?input.href:input.url;let path;try{const parsed=new URL(url);path=`${parsed.host}${parsed.pathname}`}catch{path=url.split("?")[0]??url}return`${method} ${path}`}function sleepUnlessAborted(ms,signal){return signal?signal.aborted?Promise.reject(abortReason(signal)):new Promise((resolve,reject)=>{const onAbort=()=>{clearTimeout(timer),reject(abortReason(signal))},timer=setTimeout(()=>{signal.removeEventListener("abort",onAbort),resolve()},ms);signal.addEventListener("abort",onAbort,{once:!0})}):new Promise(resolve=>setTimeout(resolve,ms))}}),40012:(function(__unused_webpack_module,__webpack_exports__,__webpack_require__){__webpack_require__.d(__webpack_exports__,{LU:()=>renderScriptTypes});var _tools_registry_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(98595),_tools_llm_spec_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(31918);function renderScriptTypes(){const namespaces=new Map;for(const tool of _tools_registry_js__WEBPACK_IMPORTED_MODULE_0__.It){const ns=tool.name.split(".")[0];namespaces.set(ns,[...namespaces.get(ns)??[],tool])}const out=[HEADER,COMMON];for(const tool of _tools_registry_js__WEBPACK_IMPORTED_MODULE_0__.It)out.push(renderInput(tool));out.push(doc("The tools a script calls, as `tools.slack.get_messages(...)`. Each takes its parameters as one object (exactly what the LLM sends) or in order. A tool missing from the workflow's `tools:` list throws a clear error when called."),"export interface Tools {",...[...namespaces.keys()].map(ns=>`  ${ns}: ${pascal(ns)}Tools`),`  ${doc("Tools of the MCP servers under `mcp_servers`, as `tools.mcp.<server>.<tool>(args)`. A server's tools are known only when it runs, so these types cannot name them: each takes its arguments as one object and resolves to `unknown` (`{ text, structuredContent? }`); check the shape you rely on.")}`,"  mcp: McpTools","}","","export type McpTools = Record<string, Record<string, (args?: Record<string, unknown>) => Promise<unknown>>>","");for(const[ns,tools]of namespaces){out.push(`export interface ${pascal(ns)}Tools {`);for(const tool of tools)out.push(...renderMethods(tool));out.push("}","")}return out.push(HANDLER),out.join(`
`)}function inputTypeName(tool){return`${tool.split(/[._]/).map(pascal).join("")}Input`}function pascal(word){return word.charAt(0).toUpperCase()+word.slice(1)}function renderInput(tool){const schema=(0,_tools_llm_spec_js__WEBPACK_IMPORTED_MODULE_1__.I)(tool),props=schema.properties??{},comment=doc(`Input of \`${tool.name}\`${tool.mutates?" (mutates: guarded by the workflow's limits and allow-lists)":""}.`);if(!Object.keys(props).length)return`${comment}
export type ${inputTypeName(tool.name)} = Record<string, never>
`;const lines=[comment,`export interface ${inputTypeName(tool.name)} {`],required=new Set(schema.required??[]);for(const[name,prop]of Object.entries(props)){const comment2=propDoc(prop);comment2&&lines.push(`  ${comment2}`),lines.push(`  ${name}${required.has(name)?"":"?"}: ${tsType(prop,"  ")}`)}return lines.push("}",""),lines.join(`
`)}function renderMethods(tool){const fn=tool.name.split(".")[1],schema=(0,_tools_llm_spec_js__WEBPACK_IMPORTED_MODULE_1__.I)(tool),required=new Set(schema.required??[]),result=`Promise<${tool.outputType}>`,comment=`  ${doc(`${tool.description}${tool.mutates?" Mutates: in a dry run it is recorded, not sent.":""}`)}`;if(!tool.params.length)return[comment,`  ${fn}(): ${result}`];const input=inputTypeName(tool.name),named=`  ${fn}(input${required.size?"":"?"}: ${input}): ${result}`;let optionalFrom=tool.params.length;for(;optionalFrom>0&&!required.has(tool.params[optionalFrom-1]);)optionalFrom--;const positional=tool.params.map((p,i)=>i>=optionalFrom?`${p}?: ${input}['${p}']`:`${p}: ${input}['${p}']`);return[comment,named,`  ${fn}(${positional.join(", ")}): ${result}`]}function propDoc(prop){const parts=[typeof prop.description=="string"?prop.description:""];prop.default!==void 0&&!/\bdefault\b/.test(parts[0])&&parts.push(`@default ${JSON.stringify(prop.default)}`);const text=parts.filter(Boolean).join(" ");return text?doc(text):""}function tsType(schema,indent=""){if("const"in schema)return JSON.stringify(schema.const);if(Array.isArray(schema.enum))return schema.enum.map(v=>JSON.stringify(v)).join(" | ");const variants=schema.anyOf??schema.oneOf;if(Array.isArray(variants))return[...new Set(variants.map(v=>tsType(v,indent)))].join(" | ");const type=schema.type;if(Array.isArray(type))return type.map(t=>tsType({...schema,type:t},indent)).join(" | ");switch(type){case"string":return"string";case"integer":case"number":return"number";case"boolean":return"boolean";case"null":return"null";case"array":{const item=schema.items&&typeof schema.items=="object"?tsType(schema.items,indent):"unknown";return/[|&]/.test(item)?`Array<${item}>`:`${item}[]`}case"object":{const props=schema.properties??{},required=new Set(schema.required??[]),inner=`${indent}  `,lines=Object.entries(props).map(([k,v])=>{const comment=propDoc(v);return`${comment?`${inner}${comment}
`:""}${inner}${k}${required.has(k)?"":"?"}: ${tsType(v,inner)}`}),extra=schema.additionalProperties;return extra&&typeof extra=="object"&&Object.keys(extra).length&&lines.push(`${inner}[key: string]: ${tsType(extra,inner)}`),lines.length?`{
${lines.join(`
`)}
${indent}}`:"Record<string, never>"}default:return"unknown"}}function doc(text){return`/** ${text.replace(/\*\//g,"*\\/")} */`}const HEADER=`// Generated from the tool registry (src/tools) by \`npm run generate\`: do not edit.
// The typed API of Hybrid Coordinator script coordinators:
//   import type { Handler } from 'hybrid-coordinator'
`,COMMON=`/** The GitHub event that started the run, as both coordinators receive it. */
export interface Trigger {
  /** The event name: \`pull_request\`, \`schedule\`, \`workflow_dispatch\`... */
  event: string
  /** The payload's \`action\` (\`closed\`, \`opened\`...), or null. */
  action: string | null
  /** The event JSON as the runner wrote it. */
  payload: Record<string, unknown>
  /** \`owner/name\` */
  repository: string
  ref: string
  sha: string
  actor: string
}

/** A Slack message as \`slack.get_messages\` returns it. */
export interface SlackMessage {
  channel: string
  ts: string
  text: string
  user: string | null
}

/** A pull request as \`github.get_pull_request\` returns it. */
export interface PullRequest {
  number: number
  title: string
  state: 'open' | 'draft' | 'merged' | 'closed'
  merged: boolean
  draft: boolean
  author: string | null
  url: string
  labels: string[]
  body: string
}

/** The workflow's virtual files: its \`virtual_files\`, and \`trigger.json\` (the event). */
export interface VirtualFiles {
  /** The names of the files. */
  list(): string[]
  /** A file's text; throws naming the files there are when there is none by that name. */
  read(name: string): string
}

/**
 * One bounded LLM call per method, with no tools, recorded in the trace. \`call\` runs a
 * subagent declared under \`subagents:\` in the config, with its own subset of the tools.
 */
export interface Subagent {
  run(instructions: string, input?: unknown): Promise<string>
  /** An answer that matches the JSON Schema \`schema\`. */
  json(instructions: string, input: unknown, schema: Record<string, unknown>): Promise<unknown>
  summarize(input: unknown): Promise<string>
  call(name: string, input: unknown, files?: string[]): Promise<string>
}

/** A JSON value: what a handler may return (it becomes the workflow's \`result\`). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
`,HANDLER="/**\n * A script coordinator: `export default handler` (or `export async function handler`).\n * What it returns must be JSON: it becomes the workflow's `result`.\n */\nexport type Handler = (trigger: Trigger, tools: Tools, virtualFiles: VirtualFiles, subagent: Subagent) => unknown\n"}),31918:(function(__unused_webpack_module,__webpack_exports__,__webpack_require__){__webpack_require__.d(__webpack_exports__,{I:()=>inputJsonSchema,f:()=>llmToolSpec});var zod_mini__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(98439),_registry_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(98595);function inputJsonSchema(tool){if(tool.jsonSchema)return tool.jsonSchema;const schema=zod_mini__WEBPACK_IMPORTED_MODULE_1__.bl(tool.input,{io:"input",unrepresentable:"any"});return delete schema.$schema,schema}function llmToolSpec(tool){return{name:(0,_registry_js__WEBPACK_IMPORTED_MODULE_0__.ps)(tool.name),description:tool.mutates?`${tool.description} (Mutates: guarded by the workflow's limits and allow-lists.)`:tool.description,input_schema:inputJsonSchema(tool)}}})};
