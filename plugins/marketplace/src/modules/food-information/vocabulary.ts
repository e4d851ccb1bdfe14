/**
 * The words of the food information a distance sale must give before the purchase
 * (Reg. (EU) 1169/2011 Art. 14(1): every mandatory particular of Art. 9 except the date).
 */

/** The 14 substances of Annex II that must be emphasised in the ingredients and named when there is no list. */
export const ALLERGENS = [
  "gluten",
  "crustaceans",
  "eggs",
  "fish",
  "peanuts",
  "soybeans",
  "milk",
  "nuts",
  "celery",
  "mustard",
  "sesame",
  "sulphites",
  "lupin",
  "molluscs",
] as const
export type Allergen = (typeof ALLERGENS)[number]

/**
 * Which date the package carries: "use by" for foods that spoil quickly and become a danger
 * (Art. 24: fresh meat, fish, raw-milk products), "best before" for the rest, none where
 * Annex X point 1(d) exempts the food (fresh uncut fruit and vegetables, drinks of 10 % alcohol
 * or more, bakers' goods normally eaten within 24 hours, …).
 */
export const DATE_MARKINGS = ["use_by", "best_before", "none"] as const
export type DateMarking = (typeof DATE_MARKINGS)[number]

/** Alcohol must be stated above 1.2 % by volume (Art. 9(1)(k)). */
export const ALCOHOL_DECLARATION_THRESHOLD = 1.2

/**
 * In the ingredients an allergen is emphasised by enclosing it in asterisks, as a producer
 * would type it: "*Weizen*mehl, Wasser, Salz". The shop renders the enclosed part in bold.
 */
export const EMPHASIS = /\*([^*]+)\*/g
