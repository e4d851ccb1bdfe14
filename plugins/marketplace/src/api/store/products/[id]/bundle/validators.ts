import { z } from "@medusajs/framework/zod"

/** A Genusspaket's makers take no query parameters (the language comes with ?locale). */
export const StoreGetProductBundleParams = z.object({}).strict()
