import type { Octokit } from '@octokit/core'
import type { PaginateInterface } from '@octokit/plugin-paginate-rest'
import type { Api } from '@octokit/plugin-rest-endpoint-methods'
import type { WebClient } from '@slack/web-api'

/** The Octokit the GitHub tools use: `rest.*`, `paginate`, retry and throttling applied. */
export type GitHubClient = Octokit & Api & { paginate: PaginateInterface }
export type SlackClient = WebClient
