import type { Allergen, DateMarking } from "@genussnetz/marketplace/http"
import { postedText as text, UNREADABLE_LINES, UNREADABLE_TEXT } from "../../lib/form-fields"
import { ALLERGEN_KEYS, DATE_MARKING_KEYS } from "../../lib/i18n"

/**
 * The portal's product form, read before anything reaches the backend — by the backend's rules
 * (plugins/marketplace/src/workflows/{producer-products,food-information}/schemas.ts) — so a
 * refusal is shown by its field in the producer's language. One form makes a product (up to
 * VARIANT_ROWS pack sizes) or changes one (its pack sizes' price and stock), with its food
 * information. Field names are flat (`variant_0_price`) so the form works without script.
 */

/** Why a field was refused; each has a message in both languages (PortalField.astro). */
export type ProductFieldError =
  | "required"
  | "tooLong"
  | "characters"
  | "choice"
  | "number"
  | "price"
  | "wholeNumber"
  | "variantsRequired"
  | "asterisks"
  | "emphasis"
  | "allergensMissing"

/** How many pack sizes the new-product form offers (empty rows are left out). */
export const VARIANT_ROWS = 3
export const NET_UNITS = ["g", "ml", "piece"] as const
export type NetUnit = (typeof NET_UNITS)[number]

export type VariantRow = { id: string; label_de: string; label_en: string; net_quantity: string; net_unit: string; price: string; stock: string }
export type ProductFormValues = {
  title_de: string
  title_en: string
  description_de: string
  description_en: string
  category_id: string
  type_id: string
  chilled: boolean
  seasons: number[]
  variants: VariantRow[]
  ingredients_de: string
  ingredients_en: string
  no_ingredients: boolean
  allergens: Allergen[]
  storage_de: string
  storage_en: string
  date_marking: string
  alcohol_percent: string
}

export type ProductFormErrors = Partial<Record<string, ProductFieldError>>

export const EMPTY_VARIANT: VariantRow = { id: "", label_de: "", label_en: "", net_quantity: "", net_unit: "g", price: "", stock: "" }
export const EMPTY_PRODUCT_FORM: ProductFormValues = {
  title_de: "",
  title_en: "",
  description_de: "",
  description_en: "",
  category_id: "",
  type_id: "",
  chilled: false,
  seasons: [],
  variants: Array.from({ length: VARIANT_ROWS }, () => EMPTY_VARIANT),
  ingredients_de: "",
  ingredients_en: "",
  no_ingredients: false,
  allergens: [],
  storage_de: "",
  storage_en: "",
  date_marking: "",
  alcohol_percent: "",
}


/** A number as a person types it in Germany or England: "4,90" or "4.90"; NaN for anything else. */
export const parseDecimal = (value: string) => (/^\d{1,7}([.,]\d{1,6})?$/.test(value) ? Number(value.replace(",", ".")) : NaN)

const emphasised = (value: string) => [...value.matchAll(/\*([^*]+)\*/g)].length
const balanced = (value: string) => (value.match(/\*/g) ?? []).length % 2 === 0

/** What was posted, as the form shows it again. */
export function productFormValues(form: FormData, variantCount = VARIANT_ROWS): ProductFormValues {
  const months = form.getAll("season").map((value) => Number(value))
  return {
    title_de: text(form, "title_de"),
    title_en: text(form, "title_en"),
    description_de: text(form, "description_de"),
    description_en: text(form, "description_en"),
    category_id: text(form, "category_id"),
    type_id: text(form, "type_id"),
    chilled: form.get("chilled") === "on",
    seasons: months.filter((month) => Number.isInteger(month) && month >= 1 && month <= 12),
    variants: Array.from({ length: variantCount }, (_, i) => ({
      id: text(form, `variant_${i}_id`),
      label_de: text(form, `variant_${i}_label_de`),
      label_en: text(form, `variant_${i}_label_en`),
      net_quantity: text(form, `variant_${i}_net_quantity`),
      net_unit: text(form, `variant_${i}_net_unit`) || "g",
      price: text(form, `variant_${i}_price`),
      stock: text(form, `variant_${i}_stock`),
    })),
    ingredients_de: text(form, "ingredients_de"),
    ingredients_en: text(form, "ingredients_en"),
    no_ingredients: form.get("no_ingredients") === "on",
    allergens: form.getAll("allergen").filter((code): code is Allergen => (ALLERGEN_KEYS as readonly string[]).includes(String(code))),
    storage_de: text(form, "storage_de"),
    storage_en: text(form, "storage_en"),
    date_marking: text(form, "date_marking"),
    alcohol_percent: text(form, "alcohol_percent"),
  }
}

