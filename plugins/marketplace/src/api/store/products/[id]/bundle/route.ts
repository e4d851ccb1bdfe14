import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { bundleComponentsOf } from "../../../../../workflows/bundles/bundle-components"

const PRODUCER_FIELDS = ["id", "handle", "name", "craft", "town"]
/** A component's food information (Reg. (EU) 1169/2011 Art. 14: each food of a distance sale), in the shopper's language. */
const FOOD_INFORMATION_FIELDS = ["ingredients", "allergens", "storage", "date_marking", "alcohol_percent"]

/**
 * What a Genusspaket holds and who made it: each component with its maker and its share of the
 * price, and the producer who packs it. The shop draws each component's chain from its own
 * product's provenance. 404 for a product that is not a published Genusspaket.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `No Genusspaket with id "${req.params.id}" was found`)
  const { data: bundles } = await query.graph({
    entity: "product",
    filters: { id: req.params.id, status: "published" },
    fields: ["id", "variants.id", ...PRODUCER_FIELDS.map((field) => `producer.${field}`)],
  })
  const bundle = bundles[0]
  if (!bundle) throw notFound
  const components = [...(await bundleComponentsOf(req.scope, (bundle.variants ?? []).map((variant: any) => variant.id))).values()].flat()
  if (!components.length) throw notFound
  // The makers' products in the shopper's language.
  const { data: products } = await query.graph(
    {
      entity: "product",
      filters: { id: [...new Set(components.map((component) => component.product_id))] },
      fields: [
        "id",
        "handle",
        "title",
        "thumbnail",
        "status",
        "variants.id",
        "variants.title",
        "variants.metadata",
        ...PRODUCER_FIELDS.map((field) => `producer.${field}`),
        // The business responsible for the food, as its label names it (Art. 9(1)(h)).
        "producer.street",
        "producer.postal_code",
        "food_information.id",
        ...FOOD_INFORMATION_FIELDS.map((field) => `food_information.${field}`),
      ],
    },
    { locale: req.locale }
  )
  const productOf = new Map(products.map((product: any) => [product.id, product]))
  // The food information's texts in the shopper's language: the Translation Module's, as the
  // product route answers them (a linked record's translations are not applied by the query).
  const foodIds = products.map((product: any) => product.food_information?.id).filter(Boolean)
  const { data: translated } =
    req.locale && foodIds.length
      ? await query.graph({ entity: "translation", fields: ["reference_id", "translations"], filters: { reference_id: foodIds, locale_code: req.locale } })
      : { data: [] }
  const translationOf = new Map(translated.map((translation: any) => [translation.reference_id, translation.translations ?? {}]))
  res.json({
    bundle: {
      product_id: bundle.id,
      packed_by: bundle.producer ?? null,
      components: components.map((component) => {
        const product: any = productOf.get(component.product_id)
        const variant = product?.variants?.find((candidate: any) => candidate.id === component.variant_id)
        const { street, postal_code, ...maker } = product?.producer ?? {}
        return {
          quantity: component.quantity,
          share: component.share,
          variant_title: variant?.title ?? component.variant_title,
          /** The component's net quantity (`net_quantity`, `net_unit`), as its own product states it. */
          variant_metadata: variant?.metadata ? { net_quantity: variant.metadata.net_quantity ?? null, net_unit: variant.metadata.net_unit ?? null } : null,
          product: product ? { id: product.id, handle: product.handle, title: product.title, thumbnail: product.thumbnail, sold_alone: product.status === "published" } : null,
          producer: product?.producer ? maker : null,
          /** The maker's address, for the food information's responsible business. */
          producer_address: product?.producer ? { street: street ?? null, postal_code: postal_code ?? null } : null,
          food_information: product?.food_information
            ? Object.fromEntries(
                FOOD_INFORMATION_FIELDS.map((field) => [field, translationOf.get(product.food_information.id)?.[field] ?? product.food_information[field] ?? null])
              )
            : null,
        }
      }),
    },
  })
}
