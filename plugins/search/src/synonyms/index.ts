export { foldSynonymGroups, synonymsOf, type FoldedSynonymGroup } from "./expand"
export { SynonymSource, SYNONYM_REFRESH_MS, type SqlManager } from "./source"
