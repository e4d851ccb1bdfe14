import { defineMiddlewares } from "@medusajs/framework/http"
import { adminSynonymRoutesMiddlewares } from "./admin/search/synonyms/middlewares"

export default defineMiddlewares({
  routes: [...adminSynonymRoutesMiddlewares],
})
