import type { UiString } from "../../lib/i18n"

/**
 * What the portal tells a producer whose photo the backend refused, in its language: by the
 * answer's status (415 a type it does not take, 413 too large) and, for a 400, by what the
 * backend's message names (the photo's width, the number of photos); anything else it could
 * not read as a photo.
 */
export function photoRefusal(status: number, message: string | undefined): UiString {
  if (status === 415) return "portalPhotoWrongType"
  if (status === 413) return "portalPhotoTooLarge"
  if (/pixels wide; at least/.test(message ?? "")) return "portalPhotoTooNarrow"
  if (/at most \d+ photos/.test(message ?? "")) return "portalPhotoTooMany"
  return "portalPhotoUnreadable"
}
