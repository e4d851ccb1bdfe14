import { defineMiddlewares } from "@medusajs/framework/http"
import { adminEventRoutesMiddlewares } from "./admin/events/middlewares"
import { adminPlaceRoutesMiddlewares } from "./admin/places/middlewares"
import { adminStoryRoutesMiddlewares } from "./admin/stories/middlewares"
import { adminTourRoutesMiddlewares } from "./admin/tours/middlewares"
import { storeEventRoutesMiddlewares } from "./store/events/middlewares"
import { storePlaceRoutesMiddlewares } from "./store/places/middlewares"
import { storeStoryRoutesMiddlewares } from "./store/stories/middlewares"
import { storeTourRoutesMiddlewares } from "./store/tours/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeEventRoutesMiddlewares,
    ...storePlaceRoutesMiddlewares,
    ...storeTourRoutesMiddlewares,
    ...storeStoryRoutesMiddlewares,
    ...adminEventRoutesMiddlewares,
    ...adminPlaceRoutesMiddlewares,
    ...adminTourRoutesMiddlewares,
    ...adminStoryRoutesMiddlewares,
  ],
})
