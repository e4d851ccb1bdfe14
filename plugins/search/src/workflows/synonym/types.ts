export type SynonymGroupInput = { terms: string[]; note?: string | null }
