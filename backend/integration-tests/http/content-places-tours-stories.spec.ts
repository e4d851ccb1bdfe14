import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { StorePlaceDetail, StorePlaceList, StoreStoryDetail, StoreStoryList, StoreTourDetail, StoreTourList } from "@genussnetz/content/http"
import { parseGpx, writeGpx } from "@genussnetz/content/tracks"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

/** A Bierkeller open on summer evenings, run by the small network's bakery (for the test's sake). */
const cellar = (producerId: string | null) => ({
  kind: "beer_cellar",
  name: "Testkeller am Berg",
  description: { de: "Ein Bierkeller unter Linden, nur im Sommer.", en: "A beer cellar under lime trees, summer only." },
  street: "Kellerberg 3",
  postal_code: "91301",
  town: "Forchheim",
  latitude: 49.7197,
  longitude: 11.0586,
  opening_hours: [
    { days: [7, 5, 6], opens: "16:00", closes: "23:00", from: "05-01", until: "09-30" },
    { days: [6], opens: "11:00", closes: "24:00", from: "07-01", until: "08-31" },
  ],
  opening_note: { de: "Bei Regen geschlossen", en: "Closed when it rains" },
  producer_id: producerId,
})

/**
 * A track straight north along one meridian, `count` points 0.0001° apart, climbing 1 m per
 * point for the first half and falling after. Along a meridian the great-circle distance is the
 * mean radius times the angle, so its length is known without the code under test.
 */
function northwardTrack(count: number): [number, number, number][] {
  return Array.from({ length: count }, (_, i) => [10.9, Number((49.8 + i * 0.0001).toFixed(6)), 300 + (i < count / 2 ? i : count - i)])
}
const meridianLength = (count: number) => (6_371_008.8 * ((count - 1) * 0.0001 * Math.PI)) / 180

const tour = (gpx: string, stops: unknown[] = []) => ({
  mode: "bike",
  title: { de: "Testrunde zum Keller", en: "Test ride to the cellar" },
  description: { de: "Vom Bäcker zum Keller und zurück.", en: "From the baker to the cellar and back." },
  gpx,
  stops,
})

const story = (producerIds: string[], productIds: string[]) => ({
  title: { de: "Vom Korn zum Brot", en: "From grain to bread" },
  teaser: { de: "Wie die Mühle und die Bäckerei zusammenarbeiten.", en: "How the mill and the bakery work together." },
  body: { de: "## Die Mühle\n\nSeit *Jahren* mahlt sie für die Bäckerei.", en: "## The mill\n\nFor *years* it has milled for the bakery." },
  author: "Anna Testfrau",
  producer_ids: producerIds,
  product_ids: productIds,
})

