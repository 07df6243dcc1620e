import { config } from 'zod/mini'
import en from 'zod/v4/locales/en.js'

/**
 * zod's classic API loads its English messages by itself; the mini one (the config
 * schemas) does not, and would answer "Invalid input" to every problem. Imported by the
 * schemas that use the mini API, so the messages are English whichever loads first. Only
 * the English file: `locales` as a whole holds every language zod speaks.
 */
config(en())
