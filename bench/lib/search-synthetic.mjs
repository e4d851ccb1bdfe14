// A synthetic catalog for the search bench: product documents in the product index's shape
// (plugins/provenance/src/search/product.ts), with German titles composed the way food is named
// — a modifier and a head, "Roggen" + "brot", "Rauch" + "bier" — English titles beside them,
// descriptions of 20–40 words, a few hundred generated producers in generated towns, prices,
// categories and claims; and a mix of shopper queries against it. Deterministic: the same seed
// gives the same documents, and the first n of a larger set are the set of n.

/** mulberry32: a small seeded generator. */
export function random(seed) {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pickWith = (rand) => (list) => list[Math.floor(rand() * list.length)]

/**
 * What each category's products are called: heads (what the thing is, lower case so they
 * join a modifier) and modifiers (what kind), German with English; the producer's craft
 * and the words its businesses are named with; a price range in euros.
 */
export const CATEGORIES = [
  {
    key: "brot", name: ["Brot & Backwaren", "Bread & Bakery"], craft: "bakery", business: ["Bäckerei", "Landbäckerei", "Backhaus", "Hofbäckerei"], price: [2, 12],
    heads: [["brot", "bread"], ["brötchen", "rolls"], ["kuchen", "cake"], ["brezen", "pretzels"], ["weckla", "rolls"], ["stollen", "stollen"], ["fladen", "flatbread"]],
    modifiers: [["Roggen", "rye"], ["Dinkel", "spelt"], ["Weizen", "wheat"], ["Bauern", "farmhouse"], ["Vollkorn", "wholegrain"], ["Sauerteig", "sourdough"], ["Kümmel", "caraway"], ["Laugen", "lye"], ["Hafer", "oat"], ["Sonnenblumen", "sunflower"], ["Zwetschgen", "plum"], ["Früchte", "fruit"], ["Land", "country"], ["Holzofen", "wood-fired"], ["Mohn", "poppy seed"], ["Nuss", "nut"]],
  },
  {
    key: "bier", name: ["Bier", "Beer"], craft: "brewery", business: ["Brauerei", "Brauhaus", "Klosterbrauerei", "Bergbrauerei"], price: [1.2, 30],
    heads: [["bier", "beer"]],
    modifiers: [["Rauch", "smoked"], ["Keller", "cellar"], ["Land", "country"], ["Bock", "bock"], ["Weiß", "white"], ["Hefeweiß", "wheat"], ["Märzen", "Märzen"], ["Dunkel", "dark"], ["Kloster", "monastery"], ["Weizen", "wheat"], ["Export", "export"], ["Lager", "lager"], ["Zoigl", "Zoigl"], ["Fest", "festival"], ["Starkbier", "strong"], ["Kirchweih", "fair"]],
  },
  {
    key: "fleisch", name: ["Fleisch & Wurst", "Meat & Sausages"], craft: "butchery", business: ["Metzgerei", "Landmetzgerei", "Hausmetzgerei", "Fleischerei"], price: [3, 30],
    heads: [["wurst", "sausage"], ["bratwurst", "bratwurst"], ["schinken", "ham"], ["braten", "roast"], ["speck", "bacon"], ["leberkäse", "meat loaf"], ["sülze", "aspic"]],
    modifiers: [["Brat", "fried"], ["Stadt", "town"], ["Leber", "liver"], ["Blut", "blood"], ["Rauch", "smoked"], ["Roh", "raw"], ["Koch", "cooked"], ["Rinder", "beef"], ["Schweine", "pork"], ["Sauer", "sour"], ["Wild", "game"], ["Lamm", "lamb"], ["Land", "country"], ["Haus", "house"], ["Kräuter", "herb"]],
  },
  {
    key: "kaese", name: ["Käse & Milch", "Cheese & Dairy"], craft: "dairy", business: ["Käserei", "Molkerei", "Hofmolkerei", "Sennerei"], price: [1.5, 18],
    heads: [["käse", "cheese"], ["quark", "quark"], ["butter", "butter"], ["milch", "milk"], ["joghurt", "yoghurt"], ["rahm", "cream"]],
    modifiers: [["Berg", "mountain"], ["Frisch", "fresh"], ["Heumilch", "hay-milk"], ["Weich", "soft"], ["Hart", "hard"], ["Schnitt", "sliced"], ["Ziegen", "goat"], ["Süßrahm", "sweet cream"], ["Sauerrahm", "sour cream"], ["Kräuter", "herb"], ["Land", "country"], ["Rauch", "smoked"], ["Butter", "butter"]],
  },
  {
    key: "honig", name: ["Honig", "Honey"], craft: "apiary", business: ["Imkerei", "Waldimkerei", "Bienengarten"], price: [4, 15],
    heads: [["honig", "honey"]],
    modifiers: [["Wald", "forest"], ["Blüten", "blossom"], ["Linden", "linden"], ["Raps", "rapeseed"], ["Akazien", "acacia"], ["Tannen", "fir"], ["Kastanien", "chestnut"], ["Heide", "heather"], ["Sommer", "summer"], ["Frühjahrs", "spring"], ["Löwenzahn", "dandelion"]],
  },
  {
    key: "spirituosen", name: ["Spirituosen", "Spirits"], craft: "distillery", business: ["Brennerei", "Edelbrennerei", "Hausbrennerei"], price: [12, 45],
    heads: [["brand", "brandy"], ["geist", "spirit"], ["likör", "liqueur"], ["schnaps", "schnapps"]],
    modifiers: [["Zwetschgen", "damson"], ["Kirsch", "cherry"], ["Bier", "beer"], ["Quitten", "quince"], ["Apfel", "apple"], ["Birnen", "pear"], ["Himbeer", "raspberry"], ["Obst", "fruit"], ["Enzian", "gentian"], ["Holunder", "elderflower"], ["Mirabellen", "mirabelle"], ["Schlehen", "sloe"]],
  },
  {
    key: "mehl", name: ["Mehl & Getreide", "Flour & Grain"], craft: "mill", business: ["Mühle", "Talmühle", "Kunstmühle", "Roggenmühle"], price: [1.5, 20],
    heads: [["mehl", "flour"], ["schrot", "meal"], ["flocken", "flakes"], ["malz", "malt"], ["grieß", "semolina"]],
    modifiers: [["Roggen", "rye"], ["Dinkel", "spelt"], ["Weizen", "wheat"], ["Hafer", "oat"], ["Gersten", "barley"], ["Rauch", "smoked"], ["Karamell", "caramel"], ["Pilsner", "pilsner"], ["Vollkorn", "wholegrain"], ["Emmer", "emmer"], ["Einkorn", "einkorn"], ["Buchweizen", "buckwheat"]],
  },
  {
    key: "fisch", name: ["Fisch", "Fish"], craft: "fishery", business: ["Fischzucht", "Teichwirtschaft", "Forellenzucht"], price: [5, 25],
    heads: [["filet", "fillet"], ["forelle", "trout"], ["karpfen", "carp"], ["saibling", "char"]],
    modifiers: [["Forellen", "trout"], ["Karpfen", "carp"], ["Saiblings", "char"], ["Räucher", "smoked"], ["Zander", "pike-perch"], ["Hecht", "pike"], ["Teich", "pond"], ["Bach", "brook"]],
  },
  {
    key: "obst", name: ["Obst & Gemüse", "Fruit & Vegetables"], craft: "farm", business: ["Hof", "Gut", "Kirschenhof", "Gemüsehof", "Obsthof"], price: [2, 12],
    heads: [["kirschen", "cherries"], ["zwetschgen", "plums"], ["saft", "juice"], ["äpfel", "apples"], ["kartoffeln", "potatoes"], ["birnen", "pears"], ["rüben", "beets"]],
    modifiers: [["Süß", "sweet"], ["Sauer", "sour"], ["Haus", "damson"], ["Apfel", "apple"], ["Trauben", "grape"], ["Tafel", "table"], ["Most", "cider"], ["Früh", "early"], ["Lager", "storage"], ["Speise", "table"], ["Streuobst", "orchard"]],
  },
  {
    key: "feinkost", name: ["Feinkost & Gerichte", "Deli & Ready Meals"], craft: "restaurant", business: ["Gasthaus", "Wirtshaus", "Landgasthof"], price: [5, 25],
    heads: [["gulasch", "goulash"], ["braten", "roast"], ["suppe", "soup"], ["senf", "mustard"], ["soße", "gravy"], ["paket", "box"]],
    modifiers: [["Bratwurst", "bratwurst"], ["Sauer", "sauer"], ["Rinder", "beef"], ["Kartoffel", "potato"], ["Linsen", "lentil"], ["Meerrettich", "horseradish"], ["Brotzeit", "Brotzeit"], ["Wild", "game"], ["Zwiebel", "onion"], ["Schäufele", "pork shoulder"]],
  },
]

const ADJECTIVES = [["Fränkisches", "Franconian"], ["Altes", "traditional"], ["Echtes", "genuine"], ["Reines", "pure"], ["Hausgemachtes", "home-made"]]
const SUFFIXES = [[", kräftig", ", strong"], [", mild", ", mild"], [" im Glas", " in a jar"], [" vom Hof", " from the farm"], [" nach Hausrezept", " to the house recipe"], [" aus der Region", " from the region"], [", 500 g", ", 500 g"], [", frisch", ", fresh"]]

const FAMILIES = [
  "Amon", "Bauer", "Beck", "Brendel", "Dietz", "Dorn", "Ebner", "Eichner", "Fischer", "Forkel", "Frank", "Fuchs", "Gebhardt", "Goldhammer", "Greim", "Grünler",
  "Hartung", "Hegwein", "Hoffmann", "Höhn", "Kellner", "König", "Kraus", "Leupold", "Lindner", "Mehlhorn", "Müller", "Ochs", "Pfister", "Püttner", "Rennert", "Roth",
  "Roßner", "Schmitt", "Schwarzmann", "Seuberth", "Sommer", "Strobel", "Summer", "Wagner", "Weber", "Weißmann", "Wolfrum", "Wunder", "Zapf", "Zeidler", "Zwingel", "Hümmer",
]
const TOWN_STARTS = ["Ober", "Unter", "Nieder", "Klein", "Groß", "Alt", "Neu", "Mark", "Burg", "Wald", "Berg", "Stein", "Kirch", "Hohen", "Lichten", "Rot"]
const TOWN_ENDS = ["kirchen", "bach", "dorf", "feld", "hausen", "stadt", "au", "heim", "reuth", "lohe", "berg", "furt", "grün", "tann"]

const WORDS_DE = (
  "und mit aus von der die das dem den im nach für ohne zum vom auf bei wie seit jeden Tag lange frisch kräftig mild würzig cremig dunkel hell saftig knusprig fein grob herzhaft " +
  "aromatisch naturtrüb vollmundig regional handwerklich traditionell langsam schonend sorgfältig Geschmack Rezept Region Hof Familie Tradition Handwerk Zutaten Ofen Keller Fass " +
  "Glas Flasche Laib Teig Ernte Sommer Winter Brotzeit Sonntag Markt Wiese Wald Quelle Holz Rauch Salz Kümmel Honig Milch Butter Gerste Roggen Dinkel Hopfen Malz Frucht " +
  "gebacken gebraut gereift geräuchert gelagert abgefüllt geerntet vermahlen gebrannt gerührt geschnitten gekocht eingekocht gepflückt Buchenholz Felsenkeller Steinofen " +
  "Sauerteig Heumilch Weide Stall Streuobst Franken Oberfranken Jura Fichtelgebirge Frankenwald Generationen Wochen Monate ideal passt gut zu Kartoffeln Salat Brot Bier"
).split(" ")
const WORDS_EN = (
  "and with from of the in for without to on by as every day long fresh strong mild spicy creamy dark pale moist crisp fine coarse hearty aromatic cloudy full-bodied " +
  "regional hand-made traditional slowly gently carefully taste recipe region farm family tradition craft ingredients oven cellar barrel jar bottle loaf dough harvest summer " +
  "winter Sunday market meadow forest spring wood smoke salt caraway honey milk butter barley rye spelt hops malt fruit baked brewed aged smoked stored bottled harvested " +
  "milled distilled stirred sliced cooked preserved picked beechwood sourdough Franconia generations weeks months ideal with potatoes salad bread beer"
).split(" ")

const CLAIMS = [["eu_organic", 0.25], ["bioland", 0.08], ["regional_verified", 0.15], ["craft_slaughter", 0.05], ["pgi", 0.04]]

const slug = (text) =>
  text
    .toLocaleLowerCase("de")
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
const capital = (word) => word.charAt(0).toLocaleUpperCase("de") + word.slice(1)

function sentence(rand, pool, extra) {
  const pick = pickWith(rand)
  const length = 20 + Math.floor(rand() * 21)
  const words = Array.from({ length }, () => pick(pool))
  // The product's own words appear in its description too, as they do in a real one.
  for (const word of extra) words[Math.floor(rand() * length)] = word
  return `${capital(words.join(" "))}.`
}

/** `count` producers of every category's craft in `towns` generated towns. */
export function generateProducers(rand, { count = 300, towns = 120 } = {}) {
  const pick = pickWith(rand)
  const townNames = []
  for (const start of TOWN_STARTS) for (const end of TOWN_ENDS) townNames.push(`${start}${end}`)
  const chosenTowns = []
  while (chosenTowns.length < towns) {
    const name = pick(townNames)
    if (!chosenTowns.includes(name)) chosenTowns.push(name)
  }
  return Array.from({ length: count }, (_, i) => {
    const category = CATEGORIES[i % CATEGORIES.length]
    const name = `${pick(category.business)} ${pick(FAMILIES)}`
    const town = pick(chosenTowns)
    return {
      handle: `${slug(name)}-${i}`,
      name,
      craft: category.craft,
      category,
      town,
      district: `Landkreis ${chosenTowns[chosenTowns.indexOf(town) % 12]}`,
      latitude: Number((49.6 + rand() * 0.9).toFixed(5)),
      longitude: Number((10.7 + rand() * 1.5).toFixed(5)),
    }
  })
}

/** `count` product documents in the product index's shape, sold by `producers`. */
export function generateDocuments(rand, producers, count, { salesChannelId = "sc_bench" } = {}) {
  const pick = pickWith(rand)
  const created = Date.UTC(2026, 0, 1)
  return Array.from({ length: count }, (_, i) => {
    const producer = pick(producers)
    const category = producer.category
    const [headDe, headEn] = pick(category.heads)
    const [modifierDe, modifierEn] = pick(category.modifiers)
    const adjective = rand() < 0.15 ? pick(ADJECTIVES) : null
    const suffix = rand() < 0.35 ? pick(SUFFIXES) : ["", ""]
    const compound = `${modifierDe}${headDe}`
    const title = `${adjective ? `${adjective[0]} ` : ""}${compound}${suffix[0]}`
    const titleEn = capital(`${adjective ? `${adjective[1]} ` : ""}${modifierEn} ${headEn}${suffix[1]}`)
    const claims = CLAIMS.filter(([, share]) => rand() < share).map(([type]) => type).sort()
    const [low, high] = category.price
    return {
      id: `prod_bench_${i}`,
      status: "published",
      sales_channel_ids: [salesChannelId],
      handle: `${slug(compound)}-${i}`,
      title,
      description: sentence(rand, WORDS_DE, [capital(headDe), compound, producer.town]),
      title_en: titleEn,
      description_en: sentence(rand, WORDS_EN, [headEn, modifierEn]),
      category_names: category.name,
      created_at: new Date(created - Math.floor(rand() * 365) * 86_400_000).toISOString(),
      category_ids: [`pcat_bench_${category.key}`],
      tags: [],
      producer_handle: producer.handle,
      producer_name: producer.name,
      producer_craft: producer.craft,
      producer_town: producer.town,
      producer_district: producer.district,
      producer_latitude: producer.latitude,
      producer_longitude: producer.longitude,
      claims,
      price: Number((low + rand() * (high - low)).toFixed(2)),
      in_stock: rand() < 0.95,
    }
  })
}

/** One typo a person makes: a letter dropped, doubled, swapped with its neighbour, or wrong. */
function typo(rand, word) {
  const at = 1 + Math.floor(rand() * (word.length - 2))
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at)
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    default:
      return word.slice(0, at) + "eiaou".replace(word[at], "")[Math.floor(rand() * 4)] + word.slice(at + 1)
  }
}

