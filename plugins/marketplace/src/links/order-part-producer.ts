import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import LedgerModule from "../modules/ledger"

/** The producer whose part it is (`order_part.producer`), named by the part's `producer_id`. */
export default defineLink({ linkable: LedgerModule.linkable.orderPart, field: "producer_id" }, ProducerModule.linkable.producer, { readOnly: true })
