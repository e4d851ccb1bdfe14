export const defaultAdminSupplyLinkFields = [
  "id",
  "material",
  "step",
  "status",
  "status_note",
  "status_changed_at",
  "volume_per_year",
  "volume_unit",
  "since",
  "until",
  "supplier.id",
  "supplier.name",
  "supplier.handle",
  "customer.id",
  "customer.name",
  "customer.handle",
]

export const listAdminSupplyLinkQueryConfig = { defaults: defaultAdminSupplyLinkFields, isList: true, defaultLimit: 50 }
