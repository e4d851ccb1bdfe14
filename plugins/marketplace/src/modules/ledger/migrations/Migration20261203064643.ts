import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203064643 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "payout" ("id" text not null, "producer_id" text not null, "currency_code" text not null, "amount" numeric not null, "covers_until" timestamptz not null, "method" text check ("method" in ('bank_transfer', 'stripe_connect')) not null, "status" text check ("status" in ('pending', 'paid', 'failed')) not null default 'pending', "transfer_id" text null, "failure" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_producer_id_currency_code" ON "payout" ("producer_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "seller_account" add column if not exists "stripe_account_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`alter table if exists "seller_account" drop column if exists "stripe_account_id";`);
  }

}
