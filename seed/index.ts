/**
 * Seeds the invented Oberfranken network through Medusa's workflows and ours, idempotently:
 * every record is looked up by its natural key (name, handle, code) and created or repaired
 * only when missing, so running it again changes nothing.
 *
 *   cd backend && npx medusa exec ../seed/index.ts
 *
 * Prints `genussnetz:publishable-key=<token>` for scripts/up.mjs to hand to the storefront.
 *
 * One file per concern; this one only sets their order:
 *   store.ts         sales channel, region, store, VAT, publishable key
 *   producers.ts     the network's producers
 *   fulfilment.ts    each producer's stock location, shipping profile and ways of delivery
 *   catalogue.ts     categories, each producer's products (linked in the same workflow), stock, seasons
 *   bundles.ts       the Genusspakete: bundles of several producers' products
 *   provenance.ts    supply links, product inputs, claims, meat origin
 *   events.ts        the association's events: markets (recurring) and one-off events of the coming year
 *                    (then fulfilment.ts makes the weekly markets pickup points of their producers)
 *   content.ts       the association's Genussorte, tours (generated GPS tracks) and stories
 *   translations.ts  the English texts of all of the above (events bring their own)
 *   synonyms.ts      the search's starting synonym list
 *   search-index.ts  the search indexes
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ensureBundles } from "./bundles"
import { ensureCatalogue } from "./catalogue"
import { ensureContent } from "./content"
import { ensureEvents } from "./events"
import { ensureFoodInformation } from "./food-information"
import { ensureMarketPickups, ensureProducerFulfilment } from "./fulfilment"
import { ensurePayees } from "./payees"
import { ensureProducers } from "./producers"
import { ensureProvenance } from "./provenance"
import type { Query } from "./query"
import { rebuildSearchIndex } from "./search-index"
import { ensureStoreSetup } from "./store"
import { ensureSynonyms } from "./synonyms"
import { ensureTranslations } from "./translations"

const PUBLISHABLE_KEY_MARKER = "genussnetz:publishable-key="

export type SeedResult = {
  publishableKey: string
  producers: number
  /** `repaired`: what existed but was incomplete (none on a first run: products are linked as they are made). */
  products: { created: number; total: number; repaired: { producerLinks: number; stockLevels: number; seasonTags: number } }
}

/**
 * `today` is the day the seed's relative dates (claims' validity, supply links' start) are
 * counted from; tests may pass their own.
 */
export async function seedNetwork(
  container: MedusaContainer,
  log: (message: string) => void = () => {},
  today: Date = new Date()
): Promise<SeedResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as unknown as Query
  log("Seeding the Oberfranken network …")
  const setup = await ensureStoreSetup(container, query)
  const producerIds = await ensureProducers(container, query)
  const fulfilment = await ensureProducerFulfilment(container, query, producerIds, setup.salesChannelId)
  log(`  bank accounts: ${await ensurePayees(container, query, producerIds)} added`)
  const products = await ensureCatalogue(container, query, { ...setup, producerIds, fulfilment }, log)
  log(`  food information: ${await ensureFoodInformation(container, query)} added`)
  log(`  Genusspakete: ${await ensureBundles(container, query, setup.salesChannelId)} added`)
  await ensureProvenance(container, log, today)
  log(`  events: ${await ensureEvents(container, query, today)} added`)
  log(`  market pickups: ${await ensureMarketPickups(container)} added`)
  const content = await ensureContent(container, query, today)
  log(`  Genussorte, tours, stories: ${content.places}, ${content.tours}, ${content.stories} added`)
  const translations = await ensureTranslations(container, query)
  log(`  translations: ${translations} added`)
  log(`  synonym groups: ${await ensureSynonyms(container, query)} added`)
  const indexes = await rebuildSearchIndex(container)
  log(`  search index: ${indexes.join(", ")} rebuilt`)
  log(`Seeded: ${producerIds.size} producers, ${products.total} products (${products.created} new).`)
  return { publishableKey: setup.publishableKey, producers: producerIds.size, products }
}

export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await seedNetwork(container, (message) => logger.info(message))
  // Read by scripts/up.mjs, which writes it to the storefront's .env.
  console.log(`${PUBLISHABLE_KEY_MARKER}${result.publishableKey}`)
}
