import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "synonym_group" ("id" text not null, "terms" text[] not null, "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "synonym_group_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_synonym_group_deleted_at" ON "synonym_group" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "synonym_group" cascade;`)
  }
}
