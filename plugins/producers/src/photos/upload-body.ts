import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PHOTO_CONTENT_TYPES, PHOTO_MAX_BYTES } from "./reencode"

/** The uploaded photo's bytes, as `readPhotoUpload` left them on the request. */
export const uploadedPhoto = (req: MedusaRequest): Buffer => (req as MedusaRequest & { photo: Buffer }).photo

const refuse = (res: MedusaResponse, status: number, message: string) =>
  res.status(status).json({ type: status === 413 ? "payload_too_large" : "invalid_data", message })

/**
 * Reads a photo sent as the request's whole body (`Content-Type: image/jpeg`, …; the portal sends
 * the file a producer picked as it is). 415 for another type, 413 beyond PHOTO_MAX_BYTES — told
 * by Content-Length before anything is read, or when the bytes run past it — and 400 for no body.
 * The bytes are not trusted because of their type: `reencodePhoto` decides what they are.
 */
export async function readPhotoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase()
  if (!(type in PHOTO_CONTENT_TYPES)) {
    return refuse(res, 415, `Send the photo as the request's body with Content-Type ${Object.keys(PHOTO_CONTENT_TYPES).join(", ")} (got "${type || "none"}")`)
  }
  const tooLarge = `The photo is larger than ${PHOTO_MAX_BYTES / 1024 / 1024} MB`
  if (Number(req.headers["content-length"] ?? 0) > PHOTO_MAX_BYTES) return refuse(res, 413, tooLarge)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of req) {
      size += chunk.length
      if (size > PHOTO_MAX_BYTES) {
        // Stop reading; the rest of a too-large upload is not wanted.
        req.unpipe()
        res.setHeader("connection", "close")
        return refuse(res, 413, tooLarge)
      }
      chunks.push(chunk as Buffer)
    }
  } catch {
    return refuse(res, 400, "The upload broke off before the photo was complete")
  }
  if (size === 0) return refuse(res, 400, "The request carries no photo")
  Object.assign(req, { photo: Buffer.concat(chunks) })
  next()
}
