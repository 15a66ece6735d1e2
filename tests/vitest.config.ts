import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Two projects: `unit` (pure code, no database) and `integration` (one embedded
 * PostgreSQL for the run, a fresh database per test file cloned from a migrated and
 * seeded template). Run with `vitest run -c tests/vitest.config.ts --project unit`.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const src = fileURLToPath(new URL("../src", import.meta.url));
const emptyModule = fileURLToPath(new URL("./support/empty.ts", import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${src}/` },
      // Next.js replaces "server-only" at build time; under vitest it is just a module.
      { find: /^server-only$/, replacement: emptyModule },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/fresh-database.ts"],
          // Each file runs in its own process with its own database, so files run in parallel.
          pool: "forks",
          isolate: true,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
