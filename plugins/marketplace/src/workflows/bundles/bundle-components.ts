import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BUNDLES_MODULE, splitBundleLine } from "../../modules/bundles"
import type BundlesModuleService from "../../modules/bundles/service"

/** One component of a Genusspaket with what the shop and the books need of its maker's product. */
export type BundleComponent = {
  variant_id: string
  variant_title: string
  quantity: number
  share: number
  product_id: string
  product_title: string
  product_handle: string
  producer_id: string
  category_handles: string[]
}

/**
 * The components of the Genusspakete among `variantIds` (other variants are simply not in the
 * answer), by the bundle's variant id, each with its maker and product. Two queries whatever the
 * number of bundles.
 */
export async function bundleComponentsOf(container: MedusaContainer, variantIds: string[]): Promise<Map<string, BundleComponent[]>> {
  const byBundle = new Map<string, BundleComponent[]>()
  if (!variantIds.length) return byBundle
  const rows = await container
    .resolve<BundlesModuleService>(BUNDLES_MODULE)
    .listBundleComponents({ bundle_variant_id: [...new Set(variantIds)] }, { take: null, order: { position: "ASC", id: "ASC" } })
  if (!rows.length) return byBundle
  const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    filters: { id: [...new Set(rows.map((row) => row.variant_id))] },
    fields: ["id", "title", "product.id", "product.title", "product.handle", "product.producer.id", "product.categories.handle"],
    // A component's maker's product stays readable for the books even if it was deleted later.
    withDeleted: true,
  })
  const variantOf = new Map(variants.map((variant: any) => [variant.id, variant]))
  for (const row of rows) {
    const variant: any = variantOf.get(row.variant_id)
    byBundle.set(row.bundle_variant_id, [
      ...(byBundle.get(row.bundle_variant_id) ?? []),
      {
        variant_id: row.variant_id,
        variant_title: variant?.title ?? "",
        quantity: Number(row.quantity),
        share: Number(row.share),
        product_id: variant?.product?.id ?? "",
        product_title: variant?.product?.title ?? "",
        product_handle: variant?.product?.handle ?? "",
        producer_id: variant?.product?.producer?.id ?? "",
        category_handles: (variant?.product?.categories ?? []).map((category: any) => category.handle),
      },
    ])
  }
  return byBundle
}

/** An order line as the Order Module answers it with its totals. */
type OrderLine = { id: string; title?: string | null; variant_id?: string | null; quantity: unknown; total: unknown; tax_total: unknown }

/**
 * Each maker's pieces of the Genusspakete among an order's lines: the line, the component and
 * its share of the line as charged (split in whole cents, adding up to the line).
 */
export function bundlePieces(items: OrderLine[], bundles: Map<string, BundleComponent[]>) {
  return items
    .filter((item) => item?.variant_id && bundles.has(item.variant_id))
    .flatMap((item) =>
      splitBundleLine({ total: Number(item.total), tax_total: Number(item.tax_total) }, bundles.get(item.variant_id!)!).map((piece) => ({
        line_item_id: item.id,
        bundle_title: item.title ?? "",
        producer_id: piece.producer_id,
        title: piece.product_title,
        variant_title: piece.variant_title,
        quantity: Number(item.quantity) * piece.quantity,
        total: piece.total,
      }))
    )
}

/** A producer's components of an order's Genusspakete (without the maker: it is the producer). */
export const componentsOf = (pieces: ReturnType<typeof bundlePieces>, producerId: string) =>
  pieces.filter((piece) => piece.producer_id === producerId).map(({ producer_id, ...component }) => component)
