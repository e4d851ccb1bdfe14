/** An event's handle: lower-case words joined by hyphens, as the admin and the seed write them. */
export const EventHandle = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
