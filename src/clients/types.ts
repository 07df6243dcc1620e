import type { getOctokit } from '@actions/github'
import type { WebClient } from '@slack/web-api'

/** The Octokit the GitHub tools use (retry and throttling plugins applied). */
export type GitHubClient = ReturnType<typeof getOctokit>
export type SlackClient = WebClient
