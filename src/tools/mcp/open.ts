import type { WorkflowConfig } from '../../config/workflow-config.js'
import { expandDeclaration, serversUsed } from './declarations.js'
import type { McpSession } from './session.js'
import { ConfigError, errorMessage } from '../../errors.js'

export type { McpSession } from './session.js'

/** Only what runWorkflow needs of the run's environment. */
interface McpEnvironment {
  root: string
  processEnv?: Readonly<Record<string, string | undefined>>
  addSecret?(value: string): void
}

/**
 * The workflow's MCP session, or undefined when its tools name no MCP server: then nothing
 * of MCP (session, SDK) is loaded. `${NAME}` values are read and masked here, before any
 * server starts or anything is logged; an unset one fails the workflow before it runs.
 */
export async function openMcpSession(workflow: WorkflowConfig, env: McpEnvironment): Promise<McpSession | undefined> {
  const declared = workflow.mcpServers ?? {}
  const used = serversUsed(workflow.tools).filter((s) => Object.hasOwn(declared, s))
  if (!used.length) return undefined
  const processEnv = env.processEnv ?? {}
  let servers
  try {
    servers = Object.fromEntries(used.map((s) => [s, expandDeclaration(s, declared[s]!, processEnv, (v) => env.addSecret?.(v))]))
  } catch (error) {
    throw new ConfigError(errorMessage(error), { file: workflow.file }, 'mcp_servers', { cause: error })
  }
  const { McpSession: Session } = await import('./session.js')
  return new Session({ file: workflow.file, servers, tools: workflow.tools, cwd: env.root, env: processEnv, timeoutMs: workflow.timeoutSeconds * 1000, clientVersion: '0.1.0' })
}
