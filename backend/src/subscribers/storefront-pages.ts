import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dropStorefrontPages, PAGE_EVENTS, pageTagsOfEvent, storefrontTargets } from "../page-cache/storefront-pages"

/** After a product, price, stock, claim, producer or content change: the storefronts drop the pages showing it. */
export default async function dropChangedStorefrontPages({ event, container }: SubscriberArgs<{ id?: string | string[] }>) {
  const targets = storefrontTargets()
  if (!targets) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const tags = await pageTagsOfEvent(event, query)
  await dropStorefrontPages(targets, tags, logger)
}

export const config: SubscriberConfig = { event: PAGE_EVENTS, context: { subscriberId: "storefront-pages" } }
