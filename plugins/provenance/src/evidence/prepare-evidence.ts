import { MedusaError } from "@medusajs/framework/utils"
import { PHOTO_CONTENT_TYPES, reencodeDocumentImage } from "@genussnetz/producers/photos"

/** A certificate as a PDF, or photographed or scanned as an image. */
export const EVIDENCE_CONTENT_TYPES = ["application/pdf", ...Object.keys(PHOTO_CONTENT_TYPES)] as const
/** More than a scanned certificate of a few pages needs. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024

/** What a claim keeps of its evidence file (a private file of the File Module). */
export type EvidenceFile = { file_id: string; content_type: "application/pdf" | "image/webp"; bytes: number; uploaded_at: string }

const PDF_HEADER = Buffer.from("%PDF-")
const PDF_END = Buffer.from("%%EOF")

/**
 * An uploaded evidence document made fit to keep: a picture is re-encoded (upright, without
 * metadata, as WebP) like a photo; a PDF is kept as it came, once its bytes are a PDF's (the
 * header at the start, the end-of-file marker near the end) — it is only ever handed to the
 * association as a download, never shown in a page.
 */
export async function prepareEvidence(bytes: Buffer, type: string): Promise<{ content: Buffer; content_type: EvidenceFile["content_type"] }> {
  if (type !== "application/pdf") {
    const picture = await reencodeDocumentImage(bytes)
    return { content: picture.content, content_type: "image/webp" }
  }
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024))
  if (!bytes.subarray(0, PDF_HEADER.length).equals(PDF_HEADER) || !tail.includes(PDF_END)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The file is not a complete PDF: send the certificate as a PDF, or a photo of it (JPEG, PNG, WebP, AVIF)")
  }
  return { content: bytes, content_type: "application/pdf" }
}
