#!/usr/bin/env node
globalThis.hybridCoordinatorEntry = 'sandbox'
require('./index.js')
