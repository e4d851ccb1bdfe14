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

type Route = "home" | "products" | "product" | "producers" | "producer" | "cart"

const ROUTES: Record<Locale, Record<Route, string>> = {
  de: { home: "/", products: "/produkte", product: "/produkte/", producers: "/produzenten", producer: "/produzenten/", cart: "/warenkorb" },
  en: { home: "/en/", products: "/en/products", product: "/en/products/", producers: "/en/producers", producer: "/en/producers/", cart: "/en/cart" },
}

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
    checkoutComing: "Zur Kasse: Die Bezahlung folgt in Kürze.",
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
    checkoutComing: "Checkout: payment follows soon.",
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
  },
} as const satisfies Record<Locale, Record<string, string>>

export type UiString = keyof (typeof STRINGS)["de"]

export function t(locale: Locale, key: UiString): string {
  return STRINGS[locale][key]
}
