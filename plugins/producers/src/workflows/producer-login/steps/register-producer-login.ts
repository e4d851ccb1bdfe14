import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const registerProducerLoginStepId = "register-producer-login"

/**
 * Registers an e-mail/password identity for a producer's business. The association sets
 * these up (it knows its members); the producer then logs in at /auth/producer/emailpass.
 */
export const registerProducerLoginStep = createStep(
  registerProducerLoginStepId,
  async ({ producer_id, email, password }: { producer_id: string; email: string; password: string }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const [producer] = await producers.listProducers({ id: producer_id }, { select: ["id"] })
    if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer with id "${producer_id}" was not found`)

    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
    if (!success || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `${email} already has a login at genussnetz (perhaps as a shopper): use another address for the producer portal`
      )
    }
    return new StepResponse(authIdentity, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
