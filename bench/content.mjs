#!/usr/bin/env node
// Content benchmark (the association's events, Genussorte, tours and stories), written to
// bench/results/content.json. On the production backend and the built storefront:
//
// 1. The calendar filled to EVENTS events (the seed's 25 and generated ones, each tenth a weekly
//    market for a year, the others one-off events spread over the coming twelve months), made
//    through the admin route as the association makes them; the time one takes.
// 2. Server time of the store's calendar (the default two months, one month, one month of one
//    town), one event, the iCal feed of all of them — and of the storefront's pages built on
//    them (the calendar, a month, an event, the feed, the home page with its next two weeks),
//    each with its size.
// 3. A tour with a LONG_TRACK-point GPS track (generated along real waypoints, sent as GPX through
//    the admin route: the time to read, measure and simplify it), then the server time and bytes
//    of its store route, its GPX download and the storefront's tour page (which draws the track
//    simplified), and of the Genussorte and stories pages.
// 4. A weekly market as a pickup point: from the association publishing a market with a producer
//    to the shopper's cart offering the pickup there (route, event bus, subscriber, shipping option
//    workflows), and from cancelling it to the pickup's withdrawal; the shipping options route
//    of a cart with the market pickups.
//
// Run after `npm install`: `npm run bench:content` (`-- --skip-build` reuses the last build).
import "./lib/ts-modules.mjs"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { repoRoot } from "../scripts/lib/paths.mjs"
import { fetchApi } from "../backend/integration-tests/http/helpers/fetch-api.ts"
import { get, timed } from "./lib/timing.mjs"
import { writeGpx } from "../plugins/content/src/tracks/write-gpx.ts"
import { planLongTrack } from "../seed/plan-tracks.ts"
import { backend, log, machine, prepare, startStack, storefront } from "./lib/stack.mjs"

const flags = new Set(process.argv.slice(2))
const EVENTS = 1000
const ROUNDS = 30
const WRITE_ROUNDS = 20
const LONG_TRACK = 10_000
const TOWNS = [
  ["Bamberg", 49.8917, 10.8868],
  ["Bayreuth", 49.9456, 11.5713],
  ["Kulmbach", 50.1006, 11.4503],
  ["Forchheim", 49.7197, 11.0581],
  ["Hof", 50.3135, 11.9128],
  ["Coburg", 50.2612, 10.9627],
  ["Kronach", 50.2411, 11.3281],
  ["Lichtenfels", 50.1456, 11.0594],
]
const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

const api = fetchApi(backend)

const DAY_MS = 86_400_000
const day = (offset) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10)
const weekdayOf = (date) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7

/** The i-th generated event: each tenth a weekly market for a year, the others one evening or one day. */
function generatedEvent(i) {
  const [town, latitude, longitude] = TOWNS[i % TOWNS.length]
  const starts = day(1 + ((i * 7) % 360))
  const base = {
    handle: `bench-veranstaltung-${i + 1}`,
    status: "published",
    title: { de: `Bench-Veranstaltung ${i + 1} in ${town}`, en: `Bench event ${i + 1} in ${town}` },
    description: { de: "Eine erfundene Veranstaltung für den Benchmark: Brot, Bier und Musik." },
    place: { name: "Marktplatz", town, latitude, longitude },
    organiser: "Benchmark",
  }
  if (i % 10 === 0) {
    return { ...base, kind: "market", starts: `${starts}T08:00`, ends: `${starts}T12:30`, rrule: `FREQ=WEEKLY;BYDAY=${WEEKDAYS[weekdayOf(starts)]};COUNT=52` }
  }
  return i % 3 === 0
    ? { ...base, kind: "festival", starts, ends: starts, all_day: true }
    : { ...base, kind: "tasting", starts: `${starts}T19:00`, ends: `${starts}T22:00`, price: 15 }
}

const results = {
  measured_at: new Date().toISOString(),
  machine: machine(),
  profile: "single process (in-memory locking), NODE_ENV=production; storefront: the built Astro server",
}

