import { model } from "@medusajs/framework/utils"

/**
 * Words a shopper may use for the same thing — "Brötchen, Semmel, Weckla", "Schnaps, Brand,
 * Obstler" — kept by the association. A query for any of them finds the others; the search
 * providers read the list (see synonyms/source.ts), so a change shows in the next searches
 * without rebuilding an index.
 */
const SynonymGroup = model.define("synonym_group", {
  id: model.id({ prefix: "syn" }).primaryKey(),
  /** In their usual spelling, as the association writes them; folding happens when searching. */
  terms: model.array(),
  /** Why the group exists ("Franconian for Brötchen"), for the next person editing it. */
  note: model.text().nullable(),
})

export default SynonymGroup
