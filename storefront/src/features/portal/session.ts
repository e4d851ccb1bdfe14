import { tokenSession } from "../../lib/token-session"

/**
 * A producer team member's login in the portal: Medusa's producer JWT (from
 * `POST /auth/producer/emailpass`) in a cookie of its own, as the customer's login is kept
 * (lib/token-session.ts). A shopper's token never opens the portal, nor a producer's the account.
 */
export const PRODUCER_COOKIE = "gn_producer"

export const producerSession = tokenSession(PRODUCER_COOKIE, "producer")
