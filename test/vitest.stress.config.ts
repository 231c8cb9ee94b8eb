import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:stress`: the long versions of the fuzz, property and fault tests (test/stress/),
// with more runs than `npm test` affords (STRESS=1 raises the counts inside the files).
const root = fileURLToPath(new URL('..', import.meta.url));
process.env.STRESS ??= '1'; // STRESS=0 for the `npm test` counts

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    include: ['test/stress/**/*.{test,stress}.{ts,tsx}', 'test/security/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 600_000,
  },
});
