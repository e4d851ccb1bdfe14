import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A producer's standing in the association: every existing producer is active. */
export class Migration20261202030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer" add column if not exists "status" text check ("status" in ('active', 'paused', 'left')) not null default 'active';`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_status" ON "producer" ("status") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_producer_status";`)
    this.addSql(`alter table if exists "producer" drop column if exists "status";`)
  }
}
