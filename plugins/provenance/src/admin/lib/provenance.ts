/** What the admin shows of the provenance API (a subset of its responses). */
export type Provenance = {
  product_id: string
  nodes: ({ id: string; producer: { id: string; name: string } | null } & (
    | { kind: "product"; product_id: string }
    | { kind: "origin"; material: string }
  ))[]
  edges: { id: string; from: string; to: string; material: string; step: string; status: SupplyLinkStatus; proven: boolean }[]
  figures: { depth: number; food_km: number; regional_share: number; proven_share: number | null }
  products: Record<string, { title: string }>
  claims: { id: string; label: string; state: "valid" | "pending" | "expired" | "not_yet_valid" }[]
}

export type SupplyLinkStatus = "declared" | "confirmed" | "verified" | "rejected" | "expired"

export const STATUS_COLOR: Record<SupplyLinkStatus, "grey" | "blue" | "green" | "red" | "orange"> = {
  declared: "grey",
  confirmed: "blue",
  verified: "green",
  rejected: "red",
  expired: "orange",
}
