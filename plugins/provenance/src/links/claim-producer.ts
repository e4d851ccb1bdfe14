import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import ProvenanceModule from "../modules/provenance"

/** The producer a claim is by (`claim.producer`), named by the claim's `producer_id`. */
export default defineLink(
  { linkable: ProvenanceModule.linkable.claim, field: "producer_id" },
  ProducerModule.linkable.producer,
  { readOnly: true }
)
