import { t, type Locale, type UiString } from "../../lib/i18n"

/** What the portal's pages say after a redirect, as carried in `?hinweis=`. */
const TEXTS = {
  angemeldet: "portalNoticeLoggedIn",
  willkommen: "portalNoticeWelcome",
  abgemeldet: "portalNoticeLoggedOut",
  abgelaufen: "portalNoticeExpired",
  "passwort-neu": "portalNoticePasswordSet",
  erledigt: "portalNoticeDone",
  eingeladen: "portalNoticeInvited",
  entfernt: "portalNoticeRemoved",
  zurueckgezogen: "portalNoticeWithdrawn",
  angefragt: "portalNoticeLinkDeclared",
  bestaetigt: "portalNoticeLinkConfirmed",
  abgelehnt: "portalNoticeLinkRejected",
  gespeichert: "portalNoticeProductSaved",
  veroeffentlicht: "portalNoticeProductPublished",
  offline: "portalNoticeProductOffline",
  versand: "portalNoticeDeliverySaved",
  auszahlung: "portalNoticePayoutSaved",
  eingereicht: "portalNoticeSubmittedForReview",
  fleisch: "portalNoticeMeatOriginSaved",
  "foto-neu": "portalNoticePhotoAdded",
  "foto-entfernt": "portalNoticePhotoRemoved",
  hauptfoto: "portalNoticePhotoMain",
  "nachweis-neu": "portalNoticeClaimFiled",
  beleg: "portalNoticeEvidenceUploaded",
  "groesse-neu": "portalNoticeSizeAdded",
  "groesse-entfernt": "portalNoticeSizeRemoved",
  "zutat-neu": "portalNoticeInputAdded",
  "zutat-entfernt": "portalNoticeInputRemoved",
  beitrag: "portalNoticePostCreated",
  "beitrag-geschlossen": "portalNoticePostClosed",
  "beitrag-offen": "portalNoticePostReopened",
  uebernommen: "portalNoticeOfferTakenUp",
  absatzweg: "portalNoticeOutletAdded",
  "absatzweg-entfernt": "portalNoticeOutletRemoved",
  fehler: "cartNoticeError",
} as const satisfies Record<string, UiString>

export type PortalNotice = keyof typeof TEXTS

export const readPortalNotice = (url: URL): PortalNotice | null => {
  const value = url.searchParams.get("hinweis")
  return value && Object.hasOwn(TEXTS, value) ? (value as PortalNotice) : null
}

export const portalNoticeText = (locale: Locale, notice: PortalNotice) => t(locale, TEXTS[notice])
