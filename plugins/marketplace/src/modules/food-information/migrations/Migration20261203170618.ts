import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203170618 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "food_information" drop constraint if exists "food_information_product_id_unique";`);
    this.addSql(`create table if not exists "food_information" ("id" text not null, "product_id" text not null, "ingredients" text null, "allergens" text[] not null default '{}', "storage" text not null, "date_marking" text check ("date_marking" in ('use_by', 'best_before', 'none')) not null, "alcohol_percent" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "food_information_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_food_information_deleted_at" ON "food_information" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_food_information_product_id_unique" ON "food_information" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "food_information" cascade;`);
  }

}
