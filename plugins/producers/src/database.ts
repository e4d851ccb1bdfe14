import type { Context } from "@medusajs/framework/types"

/** What our own SQL needs of knex: a query with bindings, its rows. */
export type RawQuery = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: any[] }> }

/**
 * The knex a module's service method runs its own SQL on: the transaction it was called in
 * (Medusa hands it over as `transactionManager`), else the module's connection. For the few
 * queries the generated service methods cannot say (recursive chains, sums over a table).
 */
export function knexOf(sharedContext: Context): RawQuery {
  const manager = (sharedContext.transactionManager ?? sharedContext.manager) as {
    getTransactionContext: () => RawQuery | undefined
    getKnex: () => RawQuery
  }
  return manager.getTransactionContext() ?? manager.getKnex()
}
