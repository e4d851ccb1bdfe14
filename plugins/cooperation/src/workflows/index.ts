export { createCooperationPostWorkflow } from "./board/create-cooperation-post"
export { setCooperationPostStatusWorkflow } from "./board/set-cooperation-post-status"
export { takeUpOfferWorkflow } from "./board/take-up-offer"
export { CooperationPostInput, type CooperationPostInputType } from "./board/schemas"
