import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203042612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check("kind" in ('sale', 'refund', 'void'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_kind_check";`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_kind_check" check("kind" in ('sale', 'refund'));`);
  }

}
