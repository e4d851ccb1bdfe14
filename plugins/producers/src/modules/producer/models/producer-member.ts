import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../vocabulary"

/**
 * A person of a producer's team with a login: Medusa's auth identity (actor type "producer",
 * `app_metadata.producer_id`) acts as the producer; this record says who it is and in which role.
 * One e-mail address belongs to one producer's team.
 */
const ProducerMember = model
  .define("producer_member", {
    id: model.id({ prefix: "pmem" }).primaryKey(),
    producer_id: model.text(),
    email: model.text(),
    role: model.enum([...MEMBER_ROLES]),
    auth_identity_id: model.text(),
  })
  .indexes([
    { on: ["producer_id"] },
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["auth_identity_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default ProducerMember
