import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text search configuration for German that the PostgreSQL search provider expects when
 * the Search Module runs with `language: "german"` (backend/medusa-config.ts): German
 * stemming, with accents folded the way the provider's own English configuration does.
 * Guarded like the provider's migration: without `unaccent`, stemming alone.
 */
export class Migration20261125060000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'genussnetz: could not enable unaccent (%).', SQLERRM;
        END;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_german') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_german (COPY = german);
          IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
            ALTER TEXT SEARCH CONFIGURATION medusa_search_german
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, german_stem;
          END IF;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_german;`)
  }
}
