import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/stories/**/*.test.ts'],
    environment: 'node',
    // Walking every path of a long scenario takes seconds on a busy 2-core machine.
    testTimeout: 60_000,
  },
});
