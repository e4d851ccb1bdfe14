import { existsSync, mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { createClaimsWorkflow } from "@genussnetz/provenance/workflows"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, PRIVATE, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")
// Public files here, private ones (the evidence) beside it in "<dir>-private", which no URL serves.
const fileDir = mkdtempSync(join(tmpdir(), "genussnetz-files-"))
process.env.MEDUSA_FILE_DIR = fileDir
const privateDir = `${fileDir}-private`

/** A small but complete PDF: header, one empty page, cross-reference table, end-of-file marker. */
function certificatePdf(text: string) {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>`,
    `<< /Length ${text.length + 20} >>\nstream\nBT (${text}) Tj ET\nendstream`,
  ]
  let body = "%PDF-1.4\n"
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, "latin1")
}

const privateFiles = () => (existsSync(privateDir) ? readdirSync(privateDir).filter((name) => name.includes("claim-evidence")) : [])
const publicFiles = () => (existsSync(fileDir) ? readdirSync(fileDir, { recursive: true }) : [])

/**
 * Claims' evidence documents: `POST /producer/claims/:id/evidence` takes a PDF or a picture of
 * the certificate as the body, for a pending claim of the producer's own; it is kept as a private
 * file; `GET /admin/claims/:id/evidence` hands it to the association as a download. Against the
 * real backend and the File Module's local provider.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    let millClaim: string

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
      const { result } = await createClaimsWorkflow(getContainer()).run({
        input: { claims: [{ producer_id: network.ids.mill, type: "regional_verified", label: "Regional gemahlen", issuer: "Testverband", valid_from: new Date("2025-01-01") }] },
      })
      millClaim = result[0].id
    })

    const upload = (claimId: string, body: Buffer | string, type: string, headers = network.bakery.headers) =>
      outcome(api.post(`/producer/claims/${claimId}/evidence`, body, { headers: { ...headers, "content-type": type } }))
    const download = (claimId: string) =>
      outcome(api.get(`/admin/claims/${claimId}/evidence`, { headers: network.admin.headers, responseType: "arraybuffer" }))

    it("keeps a PDF privately and hands it to the association as a download that is never rendered", async () => {
      const pdf = certificatePdf("Bioland-Zertifikat 2026")
      const answer = await upload(network.ids.pendingClaim, pdf, "application/pdf")
      expect(answer.status, JSON.stringify(answer.data)).toBe(201)
      expect(answer.data.evidence).toMatchObject({ content_type: "application/pdf", bytes: pdf.length })
      expect(answer.data.evidence.file_id).toBeUndefined()
      expect(privateFiles()).toHaveLength(1)
      expect(publicFiles().some((name) => String(name).includes("claim-evidence"))).toBe(false)

      const got = await download(network.ids.pendingClaim)
      expect(got.status).toBe(200)
      expect(Buffer.from(got.data).equals(pdf)).toBe(true)
      // The listing tells the desk there is a document; the producer sees it without the file's id.
      const { data: desk } = await api.get("/admin/claims?status=pending", network.admin)
      expect(desk.claims.find((c: any) => c.id === network.ids.pendingClaim).evidence_file).toMatchObject({ content_type: "application/pdf" })
      const { data: own } = await api.get("/producer/claims", network.bakery)
      expect(own.claims.find((c: any) => c.id === network.ids.pendingClaim).evidence_file).toEqual({
        content_type: "application/pdf",
        bytes: pdf.length,
        uploaded_at: expect.any(String),
      })
    })

    it("answers the download with headers that make it a file, not a page", async () => {
      expect((await upload(network.ids.pendingClaim, certificatePdf("Zertifikat"), "application/pdf")).status).toBe(201)
      const response = await fetch(`${api.defaults.baseURL}/admin/claims/${network.ids.pendingClaim}/evidence`, { headers: network.admin.headers })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toMatch(/^application\/pdf/)
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="nachweis-${network.ids.pendingClaim}.pdf"`)
      expect(response.headers.get("x-content-type-options")).toBe("nosniff")
      expect(response.headers.get("content-security-policy")).toContain("sandbox")
      expect(response.headers.get("cache-control")).toBe("private, no-store")
    })

    it("re-encodes a photographed certificate: upright, without EXIF, at most 2400 pixels a side", async () => {
      const photo = await sharp({ create: { width: 3600, height: 2400, channels: 3, background: "#f4f1e8" } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .withExifMerge({ IFD0: { Artist: "private-serial-0815" } })
        .toBuffer()
      const answer = await upload(network.ids.pendingClaim, photo, "image/jpeg")
      expect(answer.status, JSON.stringify(answer.data)).toBe(201)
      expect(answer.data.evidence.content_type).toBe("image/webp")
      const got = await download(network.ids.pendingClaim)
      const stored = Buffer.from(got.data)
      const info = await sharp(stored).metadata()
      expect([info.format, info.width, info.height]).toEqual(["webp", 1600, 2400])
      expect(info.exif).toBeUndefined()
      expect(stored.includes(Buffer.from("private-serial-0815"))).toBe(false)
    })

    it("replaces an earlier document and deletes its file", async () => {
      expect((await upload(network.ids.pendingClaim, certificatePdf("erste Fassung"), "application/pdf")).status).toBe(201)
      const first = privateFiles()
      const second = certificatePdf("zweite Fassung")
      expect((await upload(network.ids.pendingClaim, second, "application/pdf")).status).toBe(201)
      const now = privateFiles()
      expect(now.length).toBe(first.length)
      expect(Buffer.from((await download(network.ids.pendingClaim)).data).equals(second)).toBe(true)
    })

    it("refuses what is not a PDF or a picture, a decided claim's evidence and another's claim, and keeps nothing", async () => {
      const before = privateFiles().length
      const cases: [string, string, Buffer | string, string, number, RegExp][] = [
        ["HTML named a PDF", network.ids.pendingClaim, "<html><script>alert(1)</script></html>", "application/pdf", 400, /not a complete PDF/],
        ["a PDF cut off", network.ids.pendingClaim, certificatePdf("x").subarray(0, 120), "application/pdf", 400, /not a complete PDF/],
        ["an SVG", network.ids.pendingClaim, "<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml", 415, /Content-Type application\/pdf/],
        ["an SVG named a PNG", network.ids.pendingClaim, "<svg xmlns='http://www.w3.org/2000/svg'/>", "image/png", 400, /not a picture|svg/i],
        ["an HTML page", network.ids.pendingClaim, "<html></html>", "text/html", 415, /text\/html/],
        ["the verified claim", network.ids.verifiedClaim, certificatePdf("x"), "application/pdf", 400, /verified already/],
        ["the rejected claim", network.ids.rejectedClaim, certificatePdf("x"), "application/pdf", 400, /rejected already/],
        ["the mill's claim", millClaim, certificatePdf("x"), "application/pdf", 404, /not found|was found/i],
        ["no claim", "claim_does_not_exist", certificatePdf("x"), "application/pdf", 404, /not found|was found/i],
      ]
      for (const [what, claimId, body, type, status, message] of cases) {
        const answer = await upload(claimId, body, type)
        expect(answer.status, what).toBe(status)
        expect(answer.data.message, what).toMatch(message)
      }
      const tooLarge = await upload(network.ids.pendingClaim, Buffer.alloc(11 * 1024 * 1024, 0x25), "application/pdf")
      expect(tooLarge.status).toBe(413)
      expect((await upload(network.ids.pendingClaim, certificatePdf("x"), "application/pdf", {})).status).toBe(401)
      expect(privateFiles().length).toBe(before)
      expect((await download(network.ids.verifiedClaim)).status).toBe(404)
      expect((await outcome(api.get(`/admin/claims/${network.ids.pendingClaim}/evidence`, network.bakery))).status).toBe(401)
    })

    it("never shows the document or its file to shoppers, also once the claim is verified", async () => {
      expect((await upload(network.ids.pendingClaim, certificatePdf("Bioland"), "application/pdf")).status).toBe(201)
      expect((await api.post(`/admin/claims/${network.ids.pendingClaim}/review`, { status: "verified" }, network.admin)).status).toBe(200)
      const [claim] = await getContainer().resolve<any>("provenance").listClaims({ id: network.ids.pendingClaim })
      const fileId = claim.evidence_file.file_id as string
      const answers = [
        await api.get(`/store/producers/${network.handles.bakery}`, network.store),
        await api.get(`/store/producers/${network.handles.bakery}/provenance`, network.store),
        await api.get(`/store/products/${network.ids.bread}/provenance`, network.store),
      ]
      expect(answers.some(({ data }) => JSON.stringify(data).includes(PRIVATE.pendingClaimLabel))).toBe(true)
      for (const { data } of answers) {
        const text = JSON.stringify(data)
        expect(text).not.toContain("evidence_file")
        expect(text).not.toContain("claim-evidence")
        expect(text).not.toContain(fileId)
      }
    })
  },
})
