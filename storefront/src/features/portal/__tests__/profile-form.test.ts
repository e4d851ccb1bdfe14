import { describe, expect, it } from "vitest"
import { profileFormValues, readProfileForm } from "../profile-form"

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

const story = "Seit drei Generationen backen wir im Holzofen."

describe("the portal's profile form", () => {
  it("reads the profile as the backend takes it: empty contact fields clear them, empty days are closed", () => {
    const read = readProfileForm(
      form({ tagline_de: "Holzofenbrot", story_de: `${story}\r\nJeden Morgen.`, story_en: "Baking since 1950.", website: "", email: "laden@baeckerei.example", phone: "", farm_shop: "on", opens_2: "06:30", closes_2: "12:00" })
    )
    expect(read).toEqual({
      ok: true,
      values: expect.anything(),
      body: {
        tagline: { de: "Holzofenbrot" },
        story: { de: `${story}\r\nJeden Morgen.`, en: "Baking since 1950." },
        website: "",
        email: "laden@baeckerei.example",
        phone: "",
        farm_shop: true,
        opening_hours: [{ day: 2, opens: "06:30", closes: "12:00" }],
      },
    })
    const noTagline = readProfileForm(form({ story_de: story }))
    expect(noTagline.ok && noTagline.body).toMatchObject({ tagline: null, opening_hours: null, farm_shop: false })
  })

  it("names what is wrong by its field", () => {
    const read = readProfileForm(form({ story_de: "Kurz.", website: "javascript:alert(1)", email: "kein-at", phone: "abc", opens_1: "12:00", closes_1: "08:00" }))
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors).toEqual({ story_de: "tooShort", website: "website", email: "email", phone: "phone", opens_1: "hours" })
  })

  it("shows the profile as it is", () => {
    const values = profileFormValues({
      tagline: null,
      story: { de: story, en: null },
      website: null,
      email: null,
      phone: "+49 951 1",
      farm_shop: true,
      opening_hours: [{ day: 6, opens: "07:00", closes: "11:00" }],
    })
    expect(values).toMatchObject({ tagline_de: "", story_de: story, story_en: "", phone: "+49 951 1", farm_shop: true })
    expect(values.hours[6]).toEqual({ opens: "07:00", closes: "11:00" })
  })
})
