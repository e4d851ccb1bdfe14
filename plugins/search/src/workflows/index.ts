export { createSynonymGroupsWorkflow } from "./synonym/create-synonym-groups"
export { deleteSynonymGroupWorkflow } from "./synonym/delete-synonym-group"
export { updateSynonymGroupWorkflow } from "./synonym/update-synonym-group"
export type { SynonymGroupInput } from "./synonym/types"
