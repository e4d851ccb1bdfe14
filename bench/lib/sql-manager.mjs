// What Medusa hands a search provider as `manager`, over a pg pool: `execute(sql, params)` with
// knex-style `?` placeholders returning the rows, and `transactional(fn)` running fn on one
// connection inside a transaction. Knex turns every `?` into pg's `$n` and binds through pg,
// as this does, so the statements reach PostgreSQL the same way.

/** `?` → `$1`, `$2`, … in order (the provider's SQL writes none inside string literals). */
export function positional(sql) {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}

/**
 * `onExecute(sql, params)` sees every statement before it runs (the bench keeps the last
 * search's statements to explain one of them).
 */
export function sqlManager(pool, { onExecute } = {}) {
  const over = (runner) => ({
    async execute(sql, params = []) {
      onExecute?.(sql, params)
      const { rows } = await runner.query(positional(sql), params)
      return rows
    },
  })
  return {
    ...over(pool),
    async transactional(fn) {
      const client = await pool.connect()
      try {
        await client.query("BEGIN")
        const result = await fn(over(client))
        await client.query("COMMIT")
        return result
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
  }
}
