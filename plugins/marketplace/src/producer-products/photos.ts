/**
 * A product's photos are Medusa's product images; a photo a producer uploaded keeps its sizes in
 * the image's metadata (`photo`), each a re-encoded WebP file of the File Module. The image's url
 * is its largest size, the product's thumbnail the 640-pixel one (what a card shows on a phone's
 * 2× screen). Images without sizes (the seed's drawings) are shown as they are.
 */
import type { StoredPhotoSize } from "@genussnetz/producers/workflows"

export type PhotoSizeRecord = StoredPhotoSize
export type PhotoMetadata = { photo: { width: number; height: number; sizes: PhotoSizeRecord[] } }
export type ProductImageRecord = { id: string; url: string; rank?: number | null; metadata?: Record<string, unknown> | null }

/** Enough for a product from every side and its packaging, few enough for a phone's page. */
export const MAX_PRODUCT_PHOTOS = 8
/** The size a card shows (the thumbnail). */
export const CARD_WIDTH = 640

export const photoSizesOf = (image: ProductImageRecord): PhotoSizeRecord[] =>
  ((image.metadata as PhotoMetadata | null | undefined)?.photo?.sizes ?? []).slice().sort((a, b) => a.width - b.width)

/** The url a card shows for a photo: its 640-pixel size, or the image itself. */
export const cardUrlOf = (image: ProductImageRecord) => photoSizesOf(image).find((size) => size.width >= CARD_WIDTH)?.url ?? image.url

/** A photo as the portal lists it: where it is, its sizes, whether the product's cards show it. */
export function photoView(image: ProductImageRecord, thumbnail: string | null) {
  const sizes = photoSizesOf(image)
  return {
    id: image.id,
    url: image.url,
    sizes: sizes.map(({ width, height, url }) => ({ width, height, url })),
    /** The photo the shop's cards show. */
    main: thumbnail !== null && (thumbnail === image.url || sizes.some((size) => size.url === thumbnail)),
  }
}

/** Images in their order (rank), as the product's update takes them back. */
export const inOrder = (images: ProductImageRecord[]) => [...images].sort((a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0) || a.id.localeCompare(b.id))
