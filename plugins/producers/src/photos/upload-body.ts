import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PHOTO_CONTENT_TYPES, PHOTO_MAX_BYTES } from "./reencode"

/** The uploaded file's bytes and type, as a `readUpload` middleware left them on the request. */
export const uploadedFile = (req: MedusaRequest): { bytes: Buffer; type: string } => (req as MedusaRequest & { upload: { bytes: Buffer; type: string } }).upload
/** The uploaded photo's bytes. */
export const uploadedPhoto = (req: MedusaRequest): Buffer => uploadedFile(req).bytes

const refuse = (res: MedusaResponse, status: number, message: string) =>
  res.status(status).json({ type: status === 413 ? "payload_too_large" : "invalid_data", message })

/**
 * A middleware reading a file sent as the request's whole body (`Content-Type: image/jpeg`, …;
 * the portal sends the file a producer picked as it is): 415 for a type not in `types`, 413
 * beyond `maxBytes` — told by Content-Length before anything is read, or when the bytes run
 * past it — and 400 for no body. The bytes are not trusted because of their type: what reads
 * them next decides what they are.
 */
export function readUpload(what: string, types: readonly string[], maxBytes: number) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase()
    if (!types.includes(type)) {
      return refuse(res, 415, `Send the ${what} as the request's body with Content-Type ${types.join(", ")} (got "${type || "none"}")`)
    }
    const tooLarge = `The ${what} is larger than ${maxBytes / 1024 / 1024} MB`
    if (Number(req.headers["content-length"] ?? 0) > maxBytes) return refuse(res, 413, tooLarge)
    const chunks: Buffer[] = []
    let size = 0
    try {
      for await (const chunk of req) {
        size += chunk.length
        if (size > maxBytes) {
          // Stop reading; the rest of a too-large upload is not wanted.
          res.setHeader("connection", "close")
          return refuse(res, 413, tooLarge)
        }
        chunks.push(chunk as Buffer)
      }
    } catch {
      return refuse(res, 400, `The upload broke off before the ${what} was complete`)
    }
    if (size === 0) return refuse(res, 400, `The request carries no ${what}`)
    Object.assign(req, { upload: { bytes: Buffer.concat(chunks), type } })
    next()
  }
}

/** A producer's photo: JPEG, PNG, WebP or AVIF, up to PHOTO_MAX_BYTES. */
export const readPhotoUpload = readUpload("photo", Object.keys(PHOTO_CONTENT_TYPES), PHOTO_MAX_BYTES)
