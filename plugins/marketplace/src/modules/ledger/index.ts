import { Module } from "@medusajs/framework/utils"
import LedgerModuleService from "./service"

export const LEDGER_MODULE = "ledger"

export default Module(LEDGER_MODULE, {
  service: LedgerModuleService,
})

export { LEDGER_ENTRY_KINDS, type LedgerEntryKind } from "./models/ledger-entry"
export { VAT_STATUSES, type VatStatus } from "./models/seller-account"
export { PAYOUT_METHODS, PAYOUT_STATUSES, type PayoutMethod, type PayoutStatus } from "./models/payout"
export { ORDER_PART_STATUSES, type OrderPartStatus } from "./models/order-part"
export { refundableOfPart, refundOfPart, remainingOfPart, saleOfPart, saleRateOfPart, type CommissionRates, type PartSale, type SaleLine } from "./sale"
export { statementCsv, summaryCsv, totalsOf, VAT_STATUS_LABELS, type ProducerSummary, type StatementEntry } from "./statement"
export { compactIban, ibanOf, ibanProblem, maskedIban, payeeGaps, vatIdProblem, type PayeeGap } from "./bank-account"
export type { default as LedgerModuleService } from "./service"
