import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")
const SECRET = "page-cache-secret-for-the-backend-spec"

type Received = { authorization?: string; tags: string[] }

/**
 * Storefront instances as far as the backend can see them: HTTP servers at the addresses
 * the backend is told (PAGE_CACHE_URLS), recording what it sends to `/api/page-cache`. The
 * storefront's own handling of these requests is tested in storefront/src/lib/page-cache and,
 * end to end with the real storefront, in tests/system ("page cache").
 */
async function listen(received: Received[], status = 200): Promise<Server> {
  const server = createServer((request, response) => {
    let body = ""
    request.on("data", (chunk) => (body += chunk))
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/api/page-cache") {
        received.push({ authorization: request.headers.authorization, tags: JSON.parse(body).tags })
      }
      response.writeHead(status, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  return server
}

/**
 * The backend's subscriber tells every storefront instance which pages to drop after a change:
 * the product's tag after its price or stock changed, the lists too when the product record
 * itself changed, the producer's after its status changed, the content pages' after an event or story.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    const first: Received[] = []
    const second: Received[] = []
    /** An instance that is down for maintenance (503): the others are told all the same. */
    const failing: Received[] = []
    const servers: Server[] = []
    /** Every tag both instances were sent, after the latest `since` marks. */
    let marks = [0, 0]
    const since = () => (marks = [first.length, second.length])
    const tagsSent = (received: Received[], mark: number) => received.slice(mark).flatMap((r) => r.tags)
    const bothReceived = async (wanted: string[]) => {
      const [a, b] = marks
      const sent = await eventually(
        async () => [tagsSent(first, a), tagsSent(second, b)],
        (sent) => sent.every((tags) => wanted.every((tag) => tags.includes(tag)))
      )
      for (const tags of sent) expect(tags).toEqual(expect.arrayContaining(wanted))
      return sent
    }

    beforeAll(async () => {
      servers.push(await listen(first), await listen(failing, 503), await listen(second))
      const urls = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`)
      // Read by the subscriber on every event: set before anything changes.
      Object.assign(process.env, { PAGE_CACHE_SECRET: SECRET, PAGE_CACHE_URLS: urls.join(",") })
      network = await buildSmallNetwork(getContainer(), api)
    })
    afterAll(async () => {
      delete process.env.PAGE_CACHE_SECRET
      delete process.env.PAGE_CACHE_URLS
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
    })

    it("names a product's pages and every list to all instances, with the secret, when the product changes", async () => {
      since()
      await api.post(`/admin/products/${network.ids.bread}`, { title: "Landbrot (neu gebacken)" }, network.admin)
      const sent = await bothReceived(["products", `product:${network.ids.bread}`])
      for (const tags of sent) expect(tags).toEqual(expect.arrayContaining(["products", `product:${network.ids.bread}`]))
      expect(first.at(-1)!.authorization).toBe(`Bearer ${SECRET}`)
      expect(second.at(-1)!.authorization).toBe(`Bearer ${SECRET}`)
      // The instance in between answered 503 to the same notice; the one after it was told anyway.
      expect(failing.flatMap((r) => r.tags)).toContain(`product:${network.ids.bread}`)
    })

    it("names only the product's pages when its price changes", async () => {
      const { product } = (await api.get(`/admin/products/${network.ids.bread}?fields=variants.id`, network.admin)).data
      since()
      await api.post(
        `/admin/products/${network.ids.bread}/variants/${product.variants[0].id}`,
        { prices: [{ amount: 7.9, currency_code: "eur" }] },
        network.admin
      )
      const sent = await bothReceived([`product:${network.ids.bread}`])
      for (const tags of sent) {
        expect(tags).toContain(`product:${network.ids.bread}`)
        // A price is not a list's membership: the lists showing the product carry its tag.
        expect(tags).not.toContain(`product:${network.ids.flour}`)
      }
    })

    it("names the producer's pages and the lists when a producer changes", async () => {
      since()
      await api.post(`/admin/producers/${network.ids.bakery}/status`, { status: "paused" }, network.admin)
      await bothReceived(["products", `producer:${network.ids.bakery}`])
      await api.post(`/admin/producers/${network.ids.bakery}/status`, { status: "active" }, network.admin)
    })

    it("names the content pages when the association adds an event", async () => {
      since()
      await api.post(
        "/admin/events",
        {
          kind: "festival",
          title: { de: "Brotfest (Test)" },
          description: { de: "Ein Tag Brot und Musik." },
          starts: "2027-07-17",
          ends: "2027-07-17",
          all_day: true,
          place: { name: "Marktplatz", town: "Bamberg", latitude: 49.8917, longitude: 10.8917 },
          organiser: "Bäckerinnung (Test)",
        },
        network.admin
      )
      await bothReceived(["content"])
    })

    it("names the content pages when the association writes a story", async () => {
      since()
      await api.post(
        "/admin/stories",
        { title: { de: "Vom Korn zum Brot (Test)" }, teaser: { de: "Kurz gesagt." }, body: { de: "## Anfang\n\nEine Geschichte." }, author: "Verband (Test)" },
        network.admin
      )
      await bothReceived(["content"])
    })
  },
})
