import Stripe from "stripe"

/**
 * Stripe Connect's "separate charges and transfers", as far as payouts need it: the shoppers
 * pay the association (the merchant of record, Medusa's Stripe provider), and a payout moves a
 * producer's share from the association's Stripe balance to the producer's connected account.
 * Every call carries the payout's id as idempotency key, so a retried run (a timeout, a restart)
 * never transfers twice: Stripe answers the first transfer again.
 */
export class StripeConnect {
  private readonly stripe: Stripe

  constructor(apiKey: string) {
    this.stripe = new Stripe(apiKey, { maxNetworkRetries: 2, appInfo: { name: "genussnetz marketplace payouts" } })
  }

  /** Stripe counts money in the currency's smallest unit (cents for EUR). */
  private static minorUnits(amount: number) {
    return Math.round(amount * 100)
  }

  async transfer(payout: { id: string; amount: number; currency_code: string; producer_id: string }, destination: string) {
    const transfer = await this.stripe.transfers.create(
      {
        amount: StripeConnect.minorUnits(payout.amount),
        currency: payout.currency_code.toLowerCase(),
        destination,
        transfer_group: payout.id,
        description: `genussnetz Auszahlung ${payout.id}`,
        metadata: { payout_id: payout.id, producer_id: payout.producer_id },
      },
      { idempotencyKey: `payout-${payout.id}` }
    )
    return { transfer_id: transfer.id }
  }

  /** The transfer a payout made, found by its transfer group (the payout's id), or undefined. */
  async transferOf(payoutId: string): Promise<string | undefined> {
    const { data } = await this.stripe.transfers.list({ transfer_group: payoutId, limit: 1 })
    return data[0]?.id
  }

  /**
   * A connected account for a producer, where Stripe keeps its bank account and identity checks
   * (Express: Stripe's own onboarding pages, Stripe's dashboard for the producer). Created once per
   * producer: the producer's id is the idempotency key.
   */
  async createAccount(producer: { id: string; name: string; email: string | null }) {
    const account = await this.stripe.accounts.create(
      {
        type: "express",
        country: "DE",
        email: producer.email ?? undefined,
        business_profile: { name: producer.name },
        capabilities: { transfers: { requested: true } },
        metadata: { producer_id: producer.id },
      },
      { idempotencyKey: `connected-account-${producer.id}` }
    )
    return account.id
  }

  /** Removes an account made for a producer whose onboarding could not be started (nothing was entered in it yet). */
  async deleteAccount(accountId: string) {
    await this.stripe.accounts.del(accountId)
  }

  /**
   * A one-time link into Stripe's onboarding for the account (it expires within minutes; the
   * refresh url asks for a new one). Stripe sends the producer back to `returnUrl` when done.
   */
  async onboardingLink(accountId: string, urls: { returnUrl: string; refreshUrl: string }) {
    const link = await this.stripe.accountLinks.create({
      account: accountId,
      type: "account_onboarding",
      return_url: urls.returnUrl,
      refresh_url: urls.refreshUrl,
    })
    return { url: link.url, expires_at: new Date(link.expires_at * 1000) }
  }

  async reverse(transferId: string, payoutId: string) {
    await this.stripe.transfers.createReversal(transferId, { metadata: { payout_id: payoutId } }, { idempotencyKey: `payout-reversal-${payoutId}` })
  }
}
