import { config } from "../../lib/config"
import { pathTo, type Locale } from "../../lib/i18n"
import { certifications, localBusiness } from "../../lib/json-ld"
import type { ProductProvenance } from "../chain/data"
import { isAvailable, type ProductPageData } from "./data"

/** Product with one Offer per variant, its maker as LocalBusiness, valid claims as certifications. */
export function productJsonLd(locale: Locale, product: ProductPageData, provenance: ProductProvenance | null) {
  const url = new URL(pathTo(locale, "product", product.handle ?? ""), config.siteUrl).toString()
  const producerNode = provenance?.nodes.find((n) => n.kind === "product" && n.product_id === product.id)?.producer
  const producerClaims = (provenance?.claims ?? []).filter((c) => producerNode && c.producer_id === producerNode.id && !c.product_id)
  const productClaims = (provenance?.claims ?? []).filter((c) => c.product_id === product.id)
  const certified = certifications(productClaims)
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": `${url}#product`,
    name: product.title,
    description: product.description ?? undefined,
    image: product.images?.map((image) => image.url) ?? (product.thumbnail ? [product.thumbnail] : undefined),
    url,
    countryOfOrigin: { "@type": "Country", name: "DE" },
    ...(producerNode && product.producer
      ? {
          manufacturer: localBusiness(
            { ...producerNode, ...product.producer },
            new URL(pathTo(locale, "producer", producerNode.handle), config.siteUrl).toString(),
            producerClaims
          ),
        }
      : {}),
    ...(certified.length ? { hasCertification: certified } : {}),
    offers: (product.variants ?? [])
      .filter((variant) => variant.calculated_price?.calculated_amount != null)
      .map((variant) => ({
        "@type": "Offer",
        name: variant.title,
        price: Number(variant.calculated_price!.calculated_amount).toFixed(2),
        priceCurrency: String(variant.calculated_price!.currency_code ?? "eur").toUpperCase(),
        availability: isAvailable(variant) ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        url,
      })),
  }
}
