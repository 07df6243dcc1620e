#!/usr/bin/env node
globalThis.hybridCoordinatorEntry = 'sandbox'
await import('./index.js')
