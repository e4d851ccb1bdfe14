import { orderPartActionRoute } from "../../../../utils/order-part-actions"

export const POST = orderPartActionRoute("cancel")
