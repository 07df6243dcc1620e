#!/usr/bin/env node
globalThis.hybridCoordinatorEntry = 'demo'
await import('./index.js')
