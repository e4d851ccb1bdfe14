import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrievePublic } from "../../../utils/public-content"
import { PUBLIC_STORY_DETAIL_FIELDS, publicStoryDetail } from "../public-stories"

/** One published story with its Markdown body, producers and products. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const story = await retrievePublic(req, "content_story", PUBLIC_STORY_DETAIL_FIELDS, ["published"], "story")
  res.json({ story: await publicStoryDetail(req.scope, story, req.locale) })
}
