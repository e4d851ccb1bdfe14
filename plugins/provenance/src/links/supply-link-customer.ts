import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import ProvenanceModule from "../modules/provenance"

/**
 * A supply link's customer, a producer of the producers module named by `customer_id`:
 * Query follows it as `supply_link.customer`. Read-only: the id lives on the link itself.
 */
export default defineLink(
  { linkable: ProvenanceModule.linkable.supplyLink, field: "customer_id" },
  { linkable: ProducerModule.linkable.producer, alias: "customer" },
  { readOnly: true }
)
