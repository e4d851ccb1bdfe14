import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203215029 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_change_request" drop constraint if exists "product_change_request_product_id_unique";`);
    this.addSql(`create table if not exists "product_change_request" ("id" text not null, "product_id" text not null, "producer_id" text not null, "proposed" jsonb not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'withdrawn')) not null default 'pending', "reason" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_change_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_deleted_at" ON "product_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_change_request_product_id_unique" ON "product_change_request" ("product_id") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_producer_id" ON "product_change_request" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_change_request_status" ON "product_change_request" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_change_request" cascade;`);
  }

}
