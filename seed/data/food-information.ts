/**
 * The food information of every product template (Reg. (EU) 1169/2011 Art. 9 and 14, Annex II):
 * what a distance sale must show before the purchase. The recipes are invented but kept to what
 * a Franconian craft business would lawfully put on its label.
 *
 * Choices the regulation leaves open, made the same way throughout:
 * - No list (`null`) for foods of a single ingredient whose name says what it is (Art. 19(1)(e):
 *   fruit, vegetables, juice of one fruit, eggs, honey, flour, milk, fresh meat and fish) and for
 *   butter with nothing added (Art. 19(1)(d)); their allergens are still named, for the
 *   "contains" line.
 * - Drinks above 1.2 % vol need no list (Art. 16(4)); the brewery lists its four ingredients
 *   anyway, as Franconian brewers do, and the liqueur its recipe. The fruit brandies have none.
 * - An ingredient named in the title or description carries its share (QUID, Art. 22).
 * - Distillates from cereals are exempt from the gluten declaration (Annex II point 1(d)), so the
 *   beer brandy names no allergen.
 */
// A relative, type-only import: the package's "./modules/*" export resolves to a module's
// index.ts, so ".../food-information/vocabulary" would not resolve through the package name.
import type { Allergen, DateMarking } from "../../plugins/marketplace/src/modules/food-information/vocabulary"
import type { Text } from "./catalog"

export type SeedFoodInformation = {
  /** Ingredients in descending order of weight, allergens in *asterisks*; null for a single-ingredient food that needs no list (Art. 19: fresh fruit and vegetables, honey, eggs, …). */
  ingredients: Text | null
  /** Annex II allergens the food contains (also those emphasised in the list). */
  allergens: Allergen[]
  /** Storage conditions and conditions of use (Art. 25), e.g. "Kühl lagern bei 2–7 °C. Nach dem Öffnen innerhalb von 3 Tagen verbrauchen." */
  storage: Text
  date_marking: DateMarking
  /** % vol, for drinks above 1.2 %; null otherwise. */
  alcohol_percent: number | null
}

/** A list used as a compound ingredient inside another list starts in lower case in English. */
const within = (text: Text): Text => ({
  de: text.de,
  en: text.en.replace(/^(\*?)(\p{Lu})/u, (_, star: string, letter: string) => star + letter.toLowerCase()),
})

// Recipes that recur as a compound ingredient of another product of the seed.
const BEER: Text = { de: "Wasser, *Gersten*malz, Hopfen, Hefe", en: "Water, *barley* malt, hops, yeast" }
const BRATWURST: Text = {
  de: "Schweinefleisch, Trinkwasser, Speisesalz, Gewürze (Pfeffer, Macis), Majoran, Zitronenschale, Naturdarm (Schwein)",
  en: "Pork, drinking water, salt, spices (pepper, mace), marjoram, lemon zest, natural casing (pork)",
}
const BAUERNBROT: Text = {
  de: "*Roggen*mehl, Natursauerteig (*Roggen*mehl, Wasser), *Weizen*mehl, Wasser, Speisesalz, Kümmel, Koriander, Hefe",
  en: "*Rye* flour, natural sourdough (*rye* flour, water), *wheat* flour, water, salt, caraway, coriander, yeast",
}
const PRESSSACK: Text = {
  de: "Schweinefleisch (45 %), Schweineschwarte, Schweineblut, Schweineleber, Zwiebeln, Nitritpökelsalz (Speisesalz, Konservierungsstoff: Natriumnitrit), Gewürze (Pfeffer, Majoran, Piment, Kümmel), Naturdarm (Schweinemagen)",
  en: "Pork (45 %), pork rind, pig's blood, pork liver, onions, nitrite curing salt (salt, preservative: sodium nitrite), spices (pepper, marjoram, allspice, caraway), natural casing (pig's stomach)",
}
const STADTWURST: Text = {
  de: "Schweinefleisch (60 %), Speck, Trinkwasser, Nitritpökelsalz (Speisesalz, Konservierungsstoff: Natriumnitrit), Zwiebeln, Gewürze (Pfeffer, Muskatblüte, *Senf*saat, *Sellerie*), Stabilisator: Diphosphate, Antioxidationsmittel: Natriumascorbat",
  en: "Pork (60 %), pork fat, drinking water, nitrite curing salt (salt, preservative: sodium nitrite), onions, spices (pepper, mace, *mustard* seed, *celery*), stabiliser: diphosphates, antioxidant: sodium ascorbate",
}
const BERGKAESE: Text = {
  de: "*Rohmilch* von Heumilchhöfen, Speisesalz, Lab, Milchsäurebakterienkulturen",
  en: "Raw *milk* from hay-milk farms, salt, rennet, lactic acid cultures",
}
const MALT: Text = { de: "*Gersten*malz", en: "*Barley* malt" }

