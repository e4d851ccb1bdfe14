import type { OpeningHours, ProducerCraft } from "../../modules/producer"

export type CreateProducerInput = {
  handle: string
  name: string
  craft: ProducerCraft
  tagline?: string | null
  story: string
  town: string
  district: string
  street?: string | null
  postal_code?: string | null
  latitude: number
  longitude: number
  website?: string | null
  email?: string | null
  phone?: string | null
  opening_hours?: OpeningHours | null
  farm_shop?: boolean
  pickup?: boolean
}

/** A profile change: the fields given change, status and handle stay (they have their own ways). */
export type UpdateProducerInput = { id: string } & Partial<Omit<CreateProducerInput, "handle">>
