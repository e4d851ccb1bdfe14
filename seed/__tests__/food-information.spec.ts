import {
  ALCOHOL_DECLARATION_THRESHOLD,
  ALLERGENS,
  DATE_MARKINGS,
  EMPHASIS,
  type Allergen,
} from "../../plugins/marketplace/src/modules/food-information/vocabulary"
import { FoodInformationFields } from "../../plugins/marketplace/src/workflows/food-information/schemas"
import { PRODUCTS_BY_CRAFT, type ProductTemplate, type Text } from "../data/catalog"
import { FOOD_INFORMATION, NOT_FOOD } from "../data/food-information"

const allTemplates: ProductTemplate[] = Object.values(PRODUCTS_BY_CRAFT).flat()
/** The foods: every template but the few goods that are none. */
const templates = allTemplates.filter((template) => !NOT_FOOD.has(template.slug))
const entries = templates.map((template) => ({ template, info: FOOD_INFORMATION[template.slug] }))

/** Categories with foods Annex X point 1(d) exempts from a date: fresh fruit and vegetables, same-day bakers' wares. */
const UNDATED_CATEGORIES = new Set<ProductTemplate["category"]>(["obst", "brot"])

/**
 * Which allergen an emphasised word names, in either language. Only the words the seed uses:
 * a new one fails the test until it is added here, so no emphasis goes unaccounted for.
 */
const NAMES: [RegExp, Allergen][] = [
  [/^(roggen|weizen|gersten|dinkel|hafer|rye|wheat|barley|spelt|oats?)$/i, "gluten"],
  [/^(milch|rohmilch|vollmilch|magermilch|sahne|butter|milk|cream)$/i, "milk"],
  [/^(eier|eggs)$/i, "eggs"],
  [/^(sellerie|celery)$/i, "celery"],
  [/^(senf|mustard)$/i, "mustard"],
  [/^(sulfite|schwefeldioxid|sulphites|sulphur dioxide)$/i, "sulphites"],
  [/^(haselnuss|walnuss|hazelnut|walnut)$/i, "nuts"],
  [/^(forelle|karpfen|trout|carp)$/i, "fish"],
]

const emphasised = (text: string) => [...text.matchAll(EMPHASIS)].map((match) => match[1])
const texts = (info: (typeof FOOD_INFORMATION)[string]): Text[] => [info.storage, ...(info.ingredients ? [info.ingredients] : [])]
/** "5,1 % vol" in a drink's German description: the figure the food information must repeat. */
const statedAlcohol = (template: ProductTemplate) => {
  const match = template.description.de.match(/(\d+(?:,\d+)?) % vol/)
  return match ? Number(match[1].replace(",", ".")) : null
}

describe("the seed's food information", () => {
  it("has one entry for every food of the catalogue and none for a product the catalogue lacks or a good that is no food", () => {
    const slugs = templates.map((template) => template.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const slug of NOT_FOOD) expect(allTemplates.some((template) => template.slug === slug), slug).toBe(true)
    expect(Object.keys(FOOD_INFORMATION).sort()).toEqual([...slugs].sort())
  })

  it("passes the rules the marketplace's workflow enforces when the seed writes it", () => {
    for (const { template, info } of entries) {
      const result = FoodInformationFields.safeParse(info)
      expect(result.error?.issues ?? [], template.slug).toEqual([])
    }
  })

  it("closes every emphasis it opens, in German and English", () => {
    for (const { template, info } of entries) {
      for (const text of texts(info)) {
        for (const words of [text.de, text.en]) {
          expect(words.split("*").length % 2, `${template.slug}: ${words}`).toBe(1)
          // Every asterisk belongs to an emphasis the shop renders, none around nothing.
          expect(words.replace(EMPHASIS, "").includes("*"), `${template.slug}: ${words}`).toBe(false)
          expect(words.trim(), template.slug).not.toBe("")
        }
      }
    }
  })

  it("emphasises the same allergens in both languages and names exactly those emphasised", () => {
    for (const { template, info } of entries) {
      expect(emphasised(info.storage.de).length + emphasised(info.storage.en).length, template.slug).toBe(0)
      if (!info.ingredients) continue
      const de = emphasised(info.ingredients.de)
      const en = emphasised(info.ingredients.en)
      expect(en.length, template.slug).toBe(de.length)
      if (de.length) expect(info.allergens.length, template.slug).toBeGreaterThan(0)
      if (info.allergens.length) {
        expect(de.length, template.slug).toBeGreaterThan(0)
        expect(en.length, template.slug).toBeGreaterThan(0)
      }
      for (const words of [de, en]) {
        const named = words.map((word) => {
          const name = NAMES.find(([pattern]) => pattern.test(word))
          expect(name, `${template.slug}: no allergen known for "${word}"`).toBeDefined()
          return name![1]
        })
        // A list names every allergen the food contains, and no other.
        expect([...new Set(named)].sort(), template.slug).toEqual([...info.allergens].sort())
      }
    }
  })

  it("uses Annex II codes only, each once", () => {
    for (const { template, info } of entries) {
      for (const allergen of info.allergens) expect(ALLERGENS, template.slug).toContain(allergen)
      expect(new Set(info.allergens).size, template.slug).toBe(info.allergens.length)
    }
  })

  it("states the alcohol of every drink, as its description does, and of nothing else", () => {
    for (const { template, info } of entries) {
      if (template.type === "drink") {
        expect(info.alcohol_percent, template.slug).toBeGreaterThan(ALCOHOL_DECLARATION_THRESHOLD)
        expect(info.alcohol_percent, template.slug).toBe(statedAlcohol(template))
      } else {
        expect(info.alcohol_percent, template.slug).toBeNull()
      }
    }
  })

  it("leaves out the date only where Annex X exempts the food", () => {
    for (const { template, info } of entries) {
      expect(DATE_MARKINGS, template.slug).toContain(info.date_marking)
      const strong = (info.alcohol_percent ?? 0) >= 10
      if (info.date_marking === "none") {
        expect(strong || UNDATED_CATEGORIES.has(template.category), template.slug).toBe(true)
      }
      // Drinks of 10 % vol or more need no date; beer below it carries a best-before date.
      if (strong) expect(info.date_marking, template.slug).toBe("none")
      if (template.type === "drink" && !strong) expect(info.date_marking, template.slug).toBe("best_before")
      // Fresh meat and fish of a single ingredient spoil quickly: a use-by date.
      if (["fleisch", "fisch"].includes(template.category) && !info.ingredients) {
        expect(info.date_marking, template.slug).toBe("use_by")
      }
    }
  })
})
