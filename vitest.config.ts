import { defineConfig } from 'vitest/config';

// TZ is pinned to a zone that is neither UTC nor Asia/Shanghai so that any code relying on the
// machine's local time zone fails loudly (design.md, "Time").
process.env.TZ = 'America/Los_Angeles';

export default defineConfig({
  test: {
    env: { TZ: 'America/Los_Angeles' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
          globalSetup: ['tests/browser/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
