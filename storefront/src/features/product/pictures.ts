/**
 * A product's pictures as the page shows them. A producer's photo comes in several widths (the
 * backend re-encodes every upload as WebP at 320, 640 and 1280 px, keeping them in the image's
 * `metadata.photo.sizes`): the browser picks one by `srcset`. The seed's drawings have one file.
 */
export type PhotoSize = { width: number; height: number; url: string }
export type Picture = { src: string; srcset: string | null; width: number; height: number; /** The narrowest size, for a thumbnail. */ thumb: string }
export type ProductImage = { url: string; rank?: number | null; metadata?: Record<string, unknown> | null }

/** Where no size is known (a drawing): the 4:3 box the layout reserves. */
const DEFAULT_BOX = { width: 800, height: 600 }

const isSize = (value: unknown): value is PhotoSize => {
  const size = value as PhotoSize | null
  return !!size && typeof size.url === "string" && Number.isInteger(size.width) && size.width > 0 && Number.isInteger(size.height) && size.height > 0
}

/** The sizes an image's metadata names, narrowest first; none for an image without. */
export function photoSizesOf(image: ProductImage): PhotoSize[] {
  const sizes = (image.metadata?.photo as { sizes?: unknown } | undefined)?.sizes
  return Array.isArray(sizes) ? sizes.filter(isSize).sort((a, b) => a.width - b.width) : []
}

/** One picture: the largest size as `src` (and its proportions), every size in `srcset`, the narrowest as `thumb`. */
export function pictureOf(url: string, sizes: PhotoSize[]): Picture {
  const largest = sizes[sizes.length - 1]
  return {
    src: largest?.url ?? url,
    thumb: sizes[0]?.url ?? url,
    srcset: sizes.length > 1 ? sizes.map((size) => `${size.url} ${size.width}w`).join(", ") : null,
    width: largest?.width ?? DEFAULT_BOX.width,
    height: largest?.height ?? DEFAULT_BOX.height,
  }
}

/** The product's pictures in the producer's order (the main photo first), or its thumbnail alone. */
export function productPictures(product: { images?: ProductImage[] | null; thumbnail?: string | null }): Picture[] {
  const images = [...(product.images ?? [])].sort((a, b) => Number(a.rank ?? 0) - Number(b.rank ?? 0))
  if (images.length) return images.map((image) => pictureOf(image.url, photoSizesOf(image)))
  return product.thumbnail ? [pictureOf(product.thumbnail, [])] : []
}
