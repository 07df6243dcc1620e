import { it } from '@jest/globals'
import { TOOLS, inputJsonSchema } from '../../src/tools/registry.js'
it('x', () => { for (const t of TOOLS) process.stdout.write(t.name + ' ' + JSON.stringify(inputJsonSchema(t)) + '\n') })