/** One line of text (several lines: `unreadable` UNREADABLE_LINES): required or not, at most `max` characters, no control characters. */
function checkLine(errors: ProductFormErrors, field: string, value: string, max: number, required: boolean, unreadable = UNREADABLE_TEXT) {
  if (!value) {
    if (required) errors[field] = "required"
  } else if (value.length > max) errors[field] = "tooLong"
  else if (unreadable.test(value)) errors[field] = "characters"
}
/** Several lines (a textarea): line breaks allowed, counted as the backend counts them. */
const checkLines = (errors: ProductFormErrors, field: string, value: string, max: number, required: boolean) =>
  checkLine(errors, field, value, max, required, UNREADABLE_LINES)

function checkIngredients(errors: ProductFormErrors, field: string, value: string, allergens: Allergen[]) {
  if (!value || errors[field]) return
  if (!balanced(value)) errors[field] = "asterisks"
  else if (allergens.length && !emphasised(value)) errors[field] = "emphasis"
  else if (!allergens.length && emphasised(value)) errors.allergens = "allergensMissing"
}

type FoodInformationBody = {
  ingredients: { de: string; en?: string } | null
  allergens: Allergen[]
  storage: { de: string; en?: string }
  date_marking: DateMarking
  alcohol_percent: number | null
}

/** The food information part of the form, or null when none of it was filled in (a draft may lack it). */
function readFoodInformation(values: ProductFormValues, errors: ProductFormErrors, required: boolean): FoodInformationBody | null {
  const touched = Boolean(values.ingredients_de || values.storage_de || values.date_marking || values.allergens.length || values.alcohol_percent)
  if (!touched && !required) return null
  checkLines(errors, "ingredients_de", values.ingredients_de, 3000, !values.no_ingredients)
  checkLines(errors, "ingredients_en", values.ingredients_en, 3000, false)
  checkIngredients(errors, "ingredients_de", values.ingredients_de, values.allergens)
  checkIngredients(errors, "ingredients_en", values.ingredients_en, values.allergens)
  checkLines(errors, "storage_de", values.storage_de, 600, true)
  checkLines(errors, "storage_en", values.storage_en, 600, false)
  if (!(DATE_MARKING_KEYS as readonly string[]).includes(values.date_marking)) errors.date_marking = values.date_marking ? "choice" : "required"
  let alcohol: number | null = null
  if (values.alcohol_percent) {
    alcohol = parseDecimal(values.alcohol_percent)
    if (!(alcohol >= 0 && alcohol <= 100)) errors.alcohol_percent = "number"
  }
  const ingredients = values.no_ingredients || !values.ingredients_de ? null : { de: values.ingredients_de, ...(values.ingredients_en ? { en: values.ingredients_en } : {}) }
  return {
    ingredients,
    allergens: values.allergens,
    storage: { de: values.storage_de, ...(values.storage_en ? { en: values.storage_en } : {}) },
    date_marking: values.date_marking as DateMarking,
    alcohol_percent: alcohol,
  }
}

function readCommon(values: ProductFormValues, errors: ProductFormErrors, choices: { categories: string[]; types: string[] }) {
  checkLine(errors, "title_de", values.title_de, 120, true)
  if (!errors.title_de && values.title_de.length < 2) errors.title_de = "required"
  checkLine(errors, "title_en", values.title_en, 120, false)
  checkLines(errors, "description_de", values.description_de, 4000, true)
  checkLines(errors, "description_en", values.description_en, 4000, false)
  if (!choices.categories.includes(values.category_id)) errors.category_id = values.category_id ? "choice" : "required"
  if (!choices.types.includes(values.type_id)) errors.type_id = values.type_id ? "choice" : "required"
  return {
    title: { de: values.title_de, ...(values.title_en ? { en: values.title_en } : {}) },
    description: { de: values.description_de, ...(values.description_en ? { en: values.description_en } : {}) },
    category_id: values.category_id,
    type_id: values.type_id,
    chilled: values.chilled,
    season_months: [...new Set(values.seasons)].sort((a, b) => a - b),
  }
}

