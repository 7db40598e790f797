import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/vite-plugin-ink.ts';

export default defineConfig({
  plugins: [inkPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/stories/**/*.test.ts'],
    environment: 'node',
  },
});
