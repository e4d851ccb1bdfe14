import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

/**
 * The widths a photo is served at (CSS pixels × density on a phone, a tablet, a desktop):
 * every photo has the first two, the last only when the original is that wide. Never enlarged.
 */
export const PHOTO_WIDTHS = [320, 640, 1280] as const
/** Narrower than this, a product photo looks blurred even on a phone's card. */
export const PHOTO_MIN_WIDTH = 640
/** More than any phone camera's JPEG (a 50-megapixel photo is about 12 MB). */
export const PHOTO_MAX_BYTES = 20 * 1024 * 1024
/** Beyond this a small file can still decode to gigabytes (a "decompression bomb"). */
export const PHOTO_MAX_PIXELS = 60_000_000

/** What a producer may upload, by the type its browser sends and by what the bytes turn out to be. */
export const PHOTO_CONTENT_TYPES: Record<string, string> = {
  "image/jpeg": "jpeg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "heif",
}

export type PhotoSize = { width: number; height: number; content: Buffer }
export type ReencodedPhoto = { width: number; height: number; sizes: PhotoSize[] }

const refused = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

const DECODE_OPTIONS = { limitInputPixels: PHOTO_MAX_PIXELS, failOn: "error" as const, animated: false }

/**
 * What an uploaded image is, refused with a message saying what was wrong unless it is a still
 * JPEG, PNG, WebP or AVIF of at most PHOTO_MAX_PIXELS: an SVG or HTML page named .jpg, an
 * animated image, a file that only starts like a JPEG. Its width and height as it stands upright.
 */
async function inspectImage(bytes: Buffer): Promise<{ width: number; height: number }> {
  let info: sharp.Metadata
  try {
    info = await sharp(bytes, DECODE_OPTIONS).metadata()
  } catch {
    throw refused("The file is not a picture this shop can read: send a JPEG, PNG, WebP or AVIF image")
  }
  if (!info.format || !Object.values(PHOTO_CONTENT_TYPES).includes(info.format)) {
    throw refused(`A ${info.format ?? "file of unknown type"} is not accepted as a picture: send a JPEG, PNG, WebP or AVIF image`)
  }
  if ((info.pages ?? 1) > 1) throw refused("Animated images are not accepted: send a still JPEG, PNG, WebP or AVIF image")
  if (!info.width || !info.height) throw refused("The picture has no size")
  if (info.width * info.height > PHOTO_MAX_PIXELS) {
    throw refused(`The picture has ${Math.round((info.width * info.height) / 1e6)} megapixels; at most ${PHOTO_MAX_PIXELS / 1e6} are accepted`)
  }
  // EXIF orientations 5–8 turn the picture by a quarter: its upright width is the stored height.
  const quarterTurned = (info.orientation ?? 1) >= 5
  return quarterTurned ? { width: info.height, height: info.width } : { width: info.width, height: info.height }
}

/** The picture upright, resized as `resize` says, as WebP without any of the original's metadata. */
async function writeWebp(bytes: Buffer, resize: sharp.ResizeOptions, quality: number): Promise<PhotoSize> {
  try {
    const { data, info } = await sharp(bytes, DECODE_OPTIONS).rotate().resize(resize).webp({ quality }).toBuffer({ resolveWithObject: true })
    return { width: info.width, height: info.height, content: data }
  } catch {
    // A file whose header reads well but whose picture data is broken (cut off, corrupted).
    throw refused("The picture's data is damaged or incomplete: send it again or take another")
  }
}

/**
 * Decodes an uploaded photo and writes it anew as WebP at each of PHOTO_WIDTHS it reaches: turned
 * upright by its EXIF orientation, and without any of its metadata (a phone's photo carries the
 * GPS position of the farm, the camera's serial number). Nothing a producer sent is ever served
 * as it came.
 */
export async function reencodePhoto(bytes: Buffer): Promise<ReencodedPhoto> {
  const { width, height } = await inspectImage(bytes)
  if (width < PHOTO_MIN_WIDTH) throw refused(`The photo is ${width} pixels wide; at least ${PHOTO_MIN_WIDTH} are needed`)
  const sizes = await Promise.all(PHOTO_WIDTHS.filter((target) => target <= width).map((target) => writeWebp(bytes, { width: target }, 80)))
  return { width, height, sizes }
}

/** A scanned or photographed document stays readable at this size (an A4 page at about 200 dpi). */
export const DOCUMENT_MAX_SIDE = 2400

/**
 * A picture of a document (a certificate photographed with a phone): re-encoded as one WebP of at
 * most DOCUMENT_MAX_SIDE pixels a side, upright and without metadata, like a photo.
 */
export async function reencodeDocumentImage(bytes: Buffer): Promise<PhotoSize> {
  await inspectImage(bytes)
  return writeWebp(bytes, { width: DOCUMENT_MAX_SIDE, height: DOCUMENT_MAX_SIDE, fit: "inside", withoutEnlargement: true }, 85)
}
