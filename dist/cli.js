#!/usr/bin/env node
globalThis.hybridCoordinatorEntry = 'cli'
await import('./index.js')
