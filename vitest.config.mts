import { defineConfig } from "vitest/config"

const backendEnv = {
  NODE_ENV: "test",
  // medusaIntegrationTestRunner creates (and drops) a throwaway database per suite on this
  // server; the host must read "localhost", or the runner forces SSL and hangs.
  DB_HOST: process.env.DB_HOST ?? "localhost",
  DB_PORT: process.env.DB_PORT ?? "5432",
  DB_USERNAME: process.env.DB_USERNAME ?? "postgres",
  DB_PASSWORD: process.env.DB_PASSWORD ?? "",
  // medusa-config.ts insists on a DATABASE_URL; the runner replaces it with its own database.
  DATABASE_URL: process.env.TEST_DATABASE_URL ?? "postgres://postgres@localhost:5432/postgres",
}

export default defineConfig({
  test: {
    projects: [
      // The storefront's own logic, through Astro's getViteConfig (storefront/vitest.config.ts).
      "storefront/vitest.config.ts",
      {
        // The real Medusa app booted in-process per suite (Medusa's own test runner).
        test: {
          name: "backend",
          include: [
            "plugins/*/src/**/__tests__/**/*.spec.ts",
            "backend/integration-tests/**/*.spec.ts",
            "seed/__tests__/**/*.spec.ts",
          ],
          globals: true,
          // One process per suite, one at a time: Medusa keeps its container, database pool
          // and ORM metadata in module state, so a second app booted in the same process
          // (threads with isolate: false) finds the first one's closed pool.
          pool: "forks",
          maxWorkers: 1,
          isolate: true,
          setupFiles: ["./tests/setup/medusa-runner.ts"],
          env: backendEnv,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Whole-system tests: they run `npm run up` and servers as child processes.
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          pool: "forks",
          maxWorkers: 1,
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
