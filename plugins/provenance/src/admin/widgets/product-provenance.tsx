import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { sdk } from "../lib/sdk"
import { CLAIM_STATE_LABEL, STATUS_COLOR, STATUS_LABEL, type Provenance } from "../lib/provenance"

/** The product's chain and claims, as the shop shows them, for the association's review. */
const ProductProvenanceWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
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
        <Heading level="h2">Herkunftskette</Heading>
        {provenance && (
          <Text size="small" className="text-ui-fg-subtle">
            {provenance.figures.depth} Stufen · {Math.round(provenance.figures.food_km)} km ·{" "}
            {Math.round(provenance.figures.regional_share * 100)} % regional
            {provenance.figures.proven_share !== null && ` · ${Math.round(provenance.figures.proven_share * 100)} % belegt`}
          </Text>
        )}
      </div>
      <div className="px-6 py-4">
        {error && <Text size="small">{error}</Text>}
        {!provenance && !error && <Text size="small">…</Text>}
        {provenance && provenance.edges.length === 0 && <Text size="small">Keine Zutaten angegeben.</Text>}
        <ul className="flex flex-col gap-y-2">
          {provenance?.edges.map((edge) => (
            <li key={edge.id} className="flex items-center justify-between gap-x-4">
              <Text size="small">
                {label(edge.from)} ({nodes.get(edge.from)?.producer?.name}) → {label(edge.to)}
              </Text>
              <Badge color={STATUS_COLOR[edge.status]} size="2xsmall">
                {STATUS_LABEL[edge.status]}
              </Badge>
            </li>
          ))}
        </ul>
      </div>
      {provenance && provenance.claims.length > 0 && (
        <div className="px-6 py-4">
          <Heading level="h3" className="mb-2">
            Nachweise
          </Heading>
          <ul className="flex flex-col gap-y-1">
            {provenance.claims.map((claim) => (
              <li key={claim.id} className="flex items-center justify-between gap-x-4">
                <Text size="small">{claim.label}</Text>
                <Badge size="2xsmall" color={claim.state === "valid" ? "green" : claim.state === "expired" ? "red" : "orange"}>
                  {CLAIM_STATE_LABEL[claim.state]}
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
