import type { SeedProducer } from "./producers"

type Text = { de: string; en: string }
type Step =
  | "grow" | "raise" | "press" | "mill" | "malt" | "slaughter" | "cut" | "cure" | "smoke" | "bake" | "brew"
  | "distill" | "cheese_make" | "churn" | "ferment" | "extract_honey" | "cook" | "preserve"

/**
 * What goes into each product of the catalogue (by template slug): another product of the
 * network (`product`: the template slug a supplier sells) or a raw material from a producer
 * of a craft (`craft`), with the step at the receiving business and a share by weight.
 * The seed takes the nearest producer that offers it; a product nobody offers falls back
 * to the raw material `fallback` from the nearest producer of `fallbackCraft`.
 */
export type RecipeInput = {
  material: Text
  step: Step
  share?: number
} & (
  | { product: string; fallbackCraft: SeedProducer["craft"] }
  | { craft: SeedProducer["craft"]; producer?: string }
)

const t = (de: string, en: string): Text => ({ de, en })
const raw = (craft: SeedProducer["craft"], material: Text, step: Step, share?: number, producer?: string): RecipeInput => ({
  craft, material, step, share, producer,
})
const from = (product: string, fallbackCraft: SeedProducer["craft"], material: Text, step: Step, share?: number): RecipeInput => ({
  product, fallbackCraft, material, step, share,
})

const HOPS = raw("farm", t("Aromahopfen", "Aroma hops"), "brew", 0.02, "hopfengut-selmayr")