/**
 * The association's Genussorte, tours and stories against the real backend: admin routes with
 * bad input refused (nothing written), drafts never in the store, the GPX track read by a GPX
 * library (togeojson) on the way in and on the way out, and what producers' pages ask for.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    const count = async (entity: string) => (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields: ["id"] })).data.length

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
    })

    it("refuses bad Genussorte, tracks and stories with a 400 that names the problem, and writes nothing", async () => {
      const place = cellar(network.ids.bakery)
      const placeCases: [Record<string, unknown>, RegExp][] = [
        [{ ...place, kind: "disco" }, /kind/],
        [{ ...place, opening_hours: [{ days: [6], opens: "22:00", closes: "16:00" }] }, /closes after it opens/],
        [{ ...place, opening_hours: [{ days: [6], opens: "16:00", closes: "22:00", from: "05-01" }] }, /season/],
        [{ ...place, opening_hours: [{ days: [6], opens: "16:00", closes: "22:00", from: "02-30", until: "09-30" }] }, /day of the year/],
        [{ ...place, opening_hours: [{ days: [8], opens: "16:00", closes: "22:00" }] }, /days/],
        [{ ...place, postal_code: "9130" }, /postal code/],
        [{ ...place, latitude: 10 }, /latitude/],
        [{ ...place, producer_id: "pdcr_NOBODY" }, /No producer with id "pdcr_NOBODY"/],
        [{ ...place, jukebox: true }, /jukebox/],
        [{ ...place, website_url: "javascript:alert(1)" }, /https/],
      ]
      for (const [body, message] of placeCases) {
        const refused = await outcome(api.post("/admin/places", body, network.admin))
        expect(refused.status, JSON.stringify(body).slice(0, 120)).toBe(400)
        expect(refused.data.message).toMatch(message)
      }

      const good = writeGpx({ name: "Test", points: northwardTrack(10) })
      const tourCases: [Record<string, unknown>, RegExp][] = [
        [tour("Das ist keine Datei."), /gpx/i],
        [tour("<!DOCTYPE html><html><body>Tour</body></html>"), /gpx/i],
        [tour('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><LineString><coordinates>10.9,49.8 10.9,49.9</coordinates></LineString></Placemark></kml>'), /gpx/i],
        [tour('<?xml version="1.0"?><gpx version="1.1"><trk><trkseg><trkpt lat="49.8" lon="10.9"/></trkseg></trk></gpx>'), /point/i],
        [tour('<?xml version="1.0"?><gpx version="1.1"><trk><trkseg><trkpt lat="91" lon="10.9"/><trkpt lat="49.8" lon="10.9"/></trkseg></trk></gpx>'), /gpx/i],
        [tour(good, [{ place_id: "cplc_NONE" }]), /No Genussort with id "cplc_NONE"/],
        [tour(good, [{ producer_id: "pdcr_NOBODY" }]), /No producer with id "pdcr_NOBODY"/],
        [tour(good, [{ producer_id: network.ids.bakery, place_id: "cplc_NONE" }]), /either a Genussort/],
        [{ ...tour(good), mode: "horse" }, /mode/],
        [{ ...tour(good), gpx: undefined }, /gpx/],
      ]
      for (const [body, message] of tourCases) {
        const refused = await outcome(api.post("/admin/tours", body, network.admin))
        expect(refused.status, JSON.stringify(body).slice(0, 160)).toBe(400)
        expect(refused.data.message).toMatch(message)
      }

      const about = story([network.ids.bakery], [network.ids.bread])
      const storyCases: [Record<string, unknown>, RegExp][] = [
        [{ ...about, product_ids: ["prod_NONE"] }, /No product with id "prod_NONE"/],
        [{ ...about, producer_ids: ["pdcr_NOBODY"] }, /No producer/],
        [{ ...about, published_at: "2027-02-30T10:00:00Z" }, /between 2000 and 2100/],
        [{ ...about, published_at: "1850-01-01" }, /between 2000 and 2100/],
        [{ ...about, body: { de: "" } }, /body/],
        [{ ...about, comments: [] }, /comments/],
      ]
      for (const [body, message] of storyCases) {
        const refused = await outcome(api.post("/admin/stories", body, network.admin))
        expect(refused.status, JSON.stringify(body).slice(0, 120)).toBe(400)
        expect(refused.data.message).toMatch(message)
      }
      for (const [path, body] of [["/admin/places", place], ["/admin/tours", tour(good)], ["/admin/stories", about]] as const) {
        expect((await outcome(api.post(path, body))).status).toBe(401)
        expect((await outcome(api.post(path, body, network.bakery))).status).toBe(401)
      }
      expect([await count("content_place"), await count("content_tour"), await count("content_story")]).toEqual([0, 0, 0])
    })

    it("keeps a draft Genussort from the shop; published, it shows with its seasonal hours, producer and English words, and an event held there takes its address", async () => {
      const { data } = await api.post("/admin/places", cellar(network.ids.bakery), network.admin)
      const { id, handle } = data.place
      expect(handle).toBe("testkeller-am-berg")
      expect((await api.get("/store/places", network.store)).data.places).toEqual([])
      expect((await outcome(api.get(`/store/places/${handle}`, network.store))).status).toBe(404)

      await api.post(`/admin/places/${id}`, { status: "published" }, network.admin)
      const list = StorePlaceList.parse((await api.get("/store/places?kind=beer_cellar", network.store)).data)
      expect(list.places.map((p) => p.handle)).toEqual([handle])
      expect(list.places[0].opening_hours[0]).toEqual({ days: [5, 6, 7], opens: "16:00", closes: "23:00", from: "05-01", until: "09-30" })
      expect(list.places[0].producer?.handle).toBe(network.handles.bakery)
      expect((await api.get(`/store/places?producer_id=${network.ids.bakery}`, network.store)).data.places).toHaveLength(1)
      expect((await api.get(`/store/places?producer_id=${network.ids.mill}`, network.store)).data.places).toHaveLength(0)
      const english = StorePlaceDetail.parse((await api.get(`/store/places/${handle}?locale=en-GB`, network.store)).data)
      expect(english.place).toMatchObject({ description: "A beer cellar under lime trees, summer only.", opening_note: "Closed when it rains" })

      // An event at the Genussort: its address comes from the place, its page links there.
      const { data: made } = await api.post(
        "/admin/events",
        { kind: "festival", status: "published", title: { de: "Kellerfest" }, description: { de: "Musik unter Linden." }, starts: "2027-07-17", ends: "2027-07-17", all_day: true, place_id: id, organiser: "Kellerfreunde" },
        network.admin
      )
      const { data: atPlace } = await api.get(`/store/events?from=2027-07-01&to=2027-08-01&place_id=${id}`, network.store)
      expect(atPlace.events.map((event: any) => event.handle)).toEqual([made.event.handle])
      expect(atPlace.events[0].place).toMatchObject({ handle, name: "Testkeller am Berg", town: "Forchheim", latitude: 49.7197 })
      const refused = await outcome(api.post("/admin/events", { kind: "festival", title: { de: "Nirgends" }, description: { de: "x" }, starts: "2027-07-17", ends: "2027-07-17", all_day: true, place_id: "cplc_NONE", organiser: "x" }, network.admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/No Genussort with id "cplc_NONE"/)
      const placeless = await outcome(api.post("/admin/events", { kind: "festival", title: { de: "Nirgends" }, description: { de: "x" }, starts: "2027-07-17", ends: "2027-07-17", all_day: true, organiser: "x" }, network.admin))
      expect(placeless.status).toBe(400)
      expect(placeless.data.message).toMatch(/place/)

      // The admin's form reads both languages; a change that breaks the place is refused whole.
      const { data: form } = await api.get(`/admin/places/${id}`, network.admin)
      expect(form.place.description).toEqual({ de: "Ein Bierkeller unter Linden, nur im Sommer.", en: "A beer cellar under lime trees, summer only." })
      const broken = await outcome(api.post(`/admin/places/${id}`, { opening_hours: [{ days: [1], opens: "10:00", closes: "09:00" }] }, network.admin))
      expect(broken.status).toBe(400)
      expect((await api.get(`/admin/places/${id}`, network.admin)).data.place.opening_hours).toHaveLength(2)
      expect((await outcome(api.post("/admin/places/cplc_none", { status: "published" }, network.admin))).status).toBe(404)
    })

    it("reads an uploaded GPX track with a GPX library, computes its length, and serves it back as GPX that parses to the same track", async () => {
      const points = northwardTrack(2_000)
      const { data: placeMade } = await api.post("/admin/places", { ...cellar(network.ids.mill), status: "published" }, network.admin)
      const stops = [
        { producer_id: network.ids.bakery, note: { de: "Brotzeit holen", en: "Pick up a snack" } },
        { place_id: placeMade.place.id, note: { de: "Einkehren" } },
      ]
      const { data } = await api.post("/admin/tours", tour(writeGpx({ name: "Testrunde", points }), stops), network.admin)
      const { id, handle } = data.tour
      // A draft: not listed, no page, no file.
      expect((await api.get("/store/tours", network.store)).data.tours).toEqual([])
      expect((await outcome(api.get(`/store/tours/${handle}`, network.store))).status).toBe(404)
      expect((await fetch(`${api.defaults.baseURL}/store/tours/${handle}/gpx`, { headers: network.store.headers })).status).toBe(404)

      const { data: form } = await api.get(`/admin/tours/${id}`, network.admin)
      expect(Math.abs(form.tour.figures.length_m - meridianLength(2_000))).toBeLessThanOrEqual(1)
      expect(form.tour.figures.point_count).toBe(2_000)
      // 1 m per point up for 1,000 points and down again: about 1,000 m each way.
      expect(form.tour.figures.ascent_m).toBeGreaterThanOrEqual(990)
      expect(form.tour.figures.ascent_m).toBeLessThanOrEqual(1_000)

      await api.post(`/admin/tours/${id}`, { status: "published" }, network.admin)
      const detail = StoreTourDetail.parse((await api.get(`/store/tours/${handle}?locale=en-GB`, network.store)).data).tour
      expect(detail.title).toBe("Test ride to the cellar")
      expect(detail.display_track.length).toBeLessThanOrEqual(400)
      expect(detail.display_track[0].slice(0, 2)).toEqual([10.9, 49.8])
      expect(detail.stops.map((stop) => [stop.kind, stop.handle, stop.note])).toEqual([
        ["producer", network.handles.bakery, "Pick up a snack"],
        ["place", placeMade.place.handle, "Einkehren"],
      ])

      const file = await fetch(`${api.defaults.baseURL}/store/tours/${handle}/gpx`, { headers: network.store.headers })
      expect(file.headers.get("content-type")).toMatch(/^application\/gpx\+xml/)
      expect(file.headers.get("content-disposition")).toBe(`attachment; filename="${handle}.gpx"`)
      const back = parseGpx(await file.text())
      expect(back.points).toEqual(points)

      // Producers' and Genussorte's pages find the tours passing them, directly or at a place they run.
      const passing = async (query: string) => StoreTourList.parse((await api.get(`/store/tours?${query}`, network.store)).data).tours.map((t) => t.handle)
      expect(await passing(`producer_id=${network.ids.bakery}`)).toEqual([handle])
      expect(await passing(`producer_id=${network.ids.mill}`)).toEqual([handle])
      expect(await passing(`place_id=${placeMade.place.id}`)).toEqual([handle])
      expect(await passing("mode=walk")).toEqual([])

      // A change without a track keeps it; new stops replace the old ones, in the order given.
      await api.post(`/admin/tours/${id}`, { stops: [{ place_id: placeMade.place.id }] }, network.admin)
      const changed = StoreTourDetail.parse((await api.get(`/store/tours/${handle}`, network.store)).data).tour
      expect(changed.stops.map((stop) => stop.handle)).toEqual([placeMade.place.handle])
      expect(changed.point_count).toBe(2_000)
      expect(await passing(`producer_id=${network.ids.bakery}`)).toEqual([])
      // A new track that is no track is refused, and the old one stays.
      expect((await outcome(api.post(`/admin/tours/${id}`, { gpx: "<gpx/>" }, network.admin))).status).toBe(400)
      expect(parseGpx(await (await fetch(`${api.defaults.baseURL}/store/tours/${handle}/gpx`, { headers: network.store.headers })).text()).points).toHaveLength(2_000)
    })

    it("keeps draft stories from the shop; publishing dates a story, and producers' and products' pages find it", async () => {
      const { data } = await api.post("/admin/stories", story([network.ids.bakery, network.ids.mill], [network.ids.bread]), network.admin)
      const { id, handle } = data.story
      expect((await api.get("/store/stories", network.store)).data.stories).toEqual([])
      expect((await outcome(api.get(`/store/stories/${handle}`, network.store))).status).toBe(404)
      const before = Date.now()
      await api.post(`/admin/stories/${id}`, { status: "published" }, network.admin)
      const older = await api.post("/admin/stories", { ...story([network.ids.mill], []), handle: "aeltere-geschichte", status: "published", published_at: "2026-01-15T09:00:00Z" }, network.admin)

      const list = StoreStoryList.parse((await api.get("/store/stories", network.store)).data)
      expect(list.stories.map((s) => s.handle)).toEqual([handle, older.data.story.handle])
      expect(Date.parse(list.stories[0].published_at)).toBeGreaterThanOrEqual(before - 1000)
      expect(list.stories[1].published_at).toBe("2026-01-15T09:00:00.000Z")
      const of = async (query: string) => (await api.get(`/store/stories?${query}`, network.store)).data.stories.map((s: any) => s.handle)
      expect(await of(`producer_id=${network.ids.bakery}`)).toEqual([handle])
      expect(await of(`producer_id=${network.ids.mill}`)).toEqual([handle, "aeltere-geschichte"])
      expect(await of(`product_id=${network.ids.bread}`)).toEqual([handle])

      const english = StoreStoryDetail.parse((await api.get(`/store/stories/${handle}?locale=en-GB`, network.store)).data).story
      expect(english.body).toBe("## The mill\n\nFor *years* it has milled for the bakery.")
      expect(english.producers.map((p) => p.handle).sort()).toEqual([network.handles.bakery, network.handles.mill].sort())
      // Unpublished again, it is gone from the shop.
      await api.post(`/admin/stories/${id}`, { status: "draft" }, network.admin)
      expect((await outcome(api.get(`/store/stories/${handle}`, network.store))).status).toBe(404)
    })

    it("answers bad store queries with a 400 and unknown handles with a 404", async () => {
      for (const path of ["/store/places?kind=disco", "/store/places?limit=100000", "/store/tours?mode=horse", "/store/tours?sort=title", "/store/stories?limit=0", "/store/stories?producer_id=%00", "/admin/places?order=secret", "/admin/tours?order=-secret", "/admin/stories?status=hidden"]) {
        const refused = await outcome(api.get(path, path.startsWith("/admin") ? network.admin : network.store))
        expect(refused.status, path).toBe(400)
      }
      for (const path of ["/store/places/none", "/store/tours/none", "/store/tours/none/gpx", "/store/stories/none", "/store/places/Gro%C3%9F"]) {
        expect((await outcome(api.get(path, network.store))).status, path).toBe(404)
      }
      // A path that cannot be decoded at all is refused before any route.
      expect((await outcome(api.get("/store/stories/%E0%A4%A", network.store))).status).toBe(400)
    })
  },
})
