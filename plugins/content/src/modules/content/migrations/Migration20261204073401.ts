import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204073401 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "content_event" drop constraint if exists "content_event_handle_unique";`);
    this.addSql(`create table if not exists "content_event" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('market', 'festival', 'tasting', 'tour', 'course', 'open_day')) not null, "status" text check ("status" in ('draft', 'published', 'cancelled')) not null default 'draft', "title" text not null, "description" text not null, "starts_local" text not null, "ends_local" text not null, "all_day" boolean not null default false, "rrule" text null, "exdates" jsonb null, "first_starts_at" timestamptz not null, "last_ends_at" timestamptz null, "place_name" text not null, "street" text null, "postal_code" text null, "town" text not null, "latitude" real not null, "longitude" real not null, "organiser" text not null, "image_url" text null, "ticket_url" text null, "price" real null, "cancellation_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_content_event_handle_unique" ON "content_event" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_event_deleted_at" ON "content_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_event_status_first_starts_at" ON "content_event" ("status", "first_starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_event_last_ends_at" ON "content_event" ("last_ends_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_event_town" ON "content_event" ("town") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_event_kind" ON "content_event" ("kind") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "content_event" cascade;`);
  }

}
