/**
 * The storefront's languages: German at "/", English under "/en/". Every UI string and
 * every localized path lives here, so pages never spell a URL or a label themselves.
 */
// The plugin's vocabulary, as types only (nothing of the plugin runs here): every craft, step,
// status and species it can send must have a label in both languages, or this file does not compile.
import type { ProducerCraft } from "@genussnetz/producers/http"
import type { ClaimState, MeatSpecies, ProcessingStep, SupplyLinkStatus } from "@genussnetz/provenance/http"

export const LOCALES = ["de", "en"] as const
export type Locale = (typeof LOCALES)[number]

/** Medusa's Translation Module works with full locale codes. */
export const MEDUSA_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" }
export const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", en: "en-GB" }

type Route =
  | "home"
  | "products"
  | "product"
  | "producers"
  | "producer"
  | "cart"
  | "checkout"
  | "checkoutStep"
  | "order"
  | "terms"
  | "privacy"
  | "withdrawal"

const ROUTES: Record<Locale, Record<Route, string>> = {
  de: {
    home: "/", products: "/produkte", product: "/produkte/", producers: "/produzenten", producer: "/produzenten/", cart: "/warenkorb",
    checkout: "/kasse", checkoutStep: "/kasse/", order: "/bestellung/", terms: "/agb", privacy: "/datenschutz", withdrawal: "/widerruf",
  },
  en: {
    home: "/en/", products: "/en/products", product: "/en/products/", producers: "/en/producers", producer: "/en/producers/", cart: "/en/cart",
    checkout: "/en/checkout", checkoutStep: "/en/checkout/", order: "/en/order/", terms: "/en/terms", privacy: "/en/privacy", withdrawal: "/en/withdrawal",
  },
}

/** The checkout's steps in order; each has a page under the checkout's path. */
export const CHECKOUT_STEPS = ["address", "delivery", "payment", "review"] as const
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

const CHECKOUT_STEP_SLUGS: Record<Locale, Record<CheckoutStep, string>> = {
  de: { address: "adresse", delivery: "lieferung", payment: "zahlung", review: "pruefen" },
  en: { address: "address", delivery: "delivery", payment: "payment", review: "review" },
}

/** The page of a checkout step, e.g. `/kasse/lieferung`. */
export const checkoutPath = (locale: Locale, step: CheckoutStep) => pathTo(locale, "checkoutStep", CHECKOUT_STEP_SLUGS[locale][step])

/** The step a path segment names in that language, or null. */
export const checkoutStepOf = (locale: Locale, slug: string | undefined): CheckoutStep | null =>
  CHECKOUT_STEPS.find((step) => CHECKOUT_STEP_SLUGS[locale][step] === slug) ?? null

export function pathTo(locale: Locale, route: Route, handle?: string): string {
  const base = ROUTES[locale][route]
  return handle ? `${base}${encodeURIComponent(handle)}` : base
}

/** The language of a path: English under "/en/", German everywhere else. */
export const localeOfPath = (pathname: string): Locale => (pathname === "/en" || pathname.startsWith("/en/") ? "en" : "de")

/** The same page in every language, for hreflang links and the language switch. */
export function alternates(route: Route, handle?: string): Record<Locale, string> {
  return { de: pathTo("de", route, handle), en: pathTo("en", route, handle) }
}

const CRAFTS = {
  de: {
    farm: "Hof", mill: "Mühle", maltster: "Mälzerei", bakery: "Bäckerei", butchery: "Metzgerei",
    slaughterhouse: "Schlachtung", brewery: "Brauerei", dairy: "Käserei", apiary: "Imkerei",
    distillery: "Brennerei", fishery: "Fischzucht", restaurant: "Wirtshaus",
  },
  en: {
    farm: "Farm", mill: "Mill", maltster: "Malt house", bakery: "Bakery", butchery: "Butcher",
    slaughterhouse: "Slaughterhouse", brewery: "Brewery", dairy: "Dairy", apiary: "Apiary",
    distillery: "Distillery", fishery: "Fish farm", restaurant: "Inn",
  },
} as const satisfies Record<Locale, Record<ProducerCraft, string>>

