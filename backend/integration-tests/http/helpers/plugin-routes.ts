import { readdirSync } from "node:fs"
import { join } from "node:path"

export type Route = { method: string; matcher: string }

const pluginsDir = join(__dirname, "..", "..", "..", "..", "plugins")

/** Every plugin's `api` folder as the app loads it: Medusa reads routes and middlewares from the built code. */
const builtApiDirs = () =>
  readdirSync(pluginsDir).map((plugin) => join(pluginsDir, plugin, ".medusa", "server", "src", "api"))

/**
 * Every custom route of our plugins, read from the app's own sources: the route files Medusa's
 * route loader finds in each built `api` folder, plus routes a plugin takes over through its
 * middlewares (`POST /store/search`). Nothing is typed by hand, so a route added tomorrow —
 * in any plugin — is walked too.
 */
export async function pluginRoutes(): Promise<Route[]> {
  // Medusa's own route loader (not among the package's exports, so found beside its http entry).
  const httpDir = join(require.resolve("@medusajs/framework/http"), "..")
  const { RoutesLoader } = require(join(httpDir, "routes-loader.js"))
  const routes: Route[] = []
  for (const apiDir of builtApiDirs()) {
    const loader = new RoutesLoader()
    await loader.scanDir(apiDir)
    routes.push(...loader.getRoutes().map(({ method, matcher }: Route) => ({ method, matcher })))
    let middlewares: { routes?: { methods?: string | string[]; matcher: unknown; middlewares?: unknown[] }[] } | undefined
    try {
      middlewares = require(join(apiDir, "middlewares.js")).default
    } catch {
      continue
    }
    // defineMiddlewares keeps an entry's `method` as `methods`. Only entries that handle a method
    // of a route with middlewares of their own; the others widen Medusa's routes (allowed fields,
    // additional data) or guard a prefix.
    for (const entry of middlewares?.routes ?? []) {
      if (!entry.methods || !entry.middlewares?.length || typeof entry.matcher !== "string" || entry.matcher.includes("*")) continue
      for (const method of [entry.methods].flat()) routes.push({ method, matcher: entry.matcher })
    }
  }
  const seen = new Set<string>()
  return routes.filter((r) => !seen.has(`${r.method} ${r.matcher}`) && seen.add(`${r.method} ${r.matcher}`))
}
