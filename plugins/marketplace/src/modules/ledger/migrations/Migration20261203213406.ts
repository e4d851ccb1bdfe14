import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203213406 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "seller_account" add column if not exists "vat_id" text null, add column if not exists "account_holder" text null, add column if not exists "iban" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "seller_account" drop column if exists "vat_id", drop column if exists "account_holder", drop column if exists "iban";`);
  }

}