function readPriceAndStock(errors: ProductFormErrors, row: VariantRow, i: number) {
  const price = parseDecimal(row.price)
  if (!row.price) errors[`variant_${i}_price`] = "required"
  else if (!(price >= 0.01 && price <= 10_000) || Math.abs(Math.round(price * 100) - price * 100) > 1e-6) errors[`variant_${i}_price`] = "price"
  const stock = Number(row.stock)
  if (!row.stock) errors[`variant_${i}_stock`] = "required"
  else if (!/^\d{1,6}$/.test(row.stock) || stock > 100_000) errors[`variant_${i}_stock`] = "wholeNumber"
  return { price, stock }
}

export type PackSizeBody = { label: { de: string; en?: string }; net_quantity: number; net_unit: NetUnit; price: number; stock: number }

/** One pack size as a row of the form gives it: its label, net quantity and unit, price, stock. */
function readPackSizeRow(errors: ProductFormErrors, row: VariantRow, i: number): PackSizeBody {
  checkLine(errors, `variant_${i}_label_de`, row.label_de, 60, true)
  checkLine(errors, `variant_${i}_label_en`, row.label_en, 60, false)
  const quantity = parseDecimal(row.net_quantity)
  if (!(quantity > 0)) errors[`variant_${i}_net_quantity`] = row.net_quantity ? "number" : "required"
  if (!(NET_UNITS as readonly string[]).includes(row.net_unit)) errors[`variant_${i}_net_unit`] = "choice"
  const { price, stock } = readPriceAndStock(errors, row, i)
  return { label: { de: row.label_de, ...(row.label_en ? { en: row.label_en } : {}) }, net_quantity: quantity, net_unit: row.net_unit as NetUnit, price, stock }
}

/** A pack size added to a product (the pack-size page's form: one row, `variant_0_…`). */
export function readPackSizeForm(form: FormData): { ok: true; row: VariantRow; body: PackSizeBody } | { ok: false; row: VariantRow; errors: ProductFormErrors } {
  const row = productFormValues(form, 1).variants[0]
  const errors: ProductFormErrors = {}
  const body = readPackSizeRow(errors, row, 0)
  return Object.keys(errors).length ? { ok: false, row, errors } : { ok: true, row, body }
}

export type ProductFormRead<B> = { ok: true; values: ProductFormValues; body: B } | { ok: false; values: ProductFormValues; errors: ProductFormErrors }

export type NewProductBody = ReturnType<typeof readCommon> & {
  status: "draft" | "published"
  variants: PackSizeBody[]
  food_information?: FoodInformationBody
}

/** A new product: the rows with a label become its pack sizes; publishing needs the food information. */
export function readNewProductForm(form: FormData, choices: { categories: string[]; types: string[] }, status: "draft" | "published"): ProductFormRead<NewProductBody> {
  const values = productFormValues(form)
  const errors: ProductFormErrors = {}
  const common = readCommon(values, errors, choices)
  const variants: NewProductBody["variants"] = []
  values.variants.forEach((row, i) => {
    const filled = row.label_de || row.net_quantity || row.price || row.stock
    if (filled) variants.push(readPackSizeRow(errors, row, i))
  })
  if (!variants.length) errors.variant_0_label_de = "variantsRequired"
  const food = readFoodInformation(values, errors, status === "published")
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return { ok: true, values, body: { ...common, status, variants, ...(food ? { food_information: food } : {}) } }
}

export type ProductChangeBody = ReturnType<typeof readCommon> & { variants: { id: string; price: number; stock: number }[] }

/** A change to a product: its texts and choices, each pack size's price and stock, and its food information. */
export function readProductChangeForm(
  form: FormData,
  choices: { categories: string[]; types: string[] },
  variantIds: string[]
): ProductFormRead<{ product: ProductChangeBody; food_information: FoodInformationBody | null }> {
  const values = productFormValues(form, variantIds.length)
  const errors: ProductFormErrors = {}
  const common = readCommon(values, errors, choices)
  const variants = values.variants.map((row, i) => {
    // The ids come from the page; another id is a form nobody filled in here.
    if (row.id !== variantIds[i]) errors[`variant_${i}_price`] = "choice"
    return { id: variantIds[i], ...readPriceAndStock(errors, row, i) }
  })
  const food = readFoodInformation(values, errors, false)
  if (Object.keys(errors).length) return { ok: false, values, errors }
  return { ok: true, values, body: { product: { ...common, variants }, food_information: food } }
}
