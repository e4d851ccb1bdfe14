import { mkdtempSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { PRODUCER_MODULE } from "@genussnetz/producers/modules/producer"
import { createProducersWorkflow } from "@genussnetz/producers/workflows"
import { createApiKeysWorkflow as createKeys } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type ProducerModuleService from "../../../plugins/producers/src/modules/producer/service"
import { readMails, type ParsedMail } from "./helpers/eml"
import { eventually, loginAssociationAdmin, outcome, type Headers } from "./helpers/http"

const backendDir = join(__dirname, "..", "..")
// Read when the app boots: the mail folder provider writes here, and the links point here.
const mailDir = mkdtempSync(join(tmpdir(), "genussnetz-mails-"))
process.env.MAIL_DIR = mailDir
const STOREFRONT = "https://shop.genussnetz.test"
process.env.STOREFRONT_URL = STOREFRONT

const application = {
  business_name: "Backstube Erfunden & Söhne",
  craft: "bakery",
  town: "Hollfeld",
  postal_code: "96142",
  contact_name: "Grete Erfunden",
  email: "Grete@Backstube.test",
  phone: "+49 9274 0000",
  about: "Wir backen Roggenbrot aus Mehl der Mühle nebenan, jeden Morgen ab drei Uhr.",
}
const placeOnMap = { district: "Landkreis Bayreuth", latitude: 49.9361, longitude: 11.2906 }

/**
 * The way into the producer portal, end to end over HTTP against the booted app: a business
 * applies → the association approves (or rejects with a reason) → the invitation mail's one-time
 * link → a password → a login on the producer's team; the owner invites staff, staff cannot change
 * the team, a removed member's token stops working; a password reset by mail. Mails are read back
 * from the mail folder as .eml files.
 */
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: Headers
    let admin: Headers

    beforeAll(async () => {
      const { result: keys } = await createKeys(getContainer()).run({
        input: { api_keys: [{ title: "Test-Shop", type: "publishable", created_by: "" }] },
      })
      store = { headers: { "x-publishable-api-key": keys[0].token } }
      admin = await loginAssociationAdmin(getContainer(), api)
    })

    const producers = () => getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE)
    const filesNow = () => new Set(readdirSync(mailDir))
    const mailsSince = (before: Set<string>) => readMails(mailDir).filter((mail) => !before.has(mail.file))
    async function awaitMail(before: Set<string>, to: string): Promise<ParsedMail> {
      const mails = await eventually(async () => mailsSince(before).filter((mail) => mail.headers.to === to), (mails) => mails.length > 0)
      return mails[mails.length - 1]
    }
    /** The token of the portal link a mail carries (invitation or password reset). */
    const linkToken = (mail: ParsedMail, pattern: RegExp) => {
      const match = mail.text.match(pattern)
      expect(match, mail.text).not.toBeNull()
      return decodeURIComponent(match![1])
    }
    const invitationToken = (mail: ParsedMail) => linkToken(mail, /\/portal\/(?:einladung|invitation)\/([A-Za-z0-9_%-]+)/)
    const login = async (email: string, password: string) => outcome(api.post("/auth/producer/emailpass", { email, password }))
    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

    /** Each application from a client address of its own: one address may send only a few an hour. */
    let applicants = 0
    const fromNewAddress = () => ({ headers: { ...store.headers, "x-forwarded-for": `192.0.2.${++applicants}` } })
    async function apply(body: object = application) {
      const before = filesNow()
      const { data } = await api.post("/store/producer-applications", body, fromNewAddress())
      return { id: data.application.id as string, before }
    }

    /** Applies, approves, accepts the owner's invitation; answers the owner's headers and ids. */
    async function onboardedOwner(password = "backstube-passwort-1") {
      const { id } = await apply()
      const before = filesNow()
      const { data } = await api.post(`/admin/producer-applications/${id}/approve`, placeOnMap, admin)
      const token = invitationToken(await awaitMail(before, "grete@backstube.test"))
      await api.post("/store/producer-invitations/accept", { token, password }, store)
      const { data: session } = await login("grete@backstube.test", password)
      return { producerId: data.producer.id as string, owner: bearer(session.token) }
    }

    it("takes an application from the public form, answers only its id and status, and sends the applicant a receipt", async () => {
      const { id, before } = await apply({ ...application, locale: "en" })
      expect(id).toMatch(/^papl_/)
      const receipt = await awaitMail(before, "grete@backstube.test")
      expect(receipt.headers.subject).toBe("Your application to genussnetz has arrived")
      expect(receipt.text).toContain("Backstube Erfunden & Söhne")

      const { data } = await api.get("/admin/producer-applications?status=pending", admin)
      expect(data.count).toBe(1)
      expect(data.producer_applications[0]).toMatchObject({ id, status: "pending", email: "grete@backstube.test", craft: "bakery", locale: "en" })
    })

    it("refuses bad applications with a 400 and a message, and records none of them", async () => {
      const bad: [string, object][] = [
        ["no business name", { ...application, business_name: "" }],
        ["an unknown craft", { ...application, craft: "bank" }],
        ["a postal code of four digits", { ...application, postal_code: "9614" }],
        ["no e-mail address", { ...application, email: "grete at backstube" }],
        ["a phone with letters", { ...application, phone: "call me" }],
        ["too little about the business", { ...application, about: "Brot." }],
        ["a field the form does not have", { ...application, status: "approved" }],
        ["a NUL byte", { ...application, town: "Holl\u0000feld" }],
      ]
      for (const [why, body] of bad) {
        const answer = await outcome(api.post("/store/producer-applications", body, store))
        expect(answer.status, why).toBe(400)
        expect(answer.data.message, why).toEqual(expect.any(String))
      }
      expect(await producers().listProducerApplications({})).toHaveLength(0)
    })

    it("takes five applications an hour from one client address, then answers 429 with Retry-After and writes nothing; other addresses still apply", async () => {
      const one = { headers: { ...store.headers, "x-forwarded-for": "198.51.100.7" } }
      for (let i = 1; i <= 5; i++) {
        expect((await outcome(api.post("/store/producer-applications", { ...application, email: `hof${i}@bewerbung.test` }, one))).status, `application ${i}`).toBe(201)
      }
      // The response itself, for its Retry-After header.
      const refused = await api.post("/store/producer-applications", { ...application, email: "hof6@bewerbung.test" }, one).catch((error: any) => error.response)
      expect(refused.status).toBe(429)
      expect(refused.data.message).toMatch(/Too many applications from this address: try again in 60 minutes/)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(3500)
      expect((await producers().listProducerApplications({ email: "hof6@bewerbung.test" })).length).toBe(0)
      expect((await outcome(api.post("/store/producer-applications", { ...application, email: "nachbar@bewerbung.test" }, fromNewAddress()))).status).toBe(201)
    })

    it("rejects with a reason the applicant is told; a decided application cannot be decided again", async () => {
      const { id } = await apply()
      expect((await outcome(api.post(`/admin/producer-applications/${id}/reject`, { reason: "kurz" }, admin))).status).toBe(400)
      const before = filesNow()
      const reason = "Wir nehmen derzeit nur Betriebe aus Oberfranken auf."
      const { data } = await api.post(`/admin/producer-applications/${id}/reject`, { reason }, admin)
      expect(data.producer_application).toMatchObject({ status: "rejected", rejection_reason: reason, producer_id: null })
      const answer = await awaitMail(before, "grete@backstube.test")
      expect(answer.headers.subject).toBe("Ihre Bewerbung bei genussnetz")
      expect(answer.text).toContain(reason)

      const again = await outcome(api.post(`/admin/producer-applications/${id}/approve`, placeOnMap, admin))
      expect(again.status).toBe(400)
      expect(again.data.message).toContain("already rejected")
      expect(await producers().listProducers({})).toHaveLength(0)
      expect((await outcome(api.post("/admin/producer-applications/papl_unknown/reject", { reason }, admin))).status).toBe(404)
    })

    it("approves once under a double click: one producer, one invitation whose link sets the password once and logs into the portal", async () => {
      const { id } = await apply()
      const before = filesNow()
      const answers = await Promise.all([1, 2].map(() => outcome(api.post(`/admin/producer-applications/${id}/approve`, placeOnMap, admin))))
      expect(answers.map((a) => a.status).sort()).toEqual([200, 400])
      const approved = answers.find((a) => a.status === 200)!.data
      expect(approved.producer).toMatchObject({ handle: "backstube-erfunden-soehne", name: application.business_name, craft: "bakery", status: "active" })
      expect(await producers().listProducers({})).toHaveLength(1)

      const mail = await awaitMail(before, "grete@backstube.test")
      expect(mail.headers.subject).toBe("Ihr Zugang zu genussnetz für Backstube Erfunden & Söhne")
      expect(mail.text).toContain(`${STOREFRONT}/portal/einladung/`)
      const token = invitationToken(mail)
      const stored = await producers().listProducerInvitations({})
      expect(stored).toHaveLength(1)
      expect(JSON.stringify(stored)).not.toContain(token)

      const { data: shown } = await api.get(`/store/producer-invitations/${token}`, store)
      expect(shown.invitation).toEqual({ email: "grete@backstube.test", role: "owner", expires_at: expect.any(String), producer: { name: application.business_name } })

      expect((await outcome(api.post("/store/producer-invitations/accept", { token, password: "kurz" }, store))).status).toBe(400)
      const accepts = await Promise.all([1, 2].map(() => outcome(api.post("/store/producer-invitations/accept", { token, password: "backstube-passwort-1" }, store))))
      expect(accepts.map((a) => a.status).sort()).toEqual([201, 404])
      expect((await outcome(api.get(`/store/producer-invitations/${token}`, store))).status).toBe(404)

      const session = await login("grete@backstube.test", "backstube-passwort-1")
      expect(session.status).toBe(200)
      const { data: me } = await api.get("/producer/me", bearer(session.data.token))
      expect(me.producer).toMatchObject({ id: approved.producer.id, name: application.business_name })
      expect(me.member).toMatchObject({ email: "grete@backstube.test", role: "owner" })
    })

    it("does not open expired, unknown or malformed invitation links", async () => {
      const { id } = await apply()
      const before = filesNow()
      await api.post(`/admin/producer-applications/${id}/approve`, placeOnMap, admin)
      const token = invitationToken(await awaitMail(before, "grete@backstube.test"))
      const [invitation] = await producers().listProducerInvitations({})
      await producers().updateProducerInvitations({ id: invitation.id, expires_at: new Date(Date.now() - 1000) })

      const expired = await outcome(api.post("/store/producer-invitations/accept", { token, password: "backstube-passwort-1" }, store))
      expect(expired.status).toBe(400)
      expect(expired.data.message).toContain("expired")
      expect((await login("grete@backstube.test", "backstube-passwort-1")).status).toBe(401)
      expect((await outcome(api.get(`/store/producer-invitations/${"A".repeat(43)}`, store))).status).toBe(404)
      expect((await outcome(api.get("/store/producer-invitations/%E0%A4%A", store))).status).toBeLessThan(500)
      expect((await outcome(api.post("/store/producer-invitations/accept", { token: "../../etc", password: "backstube-passwort-1" }, store))).status).toBe(400)
    })

    it("lets the owner invite staff, who may work but not change the team; a removed member's token stops at once; the last owner stays", async () => {
      const { producerId, owner } = await onboardedOwner()
      expect((await outcome(api.post("/producer/invitations", { email: "nicht-gueltig", role: "staff" }, owner))).status).toBe(400)
      expect((await outcome(api.post("/producer/invitations", { email: "geselle@backstube.test", role: "chef" }, owner))).status).toBe(400)
      expect((await outcome(api.post("/producer/invitations", { email: "grete@backstube.test", role: "staff" }, owner))).status).toBe(422)

      const before = filesNow()
      const { data: invited } = await api.post("/producer/invitations", { email: "geselle@backstube.test", role: "staff", locale: "en" }, owner)
      expect(invited.invitation).toMatchObject({ email: "geselle@backstube.test", role: "staff" })
      const mail = await awaitMail(before, "geselle@backstube.test")
      expect(mail.headers.subject).toBe("Your genussnetz access for Backstube Erfunden & Söhne")
      expect(mail.text).toContain(`${STOREFRONT}/en/portal/invitation/`)
      await api.post("/store/producer-invitations/accept", { token: invitationToken(mail), password: "geselle-passwort-1" }, store)
      const staff = bearer((await login("geselle@backstube.test", "geselle-passwort-1")).data.token)

      const { data: team } = await api.get("/producer/members", staff)
      expect(team.members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`)).toEqual(["grete@backstube.test:owner", "geselle@backstube.test:staff"])
      expect(team.invitations).toEqual([])
      const staffMember = team.members.find((m: { role: string }) => m.role === "staff")
      const ownerMember = team.members.find((m: { role: string }) => m.role === "owner")

      // Staff on the owner's routes: 403, nothing changed.
      const staffInvites = await outcome(api.post("/producer/invitations", { email: "lehrling@backstube.test", role: "staff" }, staff))
      expect(staffInvites.status).toBe(403)
      expect((await outcome(api.delete(`/producer/members/${ownerMember.id}`, staff))).status).toBe(403)
      expect(await producers().listProducerInvitations({ producer_id: producerId, accepted_at: null })).toHaveLength(0)
      expect(await producers().listProducerMembers({ producer_id: producerId })).toHaveLength(2)

      // The owner cannot leave the team without an owner.
      const lastOwner = await outcome(api.delete(`/producer/members/${ownerMember.id}`, owner))
      expect(lastOwner.status).toBe(400)
      expect(lastOwner.data.message).toContain("last owner")

      // The owner withdraws an open invitation: its link stops working.
      const later = filesNow()
      const { data: second } = await api.post("/producer/invitations", { email: "lehrling@backstube.test", role: "staff" }, owner)
      const secondToken = invitationToken(await awaitMail(later, "lehrling@backstube.test"))
      await api.delete(`/producer/invitations/${second.invitation.id}`, owner)
      expect((await outcome(api.get(`/store/producer-invitations/${secondToken}`, store))).status).toBe(404)

      // Removing staff ends its login at once, and its address can be invited again.
      expect((await api.get("/producer/me", staff)).status).toBe(200)
      await api.delete(`/producer/members/${staffMember.id}`, owner)
      expect((await outcome(api.get("/producer/me", staff))).status).toBe(401)
      expect((await login("geselle@backstube.test", "geselle-passwort-1")).status).toBe(401)
      expect((await outcome(api.post("/producer/invitations", { email: "geselle@backstube.test", role: "staff" }, owner))).status).toBe(201)
    })

    it("another producer's members and invitations are not found; anonymous, customer and admin tokens are refused", async () => {
      const { owner } = await onboardedOwner()
      const { result: [neighbour] } = await createProducersWorkflow(getContainer()).run({
        input: { producers: [{ handle: "nachbar", name: "Nachbarmühle", craft: "mill", story: "Erfunden.", town: "Hollfeld", ...placeOnMap }] },
      })
      const login = { email: "nachbar@muehle.test", password: "nachbar-passwort-1" }
      await api.post(`/admin/producers/${neighbour.id}/logins`, login, admin)
      const neighbourHeaders = bearer((await api.post("/auth/producer/emailpass", login)).data.token)
      const [neighbourMember] = await producers().listProducerMembers({ producer_id: neighbour.id })
      const { data: invitation } = await api.post("/producer/invitations", { email: "helfer@muehle.test", role: "staff" }, neighbourHeaders)

      expect((await outcome(api.delete(`/producer/members/${neighbourMember.id}`, owner))).status).toBe(404)
      expect((await outcome(api.delete(`/producer/invitations/${invitation.invitation.id}`, owner))).status).toBe(404)
      expect(await producers().listProducerMembers({ producer_id: neighbour.id })).toHaveLength(1)
      expect(await producers().listProducerInvitations({ producer_id: neighbour.id, accepted_at: null })).toHaveLength(1)

      expect((await outcome(api.get("/producer/members"))).status).toBe(401)
      expect((await outcome(api.get("/producer/members", admin))).status).toBe(401)
    })

    it("resets a forgotten password by mail, for members only; the new password replaces the old", async () => {
      await onboardedOwner("altes-passwort-123")
      const before = filesNow()
      expect((await api.post("/auth/producer/emailpass/reset-password", { identifier: "grete@backstube.test", metadata: { locale: "en" } })).status).toBe(201)
      // Unknown addresses get the same answer and no mail.
      expect((await api.post("/auth/producer/emailpass/reset-password", { identifier: "niemand@backstube.test" })).status).toBe(201)
      const mail = await awaitMail(before, "grete@backstube.test")
      expect(mail.headers.subject).toBe("A new password for your genussnetz producer portal")
      const token = linkToken(mail, /\/en\/portal\/new-password\?token=([^\s]+)/)

      expect((await outcome(api.post("/auth/producer/emailpass/update", { password: "kurz" }, bearer(token)))).status).toBe(400)
      expect((await outcome(api.post("/auth/producer/emailpass/update", { password: "neues-passwort-456" }, bearer("a.b.c")))).status).toBe(401)
      expect((await api.post("/auth/producer/emailpass/update", { password: "neues-passwort-456" }, bearer(token))).status).toBe(200)
      expect((await login("grete@backstube.test", "altes-passwort-123")).status).toBe(401)
      expect((await login("grete@backstube.test", "neues-passwort-456")).status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(mailsSince(before).filter((m) => m.headers.to === "niemand@backstube.test")).toEqual([])
    })
  },
})
