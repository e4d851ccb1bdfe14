import { describe, expect, it } from "vitest"
import { photoRefusal } from "../photo-form"

describe("photoRefusal", () => {
  it("tells a type, a size, a width and a count the backend refused apart; anything else is unreadable", () => {
    expect(photoRefusal(415, "Send the photo as the request's body with Content-Type image/jpeg")).toBe("portalPhotoWrongType")
    expect(photoRefusal(413, "The photo is larger than 20 MB")).toBe("portalPhotoTooLarge")
    expect(photoRefusal(400, "The photo is 500 pixels wide; at least 640 are needed")).toBe("portalPhotoTooNarrow")
    expect(photoRefusal(400, "A product has at most 8 photos: remove one before adding another")).toBe("portalPhotoTooMany")
    expect(photoRefusal(400, "A svg is not accepted as a photo")).toBe("portalPhotoUnreadable")
    expect(photoRefusal(400, undefined)).toBe("portalPhotoUnreadable")
  })
})
