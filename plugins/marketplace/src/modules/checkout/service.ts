import { MedusaService } from "@medusajs/framework/utils"
import CompletionAttempt from "./models/completion-attempt"

/** The checkout's own records: the cart completions under way. */
export default class CheckoutModuleService extends MedusaService({ CompletionAttempt }) {}
