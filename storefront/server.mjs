// Starts the built storefront (dist/server/entry.mjs, Astro's Node adapter) and then warms its
// page cache: the pages a crowd arrives on are rendered once before the first shopper asks, so
// after a deploy nobody waits for the home page or the catalog to be built from the backend.
// PAGE_CACHE_WARM (comma-separated paths) replaces the list below; "none" skips warming.
process.env.ASTRO_NODE_AUTOSTART = "disabled"
const { startServer } = await import("./dist/server/entry.mjs")

const WARM_PATHS = ["/", "/en/", "/produkte", "/en/products", "/produkte?seite=2", "/produzenten", "/en/producers", "/veranstaltungen"]

const { server } = startServer()
await new Promise((resolve) => (server.server.listening ? resolve() : server.server.once("listening", resolve)))
const { address, port, family } = server.server.address()
const origin = `http://${family === "IPv6" ? `[${address}]` : address}:${port}`
const setting = process.env.PAGE_CACHE_WARM
const paths = setting === "none" ? [] : setting ? setting.split(",").map((path) => path.trim()).filter(Boolean) : WARM_PATHS
const started = Date.now()
let warmed = 0
// One after the other: on a small machine the warm-up should not crowd out the first shoppers.
for (const path of paths) {
  try {
    const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
    if (response.ok) warmed++
    else console.warn(`Page cache warm-up: ${path} answered ${response.status}`)
  } catch (error) {
    console.warn(`Page cache warm-up: ${path} failed (${error.message})`)
  }
}
if (paths.length) console.log(`Page cache warmed: ${warmed} of ${paths.length} pages in ${Date.now() - started} ms`)
