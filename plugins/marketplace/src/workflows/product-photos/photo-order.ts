import { cardUrlOf, type ProductImageRecord } from "../../producer-products/photos"

/**
 * The product update that leaves it with `images` in this order: the first is the main photo,
 * the one the shop's cards show (its thumbnail); none leaves it without one.
 */
export const productPhotosUpdate = (productId: string, images: ProductImageRecord[]) => ({
  selector: { id: productId },
  update: {
    images: images.map(({ id, url, metadata }) => (id ? { id, url, metadata: metadata ?? undefined } : { url, metadata: metadata ?? undefined })),
    thumbnail: images.length ? cardUrlOf(images[0]) : null,
  },
})
