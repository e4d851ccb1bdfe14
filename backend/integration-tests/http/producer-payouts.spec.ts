import { join } from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { outcome } from "./helpers/http"
import { buildSmallNetwork, type SmallNetwork } from "./helpers/small-network"

const backendDir = join(__dirname, "..", "..")

/** A checksum-valid IBAN (the IBAN registry's German example). */
const IBAN = "DE89370400440532013000"

/**
 * How a producer is paid, from the portal: `GET/POST /producer/payout-details` — its bank account
 * (checked by the IBAN's length and check digits), VAT status and id, whether a payout run can pay
 * it — owner only for changes; and the payout run that pays by bank transfer only those whose bank
 * account is known. Against the real backend with the small network (shop paying by bank transfer).
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let network: SmallNetwork
    let staff: { headers: Record<string, string> }
    let mill: { headers: Record<string, string> }
    const ledger = () => getContainer().resolve("ledger") as any
    const accountOf = async (producerId: string) => (await ledger().listSellerAccounts({ producer_id: producerId }))[0] ?? null
    // Medusa's runner restores the database to the state after beforeAll before each test: each sets what it needs.
    const bakeryBankAccount = async () =>
      expect((await outcome(api.post("/producer/payout-details", { account_holder: "Backstube Muster", iban: IBAN }, network.bakery))).status).toBe(200)

    beforeAll(async () => {
      network = await buildSmallNetwork(getContainer(), api)
      const loginAs = async (producerId: string, email: string, password: string) => {
        await api.post(`/admin/producers/${producerId}/logins`, { email, password }, network.admin)
        return { headers: { authorization: `Bearer ${(await api.post("/auth/producer/emailpass", { email, password })).data.token}` } }
      }
      // A second member of the bakery, made staff (the team routes that invite staff are tested in producer-onboarding).
      staff = await loginAs(network.ids.bakery, "geselle@backstube.test", "geselle-passwort-1")
      const producers = getContainer().resolve("producer") as any
      const [member] = await producers.listProducerMembers({ email: "geselle@backstube.test" })
      await producers.updateProducerMembers({ id: member.id, role: "staff" })
      mill = await loginAs(network.ids.mill, "muehle@genussnetz.test", "muehle-passwort-1")
    })

    it("says what is missing before a producer can be paid, and lets its owner set bank account and VAT data", async () => {
      const { data: before } = await api.get("/producer/payout-details", network.bakery)
      expect(before.payout_details).toEqual({
        payout_method: "bank_transfer",
        vat_status: "standard",
        vat_id: null,
        account_holder: null,
        iban: null,
        stripe_connected: false,
        balances: [],
        missing_for_payout: ["account_holder", "iban"],
        ready_to_be_paid: false,
      })
      const saved = await outcome(
        api.post("/producer/payout-details", { account_holder: "Backstube Muster", iban: "de89 3704 0044 0532 0130 00", vat_status: "small_business", vat_id: "de123456789" }, network.bakery)
      )
      expect(saved.status, JSON.stringify(saved.data)).toBe(200)
      expect(saved.data.payout_details).toMatchObject({
        account_holder: "Backstube Muster",
        iban: IBAN,
        vat_status: "small_business",
        vat_id: "DE123456789",
        missing_for_payout: [],
        ready_to_be_paid: true,
      })
      expect(await accountOf(network.ids.bakery)).toMatchObject({ account_holder: "Backstube Muster", iban: IBAN, vat_id: "DE123456789", vat_status: "small_business" })
      // The association sees the same on its payee list.
      const { data: payees } = await api.get("/admin/seller-accounts?limit=100", network.admin)
      expect(payees.seller_accounts.find((payee: any) => payee.producer_id === network.ids.bakery)).toMatchObject({ iban: IBAN, ready_to_be_paid: true, missing_for_payout: [] })
      // The mill's details are its own.
      expect((await api.get("/producer/payout-details", mill)).data.payout_details).toMatchObject({ iban: null, ready_to_be_paid: false })
    })

    it("refuses a mistyped IBAN, a VAT id of no EU format and fields that are the association's with 400 naming the field, and changes nothing", async () => {
      await bakeryBankAccount()
      const stored = await accountOf(network.ids.bakery)
      expect(stored).toMatchObject({ iban: IBAN })
      const bad: [string, unknown, RegExp][] = [
        ["two digits swapped", { iban: "DE89370400440532010300" }, /iban has wrong check digits/],
        ["a digit short", { iban: "DE8937040044053201300" }, /iban must have 22 characters/],
        ["a country outside SEPA", { iban: "US64SVBKUS6S3300958879" }, /iban must be an IBAN of a SEPA country/],
        ["letters only", { iban: "Kontonummer" }, /iban must be an IBAN/],
        ["a German VAT id of eight digits", { vat_id: "DE12345678" }, /vat_id must be DE followed by nine digits/],
        ["an unknown VAT status", { vat_status: "exempt" }, /vat_status/],
        ["a holder of one letter", { account_holder: "B" }, /account_holder/],
        ["the commission, which is the association's", { commission_rate: 0 }, /commission_rate/],
        ["a Stripe account, which the association connects", { stripe_account_id: "acct_1Fremd" }, /stripe_account_id/],
        ["nothing", {}, /at least one/],
        ["a NUL byte", { account_holder: "Backstube\u0000Muster" }, /./],
      ]
      for (const [what, body, message] of bad) {
        const answer = await outcome(api.post("/producer/payout-details", body, network.bakery))
        expect(answer.status, what).toBe(400)
        expect(answer.data.message, what).toMatch(message)
      }
      expect(await accountOf(network.ids.bakery)).toEqual(stored)
    })

    it("shows staff that a bank account is set without the account, and refuses their changes with 403; no login, 401", async () => {
      await bakeryBankAccount()
      const { data } = await api.get("/producer/payout-details", staff)
      expect(data.payout_details).toMatchObject({ account_holder: "Backstube Muster", iban: "DE•• •••• 3000", ready_to_be_paid: true })
      const stored = await accountOf(network.ids.bakery)
      const refused = await outcome(api.post("/producer/payout-details", { iban: "AT611904300234573201" }, staff))
      expect(refused.status).toBe(403)
      expect(await accountOf(network.ids.bakery)).toEqual(stored)
      expect((await outcome(api.get("/producer/payout-details", { headers: {} }))).status).toBe(401)
      expect((await outcome(api.post("/producer/payout-details", { iban: IBAN }, { headers: {} }))).status).toBe(401)
      expect((await outcome(api.get("/producer/payout-details?iban=1", network.bakery))).status).toBe(400)
    })

    it("has no Stripe onboarding where the shop pays by bank transfer (400), and none for staff (403)", async () => {
      const refused = await outcome(api.post("/producer/stripe-onboarding", {}, network.bakery))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/bank transfer: Stripe Connect is not set up/)
      expect((await outcome(api.post("/producer/stripe-onboarding", {}, staff))).status).toBe(403)
      expect((await outcome(api.post("/producer/stripe-onboarding", { locale: "fr" }, network.bakery))).status).toBe(400)
      expect((await accountOf(network.ids.bakery))?.stripe_account_id ?? null).toBeNull()
    })

    it("pays by bank transfer only producers whose bank account is known; the others wait, saying why, until they give it", async () => {
      await bakeryBankAccount()
      const today = new Date().toISOString().slice(0, 10)
      const money = { goods_total: 20, goods_tax_total: 1.31, shipping_total: 0, shipping_tax_total: 0, commission_rate: 0.12, commission_total: 2.4, payout_total: 17.6 }
      for (const producerId of [network.ids.bakery, network.ids.mill]) {
        const [part] = await ledger().createOrderParts([{ order_id: `order_payout_${producerId}`, producer_id: producerId, currency_code: "eur", status: "delivered" }])
        await ledger().createLedgerEntries([{ ...money, kind: "sale", part_id: part.id }])
      }
      const { data: run } = await api.post("/admin/payouts", { until: today }, network.admin)
      expect(run.payouts.map((payout: any) => [payout.producer_id, payout.amount, payout.method])).toEqual([[network.ids.bakery, 17.6, "bank_transfer"]])
      expect(run.waiting).toEqual([{ producer_id: network.ids.mill, currency_code: "eur", amount: 17.6, reason: "no_bank_account" }])
      expect((await api.get("/producer/payout-details", mill)).data.payout_details).toMatchObject({ balances: [{ currency_code: "eur", due: 17.6 }], ready_to_be_paid: false })

      // The association types the mill's bank account from its paper form; the next run pays it.
      const typed = await outcome(api.post(`/admin/seller-accounts/${network.ids.mill}`, { account_holder: "Mühle Muster", iban: "AT61 1904 3002 3457 3201" }, network.admin))
      expect(typed.status, JSON.stringify(typed.data)).toBe(200)
      expect((await outcome(api.post(`/admin/seller-accounts/${network.ids.mill}`, { iban: "AT611904300234573202" }, network.admin))).status).toBe(400)
      const { data: next } = await api.post("/admin/payouts", { until: today }, network.admin)
      expect(next.payouts.map((payout: any) => [payout.producer_id, payout.amount])).toEqual([[network.ids.mill, 17.6]])
      expect(next.waiting).toEqual([])
    })
  },
})
