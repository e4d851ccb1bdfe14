import type { AdminSynonymGroupType } from "../../../../http"

export function toAdminSynonymGroup(group: any): AdminSynonymGroupType {
  return {
    id: group.id,
    terms: group.terms,
    note: group.note ?? null,
    updated_at: new Date(group.updated_at).toISOString(),
  }
}
