import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Producers moved to a module of their own (plugins/producers): supply links and claims keep
 * naming them by id, as Medusa's modules refer to each other's records, without foreign keys
 * across modules. Databases made before the split lose those constraints; no row changes.
 */
export class Migration20261202031000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "claim" drop constraint if exists "claim_producer_id_foreign";`)
    this.addSql(`alter table if exists "supply_link" drop constraint if exists "supply_link_supplier_id_foreign";`)
    this.addSql(`alter table if exists "supply_link" drop constraint if exists "supply_link_customer_id_foreign";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "claim" add constraint "claim_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "supply_link" add constraint "supply_link_supplier_id_foreign" foreign key ("supplier_id") references "producer" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "supply_link" add constraint "supply_link_customer_id_foreign" foreign key ("customer_id") references "producer" ("id") on update cascade;`
    )
  }
}
