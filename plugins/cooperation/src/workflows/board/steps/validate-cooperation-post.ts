import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE, type ProducerModuleService } from "@genussnetz/producers/modules/producer"
import { parseOrThrow } from "@genussnetz/producers/api-utils"
import { PROVENANCE_MODULE, type ProvenanceModuleService } from "@genussnetz/provenance/modules/provenance"
import { materialKey } from "../../../resilience/network"
import { CooperationPostInput, type CooperationPostInputType } from "../schemas"

/**
 * Checks a post before anything is written: its fields and window, an active producer, and a
 * material the network knows (a material of its supply links, whatever its spelling) — the
 * words offers and needs are matched by; it is stored as the network spells it.
 */
export const validateCooperationPostStep = createStep("validate-cooperation-post", async (input: Record<string, unknown>, { container }) => {
  const post = parseOrThrow(CooperationPostInput, input, "cooperation post")
  const [producer] = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: post.producer_id }, { select: ["id", "status"] })
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${post.producer_id} was not found`)
  if (producer.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only an active producer can post on the cooperation board")
  const materials = await container.resolve<ProvenanceModuleService>(PROVENANCE_MODULE).listNetworkMaterials()
  const known = materials.find((material) => materialKey(material) === materialKey(post.material))
  if (!known) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown material "${post.material}": name one the network's supply links name (GET /producer/cooperation-materials lists them)`
    )
  }
  return new StepResponse<CooperationPostInputType>({ ...post, material: known })
})
