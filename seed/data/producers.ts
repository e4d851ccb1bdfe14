import type { TownKey } from "./towns"

/**
 * The invented producers of the seeded network. Every name, family and story is made up;
 * only the towns are real. `family`, `since` and `special` fill the craft's story template.
 */
export type SeedProducer = {
  handle: string
  name: string
  craft:
    | "farm"
    | "mill"
    | "maltster"
    | "bakery"
    | "butchery"
    | "slaughterhouse"
    | "brewery"
    | "dairy"
    | "apiary"
    | "distillery"
    | "fishery"
    | "restaurant"
  town: TownKey
  family: string
  since: number
  special: { de: string; en: string }
  farm_shop?: boolean
  pickup?: boolean
  /** How many products it sells in the shop, if not its craft's usual number. */
  offers?: number
}

export const PRODUCERS: SeedProducer[] = [
  // Farms
  { handle: "hof-dornhuber", name: "Hof Dornhuber", craft: "farm", town: "hollfeld", family: "Dornhuber", since: 1889, farm_shop: true, pickup: true,
    special: { de: "Auf den Jurahöhen wachsen Roggen, Dinkel und Braugerste in weiter Fruchtfolge mit Kleegras.", en: "On the Jura uplands rye, spelt and malting barley grow in a wide rotation with clover grass." } },
  { handle: "gut-wiesenthau", name: "Gut Wiesenthau-Ebner", craft: "farm", town: "forchheim", family: "Ebner", since: 1921, farm_shop: true,
    special: { de: "Das Gut liefert Braugerste an Mälzereien der Region und Kartoffeln an Gasthäuser.", en: "The estate supplies malting barley to the region's maltsters and potatoes to inns." } },
  { handle: "kirschenhof-leupold", name: "Kirschenhof Leupold", craft: "farm", town: "goessweinstein", family: "Leupold", since: 1957, farm_shop: true, pickup: true,
    special: { de: "Zwischen Felsen und Streuobstwiesen reifen Süßkirschen und Zwetschgen der Fränkischen Schweiz.", en: "Between rocks and meadow orchards, sweet cherries and damsons of Franconian Switzerland ripen." } },
  { handle: "weidehof-kraus", name: "Weidehof Kraus", craft: "farm", town: "thurnau", family: "Kraus", since: 1903, pickup: true,
    special: { de: "Die Schweine leben auf Stroh mit Auslauf, das Futter wächst auf den eigenen Feldern.", en: "The pigs live on straw with outdoor access; their feed grows on the farm's own fields." } },
  { handle: "rinderhof-gebhardt", name: "Rinderhof Gebhardt", craft: "farm", town: "naila", family: "Gebhardt", since: 1935, farm_shop: true,
    special: { de: "Eine Mutterkuhherde Frankenvieh weidet von April bis November im Frankenwald.", en: "A suckler herd of Franconian cattle grazes the Frankenwald from April to November." } },
  { handle: "milchhof-seuberth", name: "Milchhof Seuberth", craft: "farm", town: "marktredwitz", family: "Seuberth", since: 1911,
    special: { de: "Sechzig Kühe geben Heumilch, gefüttert mit Gras und Heu aus dem Fichtelgebirge.", en: "Sixty cows give hay milk, fed on grass and hay from the Fichtelgebirge." } },
  { handle: "gemuesehof-pfister", name: "Gemüsehof Pfister", craft: "farm", town: "bamberg", family: "Pfister", since: 1862, farm_shop: true, pickup: true,
    special: { de: "Mitten in der Stadt bewirtschaftet die Familie eine der alten Bamberger Gärtnereien.", en: "In the middle of town the family works one of Bamberg's old market gardens." } },
  { handle: "gefluegelhof-zapf", name: "Geflügelhof Zapf", craft: "farm", town: "lichtenfels", family: "Zapf", since: 1974, farm_shop: true,
    special: { de: "Die Hühner ziehen mit mobilen Ställen über die Wiesen am Main.", en: "The hens move with mobile coops across the meadows along the Main." } },

  { handle: "hopfengut-selmayr", name: "Hopfengut Selmayr", craft: "farm", town: "spalt", family: "Selmayr", since: 1910, offers: 0,
    special: { de: "Der Aromahopfen wächst an acht Meter hohen Gerüsten und wird im eigenen Darrhaus getrocknet.", en: "The aroma hops grow on eight-metre trellises and are dried in the farm's own kiln." } },

  // Mills
  { handle: "talmuehle-wagenknecht", name: "Talmühle Wagenknecht", craft: "mill", town: "ebermannstadt", family: "Wagenknecht", since: 1797, farm_shop: true,
    special: { de: "Das Wasserrad an der Wiesent treibt noch heute einen Teil der Walzenstühle an.", en: "The water wheel on the Wiesent still drives part of the roller mills today." } },
  { handle: "roggenmuehle-hartung", name: "Roggenmühle Hartung", craft: "mill", town: "kulmbach", family: "Hartung", since: 1868,
    special: { de: "Die Mühle vermahlt ausschließlich Getreide aus Oberfranken, jede Partie bleibt rückverfolgbar.", en: "The mill grinds only grain from Upper Franconia, and every batch stays traceable." } },
  { handle: "kunstmuehle-beck", name: "Kunstmühle Beck", craft: "mill", town: "kronach", family: "Beck", since: 1902, pickup: true,
    special: { de: "Neben Mehl entstehen hier Haferflocken aus Frankenwald-Hafer.", en: "Besides flour, oat flakes from Frankenwald oats are made here." } },

  // Maltsters
  { handle: "maelzerei-rauchfuss", name: "Mälzerei Rauchfuß", craft: "maltster", town: "bamberg", family: "Rauchfuß", since: 1884,
    special: { de: "Über Buchenholzfeuer entsteht das Rauchmalz, das dem Bamberger Rauchbier seinen Geschmack gibt.", en: "Over beechwood fires the smoked malt is made that gives Bamberg smoked beer its taste." } },
  { handle: "malzfabrik-eichner", name: "Malzfabrik Eichner", craft: "maltster", town: "kulmbach", family: "Eichner", since: 1926,
    special: { de: "Die Mälzerei bezieht ihre Braugerste aus einem Umkreis von fünfzig Kilometern.", en: "The malt house sources its malting barley from within fifty kilometres." } },

  // Bakeries
  { handle: "baeckerei-schwarzmann", name: "Bäckerei Schwarzmann", craft: "bakery", town: "bayreuth", family: "Schwarzmann", since: 1908, pickup: true,
    special: { de: "Der Sauerteig wird seit drei Generationen jeden Tag aufgefrischt.", en: "The sourdough has been refreshed every day for three generations." } },
  { handle: "landbaeckerei-ochs", name: "Landbäckerei Ochs", craft: "bakery", town: "pottenstein", family: "Ochs", since: 1931, farm_shop: true,
    special: { de: "Gebacken wird im Holzofen, angeheizt mit Buchenholz aus dem eigenen Wald.", en: "Baking happens in a wood-fired oven heated with beech from the family's own woods." } },
  { handle: "hofbaeckerei-gruenler", name: "Hofbäckerei Grünler", craft: "bakery", town: "schesslitz", family: "Grünler", since: 1984, farm_shop: true, pickup: true,
    special: { de: "Das Getreide für Brot und Brezen wächst keine fünf Kilometer von der Backstube entfernt.", en: "The grain for bread and pretzels grows less than five kilometres from the bakehouse." } },
  { handle: "stadtbaeckerei-mehlhorn", name: "Stadtbäckerei Mehlhorn", craft: "bakery", town: "hof", family: "Mehlhorn", since: 1896,
    special: { de: "Bekannt ist die Bäckerei für ihre Kümmelweckla und den Hofer Schnitz.", en: "The bakery is known for its caraway rolls and Hof-style fruit loaf." } },
  { handle: "backhaus-wolfrum", name: "Backhaus Wolfrum", craft: "bakery", town: "coburg", family: "Wolfrum", since: 1949, pickup: true,
    special: { de: "Zum Coburger Markt gehören die Brote aus dem Backhaus seit über siebzig Jahren.", en: "Bread from the bakehouse has been part of Coburg's market for over seventy years." } },
  { handle: "baeckerei-lindner-kronach", name: "Bäckerei Lindner", craft: "bakery", town: "kronach", family: "Lindner", since: 1923,
    special: { de: "Die Bäckerei backt mit Mehl aus der Mühle am anderen Ende der Stadt.", en: "The bakery bakes with flour from the mill at the other end of town." } },

  // Butcheries
  { handle: "metzgerei-wunder", name: "Metzgerei Wunder", craft: "butchery", town: "kulmbach", family: "Wunder", since: 1892, pickup: true,
    special: { de: "Die Bratwurst wird nach dem Rezept des Urgroßvaters grob gekuttert und über Buche geräuchert.", en: "The sausage follows the great-grandfather's recipe: coarsely chopped and smoked over beech." } },
  { handle: "landmetzgerei-strobel", name: "Landmetzgerei Strobel", craft: "butchery", town: "hollfeld", family: "Strobel", since: 1950, farm_shop: true,
    special: { de: "Die Tiere kommen von Höfen aus der Nachbarschaft, geschlachtet wird im Handwerksbetrieb.", en: "The animals come from neighbouring farms and are slaughtered by a craft slaughterhouse." } },
  { handle: "metzgerei-hoehn", name: "Metzgerei Höhn", craft: "butchery", town: "coburg", family: "Höhn", since: 1911,
    special: { de: "Die Coburger Bratwurst wird hier über Kiefernzapfen gegrillt, wie es der Brauch ist.", en: "Coburg sausage is grilled here over pine cones, as custom requires." } },
  { handle: "metzgerei-bauernfeind", name: "Metzgerei Bauernfeind", craft: "butchery", town: "bamberg", family: "Bauernfeind", since: 1932, pickup: true,
    special: { de: "Für den Presssack wird nur Fleisch aus eigener Verarbeitung verwendet.", en: "Only meat from the shop's own processing goes into its brawn." } },
  { handle: "hausmetzgerei-frank", name: "Hausmetzgerei Frank", craft: "butchery", town: "wunsiedel", family: "Frank", since: 1968, farm_shop: true,
    special: { de: "Geräuchert wird in einer alten Räucherkammer mit Fichtenholz aus dem Fichtelgebirge.", en: "Smoking happens in an old smokehouse with spruce from the Fichtelgebirge." } },

  // Craft slaughterhouses
  { handle: "schlachthof-rothenbach", name: "Schlachthaus Rothenbach", craft: "slaughterhouse", town: "thurnau", family: "Rothenbach", since: 1961,
    special: { de: "Kurze Wege: Die Tiere kommen aus höchstens dreißig Kilometern Entfernung, ohne Zwischenhandel.", en: "Short routes: animals travel thirty kilometres at most, with no traders in between." } },
  { handle: "schlachtstaette-forkel", name: "Schlachtstätte Forkel", craft: "slaughterhouse", town: "staffelstein", family: "Forkel", since: 1978,
    special: { de: "Eine kleine EU-zugelassene Schlachtstätte, die Lohnschlachtung für Höfe der Umgebung anbietet.", en: "A small EU-approved slaughterhouse offering contract slaughter to nearby farms." } },

  // Breweries
  { handle: "brauerei-kellerhals", name: "Brauerei Kellerhals", craft: "brewery", town: "bamberg", family: "Kellerhals", since: 1818, pickup: true,
    special: { de: "Das Rauchbier reift in Felsenkellern unter dem Stephansberg.", en: "The smoked beer matures in rock cellars beneath the Stephansberg." } },
  { handle: "brauhaus-zwingel", name: "Brauhaus Zwingel", craft: "brewery", town: "buttenheim", family: "Zwingel", since: 1880, farm_shop: true,
    special: { de: "Der Bierkeller unter alten Kastanien ist im Sommer Treffpunkt des ganzen Dorfes.", en: "In summer the beer garden under old chestnut trees is where the whole village meets." } },
  { handle: "klosterbrauerei-sankt-veit", name: "Klosterbrauerei St. Veit", craft: "brewery", town: "staffelstein", family: "Hegwein", since: 1751,
    special: { de: "Gebraut wird nach alten Klosterrezepten, das Malz stammt aus Oberfranken.", en: "Brewing follows old monastery recipes, with malt from Upper Franconia." } },
  { handle: "brauerei-goldhammer", name: "Brauerei Goldhammer", craft: "brewery", town: "kulmbach", family: "Goldhammer", since: 1894,
    special: { de: "Das dunkle Landbier ist seit jeher das Bier der Kulmbacher Wirtshäuser.", en: "The dark country lager has always been the beer of Kulmbach's inns." } },
  { handle: "bergbrauerei-rennert", name: "Bergbrauerei Rennert", craft: "brewery", town: "goessweinstein", family: "Rennert", since: 1873, pickup: true,
    special: { de: "Die kleine Brauerei braut für das eigene Wirtshaus und eine Handvoll Dörfer.", en: "The small brewery brews for its own inn and a handful of villages." } },
  { handle: "brauerei-fichtelbraeu-sommer", name: "Brauerei Sommer", craft: "brewery", town: "selb", family: "Sommer", since: 1907,
    special: { de: "Das Brauwasser kommt aus einer Granitquelle im Fichtelgebirge.", en: "The brewing water comes from a granite spring in the Fichtelgebirge." } },

  // Dairies
  { handle: "kaeserei-wiesenfeld", name: "Käserei Wiesenfeld", craft: "dairy", town: "wunsiedel", family: "Wiesenfeld", since: 1954,
    special: { de: "Aus Heumilch der Nachbarhöfe entstehen Hartkäse, die bis zu zwölf Monate reifen.", en: "Hay milk from neighbouring farms becomes hard cheese matured for up to twelve months." } },
  { handle: "hofmolkerei-dietz", name: "Hofmolkerei Dietz", craft: "dairy", town: "neustadt", family: "Dietz", since: 1990, farm_shop: true, pickup: true,
    special: { de: "Milch, Butter und Joghurt kommen direkt aus der hofeigenen Molkerei.", en: "Milk, butter and yoghurt come straight from the farm's own dairy." } },
  { handle: "sennerei-frankenwald", name: "Sennerei Frankenwald Roßner", craft: "dairy", town: "naila", family: "Roßner", since: 1966,
    special: { de: "Die Sennerei verarbeitet täglich frische Milch aus dem Frankenwald.", en: "The dairy processes fresh Frankenwald milk every day." } },

  // Apiaries
  { handle: "imkerei-summer", name: "Imkerei Summer", craft: "apiary", town: "ebermannstadt", family: "Summer", since: 1988, farm_shop: true,
    special: { de: "Die Völker stehen an Streuobstwiesen und Waldrändern der Fränkischen Schweiz.", en: "The colonies stand by meadow orchards and woodland edges in Franconian Switzerland." } },
  { handle: "waldimkerei-zeidler", name: "Waldimkerei Zeidler", craft: "apiary", town: "kronach", family: "Zeidler", since: 2004, pickup: true,
    special: { de: "Im Frankenwald sammeln die Bienen Honigtau von Fichten und Tannen.", en: "In the Frankenwald the bees gather honeydew from spruce and fir." } },
  { handle: "bienengarten-hoffmann", name: "Bienengarten Hoffmann", craft: "apiary", town: "bayreuth", family: "Hoffmann", since: 1995,
    special: { de: "Der Lindenhonig stammt von den alten Alleen rund um Bayreuth.", en: "The linden honey comes from the old avenues around Bayreuth." } },

  // Distilleries
  { handle: "brennerei-obstgarten-fuchs", name: "Brennerei Fuchs", craft: "distillery", town: "pottenstein", family: "Fuchs", since: 1925, farm_shop: true,
    special: { de: "Gebrannt wird nur Obst aus der Fränkischen Schweiz, vollreif von Hand gelesen.", en: "Only fruit from Franconian Switzerland is distilled, picked fully ripe by hand." } },
  { handle: "edelbrennerei-koenig", name: "Edelbrennerei König", craft: "distillery", town: "forchheim", family: "König", since: 1962,
    special: { de: "Die Brennerei ist für ihre Kirschbrände aus alten Sorten bekannt.", en: "The distillery is known for brandies from old cherry varieties." } },
  { handle: "hausbrennerei-weissmann", name: "Hausbrennerei Weißmann", craft: "distillery", town: "lichtenfels", family: "Weißmann", since: 1951, pickup: true,
    special: { de: "Aus dem Bier der Nachbarbrauerei entsteht ein sortenreiner Bierbrand.", en: "The neighbouring brewery's beer becomes a single-variety beer brandy." } },

  // Fisheries
  { handle: "teichwirtschaft-aischgrund-roth", name: "Teichwirtschaft Roth", craft: "fishery", town: "hallerndorf", family: "Roth", since: 1898, farm_shop: true,
    special: { de: "In naturnahen Weihern wachsen Karpfen drei Sommer lang heran.", en: "In near-natural ponds carp grow for three summers." } },
  { handle: "forellenzucht-wiesent", name: "Forellenzucht an der Wiesent", craft: "fishery", town: "ebermannstadt", family: "Brendel", since: 1967, pickup: true,
    special: { de: "Das kalte Quellwasser der Wiesent gibt Forellen und Saiblingen festes Fleisch.", en: "The Wiesent's cold spring water gives trout and char firm flesh." } },

  // Restaurants
  { handle: "gasthaus-zur-linde", name: "Gasthaus zur Linde", craft: "restaurant", town: "schesslitz", family: "Amon", since: 1862,
    special: { de: "Das Schäufele kommt vom Schwein aus dem Nachbardorf, das Brot vom Bäcker am Marktplatz.", en: "The pork shoulder comes from the next village, the bread from the baker on the market square." } },
  { handle: "wirtshaus-am-markt-bayreuth", name: "Wirtshaus am Markt", craft: "restaurant", town: "bayreuth", family: "Greim", since: 1979,
    special: { de: "Auf der Karte steht bei jedem Gericht, woher die Zutaten kommen.", en: "The menu names where the ingredients of every dish come from." } },
  { handle: "landgasthof-frankenhoehe", name: "Landgasthof Frankenhöhe", craft: "restaurant", town: "hof", family: "Püttner", since: 1924,
    special: { de: "Im Glas eingekocht werden die Gerichte aus der Wirtshausküche zum Mitnehmen.", en: "Dishes from the inn's kitchen are preserved in jars to take home." } },
]
