import node from "@astrojs/node"
import { defineConfig } from "astro/config"

export default defineConfig({
  // The page cache (src/lib/page-cache/): public pages are kept in memory and dropped by tag
  // when the backend announces a change; PAGE_CACHE_MAX (read at start) bounds it.
  cache: { provider: { name: "genussnetz-pages", entrypoint: "./src/lib/page-cache/provider.ts" } },
  output: "server",
  // No request needs more than a producer's photo (the backend takes up to 20 MB) and its form;
  // the adapter's default would read up to 1 GB into memory.
  adapter: node({ mode: "standalone", bodySizeLimit: 24 * 1024 * 1024 }),
  server: { port: Number(process.env.PORT || 8000), host: process.env.HOST || "127.0.0.1" },
  // German is the default language at "/", English lives under "/en/".
  i18n: {
    locales: ["de", "en"],
    defaultLocale: "de",
    routing: { prefixDefaultLocale: false },
  },
  // Bundle all dependencies into the server build: otherwise the SSR server resolves
  // the older copies Medusa hoists to the workspace root (cookie, zod, …) and fails to start.
  vite: { ssr: { noExternal: true } },
  // Pages are rendered per request; nothing is prefetched by scripts.
  prefetch: false,
})
