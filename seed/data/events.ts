/**
 * The association's invented events: weekly and monthly markets where the network's producers
 * stand, and one-off festivals, tastings, courses and open days spread over the coming year.
 * Places are real towns (data/towns.ts) with invented venues; dates are relative to the day the
 * seed runs (seed/events.ts turns them into days), so the calendar always has a year ahead.
 */
import type { TOWNS } from "./towns"

type Words = { de: string; en: string }
type TownKey = keyof typeof TOWNS

/** A market that comes back: every week on `weekday` (1 Monday … 7 Sunday) or on the first `weekday` of each month. */
export type SeededMarket = {
  handle: string
  title: Words
  description: Words
  town: TownKey
  venue: string
  street: string
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7
  monthly?: true
  opens: string
  closes: string
  producers: string[]
}

/** A one-off event `month` months from now (0: this month, counted from the seed's day), on day `day` of that month. */
export type SeededEvent = {
  handle: string
  kind: "festival" | "tasting" | "course" | "open_day" | "tour"
  title: Words
  description: Words
  town: TownKey
  venue: string
  month: number
  day: number
  /** Times for an event within a day; none for an all-day event of `days` days. */
  times?: { starts: string; ends: string }
  days?: number
  producers: string[]
  price?: number
  cancelled?: string
}

export const MARKETS: SeededMarket[] = [
  {
    handle: "wochenmarkt-bamberg-samstag",
    title: { de: "Samstagsmarkt am Obstmarkt", en: "Saturday market at the Obstmarkt" },
    description: {
      de: "Gemüse aus den Bamberger Gärtnereien, Brot, Käse und Wurst aus der Region – jeden Samstagvormittag.",
      en: "Vegetables from Bamberg's market gardens, bread, cheese and sausage from the region – every Saturday morning.",
    },
    town: "bamberg",
    venue: "Obstmarkt",
    street: "Obstmarkt 1",
    weekday: 6,
    opens: "07:30",
    closes: "13:00",
    producers: ["gemuesehof-pfister", "metzgerei-bauernfeind", "talmuehle-wagenknecht", "kaeserei-wiesenfeld"],
  },
  {
    handle: "bauernmarkt-bayreuth-mittwoch",
    title: { de: "Bauernmarkt am Mittwoch", en: "Wednesday farmers' market" },
    description: {
      de: "Der Mittwochsmarkt der Direktvermarkter: Eier, Honig, Brot vom Holzofen und Fleisch aus der Fränkischen Schweiz.",
      en: "The direct sellers' Wednesday market: eggs, honey, wood-fired bread and meat from Franconian Switzerland.",
    },
    town: "bayreuth",
    venue: "Marktplatz",
    street: "Maximilianstraße 20",
    weekday: 3,
    opens: "07:00",
    closes: "12:30",
    producers: ["baeckerei-schwarzmann", "bienengarten-hoffmann", "landmetzgerei-strobel"],
  },
  {
    handle: "feierabendmarkt-kulmbach",
    title: { de: "Feierabendmarkt Kulmbach", en: "Kulmbach after-work market" },
    description: {
      de: "Freitagnachmittag: frisches Bier aus der Nachbarschaft, Bratwurst vom Rost und Brot für das Wochenende.",
      en: "Friday afternoon: fresh beer from the neighbourhood, grilled sausages and bread for the weekend.",
    },
    town: "kulmbach",
    venue: "Holzmarkt",
    street: "Holzmarkt 3",
    weekday: 5,
    opens: "14:00",
    closes: "18:30",
    producers: ["metzgerei-wunder", "brauerei-goldhammer", "roggenmuehle-hartung"],
  },
  {
    handle: "wochenmarkt-forchheim",
    title: { de: "Wochenmarkt am Rathausplatz", en: "Weekly market at the town hall square" },
    description: {
      de: "Kirschen und Zwetschgen in der Saison, Obstbrände, Forellen aus der Wiesent und Gemüse vom Hof.",
      en: "Cherries and plums in season, fruit brandies, trout from the Wiesent and vegetables from the farm.",
    },
    town: "forchheim",
    venue: "Rathausplatz",
    street: "Rathausplatz 1",
    weekday: 6,
    opens: "08:00",
    closes: "12:00",
    producers: ["gut-wiesenthau", "edelbrennerei-koenig", "forellenzucht-wiesent"],
  },
  {
    handle: "regionalmarkt-hollfeld",
    title: { de: "Regionalmarkt Hollfeld", en: "Hollfeld regional market" },
    description: {
      de: "Am ersten Sonntag im Monat: Höfe, Mühlen und Metzger der Fränkischen Schweiz an einem Ort.",
      en: "On the first Sunday of the month: farms, mills and butchers of Franconian Switzerland in one place.",
    },
    town: "hollfeld",
    venue: "Marienplatz",
    street: "Marienplatz 1",
    weekday: 7,
    monthly: true,
    opens: "10:00",
    closes: "16:00",
    producers: ["hof-dornhuber", "landmetzgerei-strobel"],
  },
]

