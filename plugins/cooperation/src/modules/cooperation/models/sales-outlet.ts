import { model } from "@medusajs/framework/utils"
import { SALES_OUTLET_KINDS } from "../vocabulary"

/**
 * Where else a producer sells, as it declares it (its farm shop, a weekly market, a wholesaler),
 * with what that brings in a month: beside its sales through genussnetz (the ledger's), the
 * measure of how much it hangs on its largest outlet. Its own word, seen by it and the association.
 */
const SalesOutlet = model
  .define("sales_outlet", {
    id: model.id({ prefix: "outlet" }).primaryKey(),
    producer_id: model.text(),
    name: model.text(),
    kind: model.enum([...SALES_OUTLET_KINDS]),
    /** Euros a month, VAT included, as the producer estimates it. */
    monthly_revenue: model.float(),
  })
  .indexes([{ on: ["producer_id"] }])

export default SalesOutlet
