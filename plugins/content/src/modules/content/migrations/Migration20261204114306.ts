import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204114306 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "content_tour" drop constraint if exists "content_tour_handle_unique";`);
    this.addSql(`alter table if exists "content_story" drop constraint if exists "content_story_handle_unique";`);
    this.addSql(`alter table if exists "content_place" drop constraint if exists "content_place_handle_unique";`);
    this.addSql(`create table if not exists "content_place" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('beer_cellar', 'tap_room', 'farm_shop', 'market_hall', 'restaurant', 'cafe')) not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "name" text not null, "description" text not null, "street" text not null, "postal_code" text not null, "town" text not null, "latitude" real not null, "longitude" real not null, "opening_hours" jsonb not null, "opening_note" text null, "website_url" text null, "image_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_place_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_content_place_handle_unique" ON "content_place" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_place_deleted_at" ON "content_place" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_place_status_town" ON "content_place" ("status", "town") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_place_kind" ON "content_place" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "content_story" ("id" text not null, "handle" text not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "title" text not null, "teaser" text not null, "body" text not null, "author" text not null, "image_url" text null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_story_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_content_story_handle_unique" ON "content_story" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_story_deleted_at" ON "content_story" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_story_status_published_at" ON "content_story" ("status", "published_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "content_tour" ("id" text not null, "handle" text not null, "status" text check ("status" in ('draft', 'published')) not null default 'draft', "mode" text check ("mode" in ('walk', 'bike', 'car')) not null, "title" text not null, "description" text not null, "track" jsonb not null, "display_track" jsonb not null, "length_m" integer not null, "ascent_m" integer null, "descent_m" integer null, "min_lat" real not null, "min_lon" real not null, "max_lat" real not null, "max_lon" real not null, "point_count" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_tour_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_content_tour_handle_unique" ON "content_tour" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_tour_deleted_at" ON "content_tour" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_tour_status" ON "content_tour" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "content_tour_stop" ("id" text not null, "position" integer not null, "producer_id" text null, "note" text null, "tour_id" text not null, "place_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "content_tour_stop_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_tour_stop_tour_id" ON "content_tour_stop" ("tour_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_tour_stop_place_id" ON "content_tour_stop" ("place_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_tour_stop_deleted_at" ON "content_tour_stop" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_tour_stop_producer_id" ON "content_tour_stop" ("producer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "content_tour_stop" add constraint "content_tour_stop_tour_id_foreign" foreign key ("tour_id") references "content_tour" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "content_tour_stop" add constraint "content_tour_stop_place_id_foreign" foreign key ("place_id") references "content_place" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "content_event" add column if not exists "place_id" text null;`);
    this.addSql(`alter table if exists "content_event" add constraint "content_event_place_id_foreign" foreign key ("place_id") references "content_place" ("id") on update cascade on delete set null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_content_event_place_id" ON "content_event" ("place_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "content_event" drop constraint if exists "content_event_place_id_foreign";`);

    this.addSql(`alter table if exists "content_tour_stop" drop constraint if exists "content_tour_stop_place_id_foreign";`);

    this.addSql(`alter table if exists "content_tour_stop" drop constraint if exists "content_tour_stop_tour_id_foreign";`);

    this.addSql(`drop table if exists "content_place" cascade;`);

    this.addSql(`drop table if exists "content_story" cascade;`);

    this.addSql(`drop table if exists "content_tour" cascade;`);

    this.addSql(`drop table if exists "content_tour_stop" cascade;`);

    this.addSql(`drop index if exists "IDX_content_event_place_id";`);
    this.addSql(`alter table if exists "content_event" drop column if exists "place_id";`);
  }

}
