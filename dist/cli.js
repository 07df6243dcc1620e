#!/usr/bin/env node
globalThis.hybridCoordinatorEntry = 'cli'
require('./index.js')
