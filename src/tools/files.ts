import * as z from 'zod/mini'
import { defineTool } from './define.js'
import { ToolError } from '../errors.js'

/** Characters `files.read` returns when no limit is given; large files are read in slices. */
export const DEFAULT_READ_LIMIT = 20_000

export const list = defineTool({
  name: 'files.list',
  description: 'Names of the virtual files of this workflow.',
  input: z.strictObject({}),
  params: [],
  returns: 'names of the virtual files',
  outputType: 'string[]',
  mutates: false,
  async run(_input, ctx): Promise<string[]> {
    return ctx.files.list()
  }
})

export const read = defineTool({
  name: 'files.read',
  description: `Read a virtual file. Large files come in slices of ${DEFAULT_READ_LIMIT} characters: when more remains, the text ends with a note giving the offset to read next.`,
  input: z.strictObject({
    name: z.string().check(z.minLength(1), z.describe('The file name, as files.list gives it')),
    offset: z._default(z.number().check(z.int(), z.minimum(0)), 0).check(z.describe('Character offset to start at')),
    limit: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(200_000)), DEFAULT_READ_LIMIT).check(z.describe('Most characters to return'))
  }),
  params: ['name', 'offset', 'limit'],
  returns: 'text, in slices for large files',
  outputType: 'string',
  mutates: false,
  async run(input, ctx): Promise<string> {
    if (!ctx.files.has(input.name)) {
      throw new ToolError(`no virtual file named "${input.name}": call files.list for the names`, 'files.read')
    }
    const text = ctx.files.read(input.name)
    const end = Math.min(text.length, input.offset + input.limit)
    const slice = text.slice(input.offset, end)
    return end < text.length ? `${slice}\n[… ${text.length - end} more characters of ${text.length}: read again with offset=${end}]` : slice
  }
})

export const filesTools = [list, read]
