import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203103637 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_auth_identity_id_unique";`);
    this.addSql(`alter table if exists "producer_member" drop constraint if exists "producer_member_email_unique";`);
    this.addSql(`alter table if exists "producer_invitation" drop constraint if exists "producer_invitation_token_hash_unique";`);
    this.addSql(`create table if not exists "producer_application" ("id" text not null, "business_name" text not null, "craft" text check ("craft" in ('farm', 'mill', 'maltster', 'bakery', 'butchery', 'slaughterhouse', 'brewery', 'dairy', 'apiary', 'distillery', 'fishery', 'restaurant')) not null, "town" text not null, "postal_code" text not null, "contact_name" text not null, "email" text not null, "phone" text null, "about" text not null, "locale" text not null default 'de', "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "rejection_reason" text null, "decided_at" timestamptz null, "producer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_application_deleted_at" ON "producer_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_application_status" ON "producer_application" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_application_email" ON "producer_application" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_invitation" ("id" text not null, "producer_id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "locale" text not null default 'de', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_invitation_token_hash_unique" ON "producer_invitation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invitation_deleted_at" ON "producer_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_invitation_producer_id" ON "producer_invitation" ("producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "producer_member" ("id" text not null, "producer_id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'staff')) not null, "auth_identity_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_deleted_at" ON "producer_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_member_producer_id" ON "producer_member" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_email_unique" ON "producer_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_member_auth_identity_id_unique" ON "producer_member" ("auth_identity_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_application" cascade;`);

    this.addSql(`drop table if exists "producer_invitation" cascade;`);

    this.addSql(`drop table if exists "producer_member" cascade;`);
  }

}
