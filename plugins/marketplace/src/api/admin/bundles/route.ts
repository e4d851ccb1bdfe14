import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BUNDLES_MODULE } from "../../../modules/bundles"
import type BundlesModuleService from "../../../modules/bundles/service"
import { bundleComponentsOf } from "../../../workflows/bundles/bundle-components"
import { createBundleWorkflow } from "../../../workflows/bundles/create-bundle"
import type { AdminCreateBundleType, AdminListBundlesType } from "./validators"

/** The Genusspakete, newest first, each with its components and their makers (id and name). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBundlesType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const bundles = req.scope.resolve<BundlesModuleService>(BUNDLES_MODULE)
  // The association curates a few dozen Genusspakete: their component rows are read at once.
  const rows = await bundles.listBundleComponents({}, { select: ["bundle_variant_id"], take: null })
  const variantIds = [...new Set(rows.map((row) => row.bundle_variant_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = variantIds.length
    ? await query.graph({
        entity: "product_variant",
        filters: { id: variantIds },
        fields: ["id", "product.id", "product.title", "product.handle", "product.status", "product.created_at", "product.producer.id", "product.producer.name"],
      })
    : { data: [] as any[] }
  const page = variants
    .filter((variant: any) => variant.product)
    .sort((a: any, b: any) => String(b.product.created_at).localeCompare(String(a.product.created_at)))
    .slice(offset, offset + limit)
  const components = await bundleComponentsOf(req.scope, page.map((variant: any) => variant.id))
  // The makers by name, so the association's page can say who makes each component.
  const makerIds = [...new Set([...components.values()].flat().map((component) => component.producer_id))].filter(Boolean)
  const { data: makers } = makerIds.length
    ? await query.graph({ entity: "producer", filters: { id: makerIds }, fields: ["id", "name"] })
    : { data: [] as any[] }
  const makerOf = new Map(makers.map((maker: any) => [maker.id, { id: maker.id as string, name: maker.name as string }]))
  res.json({
    bundles: page.map((variant: any) => ({
      product: { id: variant.product.id, title: variant.product.title, handle: variant.product.handle, status: variant.product.status },
      packed_by: variant.product.producer ?? null,
      variant_id: variant.id,
      components: (components.get(variant.id) ?? []).map(({ category_handles, ...component }) => ({
        ...component,
        producer: makerOf.get(component.producer_id) ?? null,
      })),
    })),
    count: variants.length,
    limit,
    offset,
  })
}

/** Makes a Genusspaket in the shop's default sales channel and currency. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateBundleType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id", "supported_currencies.currency_code", "supported_currencies.is_default"] })
  const store = stores[0]
  const currency = store?.supported_currencies?.find((currency: any) => currency.is_default)?.currency_code
  if (!store?.default_sales_channel_id || !currency) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The shop has no default sales channel and currency to sell a Genusspaket in")
  }
  const { data: taken } = await query.graph({ entity: "product", fields: ["id"], filters: { handle: req.validatedBody.handle } })
  if (taken.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `A product with the handle "${req.validatedBody.handle}" exists already`)
  const { result } = await createBundleWorkflow(req.scope).run({
    input: { ...req.validatedBody, currency_code: currency, sales_channel_id: store.default_sales_channel_id },
  })
  const components = await bundleComponentsOf(req.scope, [result.components[0].bundle_variant_id])
  res.status(201).json({
    bundle: {
      product: { id: result.product.id, title: result.product.title, handle: result.product.handle, status: result.product.status },
      variant_id: result.components[0].bundle_variant_id,
      components: [...components.values()].flat().map(({ category_handles, ...component }) => component),
    },
  })
}
