import { describe, expect, it } from "vitest"
import { readNewProductForm, readProductChangeForm } from "../product-form"

const choices = { categories: ["pcat_brot"], types: ["ptyp_food"] }

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one)
  return data
}

const bread = {
  title_de: "Dinkelkruste",
  title_en: "Spelt crust loaf",
  description_de: "Kräftig.\r\nAus dem Holzofen.",
  category_id: "pcat_brot",
  type_id: "ptyp_food",
  season: ["10", "9"],
  variant_0_label_de: "750 g",
  variant_0_net_quantity: "750",
  variant_0_net_unit: "g",
  variant_0_price: "5,40",
  variant_0_stock: "12",
}
const food = {
  ingredients_de: "*Dinkel*mehl, Wasser, Salz",
  ingredients_en: "*Spelt* flour, water, salt",
  allergen: "gluten",
  storage_de: "Trocken lagern.",
  date_marking: "best_before",
}

describe("the portal's product form", () => {
  it("reads a new product in German number style, leaving out empty pack-size rows", () => {
    const read = readNewProductForm(form({ ...bread, ...food }), choices, "published")
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.body).toEqual({
      title: { de: "Dinkelkruste", en: "Spelt crust loaf" },
      description: { de: "Kräftig.\r\nAus dem Holzofen." },
      category_id: "pcat_brot",
      type_id: "ptyp_food",
      chilled: false,
      season_months: [9, 10],
      status: "published",
      variants: [{ label: { de: "750 g" }, net_quantity: 750, net_unit: "g", price: 5.4, stock: 12 }],
      food_information: {
        ingredients: { de: "*Dinkel*mehl, Wasser, Salz", en: "*Spelt* flour, water, salt" },
        allergens: ["gluten"],
        storage: { de: "Trocken lagern." },
        date_marking: "best_before",
        alcohol_percent: null,
      },
    })
  })

  it("lets a draft go without food information, but not a product to be published", () => {
    const draft = readNewProductForm(form(bread), choices, "draft")
    expect(draft.ok && draft.body.food_information).toBeUndefined()
    const publish = readNewProductForm(form(bread), choices, "published")
    expect(publish.ok).toBe(false)
    if (!publish.ok) expect(publish.errors).toMatchObject({ ingredients_de: "required", storage_de: "required", date_marking: "required" })
  })

  it("names each refused field by what is wrong with it", () => {
    const read = readNewProductForm(
      form({
        ...bread,
        category_id: "pcat_other",
        variant_0_price: "4,555",
        variant_0_stock: "-1",
        variant_1_label_de: "1 kg",
        variant_1_net_quantity: "viel",
        ...food,
        ingredients_de: "*Dinkel mehl",
        ingredients_en: "Spelt flour",
      }),
      choices,
      "draft"
    )
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.errors).toMatchObject({
      category_id: "choice",
      variant_0_price: "price",
      variant_0_stock: "wholeNumber",
      variant_1_net_quantity: "number",
      variant_1_price: "required",
      ingredients_de: "asterisks",
      ingredients_en: "emphasis",
    })
    // What was typed is shown again.
    expect(read.values.variants[0].price).toBe("4,555")
    const none = readNewProductForm(form({ ...bread, variant_0_label_de: "", variant_0_net_quantity: "", variant_0_price: "", variant_0_stock: "" }), choices, "draft")
    expect(!none.ok && none.errors.variant_0_label_de).toBe("variantsRequired")
    const unnamed = readNewProductForm(form({ ...bread, ...food, allergen: [], ingredients_de: "*Dinkel*mehl" }), choices, "draft")
    expect(!unnamed.ok && unnamed.errors.allergens).toBe("allergensMissing")
  })

  it("reads a change: every pack size's price and stock, by the ids the page gave", () => {
    const fields = { ...bread, ...food, variant_0_id: "variant_a", variant_1_id: "variant_b", variant_1_price: "9.80", variant_1_stock: "0" }
    const read = readProductChangeForm(form(fields), choices, ["variant_a", "variant_b"])
    expect(read.ok).toBe(true)
    if (read.ok) {
      expect(read.body.product.variants).toEqual([
        { id: "variant_a", price: 5.4, stock: 12 },
        { id: "variant_b", price: 9.8, stock: 0 },
      ])
      expect(read.body.food_information?.allergens).toEqual(["gluten"])
    }
    const forged = readProductChangeForm(form({ ...fields, variant_1_id: "variant_of_another" }), choices, ["variant_a", "variant_b"])
    expect(!forged.ok && forged.errors.variant_1_price).toBe("choice")
  })
})
