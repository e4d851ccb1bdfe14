import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { StoreEventDetail, StoreEventList } from "@genussnetz/content/http"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")
const loadIcal = async () => (await import("ical.js")).default

/** A Saturday market in Bamberg from the winter into the summer of 2027, without Easter Saturday. */
const market = (producerIds: string[]) => ({
  kind: "market",
  status: "published",
  title: { de: "Bauernmarkt am Grünen Markt", en: "Farmers' market at Grüner Markt" },
  description: { de: "Jeden Samstag: Brot, Käse, Gemüse aus der Region.", en: "Every Saturday: bread, cheese and vegetables from the region." },
  starts: "2027-01-02T08:00",
  ends: "2027-01-02T13:00",
  rrule: "FREQ=WEEKLY;BYDAY=SA;UNTIL=20271225T230000Z",
  exdates: ["2027-03-27"],
  place: { name: "Grüner Markt", street: "Grüner Markt 1", postal_code: "96047", town: "Bamberg", latitude: 49.8925, longitude: 10.8869 },
  organiser: "Genussregion (Test)",
  producer_ids: producerIds,
})

const festival = {
  kind: "festival",
  title: { de: "Kellerfest am Testberg" },
  description: { de: "Zwei Tage Bier, Brotzeit und Musik unter Bäumen." },
  starts: "2027-07-17",
  ends: "2027-07-18",
  all_day: true,
  place: { name: "Testkeller", town: "Forchheim", latitude: 49.7197, longitude: 11.0586 },
  organiser: "Kellerfreunde (Test)",
}