// Storage and use that several products share.
const FLOUR: Text = {
  de: "Trocken, kühl und lichtgeschützt lagern. Mehl ist nicht zum Rohverzehr geeignet, auch nicht als roher Teig.",
  en: "Store in a cool, dry place away from light. Flour is not suitable for eating raw, not even as raw dough.",
}
const GRAIN: Text = {
  de: "Trocken, kühl und lichtgeschützt in einem gut schließenden Behälter lagern.",
  en: "Store in a cool, dry place away from light, in a well-closing container.",
}
const MALT_STORAGE: Text = {
  de: "Trocken, kühl und luftdicht verschlossen lagern. Geschrotetes Malz innerhalb von 4 Wochen verbrauchen.",
  en: "Store in a cool, dry place, tightly sealed. Use crushed malt within 4 weeks.",
}
const BREAD: Text = {
  de: "Bei Raumtemperatur im Brottopf oder Leinenbeutel aufbewahren, nicht im Kühlschrank.",
  en: "Keep at room temperature in a bread crock or linen bag, not in the fridge.",
}
const SAME_DAY: Text = {
  de: "Am Tag der Lieferung oder Abholung verzehren. Luftig lagern, nicht in Kunststoff verpacken.",
  en: "Eat on the day of delivery or pickup. Keep in an airy place, not wrapped in plastic.",
}
const FRESH_PORK: Text = {
  de: "Gekühlt bei höchstens +4 °C lagern. Vor dem Verzehr vollständig durchgaren.",
  en: "Keep refrigerated at no more than 4 °C. Cook thoroughly before eating.",
}
const FRESH_BEEF: Text = {
  de: "Gekühlt bei höchstens +4 °C lagern. Vor dem Zubereiten etwa 30 Minuten Raumtemperatur annehmen lassen.",
  en: "Keep refrigerated at no more than 4 °C. Let it come to room temperature for about 30 minutes before cooking.",
}
const SLICED_SAUSAGE: Text = {
  de: "Gekühlt bei höchstens +7 °C lagern. Nach dem Öffnen innerhalb von 3 Tagen verbrauchen.",
  en: "Keep refrigerated at no more than 7 °C. Once opened, use within 3 days.",
}
const FRESH_CHEESE: Text = {
  de: "Gekühlt bei höchstens +7 °C lagern. Nach dem Öffnen innerhalb von 5 Tagen verbrauchen.",
  en: "Keep refrigerated at no more than 7 °C. Once opened, use within 5 days.",
}
const FRESH_FISH: Text = {
  de: "Gekühlt bei 0 bis +2 °C lagern und am Tag der Lieferung zubereiten. Vor dem Verzehr vollständig durchgaren.",
  en: "Keep refrigerated at 0 to 2 °C and prepare on the day of delivery. Cook thoroughly before eating.",
}
const SMOKED_FISH: Text = {
  de: "Gekühlt bei höchstens +4 °C lagern. Nach dem Öffnen innerhalb von 2 Tagen verzehren.",
  en: "Keep refrigerated at no more than 4 °C. Once opened, eat within 2 days.",
}
const READY_MEAL: Text = {
  de: "Ungeöffnet kühl und dunkel lagern. Vor dem Verzehr im Topf vollständig erhitzen. Nach dem Öffnen gekühlt aufbewahren und innerhalb von 2 Tagen verbrauchen.",
  en: "Store unopened in a cool, dark place. Heat thoroughly in a pan before eating. Once opened, keep refrigerated and use within 2 days.",
}
const BEER_STORAGE: Text = {
  de: "Kühl und lichtgeschützt lagern.",
  en: "Store cool and away from light.",
}
const UNFILTERED_BEER: Text = {
  de: "Kühl, lichtgeschützt und stehend lagern. Naturtrüb: Die Hefe setzt sich am Boden ab.",
  en: "Store cool, upright and away from light. Unfiltered: the yeast settles at the bottom.",
}
const SPIRITS: Text = {
  de: "Aufrecht, lichtgeschützt und bei Raumtemperatur lagern.",
  en: "Store upright, away from light, at room temperature.",
}
const HONEY_INFANTS = { de: "Honig ist nicht für Säuglinge unter 12 Monaten geeignet.", en: "Honey is not suitable for infants under 12 months." }
const honey = (de: string, en: string): Text => ({
  de: `Trocken, lichtgeschützt und bei Raumtemperatur lagern. ${de}${de ? " " : ""}${HONEY_INFANTS.de}`,
  en: `Store dry, away from light, at room temperature. ${en}${en ? " " : ""}${HONEY_INFANTS.en}`,
})

