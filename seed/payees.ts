/**
 * Every seeded producer as a payee the payout run can pay by bank transfer: the holder is the
 * business's name, the IBAN invented — German, bank code 00000000 (no German bank has it: their
 * codes start with 1 to 8), the account numbered after the producer's place in the seed, check
 * digits computed. Producers that have a bank account keep it (an owner may have typed its own).
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ibanOf } from "@genussnetz/marketplace/modules/ledger"
import { updateSellerAccountWorkflow } from "@genussnetz/marketplace/workflows"
import { PRODUCERS } from "./data/producers"
import type { Query } from "./query"

/** The seed's invented IBAN of the producer at `index` in the seed's list. */
export const seedIban = (index: number) => ibanOf("DE", `00000000${String(index + 1).padStart(10, "0")}`)

export async function ensurePayees(container: MedusaContainer, query: Query, producerIds: Map<string, string>) {
  const { data: accounts } = await query.graph({ entity: "seller_account", fields: ["producer_id", "iban"], filters: { producer_id: [...producerIds.values()] } })
  const paid = new Set(accounts.filter((account: { iban: string | null }) => account.iban).map((account: { producer_id: string }) => account.producer_id))
  let added = 0
  for (const [index, producer] of PRODUCERS.entries()) {
    const id = producerIds.get(producer.handle)
    if (!id || paid.has(id)) continue
    await updateSellerAccountWorkflow(container).run({ input: { producer_id: id, account_holder: producer.name, iban: seedIban(index) } })
    added++
  }
  return added
}
