import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import ProvenanceModule from "../modules/provenance"

/**
 * A producer's claims (`producer.claims`), found by their `producer_id`: the catalog's
 * product index reads a product's producer with its claims in one Query.
 */
export default defineLink(
  { linkable: ProducerModule.linkable.producer, field: "id" },
  { ...ProvenanceModule.linkable.claim.id, primaryKey: "producer_id" },
  { readOnly: true, isList: true }
)
