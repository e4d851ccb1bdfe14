import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")
// The File Module's local provider writes here; the test reads what it stored from disk.
const fileDir = mkdtempSync(join(tmpdir(), "genussnetz-files-"))
process.env.MEDUSA_FILE_DIR = fileDir

/** A phone's photo: stored landscape with EXIF orientation 6 (turn a quarter right), and personal EXIF data. */
const phonePhoto = (width = 2000, height = 1500) =>
  sharp({ create: { width, height, channels: 3, background: { r: 190, g: 140, b: 70 } } })
    .composite([{ input: { create: { width: Math.round(width / 4), height, channels: 3, background: { r: 20, g: 20, b: 20 } } }, left: 0, top: 0 }])
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Artist: "Backstube Testhausen", Copyright: "private-serial-4711" } })
    .toBuffer()

const filesOnDisk = () => (existsSync(join(fileDir, "product-photos")) ? readdirSync(join(fileDir, "product-photos")) : [])
const diskPathOf = (url: string) => join(fileDir, decodeURIComponent(new URL(url).pathname.replace(/^\/static\//, "")))

/**
 * Producers' product photos: `POST /producer/products/:id/photos` takes the photo as the body,
 * re-encodes it (upright, without metadata, WebP at 320/640/1280 px) and adds it to Medusa's
 * product images; `POST …/photos/:photo_id` moves one, `DELETE` removes it with its files.
 * Against the real backend and the File Module's local provider (files in a temporary folder).
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    let photo: Buffer

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
      photo = await phonePhoto()
    })

    const upload = (productId: string, body: Buffer | string, type = "image/jpeg", headers = network.bakery.headers) =>
      outcome(api.post(`/producer/products/${productId}/photos`, body, { headers: { ...headers, "content-type": type } }))
    const imagesOf = async (productId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["thumbnail", "images.id", "images.url", "images.metadata"], filters: { id: productId } })
      return { thumbnail: data[0].thumbnail as string | null, images: data[0].images as { id: string; url: string; metadata: any }[] }
    }

    it("re-encodes a phone's photo upright, without its EXIF data, as WebP at 320, 640 and 1280 pixels, and makes it the main photo", async () => {
      const before = await imagesOf(network.ids.draft)
      const answer = await upload(network.ids.draft, photo)
      expect(answer.status, JSON.stringify(answer.data)).toBe(201)
      expect(answer.data.photos).toHaveLength(before.images.length + 1)
      const added = answer.data.photos[answer.data.photos.length - 1]
      expect(added.sizes.map((size: any) => size.width)).toEqual([320, 640, 1280])

      for (const size of added.sizes) {
        const stored = readFileSync(diskPathOf(size.url))
        const info = await sharp(stored).metadata()
        expect(info.format).toBe("webp")
        // Upright: the landscape pixels turned by the EXIF orientation into a portrait photo.
        expect([info.width, info.height]).toEqual([size.width, Math.round((size.width * 2000) / 1500)])
        expect([size.width, size.height]).toEqual([info.width, info.height])
        expect(info.exif).toBeUndefined()
        expect(stored.includes(Buffer.from("private-serial-4711"))).toBe(false)
        // The dark stripe was on the stored picture's left; turned right it is at the top.
        const { data } = await sharp(stored).resize(4, 4, { fit: "fill" }).raw().toBuffer({ resolveWithObject: true })
        expect(data[0]).toBeLessThan(80)
        expect(data[data.length - 3]).toBeGreaterThan(120)
      }
      const after = await imagesOf(network.ids.draft)
      expect(after.images).toHaveLength(before.images.length + 1)
      expect(after.images.some((image) => image.url === added.url)).toBe(true)
      // The seeded drawings were there first; the photo is added behind them.
      if (before.images.length === 0) {
        expect(after.thumbnail).toBe(added.sizes[1].url)
        expect(added.main).toBe(true)
      }
    })

    it("refuses what is not a still photo of at least 640 pixels, by its type and by its bytes, and stores nothing", async () => {
      const before = await imagesOf(network.ids.draft)
      const filesBefore = filesOnDisk().length
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000"><script>alert(1)</script></svg>'
      const html = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
      const small = await sharp({ create: { width: 500, height: 800, channels: 3, background: "#888" } }).jpeg().toBuffer()
      // Two different frames (identical ones would be merged into a still picture).
      const frame = (background: string) => sharp({ create: { width: 800, height: 600, channels: 4, background } }).png().toBuffer()
      const animated = await sharp([await frame("#884422ff"), await frame("#2244ccff")], { join: { animated: true } })
        .webp({ loop: 0 })
        .toBuffer()
      const cases: [string, Buffer | string, string, number, RegExp][] = [
        ["an SVG as SVG", svg, "image/svg+xml", 415, /Content-Type image\/jpeg/],
        ["an SVG named a JPEG", svg, "image/jpeg", 400, /svg|not a picture/i],
        ["an HTML page named a PNG", html, "image/png", 400, /not a picture/],
        ["JSON", JSON.stringify({ url: "https://example.test/x.jpg" }), "application/json", 415, /Content-Type/],
        ["a GIF", "GIF89a", "image/gif", 415, /image\/gif/],
        ["a photo too narrow", small, "image/jpeg", 400, /500 pixels wide; at least 640/],
        ["a photo cut off halfway", photo.subarray(0, Math.floor(photo.length / 2)), "image/jpeg", 400, /damaged|not a picture/],
        ["an animated image", animated, "image/webp", 400, /Animated/],
        ["nothing", Buffer.alloc(0), "image/jpeg", 400, /no photo/],
      ]
      for (const [what, body, type, status, message] of cases) {
        const answer = await upload(network.ids.draft, body, type)
        expect(answer.status, what).toBe(status)
        expect(answer.data.message, what).toMatch(message)
      }
      const tooLarge = await upload(network.ids.draft, Buffer.alloc(21 * 1024 * 1024, 0xff))
      expect(tooLarge.status).toBe(413)
      expect(tooLarge.data.message).toMatch(/larger than 20 MB/)

      expect((await imagesOf(network.ids.draft)).images).toHaveLength(before.images.length)
      expect(filesOnDisk()).toHaveLength(filesBefore)
    })

    it("answers 404 for another producer's product and a photo of another product, 401 without a login, and changes nothing", async () => {
      const flourBefore = await imagesOf(network.ids.flour)
      expect((await upload(network.ids.flour, photo)).status).toBe(404)
      expect((await upload(network.ids.bread, photo, "image/jpeg", {})).status).toBe(401)
      const onBread = await upload(network.ids.bread, photo)
      expect(onBread.status).toBe(201)
      const breadPhoto = onBread.data.photos[onBread.data.photos.length - 1].id
      const movedAcross = await outcome(api.post(`/producer/products/${network.ids.draft}/photos/${breadPhoto}`, { position: 0 }, network.bakery))
      expect(movedAcross.status).toBe(404)
      expect(movedAcross.data.message).toMatch(/No photo with id/)
      expect((await outcome(api.delete(`/producer/products/${network.ids.draft}/photos/${breadPhoto}`, network.bakery))).status).toBe(404)
      expect((await outcome(api.delete(`/producer/products/${network.ids.flour}/photos/${breadPhoto}`, network.bakery))).status).toBe(404)
      expect((await imagesOf(network.ids.bread)).images.some((image) => image.id === breadPhoto)).toBe(true)
      expect(await imagesOf(network.ids.flour)).toEqual(flourBefore)
    })

    it("moves a photo to the front as the main photo the shop's cards show, and refuses a place past the last", async () => {
      const first = await upload(network.ids.bread, photo)
      const second = await upload(network.ids.bread, await phonePhoto(2400, 1800))
      expect([first.status, second.status]).toEqual([201, 201])
      const newest = second.data.photos[second.data.photos.length - 1]
      const moved = await outcome(api.post(`/producer/products/${network.ids.bread}/photos/${newest.id}`, { position: 0 }, network.bakery))
      expect(moved.status).toBe(200)
      expect(moved.data.photos[0]).toMatchObject({ id: newest.id, main: true })
      expect(moved.data.photos.filter((p: any) => p.main)).toHaveLength(1)
      expect((await imagesOf(network.ids.bread)).thumbnail).toBe(newest.sizes.find((size: any) => size.width === 640).url)

      // What the shop reads: the product's images with their sizes, the main one first.
      const { data } = await api.get(`/store/products/${network.ids.bread}?fields=thumbnail,images.url,images.rank,images.metadata`, network.store)
      const shown = [...data.product.images].sort((a: any, b: any) => a.rank - b.rank)
      expect(shown[0].url).toBe(newest.url)
      expect(shown[0].metadata.photo.sizes.map((size: any) => size.width)).toEqual([320, 640, 1280])

      for (const body of [{ position: 8 }, { position: -1 }, { position: 1.5 }, { position: "0" }, { position: 0, main: true }, {}]) {
        const refused = await outcome(api.post(`/producer/products/${network.ids.bread}/photos/${newest.id}`, body, network.bakery))
        expect(refused.status, JSON.stringify(body)).toBe(400)
      }
      expect((await imagesOf(network.ids.bread)).thumbnail).toBe(newest.sizes.find((size: any) => size.width === 640).url)
    })

    it("removes a photo with its files; the next photo becomes the main one, the last leaves the product without", async () => {
      const added = await upload(network.ids.draft, photo)
      expect(added.status).toBe(201)
      let photos = added.data.photos as { id: string; sizes: { url: string }[] }[]
      for (const { id, sizes } of [...photos]) {
        const removed = await outcome(api.delete(`/producer/products/${network.ids.draft}/photos/${id}`, network.bakery))
        expect(removed.status).toBe(200)
        expect(removed.data).toMatchObject({ id, deleted: true })
        for (const size of sizes) expect(existsSync(diskPathOf(size.url)), size.url).toBe(false)
        photos = removed.data.photos
        expect(photos.some((p) => p.id === id)).toBe(false)
        if (photos.length) expect(photos.filter((p: any) => p.main).map((p) => p.id)).toEqual([photos[0].id])
      }
      expect(await imagesOf(network.ids.draft)).toEqual({ thumbnail: null, images: [] })
    })

    describe("the business's own photos", () => {
      const uploadOwn = (body: Buffer | string, type = "image/jpeg", headers = network.bakery.headers) =>
        outcome(api.post("/producer/profile-photos", body, { headers: { ...headers, "content-type": type } }))
      const ownFiles = () => (existsSync(join(fileDir, "producer-photos")) ? readdirSync(join(fileDir, "producer-photos")) : [])

      it("adds re-encoded photos to the profile, shown on the shop's producer page without the files' ids, at most four", async () => {
        const first = await uploadOwn(photo)
        expect(first.status, JSON.stringify(first.data)).toBe(201)
        expect(first.data.photos).toHaveLength(1)
        expect(first.data.photos[0].sizes.map((size: any) => size.width)).toEqual([320, 640, 1280])
        for (const size of first.data.photos[0].sizes) expect((await sharp(readFileSync(diskPathOf(size.url))).metadata()).format).toBe("webp")
        const { data } = await api.get(`/store/producers/${network.handles.bakery}`, network.store)
        expect(data.producer.photos).toEqual(first.data.photos)
        expect(JSON.stringify(data)).not.toContain("file_id")
        const { data: list } = await api.get("/store/producers?fields=handle,photos", network.store)
        expect(JSON.stringify(list)).not.toContain("file_id")

        const more = await Promise.all([1, 2, 3, 4].map(() => uploadOwn(photo)))
        expect(more.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 400])
        expect(more.find((answer) => answer.status === 400)!.data.message).toMatch(/at most 4 photos/)
        expect((await api.get("/producer/profile-photos", network.bakery)).data.photos).toHaveLength(4)
        expect((await uploadOwn("<svg/>", "image/svg+xml")).status).toBe(415)
      })

      it("moves a photo to the front of the business's page; a place past the last, another's photo and bad bodies change nothing", async () => {
        await uploadOwn(photo)
        const { data } = await uploadOwn(await phonePhoto(1000, 800))
        const [first, second] = data.photos.map((p: any) => p.id)
        const order = async () => (await api.get(`/store/producers/${network.handles.bakery}`, network.store)).data.producer.photos.map((p: any) => p.id)
        expect(await order()).toEqual([first, second])
        for (const body of [{ position: 4 }, { position: -1 }, { position: 0.5 }, { position: "0" }, {}, { position: 0, main: true }]) {
          const refused = await outcome(api.post(`/producer/profile-photos/${second}`, body, network.bakery))
          expect(refused.status, JSON.stringify(body)).toBe(400)
        }
        expect((await outcome(api.post("/producer/profile-photos/pdph_somebody_elses", { position: 0 }, network.bakery))).status).toBe(404)
        expect(await order()).toEqual([first, second])
        const moved = await outcome(api.post(`/producer/profile-photos/${second}`, { position: 0 }, network.bakery))
        expect(moved.status).toBe(200)
        expect(moved.data.photos.map((p: any) => p.id)).toEqual([second, first])
        expect(JSON.stringify(moved.data)).not.toContain("file_id")
        expect(await order()).toEqual([second, first])
        // The last place and beyond the photos there are: the end.
        expect((await api.post(`/producer/profile-photos/${second}`, { position: 3 }, network.bakery)).data.photos.map((p: any) => p.id)).toEqual([first, second])
      })

      it("removes a photo with its files; another's or an unknown photo is not found", async () => {
        const added = await uploadOwn(photo)
        expect(added.status).toBe(201)
        const [own] = added.data.photos
        expect((await outcome(api.delete("/producer/profile-photos/pdph_somebody_elses", network.bakery))).status).toBe(404)
        const removed = await outcome(api.delete(`/producer/profile-photos/${own.id}`, network.bakery))
        expect(removed.status).toBe(200)
        expect(removed.data.photos).toEqual([])
        for (const size of own.sizes) expect(existsSync(diskPathOf(size.url))).toBe(false)
        expect((await outcome(api.delete(`/producer/profile-photos/${own.id}`, network.bakery))).status).toBe(404)
        expect(ownFiles().filter((name) => name.includes(network.ids.bakery) && own.sizes.some((size: any) => size.url.endsWith(name)))).toEqual([])
      })
    })

    it("takes at most eight photos, also when ten arrive at once", async () => {
      const current = await imagesOf(network.ids.draft)
      const filesBefore = filesOnDisk().length
      const free = 8 - current.images.length
      const small = await phonePhoto(1000, 800)
      const answers = await Promise.all(Array.from({ length: free + 2 }, () => upload(network.ids.draft, small)))
      const statuses = answers.map((answer) => answer.status).sort()
      expect(statuses.filter((status) => status === 201)).toHaveLength(free)
      expect(statuses.filter((status) => status === 400)).toHaveLength(2)
      expect(answers.find((answer) => answer.status === 400)!.data.message).toMatch(/at most 8 photos/)
      const after = await imagesOf(network.ids.draft)
      expect(after.images).toHaveLength(8)
      // 800 pixels wide upright: 320 and 640 only, never enlarged; no file left behind by the refused ones.
      const stored = new Set(after.images.flatMap((image) => (image.metadata?.photo?.sizes ?? []).map((size: any) => diskPathOf(size.url))))
      for (const path of stored) expect(existsSync(path)).toBe(true)
      expect(after.images.every((image) => !image.metadata?.photo || image.metadata.photo.sizes.length === 2)).toBe(true)
      expect(filesOnDisk().length - filesBefore).toBe(free * 2)
    })
  },
})
