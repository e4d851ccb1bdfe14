import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import ProvenanceModule from "../modules/provenance"

/**
 * A supply link's supplier, a producer of the producers module named by `supplier_id`:
 * Query follows it as `supply_link.supplier`. Read-only: the id lives on the link itself.
 */
export default defineLink(
  { linkable: ProvenanceModule.linkable.supplyLink, field: "supplier_id" },
  { linkable: ProducerModule.linkable.producer, alias: "supplier" },
  { readOnly: true }
)
