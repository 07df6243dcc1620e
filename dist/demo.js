#!/usr/bin/env node
globalThis.hybridCoordinatorEntry = 'demo'
require('./index.js')
