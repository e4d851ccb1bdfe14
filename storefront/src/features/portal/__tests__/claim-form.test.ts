import { describe, expect, it } from "vitest"
import { evidenceRefusal, readClaimForm, refusedClaimField } from "../claim-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.set(key, value)
  return data
}
const organic = { type: "eu_organic", label: "Bio nach EU-Öko-Verordnung", issuer: "Kontrollstelle", control_body_code: "DE-ÖKO-006", valid_from: "2026-01-01" }

describe("readClaimForm", () => {
  it("sends what was filled in, without the optional fields left empty", () => {
    const read = readClaimForm(form({ ...organic, product_id: "", valid_until: "2027-12-31", evidence_url: "" }), ["prod_1"])
    expect(read).toMatchObject({ ok: true, body: { ...organic, valid_until: "2027-12-31" } })
    expect(read.ok && Object.keys(read.body)).not.toContain("evidence_url")
  })

  it("names each field that is wrong, by the backend's rules", () => {
    const read = readClaimForm(
      form({ type: "organic", label: "", issuer: "x".repeat(121), product_id: "prod_other", valid_from: "2026-02-30", valid_until: "2025-01-01", evidence_url: "javascript:alert(1)" }),
      ["prod_1"]
    )
    expect(read.ok).toBe(false)
    expect(!read.ok && read.errors).toEqual({ type: "choice", label: "required", issuer: "tooLong", product_id: "choice", valid_from: "date", evidence_url: "website" })
  })

  it("asks EU organic for its control body, and an end after the start", () => {
    const read = readClaimForm(form({ ...organic, control_body_code: "", valid_until: "2026-01-01" }), [])
    expect(!read.ok && read.errors).toEqual({ control_body_code: "controlBodyRequired", valid_until: "dateOrder" })
  })

  it("refuses control characters", () => {
    const read = readClaimForm(form({ ...organic, label: "Bio\u0000" }), [])
    expect(!read.ok && read.errors.label).toBe("characters")
  })
})

describe("the backend's refusals", () => {
  it("bring the control body's format back to its field", () => {
    expect(refusedClaimField("Invalid request: Expected a control body code like DE-ÖKO-006")).toEqual({ control_body_code: "controlBodyCode" })
    expect(refusedClaimField("Something else")).toBeNull()
  })

  it("tell a document's type, size and a decided claim apart", () => {
    expect(evidenceRefusal(415, "Send the evidence document as …")).toBe("portalClaimEvidenceWrongType")
    expect(evidenceRefusal(413, "The evidence document is larger than 10 MB")).toBe("portalClaimEvidenceTooLarge")
    expect(evidenceRefusal(400, "The claim is verified already: …")).toBe("portalClaimEvidenceDecided")
    expect(evidenceRefusal(400, "The file is not a complete PDF")).toBe("portalClaimEvidenceUnreadable")
  })
})
