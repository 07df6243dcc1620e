// ESLint flat config: typescript-eslint's recommended rules over src/, tests, bench and
// tools, tuned to the code as it is written (see the notes beside each rule).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'coverage/', 'node_modules/', '.node24/', '.hc-tmp/', 'types/index.d.ts', 'src/config/github-events.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (handler signatures, destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
    }
  },
  {
    // Tests look for hidden characters (zero-width joiners, tags) on purpose.
    files: ['__tests__/**/*.ts'],
    rules: { 'no-misleading-character-class': 'off' }
  },
  {
    // The bench reads loosely typed trace lines; it is a measuring tool, not product code.
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
