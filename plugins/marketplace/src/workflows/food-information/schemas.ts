/**
 * The rules of a product's food information, enforced by the workflow (so the seed and every
 * route obey them) and reused by the route's validator for its body.
 */
import { z } from "@medusajs/framework/zod"
import { germanAndEnglish } from "@genussnetz/producers/api-utils"
import { ALLERGENS, DATE_MARKINGS, EMPHASIS } from "../../modules/food-information/vocabulary"


const emphasised = (text: string) => [...text.matchAll(EMPHASIS)].length
const balanced = (text: string) => (text.match(/\*/g) ?? []).length % 2 === 0

const FOOD_INFORMATION_SHAPE = {
  /** In descending order of weight, allergens in *asterisks*; null where the law asks for no list (Art. 19: one ingredient). */
  ingredients: germanAndEnglish(1, 3000).nullable(),
  allergens: z
    .array(z.enum(ALLERGENS))
    .max(ALLERGENS.length)
    .refine((codes) => new Set(codes).size === codes.length, "Name each allergen once"),
  storage: germanAndEnglish(1, 600),
  date_marking: z.enum(DATE_MARKINGS),
  alcohol_percent: z.number().min(0).max(100).nullable(),
}

/** An allergen is emphasised in each language's ingredients exactly when allergens are named. */
function checkEmphasis(
  info: { ingredients: { de: string; en?: string } | null; allergens: string[] },
  ctx: z.RefinementCtx
) {
  for (const language of ["de", "en"] as const) {
    const ingredients = info.ingredients?.[language]
    if (ingredients === undefined) continue
    const path = ["ingredients", language]
    if (!balanced(ingredients)) {
      ctx.addIssue({ code: "custom", path, message: `In ingredients.${language} an asterisk is missing: every allergen is enclosed in two, e.g. *Weizen*mehl` })
    } else if (info.allergens.length && !emphasised(ingredients)) {
      ctx.addIssue({ code: "custom", path, message: `The allergens must be emphasised in ingredients.${language}: enclose them in asterisks, e.g. *Weizen*mehl` })
    } else if (!info.allergens.length && emphasised(ingredients)) {
      ctx.addIssue({ code: "custom", path: ["allergens"], message: `ingredients.${language} emphasises an allergen, so name it among the allergens` })
    }
  }
}

export const FoodInformationFields = z.strictObject(FOOD_INFORMATION_SHAPE).superRefine(checkEmphasis)
export type FoodInformationFieldsType = z.infer<typeof FoodInformationFields>

export const FoodInformationInput = z
  .strictObject({ product_id: z.string().trim().min(1).max(100), ...FOOD_INFORMATION_SHAPE })
  .superRefine(checkEmphasis)
export type FoodInformationInputType = z.infer<typeof FoodInformationInput>

export { parseOrThrow } from "@genussnetz/producers/api-utils"
