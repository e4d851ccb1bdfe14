import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205013853 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sales_outlet" ("id" text not null, "producer_id" text not null, "name" text not null, "kind" text check ("kind" in ('farm_shop', 'market', 'retail', 'wholesale', 'restaurant', 'online', 'other')) not null, "monthly_revenue" real not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sales_outlet_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_outlet_deleted_at" ON "sales_outlet" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sales_outlet_producer_id" ON "sales_outlet" ("producer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sales_outlet" cascade;`);
  }

}
