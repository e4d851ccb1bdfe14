import { defineLink } from "@medusajs/framework/utils"
import ProducerModule from "@genussnetz/producers/modules/producer"
import LedgerModule from "../modules/ledger"

/** The producer a seller account pays (`seller_account.producer`), named by its `producer_id`. */
export default defineLink({ linkable: LedgerModule.linkable.sellerAccount, field: "producer_id" }, ProducerModule.linkable.producer, { readOnly: true })
