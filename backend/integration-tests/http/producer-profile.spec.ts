import { join } from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

/**
 * A producer's own profile from the portal: `GET/POST /producer/profile` — tagline and story in
 * German (English in the Translation Module), contact, farm shop and opening hours — as the
 * shop's producer page then answers it, in both languages.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
    })

    const onStore = async (locale?: string) =>
      (await api.get(`/store/producers/${network.handles.bakery}${locale ? `?locale=${locale}` : ""}`, network.store)).data.producer
    const storedRow = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "producer", fields: ["*"], filters: { id: network.ids.bakery } })
      return data[0]
    }

    it("changes the producer's own tagline, story, contact and opening hours, shown in the shop in German and English", async () => {
      const hours = [
        { day: 2, opens: "06:30", closes: "12:00" },
        { day: 6, opens: "07:00", closes: "11:00" },
      ]
      const answer = await outcome(
        api.post(
          "/producer/profile",
          {
            tagline: { de: "Holzofenbrot aus Bamberg", en: "Wood-fired bread from Bamberg" },
            story: { de: "Seit drei Generationen backen wir jeden Morgen im Holzofen.", en: "For three generations we have baked in the wood-fired oven every morning." },
            website: "https://testbaeckerei.example",
            phone: "+49 951 123456",
            farm_shop: true,
            opening_hours: hours,
          },
          network.bakery
        )
      )
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)
      expect(answer.data.profile).toMatchObject({
        tagline: { de: "Holzofenbrot aus Bamberg", en: "Wood-fired bread from Bamberg" },
        story: { en: "For three generations we have baked in the wood-fired oven every morning." },
        farm_shop: true,
        opening_hours: hours,
      })
      expect(await onStore()).toMatchObject({ tagline: "Holzofenbrot aus Bamberg", phone: "+49 951 123456", farm_shop: true, opening_hours: hours })
      expect((await onStore("en-GB")).story).toBe("For three generations we have baked in the wood-fired oven every morning.")

      // A German story changed without English: the English shop shows the German words, never the old English.
      expect((await outcome(api.post("/producer/profile", { story: { de: "Wir backen mit Roggen vom Nachbarhof." }, website: "" }, network.bakery))).status).toBe(200)
      const english = await onStore("en-GB")
      expect(english.story).toBe("Wir backen mit Roggen vom Nachbarhof.")
      expect(english.tagline).toBe("Wood-fired bread from Bamberg")
      expect((await onStore()).website).toBeNull()
    })

    it("refuses a bad profile with 400 and changes nothing; without a login 401", async () => {
      const before = await storedRow()
      const bad: [string, unknown][] = [
        ["nothing", {}],
        ["a story of three words", { story: { de: "Wir backen Brot." } }],
        ["a website that is no web address", { website: "javascript:alert(1)" }],
        ["an e-mail without @", { email: "kontakt.testbaeckerei.example" }],
        ["closing before opening", { opening_hours: [{ day: 1, opens: "18:00", closes: "08:00" }] }],
        ["the name (the association's)", { name: "Eine andere Bäckerei" }],
        ["the status (the association's)", { status: "left" }],
        ["a NUL byte", { story: { de: "Seit drei Generationen backen wir\u0000 jeden Morgen." } }],
      ]
      for (const [what, body] of bad) {
        const answer = await outcome(api.post("/producer/profile", body, network.bakery))
        expect(answer.status, `${what}: ${JSON.stringify(answer.data)}`).toBe(400)
      }
      expect(await storedRow()).toEqual(before)
      expect((await outcome(api.post("/producer/profile", { farm_shop: false }, { headers: {} }))).status).toBe(401)
    })
  },
})
