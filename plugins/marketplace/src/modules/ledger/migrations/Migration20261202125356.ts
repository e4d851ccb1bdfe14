import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202125356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_account" drop constraint if exists "seller_account_producer_id_unique";`);
    this.addSql(`alter table if exists "order_part" drop constraint if exists "order_part_order_id_producer_id_unique";`);
    this.addSql(`create table if not exists "order_part" ("id" text not null, "order_id" text not null, "producer_id" text not null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_part_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_deleted_at" ON "order_part" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_part_order_id_producer_id_unique" ON "order_part" ("order_id", "producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_part_producer_id" ON "order_part" ("producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "kind" text check ("kind" in ('sale', 'refund')) not null, "goods_total" numeric not null, "goods_tax_total" numeric not null, "shipping_total" numeric not null, "shipping_tax_total" numeric not null, "commission_rate" numeric not null, "commission_total" numeric not null, "payout_total" numeric not null, "part_id" text not null, "raw_goods_total" jsonb not null, "raw_goods_tax_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_shipping_tax_total" jsonb not null, "raw_commission_rate" jsonb not null, "raw_commission_total" jsonb not null, "raw_payout_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_part_id" ON "ledger_entry" ("part_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "seller_account" ("id" text not null, "producer_id" text not null, "commission_rate" numeric null, "vat_status" text check ("vat_status" in ('standard', 'small_business')) not null default 'standard', "raw_commission_rate" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seller_account_deleted_at" ON "seller_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_account_producer_id_unique" ON "seller_account" ("producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_part_id_foreign" foreign key ("part_id") references "order_part" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_part_id_foreign";`);

    this.addSql(`drop table if exists "order_part" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "seller_account" cascade;`);
  }

}
