import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContentEvents, type ContentEventChangedData } from "@genussnetz/content/workflows"
import { syncMarketPickupsWorkflow } from "../workflows/fulfilment/sync-market-pickups"

/**
 * When the association changes an event, the pickup options of the markets among them follow:
 * a weekly market becomes a pickup point for its producers once published, and stops being one
 * when cancelled, unpublished or when a producer no longer stands there.
 */
export default async function marketPickups({ event, container }: SubscriberArgs<ContentEventChangedData>) {
  await syncMarketPickupsWorkflow(container).run({ input: { event_ids: event.data.ids } })
}

export const config: SubscriberConfig = {
  event: ContentEvents.EVENT_CHANGED,
  context: { subscriberId: "genussnetz-market-pickups" },
}
