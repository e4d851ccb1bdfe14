import { experimental_AstroContainer as AstroContainer } from "astro/container"
import { describe, expect, it } from "vitest"
import ProducerStatusNote from "../ProducerStatusNote.astro"

const render = async (props: { locale: "de" | "en"; status: "active" | "paused" | "left" }) => {
  const container = await AstroContainer.create()
  const html = await container.renderToString(ProducerStatusNote, { props })
  return /<p class="status-note" role="status"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? null
}

describe("a producer's status on its page", () => {
  it("says a paused producer is taking a break, in the page's language", async () => {
    expect(await render({ locale: "de", status: "paused" })).toBe("Macht gerade Pause")
    expect(await render({ locale: "en", status: "paused" })).toBe("Taking a break")
  })

  it("says nothing for an active producer", async () => {
    expect(await render({ locale: "de", status: "active" })).toBeNull()
  })
})
