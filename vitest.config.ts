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
          // A guard against hangs, not a speed test: PNG rasterising, release ZIPs and 50,000-URL
          // sitemaps take 2–4 s on 2 cores and passed 5 s when the machine was shared (4 timeouts).
          testTimeout: 20_000,
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
