/**
 * The words German food names are built from, for splitting compounds ("Rauchbier" →
 * rauch + bier, "Kümmelweckla" → kümmel + weckla). Written for a regional food shop in
 * Franconia: what its goods are (heads: Bier, Brot, Käse, Wurst …), what they are made of
 * and how (modifiers: Roggen, Dinkel, Rauch, Keller, Heumilch …), and the region's own words
 * (Weckla, Schäuferla, Zwetschgen, Bames). A word added here takes effect when the product
 * index is next rebuilt (`medusa exec` of a reindex, or any change to the index definition).
 *
 * Kept as plain words in their usual spelling; the analyzer folds them (see fold.ts).
 */
export const FOOD_WORDS: readonly string[] = [
  // Bread, baking, grain and mill
  "Brot", "Brötchen", "Semmel", "Weck", "Weckla", "Wecken", "Brezel", "Brezen", "Breze", "Laugen", "Lauge",
  "Kuchen", "Lebkuchen", "Stollen", "Zopf", "Striezel", "Gebäck", "Backwaren", "Fladen", "Knust", "Kruste",
  "Bauern", "Land", "Stadt", "Haus", "Hof", "Holzofen", "Ofen", "Zeit", "Paket", "Sauerteig", "Teig", "Hefe", "Schrot", "Korn",
  "Körner", "Vollkorn", "Voll", "Mehl", "Grieß", "Flocken", "Kleie", "Roggen", "Weizen", "Dinkel", "Hafer",
  "Gerste", "Emmer", "Einkorn", "Buchweizen", "Mais", "Hirse", "Kümmel", "Sesam", "Mohn", "Leinsamen", "Samen",
  "Sonnenblumen", "Kürbiskern", "Kern", "Kerne", "Früchte", "Frucht", "Schnitz", "Nuss", "Nüsse", "Mandel",
  "Zimt", "Anis", "Honig", "Zucker", "Streusel", "Butter", "Kirsch", "Apfel", "Birnen", "Birne", "Zwetschge",
  "Zwetschgen", "Pflaume", "Pflaumen", "Quitte", "Quitten", "Bames", "Ausstecherle", "Krapfen", "Küchla",
  "Küchle", "Nudel", "Nudeln", "Spätzle", "Knödel", "Kloß", "Klöße",
  // Meat, sausage, fish
  "Wurst", "Würste", "Würstchen", "Bratwurst", "Brat", "Braten", "Rostbrat", "Leber", "Blut", "Press", "Sack",
  "Presssack", "Schinken", "Roh", "Koch", "Speck", "Schwarte", "Bauch", "Schulter", "Keule", "Lende", "Filet",
  "Fleisch", "Suppe", "Suppen", "Gulasch", "Ragout", "Rind", "Rinder", "Kalb", "Kalbs", "Schwein", "Schweine",
  "Lamm", "Hammel", "Ziege", "Wild", "Reh", "Hirsch", "Huhn", "Hühner", "Hähnchen", "Hendl", "Geflügel", "Gans",
  "Ente", "Pute", "Schäufele", "Schäuferla", "Schäufala", "Zipfel", "Stadtwurst", "Weißwurst", "Wiener",
  "Knacker", "Landjäger", "Sülze", "Aspik", "Leberkäse", "Fleischkäse", "Rauch", "Räucher", "Geräuchert",
  "Sauer", "Sauerbraten", "Metzger", "Metzgerei", "Fleischerei", "Schlacht", "Karpfen", "Forelle", "Forellen",
  "Saibling", "Saiblings", "Hecht", "Zander", "Waller", "Fisch", "Teich", "Brotzeit",
  // Beer, malt, hops, spirits, drinks
  "Bier", "Biere", "Pils", "Pilsner", "Lager", "Märzen", "Bock", "Doppelbock", "Keller", "Zwickel", "Zwickl",
  "Zoigl", "Weißbier", "Weizenbier", "Weiße", "Weiß", "Hell", "Helles", "Dunkel", "Dunkles", "Export",
  "Kloster", "Brauerei", "Brauhaus", "Bräu", "Malz", "Karamell", "Röst", "Hopfen", "Brand", "Geist", "Schnaps",
  "Obstler", "Obst", "Likör", "Wasser", "Brennerei", "Wein", "Sekt", "Most", "Saft", "Nektar", "Limonade",
  "Schorle", "Sirup", "Essig",
  // Dairy, eggs, oil, pantry
  "Käse", "Käserei", "Berg", "Heu", "Milch", "Heumilch", "Rahm", "Sahne", "Süßrahm", "Sauerrahm", "Quark",
  "Topfen", "Joghurt", "Butter", "Buttermilch", "Frisch", "Weich", "Hart", "Schnitt", "Molkerei", "Sennerei",
  "Ei", "Eier", "Freiland", "Öl", "Raps", "Senf", "Meerrettich", "Kren", "Salz", "Pfeffer", "Kräuter", "Gewürz",
  "Marmelade", "Konfitüre", "Gelee", "Mus", "Chutney", "Soße", "Sauce", "Wachs", "Kerze", "Bienenwachs",
  "Bienen", "Blüten", "Wald", "Linden", "Raps", "Akazien", "Tannen", "Imkerei",
  // Fruit, vegetables, potatoes
  "Kartoffel", "Kartoffeln", "Erdäpfel", "Rüben", "Rübe", "Bete", "Kohl", "Kraut", "Sauerkraut", "Gemüse",
  "Salat", "Gurke", "Gurken", "Zwiebel", "Zwiebeln", "Lauch", "Spargel", "Kirschen", "Äpfel", "Beeren",
  "Erdbeeren", "Himbeeren", "Johannisbeeren", "Holunder", "Hagebutten", "Süß", "Rote",
]
