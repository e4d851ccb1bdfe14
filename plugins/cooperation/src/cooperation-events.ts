/** The events the cooperation board emits. */
export const CooperationEvents = {
  /** A producer posted an offer or a need: `{ id }`. */
  POST_CREATED: "cooperation_post.created",
} as const