/** Umlauts and ß as a keyboard without them writes them. */
const typedWithoutUmlauts = (word) => word.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/Ä/g, "Ae").replace(/Ö/g, "Oe").replace(/Ü/g, "Ue").replace(/ß/g, "ss")

export const QUERY_TYPES = ["head", "compound", "typo", "folded", "two_words", "prefix"]

/**
 * `perType` queries of each type, drawn from the catalog's own words: single heads ("Bier"),
 * compounds ("Rauchbier"), a compound with one typo ("Rauchbeir"), words with umlauts typed
 * as ae/oe/ue/ss ("Bluetenhonig"), a compound and a town or producer family ("Rauchbier
 * Oberbach"), and prefixes as typed into a search box (match_strategy "last": "Rauchb").
 */
export function generateQueries(rand, producers, { perType = 60 } = {}) {
  const pick = pickWith(rand)
  const compound = () => {
    const category = pick(CATEGORIES)
    return `${pick(category.modifiers)[0]}${pick(category.heads)[0]}`
  }
  const withUmlaut = []
  for (const category of CATEGORIES) {
    for (const [head] of category.heads) if (/[äöüß]/.test(head)) withUmlaut.push(capital(head))
    for (const [modifier] of category.modifiers) {
      for (const [head] of category.heads) if (/[äöüß]/i.test(modifier + head)) withUmlaut.push(`${modifier}${head}`)
    }
  }
  const make = {
    head: () => capital(pick(pick(CATEGORIES).heads)[0]),
    compound,
    typo: () => typo(rand, compound()),
    folded: () => typedWithoutUmlauts(pick(withUmlaut)),
    two_words: () => `${compound()} ${rand() < 0.5 ? pick(producers).town : pick(producers).name.split(" ")[1]}`,
    prefix: () => {
      const word = compound()
      return word.slice(0, Math.min(word.length, 3 + Math.floor(rand() * 4)))
    },
  }
  const queries = []
  for (let i = 0; i < perType; i++) {
    for (const type of QUERY_TYPES) queries.push({ type, q: make[type](), last: type === "prefix" })
  }
  return queries
}
