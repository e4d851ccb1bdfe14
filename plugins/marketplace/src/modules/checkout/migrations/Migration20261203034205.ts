import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203034205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "completion_attempt" drop constraint if exists "completion_attempt_cart_id_unique";`);
    this.addSql(`create table if not exists "completion_attempt" ("id" text not null, "cart_id" text not null, "started_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "completion_attempt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_completion_attempt_deleted_at" ON "completion_attempt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_completion_attempt_cart_id_unique" ON "completion_attempt" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_completion_attempt_started_at" ON "completion_attempt" ("started_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "completion_attempt" cascade;`);
  }

}