/** By template slug: every template of PRODUCTS_BY_CRAFT has one. */
/** Goods of the catalogue that are no food and carry no food information (the apiary's beeswax candle). */
export const NOT_FOOD = new Set(["bienenwachskerze"])

export const FOOD_INFORMATION: Record<string, SeedFoodInformation> = {
  // farm
  "kartoffeln-festkochend": {
    ingredients: null,
    allergens: [],
    storage: {
      de: "Kühl, dunkel und trocken lagern, nicht im Kühlschrank. Grüne Stellen und Keime vor dem Kochen großzügig entfernen.",
      en: "Store in a cool, dark, dry place, not in the fridge. Cut away green parts and sprouts generously before cooking.",
    },
    date_marking: "none",
    alcohol_percent: null,
  },
  "freilandeier": {
    ingredients: null,
    allergens: ["eggs"],
    // The wording of Reg. (EC) 589/2008 for eggs sold to consumers.
    storage: {
      de: "Nach dem Kauf bei Kühlschranktemperatur aufbewahren. Nach Ablauf des Mindesthaltbarkeitsdatums nur noch durcherhitzt verzehren.",
      en: "Keep at refrigerator temperature after purchase. After the best-before date, eat only thoroughly cooked.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "dinkelkoerner": {
    ingredients: null,
    allergens: ["gluten"],
    storage: GRAIN,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "suesskirschen": {
    ingredients: null,
    allergens: [],
    storage: {
      de: "Gekühlt lagern und innerhalb von 2–3 Tagen verzehren. Erst kurz vor dem Verzehr waschen.",
      en: "Keep refrigerated and eat within 2–3 days. Wash just before eating.",
    },
    date_marking: "none",
    alcohol_percent: null,
  },
  "zwetschgen": {
    ingredients: null,
    allergens: [],
    storage: {
      de: "Kühl lagern und innerhalb einer Woche verbrauchen. Erst kurz vor der Verwendung waschen.",
      en: "Store cool and use within a week. Wash just before use.",
    },
    date_marking: "none",
    alcohol_percent: null,
  },
  // Juice of one fruit: its name says what it is made of. Pasteurised, so a best-before date.
  "apfelsaft-naturtrueb": {
    ingredients: null,
    allergens: [],
    storage: {
      de: "Ungeöffnet kühl und dunkel lagern. Vor dem Öffnen schütteln. Geöffnet gekühlt aufbewahren: die Flasche innerhalb von 3 Tagen, die Bag-in-Box innerhalb von 6 Wochen verbrauchen.",
      en: "Store unopened in a cool, dark place. Shake before opening. Once opened, keep refrigerated: use the bottle within 3 days, the bag-in-box within 6 weeks.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "suppenhuhn": {
    ingredients: null,
    allergens: [],
    storage: {
      de: "Gekühlt bei höchstens +4 °C lagern. Vor dem Verzehr vollständig durchgaren; nicht mit anderen Lebensmitteln in Berührung bringen.",
      en: "Keep refrigerated at no more than 4 °C. Cook thoroughly before eating; keep away from other foods.",
    },
    date_marking: "use_by",
    alcohol_percent: null,
  },
  "rote-bete": {
    ingredients: null,
    allergens: [],
    storage: {
      de: "Kühl und dunkel lagern, am besten im Gemüsefach des Kühlschranks.",
      en: "Store in a cool, dark place, ideally in the fridge's vegetable drawer.",
    },
    date_marking: "none",
    alcohol_percent: null,
  },

  // mill: flour of one grain needs no list, but its cereal is still named (gluten)
  "roggenmehl-1150": { ingredients: null, allergens: ["gluten"], storage: FLOUR, date_marking: "best_before", alcohol_percent: null },
  "weizenmehl-550": { ingredients: null, allergens: ["gluten"], storage: FLOUR, date_marking: "best_before", alcohol_percent: null },
  "dinkelmehl-630": { ingredients: null, allergens: ["gluten"], storage: FLOUR, date_marking: "best_before", alcohol_percent: null },
  "roggenvollkornschrot": { ingredients: null, allergens: ["gluten"], storage: FLOUR, date_marking: "best_before", alcohol_percent: null },
  // Steamed before rolling, so unlike flour they may be eaten raw.
  "haferflocken": { ingredients: null, allergens: ["gluten"], storage: GRAIN, date_marking: "best_before", alcohol_percent: null },

  // maltster: "malt" alone does not say which cereal, so the list names the barley
  "rauchmalz": { ingredients: MALT, allergens: ["gluten"], storage: MALT_STORAGE, date_marking: "best_before", alcohol_percent: null },
  "pilsner-malz": { ingredients: MALT, allergens: ["gluten"], storage: MALT_STORAGE, date_marking: "best_before", alcohol_percent: null },
  "karamellmalz": { ingredients: MALT, allergens: ["gluten"], storage: MALT_STORAGE, date_marking: "best_before", alcohol_percent: null },

  // bakery: loaves keep for days (best before), rolls, pretzels and fruit cake are eaten the same day
  "bauernbrot": {
    ingredients: BAUERNBROT,
    allergens: ["gluten"],
    storage: BREAD,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "roggenbrot": {
    ingredients: {
      de: "Natursauerteig (*Roggen*mehl, Wasser), *Roggen*mehl, Wasser, *Roggen*vollkornschrot, Speisesalz",
      en: "Natural sourdough (*rye* flour, water), *rye* flour, water, wholegrain *rye* meal, salt",
    },
    allergens: ["gluten"],
    storage: BREAD,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "dinkelvollkornbrot": {
    ingredients: {
      de: "*Dinkel*vollkornmehl, Wasser, Sonnenblumenkerne (12 %), Natursauerteig (*Dinkel*vollkornmehl, Wasser), Speisesalz, Hefe",
      en: "Wholegrain *spelt* flour, water, sunflower seeds (12 %), natural sourdough (wholegrain *spelt* flour, water), salt, yeast",
    },
    allergens: ["gluten"],
    storage: BREAD,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "laugenbrezen": {
    ingredients: {
      de: "*Weizen*mehl, Wasser, *Butter*, Speisesalz, Hefe, *Gersten*malzmehl, Säureregulator: Natriumhydroxid",
      en: "*Wheat* flour, water, *butter*, salt, yeast, *barley* malt flour, acidity regulator: sodium hydroxide",
    },
    allergens: ["gluten", "milk"],
    storage: SAME_DAY,
    date_marking: "none",
    alcohol_percent: null,
  },
  "kuemmelweckla": {
    ingredients: {
      de: "*Roggen*mehl, *Weizen*mehl, Wasser, Natursauerteig (*Roggen*mehl, Wasser), Speisesalz, Kümmel, Hefe",
      en: "*Rye* flour, *wheat* flour, water, natural sourdough (*rye* flour, water), salt, caraway, yeast",
    },
    allergens: ["gluten"],
    storage: SAME_DAY,
    date_marking: "none",
    alcohol_percent: null,
  },
  "zwetschgenkuchen": {
    ingredients: {
      de: "Zwetschgen (55 %), *Weizen*mehl, *Milch*, Zucker, *Butter*, *Eier*, Hefe, Speisesalz, Zimt, Zitronenschale",
      en: "Damson plums (55 %), *wheat* flour, *milk*, sugar, *butter*, *eggs*, yeast, salt, cinnamon, lemon zest",
    },
    allergens: ["gluten", "milk", "eggs"],
    storage: {
      de: "Am Tag der Lieferung oder Abholung verzehren. Reste abgedeckt im Kühlschrank aufbewahren.",
      en: "Eat on the day of delivery or pickup. Keep leftovers covered in the fridge.",
    },
    date_marking: "none",
    alcohol_percent: null,
  },
  // Dried pears are sulphured to keep their colour, well above 10 mg/kg in the loaf.
  "schnitz-fruechtebrot": {
    ingredients: {
      de: "Getrocknete Birnen (22 %; Konservierungsstoff: *Schwefeldioxid*), getrocknete Zwetschgen (18 %), *Weizen*mehl, Rosinen, Wasser, *Haselnuss*kerne (6 %), *Walnuss*kerne (5 %), getrocknete Feigen, *Roggen*mehl, Rohrohrzucker, Zitronat (Zitronenschale, Zucker, Glukosesirup), Lebkuchengewürz, Hefe, Speisesalz",
      en: "Dried pears (22 %; preservative: *sulphur dioxide*), dried plums (18 %), *wheat* flour, raisins, water, *hazelnut* kernels (6 %), *walnut* kernels (5 %), dried figs, *rye* flour, raw cane sugar, candied lemon peel (lemon peel, sugar, glucose syrup), gingerbread spice, yeast, salt",
    },
    allergens: ["gluten", "nuts", "sulphites"],
    storage: {
      de: "Kühl und trocken lagern, in Pergamentpapier eingeschlagen. Angeschnitten innerhalb von 2 Wochen verzehren.",
      en: "Store in a cool, dry place, wrapped in parchment. Once cut, eat within 2 weeks.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },

  // butchery: raw and cooked sausage spoils quickly (use by), cured ham and preserves keep
  "bratwurst-grob": {
    ingredients: BRATWURST,
    allergens: [],
    storage: {
      de: "Gekühlt bei höchstens +4 °C lagern. Vor dem Verzehr vollständig durchbraten.",
      en: "Keep refrigerated at no more than 4 °C. Fry or grill until cooked through before eating.",
    },
    date_marking: "use_by",
    alcohol_percent: null,
  },
  "stadtwurst": {
    ingredients: STADTWURST,
    allergens: ["celery", "mustard"],
    storage: {
      de: `${SLICED_SAUSAGE.de} Die Hülle ist nicht zum Verzehr geeignet.`,
      en: `${SLICED_SAUSAGE.en} The casing is not edible.`,
    },
    date_marking: "use_by",
    alcohol_percent: null,
  },
  "presssack": {
    ingredients: PRESSSACK,
    allergens: [],
    storage: SLICED_SAUSAGE,
    date_marking: "use_by",
    alcohol_percent: null,
  },
  // Outside Bavaria's own "Bayerischer Leberkäse" the name asks for liver (German guidelines for meat products).
  "leberkaes": {
    ingredients: {
      de: "Schweinefleisch (48 %), Rindfleisch (15 %), Trinkwasser, Speck, Schweineleber (5 %), Nitritpökelsalz (Speisesalz, Konservierungsstoff: Natriumnitrit), Zwiebeln, Gewürze (Pfeffer, Muskatblüte, Ingwer, *Sellerie*), Stabilisator: Diphosphate, Antioxidationsmittel: Natriumascorbat",
      en: "Pork (48 %), beef (15 %), drinking water, pork fat, pork liver (5 %), nitrite curing salt (salt, preservative: sodium nitrite), onions, spices (pepper, mace, ginger, *celery*), stabiliser: diphosphates, antioxidant: sodium ascorbate",
    },
    allergens: ["celery"],
    storage: {
      de: "Gekühlt bei höchstens +4 °C lagern. Roh nicht verzehren: in der Form bei 160 °C Umluft etwa 60 Minuten backen, bis der Kern 72 °C erreicht.",
      en: "Keep refrigerated at no more than 4 °C. Do not eat raw: bake in its tin at 160 °C fan for about 60 minutes until the core reaches 72 °C.",
    },
    date_marking: "use_by",
    alcohol_percent: null,
  },
  "schinken-geraeuchert": {
    ingredients: {
      de: "Schweinefleisch, Nitritpökelsalz (Speisesalz, Konservierungsstoff: Natriumnitrit), Gewürze (Pfeffer, Wacholder, Lorbeer, Knoblauch), Dextrose",
      en: "Pork, nitrite curing salt (salt, preservative: sodium nitrite), spices (pepper, juniper, bay leaf, garlic), dextrose",
    },
    allergens: [],
    storage: {
      de: "Gekühlt bei höchstens +7 °C lagern. Nach dem Öffnen innerhalb von 5 Tagen verbrauchen. Eine Viertelstunde vor dem Servieren aus dem Kühlschrank nehmen.",
      en: "Keep refrigerated at no more than 7 °C. Once opened, use within 5 days. Take out of the fridge a quarter of an hour before serving.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },
  // Pasteurised in the jar and kept chilled: a best-before date of some weeks.
  "blaue-zipfel": {
    ingredients: {
      de: `Bratwurst 50 % (${BRATWURST.de}), Wasser, Zwiebeln (12 %), Branntweinessig, Karotten, Speisesalz, Zucker, Gewürze (Lorbeer, Wacholder, Piment, *Senf*körner)`,
      en: `Bratwurst 50 % (${within(BRATWURST).en}), water, onions (12 %), spirit vinegar, carrots, salt, sugar, spices (bay leaf, juniper, allspice, *mustard* seeds)`,
    },
    allergens: ["mustard"],
    storage: {
      de: "Gekühlt bei höchstens +7 °C lagern. Zum Servieren im Sud erhitzen, nicht kochen. Nach dem Öffnen innerhalb von 2 Tagen verbrauchen.",
      en: "Keep refrigerated at no more than 7 °C. To serve, heat in the broth without boiling. Once opened, use within 2 days.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },

  // slaughterhouse: fresh cuts of one animal, no list
  "schweineschulter-schaeufele": { ingredients: null, allergens: [], storage: FRESH_PORK, date_marking: "use_by", alcohol_percent: null },
  "rinderbraten": { ingredients: null, allergens: [], storage: FRESH_BEEF, date_marking: "use_by", alcohol_percent: null },
  "suppenfleisch-rind": { ingredients: null, allergens: [], storage: FRESH_BEEF, date_marking: "use_by", alcohol_percent: null },
  "schweinebauch": { ingredients: null, allergens: [], storage: FRESH_PORK, date_marking: "use_by", alcohol_percent: null },

  // brewery: beer below 10 % vol carries a best-before date; alcohol as in each description
  "rauchbier-maerzen": {
    ingredients: { de: "Wasser, *Gersten*rauchmalz, *Gersten*malz, Hopfen, Hefe", en: "Water, smoked *barley* malt, *barley* malt, hops, yeast" },
    allergens: ["gluten"],
    storage: BEER_STORAGE,
    date_marking: "best_before",
    alcohol_percent: 5.1,
  },
  "kellerbier": { ingredients: BEER, allergens: ["gluten"], storage: UNFILTERED_BEER, date_marking: "best_before", alcohol_percent: 4.9 },
  "landbier-dunkel": {
    ingredients: { de: "Wasser, *Gersten*malz, *Gersten*röstmalz, Hopfen, Hefe", en: "Water, *barley* malt, roasted *barley* malt, hops, yeast" },
    allergens: ["gluten"],
    storage: BEER_STORAGE,
    date_marking: "best_before",
    alcohol_percent: 5.2,
  },
  "bockbier": { ingredients: BEER, allergens: ["gluten"], storage: BEER_STORAGE, date_marking: "best_before", alcohol_percent: 6.8 },
  "zwickl": { ingredients: BEER, allergens: ["gluten"], storage: UNFILTERED_BEER, date_marking: "best_before", alcohol_percent: 5.0 },
  "weissbier": {
    ingredients: { de: "Wasser, *Weizen*malz, *Gersten*malz, Hopfen, Hefe", en: "Water, *wheat* malt, *barley* malt, hops, yeast" },
    allergens: ["gluten"],
    storage: UNFILTERED_BEER,
    date_marking: "best_before",
    alcohol_percent: 5.3,
  },

  // dairy: pasteurised products carry a best-before date, and so does the raw-milk cheese:
  // a hard cheese matured for months is not "highly perishable" (Art. 24), raw milk or not.
  "bergkaese": {
    ingredients: BERGKAESE,
    allergens: ["milk"],
    storage: {
      de: "Gekühlt bei +4 bis +10 °C lagern, in Käsepapier eingeschlagen. Etwa eine Stunde vor dem Verzehr aus dem Kühlschrank nehmen.",
      en: "Keep refrigerated at 4 to 10 °C, wrapped in cheese paper. Take out of the fridge about an hour before eating.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "frischkaese": {
    ingredients: {
      de: "Pasteurisierte *Milch*, *Sahne*, Speisesalz, Milchsäurebakterienkulturen, Lab",
      en: "Pasteurised *milk*, *cream*, salt, lactic acid cultures, rennet",
    },
    allergens: ["milk"],
    storage: FRESH_CHEESE,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "suessrahmbutter": {
    ingredients: null,
    allergens: ["milk"],
    storage: {
      de: "Gekühlt bei +2 bis +10 °C lagern, vor Licht und fremden Gerüchen geschützt.",
      en: "Keep refrigerated at 2 to 10 °C, protected from light and other odours.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "joghurt": {
    ingredients: { de: "*Vollmilch* (3,8 % Fett), Joghurtkulturen", en: "Whole *milk* (3.8 % fat), yoghurt cultures" },
    allergens: ["milk"],
    storage: {
      de: "Gekühlt bei höchstens +8 °C lagern. Nach dem Öffnen innerhalb von 3 Tagen verbrauchen.",
      en: "Keep refrigerated at no more than 8 °C. Once opened, use within 3 days.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "heumilch": {
    ingredients: null,
    allergens: ["milk"],
    storage: {
      de: "Gekühlt bei höchstens +8 °C lagern. Vor dem Öffnen schütteln, denn nicht homogenisierte Milch rahmt auf. Nach dem Öffnen innerhalb von 3 Tagen verbrauchen.",
      en: "Keep refrigerated at no more than 8 °C. Shake before opening, as the cream rises in milk that is not homogenised. Once opened, use within 3 days.",
    },
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "quark": {
    ingredients: {
      de: "*Magermilch*, *Sahne*, Milchsäurebakterienkulturen, Lab",
      en: "Skimmed *milk*, *cream*, lactic acid cultures, rennet",
    },
    allergens: ["milk"],
    storage: FRESH_CHEESE,
    date_marking: "best_before",
    alcohol_percent: null,
  },

  // apiary
  "bluetenhonig": {
    ingredients: null,
    allergens: [],
    storage: honey("", ""),
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "waldhonig": {
    ingredients: null,
    allergens: [],
    storage: honey(
      "Kristallisiert er mit der Zeit, im Wasserbad bei höchstens 40 °C wieder verflüssigen.",
      "Should it crystallise over time, liquefy it again in a water bath at no more than 40 °C."
    ),
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "lindenhonig": {
    ingredients: null,
    allergens: [],
    storage: honey("Er kristallisiert nach einigen Wochen auf natürliche Weise.", "It crystallises naturally after a few weeks."),
    date_marking: "best_before",
    alcohol_percent: null,
  },

  // distillery: 10 % vol or more, so no date (Annex X point 1(d)); alcohol as in each description
  "zwetschgenbrand": { ingredients: null, allergens: [], storage: SPIRITS, date_marking: "none", alcohol_percent: 42 },
  // The bitter-almond note comes from the cherry stones, not from almonds: no nuts.
  "kirschbrand": { ingredients: null, allergens: [], storage: SPIRITS, date_marking: "none", alcohol_percent: 43 },
  "bierbrand": { ingredients: null, allergens: [], storage: SPIRITS, date_marking: "none", alcohol_percent: 40 },
  "quittenlikoer": {
    ingredients: {
      de: "Quittensaft (35 %), Zucker, Alkohol landwirtschaftlichen Ursprungs, Wasser, Quittenbrand",
      en: "Quince juice (35 %), sugar, alcohol of agricultural origin, water, quince brandy",
    },
    allergens: [],
    storage: {
      de: "Kühl und lichtgeschützt lagern. Vor dem Öffnen schütteln; geöffnet innerhalb eines Jahres genießen.",
      en: "Store cool and away from light. Shake before opening; once opened, enjoy within a year.",
    },
    date_marking: "none",
    alcohol_percent: 25,
  },

  // fishery: fresh and hot-smoked fish are highly perishable (use by)
  "karpfen-kuechenfertig": { ingredients: null, allergens: ["fish"], storage: FRESH_FISH, date_marking: "use_by", alcohol_percent: null },
  "forelle-geraeuchert": {
    ingredients: { de: "*Forelle*, Speisesalz", en: "*Trout*, salt" },
    allergens: ["fish"],
    storage: SMOKED_FISH,
    date_marking: "use_by",
    alcohol_percent: null,
  },
  "saiblingsfilet": { ingredients: null, allergens: ["fish"], storage: FRESH_FISH, date_marking: "use_by", alcohol_percent: null },
  "karpfen-filet-geraeuchert": {
    ingredients: { de: "*Karpfen*filet, Speisesalz, Zucker, Pfeffer", en: "*Carp* fillet, salt, sugar, pepper" },
    allergens: ["fish"],
    storage: SMOKED_FISH,
    date_marking: "use_by",
    alcohol_percent: null,
  },

  // restaurant: preserved in the jar (best before); the Brotzeit box is fresh (use by)
  "schaeufele-im-glas": {
    ingredients: {
      de: `Schweineschulter (55 %), Wasser, Zwiebeln, Dunkelbier (${BEER.de}), Karotten, *Sellerie*, *Weizen*mehl, Speisesalz, Gewürze (Kümmel, Pfeffer, Lorbeer)`,
      en: `Pork shoulder (55 %), water, onions, dark beer (${within(BEER).en}), carrots, *celery*, *wheat* flour, salt, spices (caraway, pepper, bay leaf)`,
    },
    allergens: ["gluten", "celery"],
    storage: READY_MEAL,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  // Red wine in the marinade leaves more than 10 mg/kg of sulphites in the gravy.
  "sauerbraten-im-glas": {
    ingredients: {
      de: "Rindfleisch (50 %), Wasser, Rotwein (enthält *Sulfite*), Zwiebeln, Branntweinessig, Karotten, *Sellerie*, Soßenlebkuchen 5 % (*Weizen*mehl, Zuckerrübensirup, *Roggen*mehl, Honig, Gewürze, Backtriebmittel: Natriumcarbonate), Rosinen, Zucker, Speisesalz, Gewürze (Lorbeer, Wacholder, Nelken, Piment, Pfeffer)",
      en: "Beef (50 %), water, red wine (contains *sulphites*), onions, spirit vinegar, carrots, *celery*, gingerbread for gravy 5 % (*wheat* flour, sugar beet syrup, *rye* flour, honey, spices, raising agent: sodium carbonates), raisins, sugar, salt, spices (bay leaf, juniper, cloves, allspice, pepper)",
    },
    allergens: ["gluten", "celery", "sulphites"],
    storage: READY_MEAL,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  "bratwurstgulasch": {
    ingredients: {
      de: `Bratwurst 40 % (${BRATWURST.de}), Wasser, Zwiebeln, Paprika (10 %), Dunkelbier 8 % (${BEER.de}), Tomatenmark, *Weizen*mehl, Rapsöl, Paprikapulver, Speisesalz, Knoblauch, Kümmel, Majoran`,
      en: `Bratwurst 40 % (${within(BRATWURST).en}), water, onions, peppers (10 %), dark beer 8 % (${within(BEER).en}), tomato purée, *wheat* flour, rapeseed oil, paprika, salt, garlic, caraway, marjoram`,
    },
    allergens: ["gluten"],
    storage: READY_MEAL,
    date_marking: "best_before",
    alcohol_percent: null,
  },
  // Several foods in one box: each with its own list, the box dated by its most perishable part.
  "brotzeitpaket": {
    ingredients: {
      de: [
        `Bauernbrot: ${BAUERNBROT.de}`,
        `Presssack: ${PRESSSACK.de}`,
        `Stadtwurst: ${STADTWURST.de}`,
        `Bergkäse: ${BERGKAESE.de}`,
        "Gerupfter: Weichkäse (pasteurisierte *Milch*, Speisesalz, Milchsäurebakterienkulturen, Edelschimmelkulturen, Lab), *Butter*, Zwiebeln, Paprikapulver, Kümmel, Speisesalz, Pfeffer",
      ].join("; "),
      en: [
        `Farmhouse bread: ${BAUERNBROT.en}`,
        `Brawn: ${PRESSSACK.en}`,
        `Stadtwurst: ${STADTWURST.en}`,
        `Mountain cheese: ${BERGKAESE.en}`,
        "Gerupfter: soft cheese (pasteurised *milk*, salt, lactic acid cultures, mould cultures, rennet), *butter*, onions, paprika, caraway, salt, pepper",
      ].join("; "),
    },
    allergens: ["gluten", "milk", "celery", "mustard"],
    storage: {
      de: "Gekühlt bei höchstens +7 °C lagern und innerhalb von 2 Tagen nach der Abholung verzehren; das Brot getrennt bei Raumtemperatur aufbewahren.",
      en: "Keep refrigerated at no more than 7 °C and eat within 2 days of pickup; keep the bread separately at room temperature.",
    },
    date_marking: "use_by",
    alcohol_percent: null,
  },
}