export const RECIPES: Record<string, RecipeInput[]> = {
  // farms: what they bring in from neighbours
  "kartoffeln-festkochend": [raw("farm", t("Pflanzkartoffeln", "Seed potatoes"), "grow")],
  freilandeier: [from("dinkelkoerner", "farm", t("Futtergetreide", "Feed grain"), "raise")],
  dinkelkoerner: [raw("farm", t("Dinkel-Saatgut", "Spelt seed"), "grow")],
  suesskirschen: [raw("farm", t("Edelreiser", "Scions"), "grow")],
  zwetschgen: [raw("farm", t("Edelreiser", "Scions"), "grow")],
  "apfelsaft-naturtrueb": [raw("farm", t("Mostäpfel", "Cider apples"), "press")],
  suppenhuhn: [from("dinkelkoerner", "farm", t("Futtergetreide", "Feed grain"), "raise")],
  "rote-bete": [raw("farm", t("Saatgut", "Seed"), "grow")],
  // mills
  "roggenmehl-1150": [raw("farm", t("Roggen", "Rye"), "mill")],
  "weizenmehl-550": [raw("farm", t("Weizen", "Wheat"), "mill")],
  "dinkelmehl-630": [from("dinkelkoerner", "farm", t("Dinkel", "Spelt"), "mill")],
  roggenvollkornschrot: [raw("farm", t("Roggen", "Rye"), "mill")],
  haferflocken: [raw("farm", t("Hafer", "Oats"), "mill")],
  // maltsters
  rauchmalz: [raw("farm", t("Braugerste", "Malting barley"), "malt")],
  "pilsner-malz": [raw("farm", t("Braugerste", "Malting barley"), "malt")],
  karamellmalz: [raw("farm", t("Braugerste", "Malting barley"), "malt")],
  // bakeries
  bauernbrot: [
    from("roggenmehl-1150", "mill", t("Roggenmehl", "Rye flour"), "bake", 0.6),
    from("weizenmehl-550", "mill", t("Weizenmehl", "Wheat flour"), "bake", 0.4),
  ],
  roggenbrot: [from("roggenmehl-1150", "mill", t("Roggenmehl", "Rye flour"), "bake", 1)],
  dinkelvollkornbrot: [from("dinkelmehl-630", "mill", t("Dinkelmehl", "Spelt flour"), "bake", 1)],
  laugenbrezen: [from("weizenmehl-550", "mill", t("Weizenmehl", "Wheat flour"), "bake", 1)],
  kuemmelweckla: [
    from("roggenmehl-1150", "mill", t("Roggenmehl", "Rye flour"), "bake", 0.5),
    from("weizenmehl-550", "mill", t("Weizenmehl", "Wheat flour"), "bake", 0.5),
  ],
  zwetschgenkuchen: [
    from("weizenmehl-550", "mill", t("Weizenmehl", "Wheat flour"), "bake", 0.35),
    from("zwetschgen", "farm", t("Zwetschgen", "Damsons"), "bake", 0.55),
    from("suessrahmbutter", "dairy", t("Butter", "Butter"), "bake", 0.1),
  ],
  "schnitz-fruechtebrot": [
    from("weizenmehl-550", "mill", t("Weizenmehl", "Wheat flour"), "bake", 0.5),
    from("zwetschgen", "farm", t("Zwetschgen", "Damsons"), "bake", 0.5),
  ],
  // slaughterhouses: animals from the farms
  "schweineschulter-schaeufele": [raw("farm", t("Schlachtschweine", "Pigs for slaughter"), "slaughter", 1, "weidehof-kraus")],
  schweinebauch: [raw("farm", t("Schlachtschweine", "Pigs for slaughter"), "slaughter", 1, "weidehof-kraus")],
  rinderbraten: [raw("farm", t("Schlachtrinder", "Cattle for slaughter"), "slaughter", 1, "rinderhof-gebhardt")],
  "suppenfleisch-rind": [raw("farm", t("Schlachtrinder", "Cattle for slaughter"), "slaughter", 1, "rinderhof-gebhardt")],
  // butcheries: cuts from the slaughterhouses
  "bratwurst-grob": [from("schweinebauch", "slaughterhouse", t("Schweinefleisch", "Pork"), "cut", 1)],
  stadtwurst: [from("schweinebauch", "slaughterhouse", t("Schweinefleisch", "Pork"), "cut", 1)],
  presssack: [from("schweinebauch", "slaughterhouse", t("Schweinefleisch", "Pork"), "cure", 1)],
  leberkaes: [from("schweinebauch", "slaughterhouse", t("Schweinefleisch", "Pork"), "cut", 1)],
  "schinken-geraeuchert": [from("schweineschulter-schaeufele", "slaughterhouse", t("Schweinekeule", "Pork leg"), "smoke", 1)],
  "blaue-zipfel": [
    from("schweinebauch", "slaughterhouse", t("Schweinefleisch", "Pork"), "cook", 0.8),
    raw("farm", t("Zwiebeln", "Onions"), "cook", 0.2, "gemuesehof-pfister"),
  ],
  // breweries: malt from the malt houses, hops from Spalt
  "rauchbier-maerzen": [from("rauchmalz", "maltster", t("Rauchmalz", "Smoked malt"), "brew", 0.98), HOPS],
  kellerbier: [from("pilsner-malz", "maltster", t("Pilsner Malz", "Pilsner malt"), "brew", 0.98), HOPS],
  "landbier-dunkel": [
    from("pilsner-malz", "maltster", t("Pilsner Malz", "Pilsner malt"), "brew", 0.78),
    from("karamellmalz", "maltster", t("Karamellmalz", "Caramel malt"), "brew", 0.2),
    HOPS,
  ],
  bockbier: [from("karamellmalz", "maltster", t("Karamellmalz", "Caramel malt"), "brew", 0.98), HOPS],
  zwickl: [from("pilsner-malz", "maltster", t("Pilsner Malz", "Pilsner malt"), "brew", 0.98), HOPS],
  weissbier: [from("pilsner-malz", "maltster", t("Pilsner Malz", "Pilsner malt"), "brew", 0.98), HOPS],
  // dairies
  bergkaese: [raw("farm", t("Heumilch", "Hay milk"), "cheese_make", 1, "milchhof-seuberth")],
  frischkaese: [raw("farm", t("Rohmilch", "Raw milk"), "cheese_make", 1, "milchhof-seuberth")],
  suessrahmbutter: [raw("farm", t("Rahm", "Cream"), "churn", 1, "milchhof-seuberth")],
  joghurt: [raw("farm", t("Rohmilch", "Raw milk"), "ferment", 1, "milchhof-seuberth")],
  heumilch: [raw("farm", t("Heumilch", "Hay milk"), "preserve", 1, "milchhof-seuberth")],
  quark: [raw("farm", t("Rohmilch", "Raw milk"), "ferment", 1, "milchhof-seuberth")],
  // apiaries: the colonies stand in the orchards of a partner farm
  bluetenhonig: [raw("farm", t("Obstblütentracht", "Orchard blossom forage"), "extract_honey", 1, "kirschenhof-leupold")],
  waldhonig: [raw("farm", t("Waldtracht", "Forest forage"), "extract_honey", 1, "rinderhof-gebhardt")],
  lindenhonig: [raw("farm", t("Lindentracht", "Linden forage"), "extract_honey", 1, "gemuesehof-pfister")],
  bienenwachskerze: [raw("farm", t("Obstblütentracht", "Orchard blossom forage"), "extract_honey", 1, "kirschenhof-leupold")],
  // distilleries
  zwetschgenbrand: [from("zwetschgen", "farm", t("Zwetschgen", "Damsons"), "distill", 1)],
  kirschbrand: [from("suesskirschen", "farm", t("Süßkirschen", "Sweet cherries"), "distill", 1)],
  bierbrand: [from("landbier-dunkel", "brewery", t("Dunkles Landbier", "Dark country lager"), "distill", 1)],
  quittenlikoer: [raw("farm", t("Quitten", "Quinces"), "distill", 1, "kirschenhof-leupold")],
  // fisheries
  "karpfen-kuechenfertig": [from("dinkelkoerner", "farm", t("Futtergetreide", "Feed grain"), "raise")],
  "forelle-geraeuchert": [raw("fishery", t("Forellensetzlinge", "Trout fry"), "raise", 1, "teichwirtschaft-aischgrund-roth")],
  saiblingsfilet: [raw("fishery", t("Saiblingssetzlinge", "Char fry"), "raise", 1, "teichwirtschaft-aischgrund-roth")],
  "karpfen-filet-geraeuchert": [raw("fishery", t("Satzkarpfen", "Young carp"), "smoke", 1, "forellenzucht-wiesent")],
  // restaurants: what the region makes
  "schaeufele-im-glas": [
    from("schweineschulter-schaeufele", "slaughterhouse", t("Schäufele", "Pork shoulder"), "cook", 0.8),
    from("landbier-dunkel", "brewery", t("Dunkles Landbier", "Dark country lager"), "cook", 0.2),
  ],
  "sauerbraten-im-glas": [from("rinderbraten", "slaughterhouse", t("Rinderbraten", "Beef roast"), "cook", 1)],
  bratwurstgulasch: [
    from("bratwurst-grob", "butchery", t("Bratwurst", "Bratwurst"), "cook", 0.7),
    from("kartoffeln-festkochend", "farm", t("Kartoffeln", "Potatoes"), "cook", 0.3),
  ],
  brotzeitpaket: [
    from("dinkelvollkornbrot", "bakery", t("Brot", "Bread"), "cook", 0.4),
    from("presssack", "butchery", t("Presssack", "Brawn"), "cook", 0.2),
    from("stadtwurst", "butchery", t("Stadtwurst", "Stadtwurst"), "cook", 0.2),
    from("bergkaese", "dairy", t("Bergkäse", "Mountain cheese"), "cook", 0.2),
  ],
}
