/// <reference types="vitest/config" />
import { fileURLToPath } from "node:url"
import { getViteConfig } from "astro/config"

const root = fileURLToPath(new URL(".", import.meta.url))

// Unit tests of the storefront's own logic, under the same Vite setup Astro builds with
// (its `astro:*` virtual modules and `ssr.noExternal`), so what is tested is what ships.
export default getViteConfig(
  {
    root,
    test: {
      name: "storefront",
      include: ["src/**/__tests__/**/*.test.ts"],
      // Small, fast files on a machine shared with the backend suites: one worker is enough.
      maxWorkers: 1,
      env: {
        // Tests never reach a backend; a key keeps lib/config.ts from warning on every run.
        MEDUSA_PUBLISHABLE_KEY: "pk_test",
        MEDUSA_BACKEND_URL: "http://127.0.0.1:9",
        STOREFRONT_URL: "https://shop.example",
      },
    },
  },
  { root }
)
