/**
 * The Genusspakete (seed/data/bundles.ts): each made by the marketplace plugin's workflow from
 * the seeded products' variants, once — the makers' shares follow the components' own prices.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createBundleWorkflow } from "@genussnetz/marketplace/workflows"
import { BUNDLES, type SeedBundle } from "./data/bundles"
import { productImageSvg } from "./images"
import type { Query } from "./query"

/** Shares in proportion to what each component costs on its own, to four places, adding up to exactly 1. */
export function sharesByPrice(prices: number[]) {
  const total = prices.reduce((sum, price) => sum + price, 0)
  const shares = prices.map((price) => Math.round((price / total) * 10000) / 10000)
  const largest = shares.indexOf(Math.max(...shares))
  shares[largest] = Math.round((1 - shares.reduce((sum, share, i) => (i === largest ? sum : sum + share), 0)) * 10000) / 10000
  return shares
}

async function createBundle(container: MedusaContainer, query: Query, bundle: SeedBundle, salesChannelId: string) {
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.id", "variants.title", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { handle: bundle.components.map((component) => component.product) },
  })
  const components = bundle.components.map((component) => {
    const variant = products
      .find((product) => product.handle === component.product)
      ?.variants?.find((candidate: any) => candidate.title === component.variant)
    if (!variant) throw new Error(`Seed: the Genusspaket ${bundle.handle} needs ${component.product} (${component.variant})`)
    const price = Number(variant.prices.find((p: any) => p.currency_code === "eur")?.amount ?? 0)
    return { variant_id: variant.id as string, quantity: component.quantity, price: price * component.quantity }
  })
  const shares = sharesByPrice(components.map((component) => component.price))
  const { data: hosts } = await query.graph({ entity: "producer", fields: ["id"], filters: { handle: bundle.host } })
  const { result: files } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `${bundle.handle}.svg`,
          mimeType: "image/svg+xml",
          content: Buffer.from(productImageSvg(bundle.title.de, "feinkost")).toString("base64"),
          access: "public" as const,
        },
      ],
    },
  })
  await createBundleWorkflow(container).run({
    input: {
      title: bundle.title.de,
      handle: bundle.handle,
      description: bundle.description.de,
      price: bundle.price,
      currency_code: "eur",
      sales_channel_id: salesChannelId,
      thumbnail: files[0].url,
      host_producer_id: hosts[0].id,
      components: components.map(({ variant_id, quantity }, i) => ({ variant_id, quantity, share: shares[i] })),
    },
  })
}

/** Makes the Genusspakete that are missing; answers how many it made. */
export async function ensureBundles(container: MedusaContainer, query: Query, salesChannelId: string) {
  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"], filters: { handle: BUNDLES.map((bundle) => bundle.handle) } })
  const missing = BUNDLES.filter((bundle) => !existing.some((product) => product.handle === bundle.handle))
  for (const bundle of missing) await createBundle(container, query, bundle, salesChannelId)
  return missing.length
}
