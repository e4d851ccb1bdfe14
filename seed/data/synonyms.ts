/**
 * The search's starting synonym list: words shoppers use for the same thing, in Franconia and
 * across Germany. The association keeps it from here on (admin page "Suchbegriffe"); the seed
 * only adds groups none of whose terms is in the list yet.
 */
export const SYNONYM_GROUPS: { terms: string[]; note: string }[] = [
  { terms: ["Brötchen", "Semmel", "Weckla", "Weck", "Wecken", "Schrippe"], note: "Bread rolls: Weckla is Franconian" },
  { terms: ["Schäufele", "Schäuferla", "Schäufala"], note: "Franconian pork shoulder, three spellings" },
  { terms: ["Pflaume", "Zwetschge", "Zwetschke", "Zwetsche"], note: "Plums: Zwetschge in the south" },
  { terms: ["Schnaps", "Brand", "Obstler", "Obstbrand", "Geist"], note: "Spirits" },
  { terms: ["Metzgerei", "Fleischerei", "Metzger", "Fleischer", "Schlachterei"], note: "Butchers" },
  { terms: ["Brezel", "Brezen", "Breze", "Brezn"], note: "Pretzels" },
  { terms: ["Quark", "Topfen"], note: "Curd cheese" },
  { terms: ["Sahne", "Rahm"], note: "Cream" },
  { terms: ["Kartoffel", "Erdapfel", "Erdäpfel"], note: "Potatoes" },
  { terms: ["Meerrettich", "Kren"], note: "Horseradish" },
  { terms: ["Bäckerei", "Bäcker", "Backhaus"], note: "Bakers" },
  { terms: ["Brauerei", "Brauhaus", "Bräu"], note: "Breweries" },
]
