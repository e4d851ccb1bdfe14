import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ENGLISH } from "@genussnetz/producers/workflows"

/** What a producer chooses from for a product: the shop's active categories (German and English names) and product types. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: categories }, { data: types }] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["id", "name", "handle"], filters: { is_active: true } }),
    query.graph({ entity: "product_type", fields: ["id", "value"] }),
  ])
  const { data: translations } = categories.length
    ? await query.graph({
        entity: "translation",
        fields: ["reference_id", "translations"],
        filters: { reference_id: categories.map((c: { id: string }) => c.id), locale_code: ENGLISH },
      })
    : { data: [] }
  const english = new Map(translations.map((t: any) => [t.reference_id as string, t.translations?.name as string | undefined]))
  res.json({
    categories: categories
      .map((category: any) => ({ id: category.id, handle: category.handle, name: { de: category.name, en: english.get(category.id) ?? null } }))
      .sort((a: any, b: any) => a.name.de.localeCompare(b.name.de, "de")),
    types: types.map((type: any) => ({ id: type.id, value: type.value })).sort((a: any, b: any) => a.value.localeCompare(b.value, "de")),
  })
}
