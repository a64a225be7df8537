import { defineConfig } from 'vitest/config';

/** `npm run test:docker`: builds the image and runs it; needs a working `docker` (see README, Deploy). */
export default defineConfig({
  test: {
    include: ['tests/docker/**/*.docker.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
  },
});
