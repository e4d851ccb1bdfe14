import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205010954 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "cooperation_post" ("id" text not null, "producer_id" text not null, "kind" text check ("kind" in ('offer', 'need')) not null, "material" text not null, "craft" text check ("craft" in ('farm', 'mill', 'maltster', 'bakery', 'butchery', 'slaughterhouse', 'brewery', 'dairy', 'apiary', 'distillery', 'fishery', 'restaurant')) null, "step" text check ("step" in ('grow', 'raise', 'harvest', 'press', 'mill', 'malt', 'slaughter', 'cut', 'cure', 'smoke', 'bake', 'brew', 'distill', 'cheese_make', 'churn', 'ferment', 'extract_honey', 'cook', 'preserve')) not null, "quantity" real not null, "unit" text check ("unit" in ('kg', 't', 'l', 'hl', 'pieces', 'animals', 'hours', 'pallets')) not null, "rhythm" text check ("rhythm" in ('once', 'week', 'month', 'year')) not null default 'once', "available_from" timestamptz not null, "available_until" timestamptz not null, "radius_km" real not null default 50, "note" text null, "status" text check ("status" in ('open', 'closed', 'expired')) not null default 'open', "supply_link_id" text null, "met_by_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperation_post_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperation_post_deleted_at" ON "cooperation_post" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperation_post_producer_id" ON "cooperation_post" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_cooperation_post_kind_status_available_until" ON "cooperation_post" ("kind", "status", "available_until") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperation_post" cascade;`);
  }

}
