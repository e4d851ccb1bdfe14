import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"
import { STATUS_COLOR, type Provenance } from "../lib/provenance"

/** The product's chain and claims, as the shop shows them, for the association's review. */
const ProductProvenanceWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const text = (key: string, options?: Record<string, unknown>) => t(`genussnetz.chain.${key}`, options) as string
  const [provenance, setProvenance] = useState<Provenance | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    sdk.client
      .fetch<{ provenance: Provenance }>(`/admin/products/${product.id}/provenance`)
      .then(({ provenance }) => !cancelled && setProvenance(provenance))
      .catch((e: Error) => !cancelled && setError(e.message))
    return () => {
      cancelled = true
    }
  }, [product.id])

  const nodes = new Map(provenance?.nodes.map((node) => [node.id, node]) ?? [])
  const label = (id: string) => {
    const node = nodes.get(id)
    if (!node) return id
    return node.kind === "product" ? provenance!.products[node.product_id]?.title ?? node.product_id : node.material
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{text("heading")}</Heading>
        {provenance && (
          <Text size="small" className="text-ui-fg-subtle">
            {text("figures", {
              depth: provenance.figures.depth,
              km: Math.round(provenance.figures.food_km),
              regional: Math.round(provenance.figures.regional_share * 100),
            })}
            {provenance.figures.proven_share !== null && text("proven", { proven: Math.round(provenance.figures.proven_share * 100) })}
          </Text>
        )}
      </div>
      <div className="px-6 py-4">
        {error && <Text size="small">{error}</Text>}
        {!provenance && !error && <Text size="small">…</Text>}
        {provenance && provenance.edges.length === 0 && <Text size="small">{text("noInputs")}</Text>}
        <ul className="flex flex-col gap-y-2">
          {provenance?.edges.map((edge) => (
            <li key={edge.id} className="flex items-center justify-between gap-x-4">
              <Text size="small">
                {label(edge.from)} ({nodes.get(edge.from)?.producer?.name}) → {label(edge.to)}
              </Text>
              <Badge color={STATUS_COLOR[edge.status]} size="2xsmall">
                {text(`linkStatus.${edge.status}`)}
              </Badge>
            </li>
          ))}
        </ul>
      </div>
      {provenance && provenance.claims.length > 0 && (
        <div className="px-6 py-4">
          <Heading level="h3" className="mb-2">
            {text("claims")}
          </Heading>
          <ul className="flex flex-col gap-y-1">
            {provenance.claims.map((claim) => (
              <li key={claim.id} className="flex items-center justify-between gap-x-4">
                <Text size="small">{claim.label}</Text>
                <Badge size="2xsmall" color={claim.state === "valid" ? "green" : claim.state === "expired" ? "red" : "orange"}>
                  {text(`claimState.${claim.state}`)}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductProvenanceWidget
