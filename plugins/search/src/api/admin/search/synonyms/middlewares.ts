import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateSynonymGroup, AdminListSynonymGroups, AdminUpdateSynonymGroup } from "./validators"

export const adminSynonymRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/search/synonyms",
    middlewares: [validateAndTransformQuery(AdminListSynonymGroups, { defaults: [], isList: false })],
  },
  {
    method: ["POST"],
    matcher: "/admin/search/synonyms",
    middlewares: [validateAndTransformBody(AdminCreateSynonymGroup)],
  },
  {
    method: ["POST"],
    matcher: "/admin/search/synonyms/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSynonymGroup)],
  },
]
