import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_KINDS, type DeliveryKind, type FulfilmentOffer } from "../../../fulfilment"
import { offeredKinds, shippingOptionInput, type SetUpProducerFulfilmentInput } from "../set-up-producer-fulfilment"

export const prepareOfferChangeStepId = "prepare-offer-change"

export type OfferChangeInput = { producer_id: string; street: string; offer: FulfilmentOffer }

type OptionInput = ReturnType<typeof shippingOptionInput>
/** What the workflow does: set the producer up, or bring its address and options in line. */
export type OfferChange = {
  set_up: boolean
  setUp: SetUpProducerFulfilmentInput | null
  location_id: string | null
  address: SetUpProducerFulfilmentInput["address"]
  create: OptionInput[]
  update: ({ id: string } & Partial<OptionInput>)[]
  delete: string[]
}

/**
 * Reads where a producer stands (set up to sell or not) and turns its new offer into Medusa's
 * inputs: everything for the first set-up, or the stock location's address and the shipping
 * options to make, change and delete. Reads only; nothing to undo.
 */
export const prepareOfferChangeStep = createStep(prepareOfferChangeStepId, async (input: OfferChangeInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: producers }, { data: stores }] = await Promise.all([
    query.graph({
      entity: "producer",
      fields: [
        "id",
        "name",
        "status",
        "town",
        "postal_code",
        "shipping_profile.id",
        "stock_location.id",
        "stock_location.fulfillment_sets.type",
        "stock_location.fulfillment_sets.service_zones.id",
      ],
      filters: { id: input.producer_id },
    }),
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
  ])
  const producer = producers[0]
  if (!producer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Producer ${input.producer_id} was not found`)
  if (producer.status === "left") throw new MedusaError(MedusaError.Types.INVALID_DATA, "This business has left the network; it offers no pickup or delivery")
  const address = { address_1: input.street, city: producer.town as string, postal_code: (producer.postal_code ?? undefined) as string | undefined, country_code: "de" }
  const profileId = producer.shipping_profile?.id as string | undefined
  const locationId = producer.stock_location?.id as string | undefined
  if (!profileId || !locationId) {
    const salesChannelId = stores[0]?.default_sales_channel_id as string | undefined
    if (!salesChannelId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The shop has no sales channel yet")
    const setUp: SetUpProducerFulfilmentInput = {
      producer_id: producer.id,
      producer_name: producer.name,
      address,
      sales_channel_id: salesChannelId,
      offer: input.offer,
    }
    return new StepResponse<OfferChange>({ set_up: false, setUp, location_id: null, address, create: [], update: [], delete: [] })
  }
  const zoneOf = (kind: DeliveryKind) => {
    const set = (producer.stock_location.fulfillment_sets ?? []).find((s: any) => s.type === (kind === "pickup" ? "pickup" : "shipping"))
    const zone = set?.service_zones?.[0]?.id
    if (!zone) throw new MedusaError(MedusaError.Types.INVALID_DATA, `This producer's ${kind} cannot be set up here; the association can help`)
    return zone as string
  }
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id", "data"], filters: { shipping_profile_id: profileId } })
  const optionOf = (kind: DeliveryKind) => options.find((option: any) => option.data?.kind === kind) as { id: string } | undefined
  const wanted = offeredKinds(input.offer)
  return new StepResponse<OfferChange>({
    set_up: true,
    setUp: null,
    location_id: locationId,
    address,
    create: wanted.filter((kind) => !optionOf(kind)).map((kind) => shippingOptionInput(kind, input.offer, profileId, zoneOf(kind))),
    update: wanted
      .filter((kind) => optionOf(kind))
      .map((kind) => {
        const { service_zone_id: _zone, shipping_profile_id: _profile, provider_id: _provider, type: _type, ...changes } = shippingOptionInput(kind, input.offer, profileId, zoneOf(kind))
        return { id: optionOf(kind)!.id, ...changes }
      }),
    delete: DELIVERY_KINDS.filter((kind) => !wanted.includes(kind) && optionOf(kind)).map((kind) => optionOf(kind)!.id),
  })
})
