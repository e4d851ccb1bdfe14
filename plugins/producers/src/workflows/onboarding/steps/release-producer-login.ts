import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const releaseProducerLoginStepId = "release-producer-login"

/**
 * A removed member's login stops acting for the producer: an identity that is nothing else
 * (no shopper or admin behind it) is deleted, so the address can be invited again; one that is
 * also something else only loses its producer. The last step of its workflow (a deleted identity
 * cannot be brought back); the member middleware already refuses the member's open sessions.
 */
export const releaseProducerLoginStep = createStep(releaseProducerLoginStepId, async (authIdentityId: string, { container }) => {
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listAuthIdentities({ id: [authIdentityId] })
  if (!identity) return new StepResponse(null)
  const { producer_id: _released, ...others } = (identity.app_metadata ?? {}) as Record<string, unknown>
  if (Object.values(others).some((value) => value !== null && value !== undefined)) {
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: others })
  } else {
    await auth.deleteAuthIdentities([identity.id])
  }
  return new StepResponse(identity.id)
})
