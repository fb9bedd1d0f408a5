import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests for the portal's TypeScript modules and its build-time text parser.
//   npx vitest run --config web/vitest.config.ts      (or: npm run test:web)
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    // Some tests run the native CLI many times (probes against the real rules): generous on a
    // loaded 2-core CI machine.
    testTimeout: 60_000,
  },
});
