/**
 * The virtual files a workflow sees: repository files and globs named by their path,
 * inline texts, the trigger as `trigger.json`, and large tool results the LLM
 * coordinator sets aside. Read-only for coordinators; built once per workflow.
 */
export interface VirtualFiles {
  list(): string[]
  read(name: string): string
  has(name: string): boolean
  size(name: string): number
}

export class VirtualFileStore implements VirtualFiles {
  readonly #files = new Map<string, string>()

  constructor(entries: Iterable<[string, string]> = []) {
    for (const [name, content] of entries) this.#files.set(name, content)
  }

  add(name: string, content: string): void {
    this.#files.set(name, content)
  }

  list(): string[] {
    return [...this.#files.keys()]
  }

  has(name: string): boolean {
    return this.#files.has(name)
  }

  read(name: string): string {
    const content = this.#files.get(name)
    if (content === undefined) {
      throw new Error(
        `no virtual file named "${name}": the files are ${
          this.list()
            .map((n) => `"${n}"`)
            .join(', ') || 'none'
        }`
      )
    }
    return content
  }

  size(name: string): number {
    return this.read(name).length
  }
}
