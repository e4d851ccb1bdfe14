import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import LedgerModule from "../modules/ledger"

/** The shopper's order a part belongs to (`order_part.order`), named by the part's `order_id`. */
export default defineLink({ linkable: LedgerModule.linkable.orderPart, field: "order_id" }, OrderModule.linkable.order, { readOnly: true })
