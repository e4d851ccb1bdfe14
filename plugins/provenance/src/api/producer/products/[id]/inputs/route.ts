import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * What goes into one of the producer's products, as it named it: each input with the supply
 * link it arrives through (whatever the link's status: the portal shows what still waits for
 * the supplier's word) and the title of the supplier's product when one was named.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: inputs } = await query.graph({
    entity: "product_input",
    fields: ["id", "product_id", "input_product_id", "share", "supply_link.id", "supply_link.supplier_id", "supply_link.material", "supply_link.step", "supply_link.status"],
    filters: { product_id: req.params.id },
  })
  const inputProductIds = [...new Set(inputs.map((input: { input_product_id: string | null }) => input.input_product_id).filter((id): id is string => !!id))]
  const { data: products } = inputProductIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: inputProductIds } })
    : { data: [] }
  const titleOf = new Map(products.map((product: { id: string; title: string }) => [product.id, product.title]))
  res.json({
    product_inputs: inputs.map((input: any) => ({
      id: input.id,
      input_product: input.input_product_id ? { id: input.input_product_id, title: titleOf.get(input.input_product_id) ?? null } : null,
      share: input.share,
      supply_link: input.supply_link,
    })),
  })
}
