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

/** What an admin may ask for: the link's own columns and both sides' names and handles. */
export const allowedAdminSupplyLinkFields = [
  ...defaultAdminSupplyLinkFields,
  "supplier_id",
  "customer_id",
  "created_at",
  "updated_at",
]

export const sortableAdminSupplyLinkFields = ["status_changed_at", "created_at", "updated_at", "status", "material", "step", "since", "until"] as const

export const listAdminSupplyLinkQueryConfig = {
  defaults: defaultAdminSupplyLinkFields,
  allowed: allowedAdminSupplyLinkFields,
  isList: true,
  defaultLimit: 50,
}
