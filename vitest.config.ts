import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/loopback-guard.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Emulators bind loopback ports; forks keep each file's servers and sockets apart.
    pool: 'forks',
    // In CI a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    ...(process.env.CI ? { reporters: ['default', 'json'], outputFile: { json: 'test-results.json' } } : {}),
  },
});
