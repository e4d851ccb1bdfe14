/**
 * Real towns of Upper Franconia (Oberfranken) with their real centre coordinates (WGS 84)
 * and the district (kreisfreie Stadt or Landkreis) they belong to — and one beyond it,
 * Spalt in Middle Franconia, where the network's hops come from.
 */
export type Town = { name: string; district: string; postal_code: string; latitude: number; longitude: number }

export const TOWNS = {
  bamberg: { name: "Bamberg", district: "Stadt Bamberg", postal_code: "96047", latitude: 49.8917, longitude: 10.8868 },
  buttenheim: { name: "Buttenheim", district: "Landkreis Bamberg", postal_code: "96155", latitude: 49.8042, longitude: 11.0289 },
  schesslitz: { name: "Scheßlitz", district: "Landkreis Bamberg", postal_code: "96110", latitude: 49.9758, longitude: 11.0286 },
  bayreuth: { name: "Bayreuth", district: "Stadt Bayreuth", postal_code: "95444", latitude: 49.9456, longitude: 11.5713 },
  pottenstein: { name: "Pottenstein", district: "Landkreis Bayreuth", postal_code: "91278", latitude: 49.7717, longitude: 11.4083 },
  hollfeld: { name: "Hollfeld", district: "Landkreis Bayreuth", postal_code: "96142", latitude: 49.9369, longitude: 11.2906 },
  kulmbach: { name: "Kulmbach", district: "Landkreis Kulmbach", postal_code: "95326", latitude: 50.1006, longitude: 11.4503 },
  thurnau: { name: "Thurnau", district: "Landkreis Kulmbach", postal_code: "95349", latitude: 50.0261, longitude: 11.3925 },
  hof: { name: "Hof", district: "Stadt Hof", postal_code: "95028", latitude: 50.3135, longitude: 11.9128 },
  naila: { name: "Naila", district: "Landkreis Hof", postal_code: "95119", latitude: 50.33, longitude: 11.7083 },
  coburg: { name: "Coburg", district: "Stadt Coburg", postal_code: "96450", latitude: 50.2612, longitude: 10.9627 },
  neustadt: { name: "Neustadt bei Coburg", district: "Landkreis Coburg", postal_code: "96465", latitude: 50.3297, longitude: 11.1208 },
  forchheim: { name: "Forchheim", district: "Landkreis Forchheim", postal_code: "91301", latitude: 49.7197, longitude: 11.0581 },
  ebermannstadt: { name: "Ebermannstadt", district: "Landkreis Forchheim", postal_code: "91320", latitude: 49.7806, longitude: 11.1858 },
  goessweinstein: { name: "Gößweinstein", district: "Landkreis Forchheim", postal_code: "91327", latitude: 49.7692, longitude: 11.3381 },
  hallerndorf: { name: "Hallerndorf", district: "Landkreis Forchheim", postal_code: "91352", latitude: 49.7597, longitude: 10.9767 },
  lichtenfels: { name: "Lichtenfels", district: "Landkreis Lichtenfels", postal_code: "96215", latitude: 50.1456, longitude: 11.0594 },
  staffelstein: { name: "Bad Staffelstein", district: "Landkreis Lichtenfels", postal_code: "96231", latitude: 50.1028, longitude: 10.9714 },
  kronach: { name: "Kronach", district: "Landkreis Kronach", postal_code: "96317", latitude: 50.2411, longitude: 11.3281 },
  wunsiedel: { name: "Wunsiedel", district: "Landkreis Wunsiedel i. Fichtelgebirge", postal_code: "95632", latitude: 50.0399, longitude: 12.0034 },
  marktredwitz: { name: "Marktredwitz", district: "Landkreis Wunsiedel i. Fichtelgebirge", postal_code: "95615", latitude: 50.0, longitude: 12.0833 },
  selb: { name: "Selb", district: "Landkreis Wunsiedel i. Fichtelgebirge", postal_code: "95100", latitude: 50.1706, longitude: 12.1311 },
  spalt: { name: "Spalt", district: "Landkreis Roth (Mittelfranken)", postal_code: "91174", latitude: 49.1747, longitude: 10.9244 },
} satisfies Record<string, Town>

export type TownKey = keyof typeof TOWNS
