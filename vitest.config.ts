import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // GitHub's workflow parser imports its schema as JSON without an import attribute, which
    // only a bundler understands: let Vite load it (test/init/github.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
