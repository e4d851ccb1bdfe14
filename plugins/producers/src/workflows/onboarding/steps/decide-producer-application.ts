import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const decideProducerApplicationStepId = "decide-producer-application"

type Decision =
  | { application_id: string; status: "approved"; producer_id: string }
  | { application_id: string; status: "rejected"; rejection_reason: string }

/**
 * Records the association's decision on a pending application (the workflow holds the
 * application's lock, so two decisions cannot both pass this check). Compensation makes it
 * pending again.
 */
export const decideProducerApplicationStep = createStep(
  decideProducerApplicationStepId,
  async (decision: Decision, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const application = await loadPendingApplication(producers, decision.application_id)
    const updated = await producers.updateProducerApplications({
      id: application.id,
      status: decision.status,
      decided_at: new Date(),
      producer_id: decision.status === "approved" ? decision.producer_id : null,
      rejection_reason: decision.status === "rejected" ? decision.rejection_reason : null,
    })
    return new StepResponse(updated, application.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<ProducerModuleService>(PRODUCER_MODULE)
      .updateProducerApplications({ id, status: "pending", decided_at: null, producer_id: null, rejection_reason: null })
  }
)

/** The application, which must still wait for a decision. */
export async function loadPendingApplication(producers: ProducerModuleService, id: string) {
  const [application] = await producers.listProducerApplications({ id })
  if (!application) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No producer application with id "${id}" was found`)
  if (application.status !== "pending") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The application of ${application.business_name} was already ${application.status}`)
  }
  return application
}
