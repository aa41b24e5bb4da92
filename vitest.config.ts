import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      // The package's JSON files (contracts/*.json, contract.schema.json) sit at the root, not in src.
      { find: /^slakit\/((?:contracts\/[^/]+|contract\.schema)\.json)$/, replacement: fileURLToPath(new URL('./', import.meta.url)) + '$1' },
      { find: /^slakit(\/.*)?$/, replacement: fileURLToPath(new URL('./src', import.meta.url)) + '$1' },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**', 'src/**/index.ts', 'src/**/types.ts'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
      reporter: ['text-summary', 'text'],
    },
  },
});