export type Craft = ProducerCraft

export function craftLabel(locale: Locale, craft: string): string {
  return (CRAFTS[locale] as Record<string, string>)[craft] ?? craft
}

export const CRAFT_KEYS = Object.keys(CRAFTS.de) as Craft[]

const WEEKDAYS: Record<Locale, string[]> = {
  de: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
export const weekday = (locale: Locale, isoDay: number) => WEEKDAYS[locale][isoDay - 1] ?? ""

/** Labels of the provenance vocabulary (the plugin's codes → words). */
const VOCABULARY = {
  de: {
    step: {
      grow: "Anbau", raise: "Aufzucht", harvest: "Ernte", press: "Pressen", mill: "Mahlen", malt: "Mälzen",
      slaughter: "Schlachtung", cut: "Zerlegen & Verarbeiten", cure: "Pökeln", smoke: "Räuchern", bake: "Backen",
      brew: "Brauen", distill: "Brennen", cheese_make: "Käsen", churn: "Buttern", ferment: "Säuern",
      extract_honey: "Honiggewinnung", cook: "Kochen", preserve: "Abfüllen",
    },
    status: {
      declared: "angegeben", confirmed: "vom Lieferanten bestätigt", verified: "vom Verband geprüft",
      expired: "abgelaufen", rejected: "abgelehnt",
    },
    claim: { valid: "gültig", pending: "angegeben, noch nicht geprüft", expired: "abgelaufen", not_yet_valid: "noch nicht gültig" },
    species: { pig: "Schwein", sheep: "Schaf", goat: "Ziege", poultry: "Geflügel", beef: "Rind" },
  },
  en: {
    step: {
      grow: "Growing", raise: "Rearing", harvest: "Harvest", press: "Pressing", mill: "Milling", malt: "Malting",
      slaughter: "Slaughter", cut: "Cutting & processing", cure: "Curing", smoke: "Smoking", bake: "Baking",
      brew: "Brewing", distill: "Distilling", cheese_make: "Cheese-making", churn: "Churning", ferment: "Fermenting",
      extract_honey: "Honey extraction", cook: "Cooking", preserve: "Bottling",
    },
    status: {
      declared: "declared", confirmed: "confirmed by the supplier", verified: "verified by the association",
      expired: "expired", rejected: "rejected",
    },
    claim: { valid: "valid", pending: "claimed, not yet verified", expired: "expired", not_yet_valid: "not yet valid" },
    species: { pig: "pig", sheep: "sheep", goat: "goat", poultry: "poultry", beef: "beef" },
  },
} as const satisfies Record<
  Locale,
  {
    step: Record<ProcessingStep, string>
    status: Record<SupplyLinkStatus, string>
    claim: Record<ClaimState, string>
    species: Record<MeatSpecies, string>
  }
>

export function vocabulary(locale: Locale, group: keyof (typeof VOCABULARY)["de"], code: string): string {
  return (VOCABULARY[locale][group] as Record<string, string>)[code] ?? code
}

const STRINGS = {
  de: {
    siteName: "genussnetz",
    tagline: "Genuss aus Oberfranken – direkt von Höfen, Mühlen, Bäckereien und Brauereien",
    navProducts: "Produkte",
    navProducers: "Produzenten",
    skipToContent: "Zum Inhalt springen",
    switchLanguage: "English",
    switchLanguageLabel: "Diese Seite auf Englisch",
    homeIntro:
      "Kaufen Sie regionale Spezialitäten von vielen Erzeugern in einem Warenkorb – und sehen Sie bei jedem Produkt, wer daran mitgearbeitet hat.",
    featuredProducers: "Erzeuger aus der Region",
    newProducts: "Frisch im Sortiment",
    inSeason: "Jetzt in Saison",
    allProducts: "Alle Produkte",
    allProducers: "Alle Produzenten",
    byCraft: "Nach Handwerk",
    from: "ab",
    vatNote: "inkl. MwSt., zzgl. Versand",
    perUnit: "Grundpreis",
    madeBy: "Hergestellt von",
    aboutProducer: "Über den Betrieb",
    productsOfProducer: "Produkte dieses Betriebs",
    variants: "Ausführungen",
    inStock: "auf Lager",
    outOfStock: "ausverkauft",
    farmShop: "Hofladen",
    pickup: "Abholung möglich",
    producerPaused: "Macht gerade Pause",
    openingHours: "Öffnungszeiten",
    website: "Website",
    page: "Seite",
    previous: "Zurück",
    next: "Weiter",
    productsCount: "Produkte",
    producersCount: "Produzenten",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Diese Seite gibt es nicht (mehr). Vielleicht finden Sie im Sortiment, was Sie suchen.",
    badRequestTitle: "Ungültige Anfrage",
    badRequestText: "Diese Adresse enthält Zeichen, die wir nicht lesen können. Bitte prüfen Sie den Link oder suchen Sie im Sortiment.",
    serverErrorTitle: "Das hat nicht geklappt",
    serverErrorText: "Diese Seite kann gerade nicht angezeigt werden. Bitte versuchen Sie es in einem Moment noch einmal.",
    allCategories: "Alle Kategorien",
    category: "Kategorie",
    filter: "Anzeigen",
    noProducts: "Keine Produkte gefunden.",
    footer: "genussnetz – der Marktplatz der Genussregion Oberfranken. Alle Betriebe und Texte im Demo-Bestand sind erfunden.",
    chainTitle: "Woher es kommt",
    chainIntro: "Jeder Schritt vom Hof bis hierher. Durchgezogene Linien sind bestätigt, gestrichelte nur angegeben.",
    chainAsList: "Die Kette als Liste",
    chainGraphLabel: "Herkunftskette als Grafik",
    chainFrom: "von",
    chainInto: "für",
    figureDepth: "Verarbeitungsstufen",
    figureFarms: "Höfe",
    figureFoodKm: "Lebensmittel-Kilometer",
    figureRegional: "aus der Region",
    figureProven: "belegt",
    legendProven: "bestätigt oder geprüft",
    legendDeclared: "nur angegeben",
    legendExpired: "abgelaufen",
    claimsTitle: "Nachweise",
    claimIssuer: "ausgestellt von",
    claimUntil: "gültig bis",
    meatOriginTitle: "Herkunft des Fleisches",
    bornIn: "Geboren in",
    rearedIn: "Aufgezogen in",
    slaughteredIn: "Geschlachtet in",
    approvalNumber: "Zulassungsnummer des Schlachtbetriebs",
    referenceNumber: "Referenznummer",
    mapTitle: "Die Betriebe der Kette",
    producersMapTitle: "Die Betriebe auf der Karte",
    chainProducts: "Aus derselben Kette",
    byTown: "Nach Ort",
    suppliersTitle: "Bezieht von",
    customersTitle: "Liefert an",
    filterCraft: "Handwerk",
    filterTown: "Ort",
    filterRadius: "Umkreis",
    filterInTown: "nur im Ort",
    filterClaim: "Nachweis",
    filterAll: "alle",
    filterBio: "Bio",
    filterRegional: "Regional geprüft",
    filterCraftSlaughter: "Handwerkliche Schlachtung",
    filterPgi: "Geschützte Herkunft (g.g.A./g.U.)",
    sortBy: "Sortierung",
    sortName: "Name",
    sortNewest: "Neueste",
    pictures: "Bilder",
    picture: "Bild",
    showPicture: "Bild zeigen",
    sortPriceUp: "Preis aufsteigend",
    sortPriceDown: "Preis absteigend",
    search: "Suche",
    searchPlaceholder: "z. B. Bier, Honig, Bamberg",
    priceFrom: "Preis ab (€)",
    priceTo: "Preis bis (€)",
    inStockOnly: "nur verfügbare",
    navCart: "Warenkorb",
    cartTitle: "Warenkorb",
    cartEmpty: "Ihr Warenkorb ist leer.",
    cartTotal: "Summe",
    subtotalFrom: "Zwischensumme",
    quantity: "Menge",
    update: "Ändern",
    remove: "Entfernen",
    addToCart: "In den Warenkorb",
    cartNoticeStock: "So viel ist leider nicht mehr auf Lager.",
    lineOnlyLeft: "Nur noch {n} verfügbar – bitte die Menge anpassen.",
    lineSoldOut: "Inzwischen ausverkauft – bitte entfernen.",
    cartNoticeError: "Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.",
    cartNoticeInvalid: "Diese Eingabe war ungültig.",
    sortRelevance: "Relevanz",
    searchResultsFor: "Ergebnisse für „{q}“",
    siteSearch: "Im Shop suchen",
    siteSearchPlaceholder: "Produkte, Produzenten, Kategorien",
    siteSearchSubmit: "Suchen",
    suggestions: "Vorschläge",
    suggestionsProducts: "Produkte",
    suggestionsProducers: "Produzenten",
    suggestionsCategories: "Kategorien",
    suggestionsNone: "Keine Vorschläge",
    suggestionsOne: "1 Vorschlag, mit den Pfeiltasten wählen",
    suggestionsMany: "{n} Vorschläge, mit den Pfeiltasten wählen",
    checkoutTitle: "Kasse",
    toCheckout: "Zur Kasse",
    checkoutSteps: "Schritte der Bestellung",
    stepAddress: "Adresse",
    stepDelivery: "Lieferung",
    stepPayment: "Zahlung",
    stepReview: "Prüfen",
    stepCurrent: "aktueller Schritt",
    stepCompleted: "erledigt",
    addressTitle: "Ihre Adresse",
    addressIntro: "Wohin sollen die Waren? Die Lieferadresse gilt auch als Rechnungsadresse.",
    fieldEmail: "E-Mail-Adresse",
    fieldFirstName: "Vorname",
    fieldLastName: "Nachname",
    fieldStreet: "Straße und Hausnummer",
    fieldPostalCode: "Postleitzahl",
    fieldCity: "Ort",
    fieldCountry: "Land",
    countryGermany: "Deutschland",
    countryNote: "Wir liefern nur innerhalb Deutschlands.",
    errorRequired: "Bitte ausfüllen.",
    errorEmail: "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.",
    errorPostalCode: "Bitte eine deutsche Postleitzahl mit fünf Ziffern angeben, z. B. 96047.",
    errorTooLong: "Dieser Eintrag ist zu lang.",
    errorCharacters: "Dieser Eintrag enthält Zeichen, die wir nicht annehmen können.",
    formHasErrors: "Bitte prüfen Sie die markierten Felder.",
    continueToDelivery: "Weiter zur Lieferung",
    continueToPayment: "Weiter zur Zahlung",
    continueToReview: "Weiter zur Prüfung",
    deliveryTitle: "Lieferung",
    deliveryIntro: "Jeder Betrieb gibt seine Waren selbst auf den Weg. Bitte wählen Sie für jeden, wie sie zu Ihnen kommen.",
    deliveryFrom: "Lieferung von {name}",
    deliveryUnknownProducer: "weiteren Betrieben",
    deliveryNone: "Für diese Waren gibt es an Ihre Adresse leider keine Liefermöglichkeit. Bitte ändern Sie die Adresse oder entfernen Sie diese Waren aus dem Warenkorb.",
    deliveryBlocked: "Solange ein Betrieb nicht an Ihre Adresse liefern kann, können Sie nicht weiter.",
    deliveryChoose: "Bitte wählen Sie eine Lieferart.",
    changeAddress: "Adresse ändern",
    backToCart: "Zurück zum Warenkorb",
    pickupAt: "Abholung bei",
    pickupHours: "Abholzeiten",
    minimumOrder: "Mindestbestellwert {amount}",
    free: "kostenlos",
    paymentTitle: "Zahlung",
    paymentMethod: "Zahlungsart",
    paymentSystem: "Testzahlung (ohne echte Zahlung)",
    paymentStripe: "Karte, Wallet oder Lastschrift (Stripe)",
    paymentNone: "Für diesen Warenkorb ist gerade keine Zahlungsart verfügbar. Bitte versuchen Sie es später noch einmal.",
    paymentChoose: "Bitte wählen Sie eine Zahlungsart.",
    reviewTitle: "Bestellung prüfen",
    reviewItems: "Ihre Waren",
    reviewAddress: "Lieferadresse",
    reviewEmail: "E-Mail",
    reviewDelivery: "Lieferung",
    reviewPayment: "Zahlungsart",
    change: "ändern",
    itemsSubtotal: "Waren",
    shippingTotal: "Versand und Lieferung",
    orderTotal: "Gesamtsumme",
    vatIncluded: "inkl. MwSt.",
    legalTitle: "Rechtliches",
    legalIntro: "Mit Ihrer Bestellung gelten diese Bedingungen:",
    termsTitle: "Allgemeine Geschäftsbedingungen (AGB)",
    privacyTitle: "Datenschutzerklärung",
    withdrawalTitle: "Widerrufsbelehrung",
    withdrawalPerishable: "Für schnell verderbliche Lebensmittel besteht kein Widerrufsrecht (§ 312g Abs. 2 Nr. 2 BGB).",
    placeOrder: "Zahlungspflichtig bestellen",
    checkoutNoticeStock: "Während Sie bestellt haben, ist etwas ausverkauft. Es wurde nichts bestellt oder berechnet – bitte passen Sie den Warenkorb an.",
    checkoutNoticeRetry: "Ihre Bestellung konnte gerade nicht abgeschlossen werden. Es wurde nichts berechnet – bitte versuchen Sie es noch einmal.",
    checkoutNoticePayment: "Die Zahlung wurde nicht bestätigt. Es wurde nichts bestellt – bitte wählen Sie die Zahlungsart noch einmal.",
    checkoutNoticeDelivery: "Die Lieferung hat sich geändert – bitte wählen Sie noch einmal.",
    orderTitle: "Vielen Dank für Ihre Bestellung",
    orderNumber: "Bestellnummer",
    orderEmail: "Eine Bestätigung geht an {email}.",
    orderDelivery: "Lieferung",
    legalPlaceholder: "Platzhalter: Dieser Text ist für den Demo-Shop erfunden und kein Rechtstext.",
    termsText: "Hier stehen später die Allgemeinen Geschäftsbedingungen des Marktplatzes: wer Verkäufer ist (der jeweilige Betrieb), wie ein Vertrag zustande kommt, Preise inkl. MwSt., Lieferung und Abholung je Betrieb, Zahlung.",
    privacyText: "Hier steht später, welche Daten der Shop verarbeitet (z. B. Name, Adresse und E-Mail für die Bestellung), wozu, wie lange und welche Rechte Sie haben.",
    withdrawalText: "Hier steht später die Widerrufsbelehrung: wie Sie einen Kauf innerhalb von 14 Tagen widerrufen können, an wen der Widerruf geht und wie die Rücksendung abläuft.",
  },
  en: {
    siteName: "genussnetz",
    tagline: "Flavours of Upper Franconia – straight from farms, mills, bakeries and breweries",
    navProducts: "Products",
    navProducers: "Producers",
    skipToContent: "Skip to content",
    switchLanguage: "Deutsch",
    switchLanguageLabel: "This page in German",
    homeIntro:
      "Buy regional specialities from many producers in one cart – and see for every product who had a hand in it.",
    featuredProducers: "Producers of the region",
    newProducts: "New in the shop",
    inSeason: "In season now",
    allProducts: "All products",
    allProducers: "All producers",
    byCraft: "By craft",
    from: "from",
    vatNote: "incl. VAT, plus shipping",
    perUnit: "Unit price",
    madeBy: "Made by",
    aboutProducer: "About the business",
    productsOfProducer: "Products of this business",
    variants: "Options",
    inStock: "in stock",
    outOfStock: "sold out",
    farmShop: "Farm shop",
    pickup: "Pickup available",
    producerPaused: "Taking a break",
    openingHours: "Opening hours",
    website: "Website",
    page: "Page",
    previous: "Previous",
    next: "Next",
    productsCount: "products",
    producersCount: "producers",
    notFoundTitle: "Page not found",
    notFoundText: "This page does not exist (any more). Perhaps you will find what you are looking for in the shop.",
    badRequestTitle: "Bad request",
    badRequestText: "This address contains characters we cannot read. Please check the link or search the shop.",
    serverErrorTitle: "Something went wrong",
    serverErrorText: "This page cannot be shown right now. Please try again in a moment.",
    allCategories: "All categories",
    category: "Category",
    filter: "Show",
    noProducts: "No products found.",
    footer: "genussnetz – the marketplace of the Upper Franconian food region. All businesses and texts in the demo data are invented.",
    chainTitle: "Where it comes from",
    chainIntro: "Every step from the farm to here. Solid lines are confirmed, dashed ones only declared.",
    chainAsList: "The chain as a list",
    chainGraphLabel: "Provenance chain as a graph",
    chainFrom: "from",
    chainInto: "for",
    figureDepth: "processing steps",
    figureFarms: "farms",
    figureFoodKm: "food kilometres",
    figureRegional: "from the region",
    figureProven: "proven",
    legendProven: "confirmed or verified",
    legendDeclared: "declared only",
    legendExpired: "expired",
    claimsTitle: "Certificates and claims",
    claimIssuer: "issued by",
    claimUntil: "valid until",
    meatOriginTitle: "Origin of the meat",
    bornIn: "Born in",
    rearedIn: "Reared in",
    slaughteredIn: "Slaughtered in",
    approvalNumber: "Slaughterhouse approval number",
    referenceNumber: "Reference number",
    mapTitle: "The businesses of the chain",
    producersMapTitle: "The businesses on the map",
    chainProducts: "From the same chain",
    byTown: "By town",
    suppliersTitle: "Sources from",
    customersTitle: "Supplies",
    filterCraft: "Craft",
    filterTown: "Town",
    filterRadius: "Radius",
    filterInTown: "in town only",
    filterClaim: "Certificate",
    filterAll: "all",
    filterBio: "Organic",
    filterRegional: "Regionally verified",
    filterCraftSlaughter: "Craft slaughter",
    filterPgi: "Protected origin (PGI/PDO)",
    sortBy: "Sort by",
    sortName: "Name",
    sortNewest: "Newest",
    pictures: "Pictures",
    picture: "picture",
    showPicture: "Show picture",
    sortPriceUp: "Price, low to high",
    sortPriceDown: "Price, high to low",
    search: "Search",
    searchPlaceholder: "e.g. Bier, honey, Bamberg",
    priceFrom: "Price from (€)",
    priceTo: "Price up to (€)",
    inStockOnly: "in stock only",
    navCart: "Cart",
    cartTitle: "Cart",
    cartEmpty: "Your cart is empty.",
    cartTotal: "Total",
    subtotalFrom: "Subtotal",
    quantity: "Quantity",
    update: "Update",
    remove: "Remove",
    addToCart: "Add to cart",
    cartNoticeStock: "Sorry, not that many are in stock any more.",
    lineOnlyLeft: "Only {n} left – please change the quantity.",
    lineSoldOut: "Sold out in the meantime – please remove it.",
    cartNoticeError: "That did not work. Please try again.",
    cartNoticeInvalid: "That input was not valid.",
    sortRelevance: "Relevance",
    searchResultsFor: "Results for “{q}”",
    siteSearch: "Search the shop",
    siteSearchPlaceholder: "Products, producers, categories",
    siteSearchSubmit: "Search",
    suggestions: "Suggestions",
    suggestionsProducts: "Products",
    suggestionsProducers: "Producers",
    suggestionsCategories: "Categories",
    suggestionsNone: "No suggestions",
    suggestionsOne: "1 suggestion, choose with the arrow keys",
    suggestionsMany: "{n} suggestions, choose with the arrow keys",
    checkoutTitle: "Checkout",
    toCheckout: "Go to checkout",
    checkoutSteps: "Checkout steps",
    stepAddress: "Address",
    stepDelivery: "Delivery",
    stepPayment: "Payment",
    stepReview: "Review",
    stepCurrent: "current step",
    stepCompleted: "done",
    addressTitle: "Your address",
    addressIntro: "Where should your goods go? The delivery address is used as the billing address too.",
    fieldEmail: "Email address",
    fieldFirstName: "First name",
    fieldLastName: "Last name",
    fieldStreet: "Street and house number",
    fieldPostalCode: "Postcode",
    fieldCity: "Town or city",
    fieldCountry: "Country",
    countryGermany: "Germany",
    countryNote: "We deliver within Germany only.",
    errorRequired: "Please fill this in.",
    errorEmail: "Please enter a valid email address, e.g. name@example.com.",
    errorPostalCode: "Please enter a German postcode of five digits, e.g. 96047.",
    errorTooLong: "This entry is too long.",
    errorCharacters: "This entry contains characters we cannot accept.",
    formHasErrors: "Please check the marked fields.",
    continueToDelivery: "Continue to delivery",
    continueToPayment: "Continue to payment",
    continueToReview: "Continue to review",
    deliveryTitle: "Delivery",
    deliveryIntro: "Each business sends its goods itself. Please choose for each how they reach you.",
    deliveryFrom: "Delivery from {name}",
    deliveryUnknownProducer: "other businesses",
    deliveryNone: "Sorry, these goods cannot be delivered to your address. Please change the address or remove these goods from the cart.",
    deliveryBlocked: "You cannot continue while a business cannot deliver to your address.",
    deliveryChoose: "Please choose a delivery method.",
    changeAddress: "Change address",
    backToCart: "Back to the cart",
    pickupAt: "Pickup at",
    pickupHours: "Pickup hours",
    minimumOrder: "Minimum order {amount}",
    free: "free",
    paymentTitle: "Payment",
    paymentMethod: "Payment method",
    paymentSystem: "Test payment (no real charge)",
    paymentStripe: "Card, wallet or direct debit (Stripe)",
    paymentNone: "No payment method is available for this cart right now. Please try again later.",
    paymentChoose: "Please choose a payment method.",
    reviewTitle: "Review your order",
    reviewItems: "Your goods",
    reviewAddress: "Delivery address",
    reviewEmail: "Email",
    reviewDelivery: "Delivery",
    reviewPayment: "Payment method",
    change: "change",
    itemsSubtotal: "Goods",
    shippingTotal: "Shipping and delivery",
    orderTotal: "Total",
    vatIncluded: "incl. VAT",
    legalTitle: "Legal",
    legalIntro: "These terms apply to your order:",
    termsTitle: "Terms and conditions",
    privacyTitle: "Privacy policy",
    withdrawalTitle: "Right of withdrawal",
    withdrawalPerishable: "There is no right of withdrawal for food that spoils quickly (§ 312g (2) no. 2 BGB).",
    placeOrder: "Place order and pay",
    checkoutNoticeStock: "Something sold out while you were ordering. Nothing was ordered or charged – please adjust your cart.",
    checkoutNoticeRetry: "Your order could not be completed just now. Nothing was charged – please try again.",
    checkoutNoticePayment: "The payment was not confirmed. Nothing was ordered – please choose the payment method again.",
    checkoutNoticeDelivery: "The delivery options have changed – please choose again.",
    orderTitle: "Thank you for your order",
    orderNumber: "Order number",
    orderEmail: "A confirmation goes to {email}.",
    orderDelivery: "Delivery",
    legalPlaceholder: "Placeholder: this text is invented for the demo shop and is not a legal text.",
    termsText: "The marketplace's terms and conditions will stand here: who the seller is (each business), how a contract is made, prices incl. VAT, delivery and pickup per business, payment.",
    privacyText: "This page will say which data the shop processes (e.g. name, address and email for an order), what for, for how long, and what your rights are.",
    withdrawalText: "The withdrawal information will stand here: how you can withdraw from a purchase within 14 days, whom to tell and how returns work.",
  },
} as const satisfies Record<Locale, Record<string, string>>

export type UiString = keyof (typeof STRINGS)["de"]

export function t(locale: Locale, key: UiString): string {
  return STRINGS[locale][key]
}
