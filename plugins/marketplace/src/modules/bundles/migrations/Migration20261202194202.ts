import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202194202 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bundle_component" drop constraint if exists "bundle_component_bundle_variant_id_variant_id_unique";`);
    this.addSql(`create table if not exists "bundle_component" ("id" text not null, "bundle_variant_id" text not null, "variant_id" text not null, "quantity" integer not null, "share" numeric not null, "position" integer not null default 0, "raw_share" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bundle_component_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bundle_component_deleted_at" ON "bundle_component" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bundle_component_bundle_variant_id_variant_id_unique" ON "bundle_component" ("bundle_variant_id", "variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bundle_component_variant_id" ON "bundle_component" ("variant_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bundle_component" cascade;`);
  }

}
