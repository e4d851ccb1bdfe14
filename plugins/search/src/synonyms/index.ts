export { foldSynonymGroups, SYNONYM_ENDINGS, SYNONYM_MIN_STEM, synonymsOf, type FoldedSynonymGroup } from "./expand"
export { SynonymSource, SYNONYM_REFRESH_MS, type SqlManager } from "./source"
