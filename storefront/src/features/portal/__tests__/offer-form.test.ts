import { describe, expect, it } from "vitest"
import { offerFormValues, readOfferForm } from "../offer-form"

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

describe("the portal's pickup-and-delivery form", () => {
  it("reads pickup hours, delivery and parcel as the backend takes them", () => {
    const read = readOfferForm(
      form({
        street: "Mühlweg 3",
        pickup: "on",
        opens_5: "08:00",
        closes_5: "18:00",
        opens_6: "08:00",
        closes_6: "12:00",
        delivery: "on",
        delivery_fee: "3,50",
        minimum_order: "25",
        postal_codes: "96047, 96049;96050 96047",
        parcel: "on",
        parcel_fee: "5.90",
      })
    )
    expect(read).toMatchObject({
      ok: true,
      body: {
        street: "Mühlweg 3",
        offer: {
          pickup: { hours: [{ day: 5, opens: "08:00", closes: "18:00" }, { day: 6, opens: "08:00", closes: "12:00" }] },
          delivery: { fee: 3.5, minimum_order: 25, postal_codes: ["96047", "96049", "96050"] },
          parcel: { fee: 5.9 },
        },
      },
    })
  })

  it("names what is wrong, by its field", () => {
    const read = readOfferForm(
      form({ street: "", pickup: "on", opens_2: "18:00", closes_2: "08:00", delivery: "on", delivery_fee: "3,555", postal_codes: "9604", parcel: "on", parcel_fee: "viel" })
    )
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.errors).toEqual({ street: "required", opens_2: "hours", delivery_fee: "price", postal_codes: "postalCodes", parcel_fee: "price" })
    const nothing = readOfferForm(form({ street: "Mühlweg 3" }))
    expect(!nothing.ok && nothing.errors.pickup).toBe("wayRequired")
    const noHours = readOfferForm(form({ street: "Mühlweg 3", pickup: "on" }))
    expect(!noHours.ok && noHours.errors.pickup).toBe("hoursRequired")
  })

  it("shows what is set up as the form's values, amounts in German style", () => {
    const values = offerFormValues({ street: "Mühlweg 3", offer: { delivery: { fee: 3.5, minimum_order: 25, postal_codes: ["96047"] }, pickup: { hours: [{ day: 6, opens: "08:00", closes: "12:00" }] } } })
    expect(values).toMatchObject({ street: "Mühlweg 3", pickup: true, delivery: true, delivery_fee: "3,50", minimum_order: "25,00", postal_codes: "96047", parcel: false })
    expect(values.hours[6]).toEqual({ opens: "08:00", closes: "12:00" })
    expect(values.hours[1]).toEqual({ opens: "", closes: "" })
  })
})
