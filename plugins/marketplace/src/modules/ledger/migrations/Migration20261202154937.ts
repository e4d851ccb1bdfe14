import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202154937 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_part" add column if not exists "status" text check ("status" in ('open', 'ready_for_pickup', 'fulfilled', 'shipped', 'delivered', 'canceled')) not null default 'open', add column if not exists "fulfillment_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "order_part" drop column if exists "status", drop column if exists "fulfillment_id";`);
  }

}
