/** An admin list's `order` ("name", "-updated_at") as Query's pagination order, ties broken by id so pages never overlap. */
export function orderOf(order: string): Record<string, "ASC" | "DESC"> {
  const descending = order.startsWith("-")
  return { [descending ? order.slice(1) : order]: descending ? "DESC" : "ASC", id: "ASC" }
}
