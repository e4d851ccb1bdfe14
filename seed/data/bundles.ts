import type { Text } from "./catalog"

/** A component of a seeded Genusspaket: a seeded product's variant (by its German title) and how many. */
export type SeedBundleComponent = { product: string; variant: string; quantity: number }

export type SeedBundle = {
  handle: string
  title: Text
  description: Text
  /** The producer who packs and sends it (one of the makers). */
  host: string
  /** Incl. VAT, below the components' own prices together. */
  price: number
  components: SeedBundleComponent[]
}

/**
 * Invented Genusspakete of the seeded producers: goods of several crafts in one box, packed by
 * one of them. Each holds goods of one VAT rate (food, 7 %).
 */
export const BUNDLES: SeedBundle[] = [
  {
    handle: "genusspaket-bamberger-brotzeit",
    title: { de: "Genusspaket Brotzeit", en: "Genusspaket: Franconian Brotzeit" },
    description: {
      de: "Ein Laib Bauernbrot, grobe Bratwürste und ein Stück Bergkäse aus drei Betrieben der Region — gepackt von der Käserei.",
      en: "A farmhouse loaf, coarse bratwurst and a piece of mountain cheese from three of the region's businesses, packed by the cheese dairy.",
    },
    host: "kaeserei-wiesenfeld",
    price: 18.9,
    components: [
      { product: "bauernbrot-baeckerei-schwarzmann", variant: "1 kg Laib", quantity: 1 },
      { product: "bratwurst-grob-metzgerei-bauernfeind", variant: "500 g (5 Stück)", quantity: 1 },
      { product: "bergkaese-kaeserei-wiesenfeld", variant: "250 g", quantity: 1 },
    ],
  },
  {
    handle: "genusspaket-frankenwald-fruehstueck",
    title: { de: "Genusspaket Frankenwald-Frühstück", en: "Genusspaket: Frankenwald breakfast" },
    description: {
      de: "Roggenbrot aus Kronach, Süßrahmbutter aus der Sennerei und Waldhonig vom Imker — ein Frühstück aus dem Frankenwald.",
      en: "Rye bread from Kronach, sweet cream butter from the dairy and forest honey from the beekeeper: a breakfast from the Frankenwald.",
    },
    host: "sennerei-frankenwald",
    price: 17.9,
    components: [
      { product: "roggenbrot-baeckerei-lindner-kronach", variant: "1 kg Laib", quantity: 1 },
      { product: "suessrahmbutter-sennerei-frankenwald", variant: "250 g", quantity: 1 },
      { product: "waldhonig-waldimkerei-zeidler", variant: "500 g", quantity: 1 },
    ],
  },
  {
    handle: "genusspaket-fraenkische-schweiz",
    title: { de: "Genusspaket Fränkische Schweiz", en: "Genusspaket: Franconian Switzerland" },
    description: {
      de: "Dinkelvollkornbrot aus Pottenstein, zwei Gläser Blütenhonig und Süßkirschen vom Kirschenhof — haltbar genug für den Versand.",
      en: "Spelt wholemeal bread from Pottenstein, two jars of blossom honey and sweet cherries from the cherry farm, sturdy enough to be sent by parcel.",
    },
    host: "landbaeckerei-ochs",
    price: 21.5,
    components: [
      { product: "dinkelvollkornbrot-landbaeckerei-ochs", variant: "750 g Kastenbrot", quantity: 1 },
      { product: "bluetenhonig-imkerei-summer", variant: "250 g", quantity: 2 },
      { product: "suesskirschen-kirschenhof-leupold", variant: "1 kg", quantity: 1 },
    ],
  },
]
