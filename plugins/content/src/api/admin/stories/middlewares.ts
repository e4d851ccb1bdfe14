import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateStory, AdminGetStoriesParams, AdminGetStoryParams, AdminUpdateStory } from "./validators"

const noFields = { defaults: [], isList: false }
/** A story's body in both languages may reach 100,000 characters. */
const storyBody = { sizeLimit: "1mb" }

/** The association's stories (Medusa authenticates every /admin route before these). */
export const adminStoryRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/stories", middlewares: [validateAndTransformQuery(AdminGetStoriesParams, noFields)] },
  { method: ["POST"], matcher: "/admin/stories", bodyParser: storyBody, middlewares: [validateAndTransformBody(AdminCreateStory)] },
  { method: ["GET"], matcher: "/admin/stories/:id", middlewares: [validateAndTransformQuery(AdminGetStoryParams, noFields)] },
  { method: ["POST"], matcher: "/admin/stories/:id", bodyParser: storyBody, middlewares: [validateAndTransformBody(AdminUpdateStory)] },
]
