import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminProduct } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { sdk } from "../lib/sdk"

type LinkedProducer = { name: string; handle: string; craft: string; town: string; district: string }

/** Shows on a product's admin page which producer of the network makes it. */
const ProductProducerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [producer, setProducer] = useState<LinkedProducer | null | undefined>(undefined)

  useEffect(() => {
    let cancelled = false
    sdk.admin.product
      .retrieve(product.id, { fields: "id,*producer" })
      .then(({ product: withProducer }) => {
        if (!cancelled) {
          setProducer(((withProducer as unknown as { producer?: LinkedProducer }).producer) ?? null)
        }
      })
      .catch(() => !cancelled && setProducer(null))
    return () => {
      cancelled = true
    }
  }, [product.id])

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Produzent</Heading>
        {producer && <Badge>{producer.craft}</Badge>}
      </div>
      <div className="px-6 py-4">
        {producer === undefined && <Text size="small">…</Text>}
        {producer === null && <Text size="small">Kein Produzent verknüpft.</Text>}
        {producer && (
          <Text size="small">
            {producer.name} · {producer.town} ({producer.district})
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductProducerWidget
