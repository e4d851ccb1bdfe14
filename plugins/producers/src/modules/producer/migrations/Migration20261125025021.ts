import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125025021 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`);
    this.addSql(`create table if not exists "producer" ("id" text not null, "handle" text not null, "name" text not null, "craft" text check ("craft" in ('farm', 'mill', 'maltster', 'bakery', 'butchery', 'slaughterhouse', 'brewery', 'dairy', 'apiary', 'distillery', 'fishery', 'restaurant')) not null, "tagline" text null, "story" text not null, "town" text not null, "district" text not null, "postal_code" text null, "latitude" real not null, "longitude" real not null, "website" text null, "email" text null, "phone" text null, "opening_hours" jsonb null, "farm_shop" boolean not null default false, "pickup" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_craft" ON "producer" ("craft") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_town" ON "producer" ("town") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`);
  }

}
