import { posix } from 'node:path'

/**
 * Checks a path from a config names a place inside the repository: relative, no `..`
 * that climbs out. Returns the normalized POSIX path, or a reason it is refused.
 * (Symlinks are checked by the file source, which can see the disk.)
 */
export function normalizeRepoPath(path: string): { path: string } | { error: string } {
  if (path.includes('\0')) return { error: 'contains a NUL character' }
  const slashed = path.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed)) {
    return { error: 'is absolute: expected a path relative to the repository root' }
  }
  const normalized = posix.normalize(slashed)
  if (normalized === '..' || normalized.startsWith('../')) {
    return { error: 'leaves the workspace: expected a path inside the repository' }
  }
  if (normalized === '.' || normalized === '') return { error: 'names the repository root, not a file' }
  // .git/ holds the checkout's persisted credentials (actions/checkout writes the token into
  // .git/config): never a virtual file, prompt or script, in any letter case.
  if (normalized.split('/').some((segment) => segment.toLowerCase() === '.git')) {
    return { error: "is inside .git/, which holds the checkout's credentials and is never readable: expected a path outside .git" }
  }
  return { path: normalized.replace(/\/$/, '') }
}