/**
 * The association's events against the real backend: the admin routes (create, change, publish,
 * cancel; bad input refused with nothing written), the store's calendar (only public events, their
 * occurrences in Berlin time across the change to summer time, days skipped), one event's page,
 * and the iCal feed read by an independent parser (ical.js).
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    // ical.js is an ES module only; the backend's tests compile to CommonJS, so it is loaded as one.
    let ICAL: Awaited<ReturnType<typeof loadIcal>>
    const eventCount = async () =>
      (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "content_event", fields: ["id"] })).data.length

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
      ICAL = await loadIcal()
    })

    it("refuses bad events with a 400 that names the problem, and writes nothing", async () => {
      const good = market([network.ids.bakery])
      const cases: [string, Record<string, unknown>, RegExp][] = [
        ["end before start", { ...good, ends: "2027-01-02T07:00" }, /ends before it starts/],
        ["malformed rule", { ...good, rrule: "FREQ=FORTNIGHTLY" }, /FREQ/],
        ["garbage rule", { ...good, rrule: "jeden Samstag" }, /recurrence|rule/i],
        ["unknown producer", { ...good, producer_ids: ["pdcr_NOBODY"] }, /No producer with id "pdcr_NOBODY"/],
        ["day for a timed event", { ...good, starts: "2027-01-02" }, /times such as/],
        ["out-of-range date", { ...good, starts: "1850-01-02T08:00" }, /between 2000 and 2100/],
        ["impossible date", { ...good, starts: "2027-02-30T08:00" }, /Berlin time/],
        ["days skipped without a rule", { ...good, rrule: null }, /recurrence rule/],
        ["unknown field", { ...good, sponsor: "Brauerei" }, /sponsor/],
        ["no German title", { ...good, title: { en: "Market" } }, /title/],
        ["ticket link without https", { ...good, ticket_url: "javascript:alert(1)" }, /https/],
        ["bad status", { ...good, status: "secret" }, /status/],
        ["start the rule does not produce", { ...good, starts: "2027-01-01T08:00", ends: "2027-01-01T13:00" }, /does not follow the recurrence rule/],
      ]
      for (const [what, body, message] of cases) {
        const refused = await outcome(api.post("/admin/events", body, network.admin))
        expect(refused.status, what).toBe(400)
        expect(refused.data.message, what).toMatch(message)
      }
      expect(await eventCount()).toBe(0)
      expect((await outcome(api.post("/admin/events", good))).status).toBe(401)
      expect((await outcome(api.post("/admin/events", good, network.bakery))).status).toBe(401)
      expect(await eventCount()).toBe(0)
    })

    it("keeps drafts from the shop and the feed; published, an event shows in both languages with its producers", async () => {
      const { data } = await api.post("/admin/events", { ...market([network.ids.bakery, network.ids.mill]), status: "draft" }, network.admin)
      const { id, handle } = data.event
      expect(handle).toBe("bauernmarkt-am-gruenen-markt")
      const window = "from=2027-01-01&to=2027-02-01"
      expect((await api.get(`/store/events?${window}`, network.store)).data.events).toEqual([])
      expect((await outcome(api.get(`/store/events/${handle}`, network.store))).status).toBe(404)
      expect(await (await fetchFeed()).text()).not.toContain("Bauernmarkt")

      await api.post(`/admin/events/${id}`, { status: "published" }, network.admin)
      const list = StoreEventList.parse((await api.get(`/store/events?${window}`, network.store)).data)
      expect(list.events.map((event) => event.handle)).toEqual([handle])
      expect(list.events[0].occurrences.map((o) => o.starts_local)).toEqual(["2027-01-02T08:00", "2027-01-09T08:00", "2027-01-16T08:00", "2027-01-23T08:00", "2027-01-30T08:00"])
      expect(list.events[0].producers.map((p) => p.handle).sort()).toEqual([network.handles.bakery, network.handles.mill].sort())
      const english = StoreEventDetail.parse((await api.get(`/store/events/${handle}?locale=en-GB`, network.store)).data)
      expect(english.event.title).toBe("Farmers' market at Grüner Markt")
      const german = StoreEventDetail.parse((await api.get(`/store/events/${handle}`, network.store)).data)
      expect(german.event.title).toBe("Bauernmarkt am Grünen Markt")
      // The admin's form reads both languages back.
      const { data: form } = await api.get(`/admin/events/${id}`, network.admin)
      expect(form.event.title).toEqual({ de: "Bauernmarkt am Grünen Markt", en: "Farmers' market at Grüner Markt" })
      expect(form.event.producer_ids.sort()).toEqual([network.ids.bakery, network.ids.mill].sort())
    })

    it("keeps a weekly market at 08:00 Berlin time across the change to summer time, and skips the days it does not take place", async () => {
      await api.post("/admin/events", market([network.ids.bakery]), network.admin)
      const { data } = await api.get("/store/events?from=2027-03-15&to=2027-04-15", network.store)
      const [event] = StoreEventList.parse(data).events
      expect(event.occurrences.map((o) => [o.starts_local, o.starts_at])).toEqual([
        ["2027-03-20T08:00", "2027-03-20T07:00:00.000Z"],
        // 27 March is skipped; on 28 March the clocks go forward.
        ["2027-04-03T08:00", "2027-04-03T06:00:00.000Z"],
        ["2027-04-10T08:00", "2027-04-10T06:00:00.000Z"],
      ])
      // By producer: the bakery stands there, the mill does not.
      const of = async (producerId: string) => (await api.get(`/store/events?from=2027-03-15&to=2027-04-15&producer_id=${producerId}`, network.store)).data.events.length
      expect(await of(network.ids.bakery)).toBe(1)
      expect(await of(network.ids.mill)).toBe(0)
    })

    it("shows a cancelled event as cancelled with its note, also in the feed", async () => {
      const { data } = await api.post("/admin/events", { ...festival, status: "published" }, network.admin)
      await api.post(`/admin/events/${data.event.id}`, { status: "cancelled", cancellation_note: "Unwetterwarnung" }, network.admin)
      const { data: listed } = await api.get("/store/events?from=2027-07-01&to=2027-08-01&kind=festival", network.store)
      expect(listed.events).toHaveLength(1)
      expect(listed.events[0]).toMatchObject({ status: "cancelled", cancellation_note: "Unwetterwarnung", all_day: true })
      expect(listed.events[0].occurrences).toEqual([{ starts_local: "2027-07-17", ends_local: "2027-07-18", starts_at: "2027-07-16T22:00:00.000Z", ends_at: "2027-07-18T22:00:00.000Z" }])
      const calendar = new ICAL.Component(ICAL.parse(await (await fetchFeed()).text()))
      const [vevent] = calendar.getAllSubcomponents("vevent")
      expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED")
      expect(String(vevent.getFirstPropertyValue("summary"))).toBe("Kellerfest am Testberg")
    })

    it("serves the public events as one iCal feed: Berlin's time zone, the market's rule expanded by an independent parser", async () => {
      await api.post("/admin/events", market([]), network.admin)
      await api.post("/admin/events", { ...festival, status: "published" }, network.admin)
      await api.post("/admin/events", { ...festival, handle: "kellerfest-entwurf", title: { de: "Entwurf: Kellerfest" } }, network.admin)
      const response = await fetchFeed()
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8")
      const calendar = new ICAL.Component(ICAL.parse(await response.text()))
      expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin")
      const vevents = calendar.getAllSubcomponents("vevent")
      expect(vevents.map((v) => String(v.getFirstPropertyValue("summary"))).sort()).toEqual(["Bauernmarkt am Grünen Markt", "Kellerfest am Testberg"])
      ICAL.TimezoneService.register(calendar.getFirstSubcomponent("vtimezone")!)
      const marketEvent = new ICAL.Event(vevents.find((v) => String(v.getFirstPropertyValue("summary")).startsWith("Bauernmarkt"))!)
      const iterator = marketEvent.iterator()
      const starts: string[] = []
      for (let next = iterator.next(); next && starts.length < 14; next = iterator.next()) starts.push(next.toJSDate().toISOString())
      expect(starts).toContain("2027-03-20T07:00:00.000Z")
      expect(starts).not.toContain("2027-03-27T07:00:00.000Z")
      expect(starts).toContain("2027-04-03T06:00:00.000Z")
      // One event alone, to add to one's own calendar.
      const single = await fetch(`${api.defaults.baseURL}/store/events/kellerfest-am-testberg/ical`, { headers: network.store.headers })
      expect(new ICAL.Component(ICAL.parse(await single.text())).getAllSubcomponents("vevent")).toHaveLength(1)
      expect((await fetch(`${api.defaults.baseURL}/store/events/kellerfest-entwurf/ical`, { headers: network.store.headers })).status).toBe(404)
    })

    it("answers a window of days that is backwards, too long or out of range with a 400", async () => {
      for (const query of ["from=2027-05-01&to=2027-04-01", "from=2027-01-01&to=2028-06-01", "from=1800-01-01", "from=2027-13-01", "kind=rave", "sort=title", "limit=100000"]) {
        const refused = await outcome(api.get(`/store/events?${query}`, network.store))
        expect(refused.status, query).toBe(400)
        expect(refused.data.message, query).toBeTruthy()
      }
      expect((await outcome(api.get("/admin/events?order=secret", network.admin))).status).toBe(400)
    })

    it("lists every event to the association, drafts included, and changes one whole: a change that breaks it is refused", async () => {
      const { data } = await api.post("/admin/events", { ...festival }, network.admin)
      const listed = await api.get("/admin/events?status=draft", network.admin)
      expect(listed.data.events.map((event: any) => event.id)).toEqual([data.event.id])
      const refused = await outcome(api.post(`/admin/events/${data.event.id}`, { ends: "2027-07-10" }, network.admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/ends before it starts/)
      const { data: unchanged } = await api.get(`/admin/events/${data.event.id}`, network.admin)
      expect(unchanged.event.ends).toBe("2027-07-18")
      expect((await outcome(api.post("/admin/events/cevt_none", { status: "published" }, network.admin))).status).toBe(404)
    })

    async function fetchFeed() {
      return fetch(`${api.defaults.baseURL}/store/events.ics`, { headers: network.store.headers })
    }
  },
})
