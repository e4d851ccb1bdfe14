import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The provenance tables. Written when producers and provenance were one module; since the split
 * their producer columns are plain ids (producers are another module's records), so a new
 * database gets no foreign keys to "producer" here, and Migration20261202031000 drops them
 * from databases that have them.
 */
export class Migration20261125033017 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_input" drop constraint if exists "product_input_product_id_supply_link_id_input_product_id_unique";`);
    this.addSql(`alter table if exists "supply_link" drop constraint if exists "supply_link_supplier_id_customer_id_material_unique";`);
    this.addSql(`alter table if exists "meat_origin" drop constraint if exists "meat_origin_product_id_unique";`);
    this.addSql(`create table if not exists "meat_origin" ("id" text not null, "product_id" text not null, "species" text check ("species" in ('pig', 'sheep', 'goat', 'poultry', 'beef')) not null, "born_in" text null, "reared_in" text not null, "slaughtered_in" text not null, "slaughterhouse_approval_number" text null, "reference_number" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "meat_origin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_meat_origin_deleted_at" ON "meat_origin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_meat_origin_product_id_unique" ON "meat_origin" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "claim" ("id" text not null, "producer_id" text not null, "product_id" text null, "type" text check ("type" in ('eu_organic', 'bioland', 'naturland', 'demeter', 'regional_verified', 'craft_slaughter', 'pgi', 'pdo', 'animal_welfare')) not null, "label" text not null, "control_body_code" text null, "issuer" text not null, "evidence_url" text null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "status" text check ("status" in ('pending', 'verified', 'rejected')) not null default 'pending', "status_changed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "claim_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_claim_producer_id" ON "claim" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_claim_deleted_at" ON "claim" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_claim_product_id" ON "claim" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_claim_status" ON "claim" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "supply_link" ("id" text not null, "supplier_id" text not null, "customer_id" text not null, "material" text not null, "step" text check ("step" in ('grow', 'raise', 'harvest', 'press', 'mill', 'malt', 'slaughter', 'cut', 'cure', 'smoke', 'bake', 'brew', 'distill', 'cheese_make', 'churn', 'ferment', 'extract_honey', 'cook', 'preserve')) not null, "volume_per_year" real null, "volume_unit" text null, "since" timestamptz null, "until" timestamptz null, "status" text check ("status" in ('declared', 'confirmed', 'verified', 'rejected', 'expired')) not null default 'declared', "status_changed_at" timestamptz null, "status_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supply_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_link_supplier_id" ON "supply_link" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_link_customer_id" ON "supply_link" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_link_deleted_at" ON "supply_link" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_supply_link_status" ON "supply_link" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supply_link_supplier_id_customer_id_material_unique" ON "supply_link" ("supplier_id", "customer_id", "material") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_input" ("id" text not null, "product_id" text not null, "input_product_id" text null, "supply_link_id" text not null, "share" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_input_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_input_supply_link_id" ON "product_input" ("supply_link_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_input_deleted_at" ON "product_input" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_input_product_id" ON "product_input" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_input_input_product_id" ON "product_input" ("input_product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_input_product_id_supply_link_id_input_product_id_unique" ON "product_input" ("product_id", "supply_link_id", "input_product_id") WHERE deleted_at IS NULL;`);



    this.addSql(`alter table if exists "product_input" add constraint "product_input_supply_link_id_foreign" foreign key ("supply_link_id") references "supply_link" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "product_input" drop constraint if exists "product_input_supply_link_id_foreign";`);

    this.addSql(`drop table if exists "meat_origin" cascade;`);

    this.addSql(`drop table if exists "claim" cascade;`);

    this.addSql(`drop table if exists "supply_link" cascade;`);

    this.addSql(`drop table if exists "product_input" cascade;`);
  }

}
