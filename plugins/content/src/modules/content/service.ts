import { MedusaService } from "@medusajs/framework/utils"
import ContentEvent from "./models/event"
import ContentPlace from "./models/place"
import ContentStory from "./models/story"
import ContentTour from "./models/tour"
import ContentTourStop from "./models/tour-stop"

/**
 * The association's own content: events, Genussorte, tours with their tracks, and stories. It
 * names producers and products through module links, as Medusa's modules refer to each other —
 * except a tour's stop, which keeps its producer's id beside its position (models/tour-stop.ts).
 */
class ContentModuleService extends MedusaService({ ContentEvent, ContentPlace, ContentTour, ContentTourStop, ContentStory }) {}

export default ContentModuleService
