import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'discord-double/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Most end-to-end files spend their time waiting on the Discord double, timers and child bots, not
    // on the CPU: four workers on a 2-core machine overlap those waits (285 s → about 130 s wall).
    maxWorkers: 4,
  },
});