const festival = (e: Omit<SeededEvent, "kind">): SeededEvent => ({ kind: "festival", ...e })

export const EVENTS: SeededEvent[] = [
  festival({
    handle: "kellerfest-buttenheim",
    title: { de: "Kellerfest unter den Linden", en: "Beer cellar festival under the lime trees" },
    description: { de: "Zwei Tage Kellerbier, Brotzeit und Blasmusik am Felsenkeller.", en: "Two days of cellar beer, snacks and brass music at the rock cellar." },
    town: "buttenheim", venue: "Felsenkeller am Ortsrand", month: 7, day: 12, days: 2, producers: ["brauhaus-zwingel"],
  }),
  festival({
    handle: "brotfest-pottenstein",
    title: { de: "Brotfest im Püttlachtal", en: "Bread festival in the Püttlach valley" },
    description: { de: "Bäcker backen im Holzofen, Kinder formen Brezen, die Mühle zeigt ihr Mahlwerk.", en: "Bakers bake in the wood-fired oven, children shape pretzels, the mill shows its millstones." },
    town: "pottenstein", venue: "Festplatz", month: 5, day: 20, days: 1, producers: ["landbaeckerei-ochs", "talmuehle-wagenknecht"],
  }),
  festival({
    handle: "karpfenfest-hallerndorf",
    title: { de: "Karpfenfest zum Saisonbeginn", en: "Carp festival at the start of the season" },
    description: { de: "Karpfen gebacken und blau, dazu Kartoffelsalat – mit allen Monaten mit „r“ beginnt die Saison.", en: "Carp fried and boiled, with potato salad – the season starts with the months spelled with an “r”." },
    town: "hallerndorf", venue: "Weiherhaus", month: 9, day: 6, days: 1, producers: ["teichwirtschaft-aischgrund-roth"],
  }),
  festival({
    handle: "kirschenfest-goessweinstein",
    title: { de: "Kirschenfest am Burgberg", en: "Cherry festival on the castle hill" },
    description: { de: "Kirschen vom Baum, Kirschkuchen und Kirschbrand: die Ernte der Fränkischen Schweiz.", en: "Cherries from the tree, cherry cake and cherry brandy: Franconian Switzerland's harvest." },
    town: "goessweinstein", venue: "Burgwiese", month: 6, day: 28, days: 2, producers: ["kirschenhof-leupold", "bergbrauerei-rennert"],
  }),
  festival({
    handle: "honigmarkt-kronach",
    title: { de: "Honigmarkt vor der Festung", en: "Honey market below the fortress" },
    description: { de: "Waldhonig, Blütenhonig, Met und Kerzen – die Imker des Frankenwalds erzählen.", en: "Forest honey, blossom honey, mead and candles – the Frankenwald's beekeepers tell their story." },
    town: "kronach", venue: "Marienplatz", month: 8, day: 14, days: 1, producers: ["waldimkerei-zeidler"],
  }),
  festival({
    handle: "schlachtschuessel-thurnau",
    title: { de: "Schlachtschüssel im Schlosshof", en: "Country butchering feast in the castle courtyard" },
    description: { de: "Kesselfleisch, Blut- und Leberwürste frisch aus dem Kessel, Sauerkraut und Brot.", en: "Boiled pork, black and liver sausages fresh from the kettle, sauerkraut and bread." },
    town: "thurnau", venue: "Schlosshof", month: 2, day: 15, times: { starts: "11:00", ends: "17:00" }, producers: ["weidehof-kraus", "schlachthof-rothenbach"],
    cancelled: "Abgesagt: Der Schlosshof wird renoviert. / Cancelled: the castle courtyard is being renovated.",
  }),
  festival({
    handle: "malzfest-kulmbach",
    title: { de: "Tag des Malzes", en: "Malt day" },
    description: { de: "Von der Gerste zum Malz zum Bier: Führungen durch Tenne und Darre.", en: "From barley to malt to beer: tours of the malting floor and the kiln." },
    town: "kulmbach", venue: "Malzfabrik", month: 4, day: 9, days: 1, producers: ["malzfabrik-eichner", "brauerei-goldhammer"],
  }),
  {
    handle: "bierprobe-staffelstein", kind: "tasting",
    title: { de: "Bierprobe im Klosterkeller", en: "Beer tasting in the monastery cellar" },
    description: { de: "Sechs Biere, sechs Geschichten, dazu Brot und Käse aus der Nachbarschaft.", en: "Six beers, six stories, with bread and cheese from the neighbourhood." },
    town: "staffelstein", venue: "Klosterkeller", month: 1, day: 17, times: { starts: "19:00", ends: "22:00" }, producers: ["klosterbrauerei-sankt-veit"], price: 29,
  },
  {
    handle: "kaeseverkostung-wunsiedel", kind: "tasting",
    title: { de: "Käse aus dem Fichtelgebirge verkosten", en: "Tasting cheese from the Fichtel Mountains" },
    description: { de: "Bergkäse, Frischkäse und Butter – und was die Weide im Sommer daran ändert.", en: "Mountain cheese, cream cheese and butter – and what summer pasture changes about them." },
    town: "wunsiedel", venue: "Käsekeller", month: 3, day: 11, times: { starts: "18:00", ends: "20:30" }, producers: ["kaeserei-wiesenfeld", "milchhof-seuberth"], price: 18,
  },
  {
    handle: "brennerei-abend-lichtenfels", kind: "tasting",
    title: { de: "Abend in der Brennerei", en: "An evening at the distillery" },
    description: { de: "Zwetschge, Williams, Mirabelle: wie aus Obst der Region Brand wird.", en: "Plum, Williams pear, mirabelle: how the region's fruit becomes brandy." },
    town: "lichtenfels", venue: "Brennhaus", month: 10, day: 22, times: { starts: "19:30", ends: "22:00" }, producers: ["hausbrennerei-weissmann"], price: 24,
  },
  {
    handle: "brotbackkurs-schesslitz", kind: "course",
    title: { de: "Sauerteig-Backkurs", en: "Sourdough baking course" },
    description: { de: "Einen Sauerteig ansetzen, ein Bauernbrot backen, das Brot mit nach Hause nehmen.", en: "Start a sourdough, bake a farmhouse loaf, take the loaf home." },
    town: "schesslitz", venue: "Backstube am Hof", month: 1, day: 24, times: { starts: "09:00", ends: "15:00" }, producers: ["hofbaeckerei-gruenler"], price: 65,
  },
  {
    handle: "wurstkurs-coburg", kind: "course",
    title: { de: "Bratwurst selbst machen", en: "Making your own bratwurst" },
    description: { de: "Vom Fleisch zum Brät zur Coburger Art: ein Nachmittag in der Wurstküche.", en: "From meat to sausage meat, Coburg style: an afternoon in the sausage kitchen." },
    town: "coburg", venue: "Wurstküche", month: 2, day: 7, times: { starts: "13:00", ends: "17:00" }, producers: ["metzgerei-hoehn"], price: 55,
  },
  {
    handle: "imkerkurs-bayreuth", kind: "course",
    title: { de: "Ein Jahr am Bienenstock", en: "A year at the beehive" },
    description: { de: "Einführung für Neugierige: Völker, Waben, Schleudern – mit Blick in den Stock.", en: "An introduction for the curious: colonies, combs, extracting – with a look into the hive." },
    town: "bayreuth", venue: "Bienengarten", month: 4, day: 18, times: { starts: "10:00", ends: "13:00" }, producers: ["bienengarten-hoffmann"], price: 20,
  },
  {
    handle: "muehlentag-ebermannstadt", kind: "open_day",
    title: { de: "Tag der offenen Mühle", en: "Open mill day" },
    description: { de: "Das Wasserrad läuft, der Müller erklärt Walzenstuhl und Plansichter.", en: "The water wheel turns, the miller explains the roller mill and the plansifter." },
    town: "ebermannstadt", venue: "Talmühle", month: 5, day: 25, days: 1, producers: ["talmuehle-wagenknecht"],
  },
  {
    handle: "hoffest-naila", kind: "open_day",
    title: { de: "Hoffest auf dem Rinderhof", en: "Open day at the cattle farm" },
    description: { de: "Weidegang, Kälber, Grillfleisch vom eigenen Rind und Milch aus der Sennerei nebenan.", en: "Cattle at pasture, calves, grilled beef from the farm's own cattle and milk from the dairy next door." },
    town: "naila", venue: "Rinderhof", month: 6, day: 7, days: 1, producers: ["rinderhof-gebhardt", "sennerei-frankenwald"],
  },
  {
    handle: "molkerei-offen-neustadt", kind: "open_day",
    title: { de: "Gläserne Hofmolkerei", en: "Open farm dairy" },
    description: { de: "Vom Melkstand zur Flasche: die Molkerei öffnet ihre Türen.", en: "From the milking parlour to the bottle: the dairy opens its doors." },
    town: "neustadt", venue: "Hofmolkerei", month: 3, day: 26, days: 1, producers: ["hofmolkerei-dietz"],
  },
  {
    handle: "brauereiwanderung-aufsess", kind: "tour",
    title: { de: "Geführte Brauereiwanderung", en: "Guided brewery walk" },
    description: { de: "Zwölf Kilometer, drei Brauereien, eine Brotzeit: Treffpunkt am Marktplatz.", en: "Twelve kilometres, three breweries, one snack: meet at the market square." },
    town: "hollfeld", venue: "Marktplatz", month: 5, day: 9, times: { starts: "10:00", ends: "17:00" }, producers: ["bergbrauerei-rennert"], price: 15,
  },
  {
    handle: "gaertnerfuehrung-bamberg", kind: "tour",
    title: { de: "Führung durch die Gärtnerstadt", en: "A walk through the market-garden town" },
    description: { de: "Süßholz, Knoblauch und Zwiebeln: wie Bambergs Gärtner seit Jahrhunderten anbauen.", en: "Liquorice, garlic and onions: how Bamberg's gardeners have grown for centuries." },
    town: "bamberg", venue: "Gärtnerhof", month: 4, day: 30, times: { starts: "15:00", ends: "17:00" }, producers: ["gemuesehof-pfister"], price: 8,
  },
  festival({
    handle: "adventsmarkt-hof",
    title: { de: "Adventsmarkt der Erzeuger", en: "Producers' Advent market" },
    description: { de: "Lebkuchen, Stollen, Glühwein vom Obstbauern und Geschenke aus der Region.", en: "Gingerbread, stollen, mulled wine from the fruit grower and gifts from the region." },
    town: "hof", venue: "Lorenzplatz", month: 0, day: 19, days: 3, producers: ["stadtbaeckerei-mehlhorn", "landgasthof-frankenhoehe"],
  }),
  festival({
    handle: "fischerfest-ebermannstadt",
    title: { de: "Fischerfest an der Wiesent", en: "Fishermen's festival on the Wiesent" },
    description: { de: "Steckerlfisch, geräucherte Forellen und Musik am Fluss.", en: "Fish on a stick, smoked trout and music by the river." },
    town: "ebermannstadt", venue: "Wiesentufer", month: 7, day: 26, days: 1, producers: ["forellenzucht-wiesent"],
  }),
]
