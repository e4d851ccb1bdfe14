import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { renderMail, sendMails, storefrontUrl, type OutgoingMail } from "@genussnetz/producers/mail"
import { loadOpenBoard } from "../board/load-board"
import { matchPosts } from "../board/matching"
import { CooperationEvents } from "../cooperation-events"

const PORTAL_BOARD = "/portal/kooperation"

/**
 * When a producer posts an offer or a need, the board suggests partners to both sides: the poster
 * gets one mail naming every post that matches (nearest first), and each matching post's producer
 * a mail naming the new one. German only, as the producers' other mails. Idempotency keys per
 * pair and side: the event delivered twice sends nothing more.
 */
export default async function cooperationMatchMails({ event, container }: SubscriberArgs<{ id: string }>) {
  const { posts, producers } = await loadOpenBoard(container)
  const post = posts.find((candidate) => candidate.id === event.data.id)
  if (!post) return
  const others = posts.filter((candidate) => candidate.kind !== post.kind)
  const matches = post.kind === "need" ? matchPosts([post], others, producers) : matchPosts(others, [post], producers)
  if (!matches.length) return
  const byId = new Map(posts.map((candidate) => [candidate.id, candidate]))
  const partnerOf = (match: (typeof matches)[number]) => byId.get(post.kind === "need" ? match.offer_id : match.need_id)!
  const kindWord = (kind: string) => (kind === "offer" ? "Angebot" : "Gesuch")
  const describe = (candidate: (typeof posts)[number]) => {
    const producer = producers.get(candidate.producer_id)!
    return `${kindWord(candidate.kind)} von ${producer.name} (${producer.town}): ${candidate.quantity} ${candidate.unit} ${candidate.material}`
  }
  const poster = producers.get(post.producer_id)!
  const mails: OutgoingMail[] = []
  if (poster.email) {
    mails.push({
      to: poster.email,
      template: "cooperation-matches",
      idempotency_key: `cooperation-matches:${post.id}`,
      content: renderMail({
        locale: "de",
        subject: `Kooperationsbörse: ${matches.length} passende${matches.length === 1 ? "s" : ""} ${post.kind === "need" ? "Angebot" : "Gesuch"}${matches.length === 1 ? "" : "e"} für ${post.material}`,
        blocks: [
          { kind: "paragraph", text: `Guten Tag ${poster.name},` },
          { kind: "paragraph", text: `zu Ihrem ${kindWord(post.kind)} „${post.material}“ passt in der Region:` },
          { kind: "lines", title: "Passende Betriebe", lines: matches.map((match) => `${describe(partnerOf(match))} – ${match.distance_km} km`) },
          { kind: "link", label: "Zur Kooperationsbörse", href: storefrontUrl(PORTAL_BOARD) },
        ],
      }),
      resource_type: "cooperation_post",
      resource_id: post.id,
      trigger_type: event.name,
    })
  }
  for (const match of matches) {
    const partner = partnerOf(match)
    const producer = producers.get(partner.producer_id)!
    if (!producer.email) continue
    mails.push({
      to: producer.email,
      template: "cooperation-match",
      idempotency_key: `cooperation-match:${partner.id}:${post.id}`,
      content: renderMail({
        locale: "de",
        subject: `Kooperationsbörse: ein neues ${kindWord(post.kind)} passt zu Ihrem ${kindWord(partner.kind)} ${partner.material}`,
        blocks: [
          { kind: "paragraph", text: `Guten Tag ${producer.name},` },
          { kind: "paragraph", text: `${describe(post)} – ${match.distance_km} km von Ihnen. Es passt zu Ihrem ${kindWord(partner.kind)} „${partner.material}“.` },
          { kind: "link", label: "Zur Kooperationsbörse", href: storefrontUrl(PORTAL_BOARD) },
        ],
      }),
      resource_type: "cooperation_post",
      resource_id: partner.id,
      trigger_type: event.name,
    })
  }
  await sendMails(container, mails)
}

export const config: SubscriberConfig = {
  event: CooperationEvents.POST_CREATED,
  context: { subscriberId: "genussnetz-cooperation-match-mails" },
}