log("Preparing database and builds (npm run up --no-start) …")
const publishableKey = await prepare({ skipBuild: flags.has("--skip-build") })
const stack = await startStack(publishableKey)
try {
  const shop = { headers: { "x-publishable-api-key": publishableKey } }
  const benchEnv = readFileSync(join(repoRoot, ".data", "bench", ".env"), "utf8")
  const setting = (name, fallback) => benchEnv.match(new RegExp(`^${name}=(\\S+)`, "m"))?.[1] ?? fallback
  const { data: adminLogin } = await api.post("/auth/user/emailpass", { email: setting("ADMIN_EMAIL", "admin@genussnetz.local"), password: setting("ADMIN_PASSWORD") })
  const admin = { headers: { authorization: `Bearer ${adminLogin.token}` } }

  log(`The calendar filled to ${EVENTS} events (those missing) …`)
  const { data: existing } = await api.get("/admin/events?limit=1", admin)
  const missing = Math.max(0, EVENTS - existing.count)
  const { data: made } = await api.get("/admin/events?limit=100&q=Bench-Veranstaltung", admin)
  let next = made.count
  const create = async () => {
    const { status, data } = await api.post("/admin/events", generatedEvent(next++), admin)
    if (status !== 201) throw new Error(`creating an event answered ${status}: ${JSON.stringify(data)}`)
  }
  if (missing > 0) {
    results.create_event = await timed(Math.min(WRITE_ROUNDS, missing - 1), create)
    while ((await api.get("/admin/events?limit=1", admin)).data.count < EVENTS) await create()
  }
  const { data: filled } = await api.get("/admin/events?limit=1", admin)
  const { data: markets } = await api.get("/admin/events?limit=1&kind=market", admin)
  results.events = { total: filled.count, markets: markets.count }
  log(JSON.stringify(results.events))

  const month = day(30).slice(0, 7)
  const nextMonth = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 7)
  const { data: window } = await api.get(`/store/events?from=${month}-01&to=${nextMonth}-01`, shop)
  const oneEvent = window.events.find((event) => event.recurring) ?? window.events[0]
  const routes = {
    calendar_default_two_months: `${backend}/store/events`,
    calendar_one_month: `${backend}/store/events?from=${month}-01&to=${nextMonth}-01`,
    calendar_one_month_one_town: `${backend}/store/events?from=${month}-01&to=${nextMonth}-01&town=Bamberg`,
    one_event: `${backend}/store/events/${oneEvent.handle}`,
    ical_feed: `${backend}/store/events.ics`,
  }
  results.routes = {}
  for (const [name, url] of Object.entries(routes)) {
    let bytes = 0
    results.routes[name] = { ...(await timed(ROUNDS, async () => (bytes = await get(url, shop.headers)))), bytes }
    log(`${name}: ${JSON.stringify(results.routes[name])}`)
  }
  results.routes.calendar_one_month.events = window.count
  const pages = {
    calendar: `${storefront}/veranstaltungen`,
    calendar_month: `${storefront}/veranstaltungen?monat=${month}`,
    event: `${storefront}/veranstaltungen/${oneEvent.handle}`,
    ical_feed: `${storefront}/veranstaltungen.ics`,
    home_with_next_two_weeks: `${storefront}/`,
  }
  results.pages = {}
  for (const [name, url] of Object.entries(pages)) {
    let bytes = 0
    results.pages[name] = { ...(await timed(ROUNDS, async () => (bytes = await get(url)))), bytes }
    log(`${name}: ${JSON.stringify(results.pages[name])}`)
  }

  log(`A tour with a ${LONG_TRACK}-point track …`)
  const gpx = writeGpx({ name: "Bench-Tour", points: planLongTrack(LONG_TRACK, 7) })
  const longTour = (n) => ({
    handle: `bench-tour-${n}`,
    status: "published",
    mode: "bike",
    title: { de: `Bench-Tour ${n}`, en: `Bench tour ${n}` },
    description: { de: "Eine erfundene Runde für den Benchmark." },
    gpx,
  })
  const { data: benchTours } = await api.get("/admin/tours?limit=1&q=Bench-Tour", admin)
  let tourNumber = benchTours.count
  results.long_track = { points: LONG_TRACK, gpx_bytes: Buffer.byteLength(gpx) }
  results.long_track.upload = await timed(5, async () => {
    const { status, data } = await api.post("/admin/tours", longTour(++tourNumber), admin)
    if (status !== 201) throw new Error(`creating a tour answered ${status}: ${JSON.stringify(data).slice(0, 300)}`)
  })
  const handle = `bench-tour-${tourNumber}`
  const { data: shown } = await api.get(`/store/tours/${handle}`, shop)
  results.long_track.display_points = shown.tour.display_track.length
  results.long_track.length_m = shown.tour.length_m
  const tourRoutes = {
    store_tour: [`${backend}/store/tours/${handle}`, shop.headers],
    store_tour_gpx: [`${backend}/store/tours/${handle}/gpx`, shop.headers],
    tour_page: [`${storefront}/touren/${handle}`],
    tour_page_gpx_download: [`${storefront}/touren/${handle}.gpx`],
    places_page: [`${storefront}/genussorte`],
    tours_page: [`${storefront}/touren`],
    stories_page: [`${storefront}/geschichten`],
  }
  results.tour_pages = {}
  for (const [name, [url, headers]] of Object.entries(tourRoutes)) {
    let bytes = 0
    results.tour_pages[name] = { ...(await timed(ROUNDS, async () => (bytes = await get(url, headers)))), bytes }
    log(`${name}: ${JSON.stringify(results.tour_pages[name])}`)
  }

  log("A weekly market as a pickup point …")
  const { data: regionList } = await api.get("/store/regions", shop)
  const regionId = regionList.regions[0].id
  const { data: catalogue } = await api.get(`/store/products?limit=20&region_id=${regionId}&fields=id,variants.id,*producer`, shop)
  const sold = catalogue.products.find((product) => product.producer?.name && product.variants?.length)
  const { data: producerList } = await api.get(`/admin/producers?q=${encodeURIComponent(sold.producer.name)}&limit=5`, admin)
  const standing = producerList.producers.find((producer) => producer.name === sold.producer.name)
  const { data: cart } = await api.post("/store/carts", { region_id: regionId }, shop)
  const cartId = cart.cart.id
  await api.post(`/store/carts/${cartId}/line-items`, { variant_id: sold.variants[0].id, quantity: 1 }, shop)
  const address = { first_name: "Erika", last_name: "Bench", address_1: "Grüner Markt 1", postal_code: "96047", city: "Bamberg", country_code: "de" }
  await api.post(`/store/carts/${cartId}`, { email: "bench@example.org", shipping_address: address, billing_address: address }, shop)
  const optionsUrl = `${backend}/store/shipping-options?cart_id=${cartId}`
  const pickupOf = async (marketHandle) => {
    const { data } = await api.get(`/store/shipping-options?cart_id=${cartId}`, shop)
    return data.shipping_options.some((option) => option.data?.market?.handle === marketHandle)
  }
  /** Polls every 20 ms until the cart's options show (or no longer show) the market's pickup; 30 s at most. */
  const until = async (marketHandle, shown) => {
    for (let attempt = 0; attempt < 1500; attempt++) {
      if ((await pickupOf(marketHandle)) === shown) return
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error(`The pickup at ${marketHandle} did not ${shown ? "appear" : "go"} within 30 s`)
  }
  const { data: benchMarkets } = await api.get("/admin/events?limit=1&q=Bench-Abholmarkt", admin)
  let marketNumber = benchMarkets.count
  const marketIds = []
  results.market_pickup = { producer_options_before: (await api.get(`/store/shipping-options?cart_id=${cartId}`, shop)).data.shipping_options.length }
  // From the association's publishing to the shopper's checkout offering it: the route, the
  // event bus, the subscriber's sync, Medusa's shipping option workflows.
  results.market_pickup.published_to_offered = await timed(10, async () => {
    const starts = day(7)
    const { status, data } = await api.post(
      "/admin/events",
      {
        ...generatedEvent(0),
        handle: `bench-abholmarkt-${++marketNumber}`,
        title: { de: `Bench-Abholmarkt ${marketNumber}` },
        starts: `${starts}T14:00`,
        ends: `${starts}T18:00`,
        rrule: `FREQ=WEEKLY;BYDAY=${WEEKDAYS[weekdayOf(starts)]}`,
        producer_ids: [standing.id],
      },
      admin
    )
    if (status !== 201) throw new Error(`creating a market answered ${status}: ${JSON.stringify(data)}`)
    marketIds.push(data.event.id)
    await until(data.event.handle, true)
  })
  results.market_pickup.shipping_options_route = await timed(ROUNDS, () => get(optionsUrl, shop.headers))
  results.market_pickup.producer_options_with_markets = (await api.get(`/store/shipping-options?cart_id=${cartId}`, shop)).data.shipping_options.length
  results.market_pickup.cancelled_to_withdrawn = await timed(10, async () => {
    const id = marketIds.shift()
    const { data } = await api.post(`/admin/events/${id}`, { status: "cancelled", cancellation_note: "Benchmark" }, admin)
    await until(data.event.handle, false)
  })
  log(JSON.stringify(results.market_pickup))
} finally {
  await stack.stop()
}

writeFileSync(join(repoRoot, "bench", "results", "content.json"), JSON.stringify(results, null, 1) + "\n")
log("Written to bench/results/content.json")
