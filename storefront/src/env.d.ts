/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** "public" when the page is the same for every visitor (lib/cache-policy.ts); private otherwise. */
    cache?: import("./lib/cache-policy").CachePolicy
    /** What a public page shows, for dropping it from the page cache when that changes (lib/cache-policy.ts). */
    cacheTags?: string[]
  }
}
