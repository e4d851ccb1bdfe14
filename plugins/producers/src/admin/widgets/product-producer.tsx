import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../lib/sdk"

type Producer = { id: string; handle: string; name: string; craft: string; town: string }
type ProductProducer = { producer: Producer | null; producers: Producer[] }

/** Radix' Select takes no empty value: this one stands for "no producer". */
const NONE = "none"

/**
 * Which producer of the network makes the product, and the choice to set or change it
 * (`POST /admin/products/:id/producer`). Medusa's product create form drops `additional_data`,
 * so the producer is picked here, right after creating the product.
 */
const ProductProducerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useTranslation()
  const text = (key: string) => t(`genussnetz.productProducer.${key}`)
  const [state, setState] = useState<ProductProducer | null | undefined>(undefined)
  const [choice, setChoice] = useState<string>(NONE)
  const [saving, setSaving] = useState(false)

  const load = () =>
    sdk.client
      .fetch<ProductProducer>(`/admin/products/${product.id}/producer`)
      .then((loaded) => {
        setState(loaded)
        setChoice(loaded.producer?.id ?? NONE)
      })
      .catch(() => setState(null))

  useEffect(() => {
    void load()
  }, [product.id])

  const save = async () => {
    setSaving(true)
    try {
      await sdk.client.fetch(`/admin/products/${product.id}/producer`, {
        method: "POST",
        body: { producer_id: choice === NONE ? null : choice },
      })
      toast.success(text("saved"))
      await load()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const current = state?.producer
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{text("heading")}</Heading>
        {current && <Badge>{current.craft}</Badge>}
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {state === undefined && <Text size="small">…</Text>}
        {state === null && <Text size="small">{text("loadFailed")}</Text>}
        {state && !current && <Text size="small">{text("none")}</Text>}
        {current && (
          <Text size="small">
            {current.name} · {current.town}
          </Text>
        )}
        {state && (
          <div className="flex items-center gap-x-2">
            <Select size="small" value={choice} onValueChange={setChoice}>
              <Select.Trigger aria-label={text("choose")}>
                <Select.Value placeholder={text("choose")} />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>{text("noneOption")}</Select.Item>
                {state.producers.map((producer) => (
                  <Select.Item key={producer.id} value={producer.id}>
                    {producer.name}, {producer.town}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Button
              size="small"
              variant="secondary"
              isLoading={saving}
              disabled={choice === (current?.id ?? NONE)}
              onClick={save}
            >
              {text("save")}
            </Button>
          </div>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductProducerWidget
