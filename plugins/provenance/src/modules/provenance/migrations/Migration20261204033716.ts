import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204033716 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "claim" add column if not exists "evidence_file" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "claim" drop column if exists "evidence_file";`);
  }

}
