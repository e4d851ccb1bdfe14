/** Medusa's Query as the seed uses it (graph reads only), and the one-record lookup every step needs. */
export type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> }

export async function findOne(query: Query, entity: string, filters: Record<string, unknown>, fields = ["id"]) {
  const { data } = await query.graph({ entity, fields, filters })
  return data[0] as any
}
