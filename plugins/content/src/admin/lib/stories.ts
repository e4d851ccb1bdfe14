import type { ContentStatus } from "../../modules/content/vocabulary"
import { listOf, listText, NO_WORDS, optionalText, wordsDraftOf, wordsOf, type Words, type WordsDraft } from "./form"
import type { PagedAnswer } from "./use-paged-list"

/** A story as `GET /admin/stories` lists it. */
export type ListedStory = { id: string; handle: string; status: ContentStatus; title: string; author: string; published_at: string | null }
export type StoryPage = PagedAnswer & { stories: ListedStory[] }

/** A story as `GET /admin/stories/:id` gives it: the shape `POST` takes. */
export type StoryAsInput = {
  id: string
  handle: string
  status: ContentStatus
  title: Words
  teaser: Words
  body: Words
  author: string
  image_url: string | null
  published_at: string | null
  producer_ids: string[]
  product_ids: string[]
}

/** A story as the form holds it: the ids of producers and products typed as lists. */
export type StoryDraft = {
  handle: string
  status: ContentStatus
  title: WordsDraft
  teaser: WordsDraft
  body: WordsDraft
  author: string
  image_url: string
  published_at: string
  producer_ids: string
  product_ids: string
}

export const NEW_STORY: StoryDraft = {
  handle: "",
  status: "draft",
  title: NO_WORDS,
  teaser: NO_WORDS,
  body: NO_WORDS,
  author: "",
  image_url: "",
  published_at: "",
  producer_ids: "",
  product_ids: "",
}

export const storyDraftOf = (story: StoryAsInput): StoryDraft => ({
  handle: story.handle,
  status: story.status,
  title: wordsDraftOf(story.title),
  teaser: wordsDraftOf(story.teaser),
  body: wordsDraftOf(story.body),
  author: story.author,
  image_url: story.image_url ?? "",
  published_at: story.published_at ?? "",
  producer_ids: listText(story.producer_ids),
  product_ids: listText(story.product_ids),
})

/** The body of `POST /admin/stories` (and, its changed fields, of `POST /admin/stories/:id`). */
export const storyBodyOf = (draft: StoryDraft) => ({
  handle: draft.handle.trim() || undefined,
  status: draft.status,
  title: wordsOf(draft.title),
  teaser: wordsOf(draft.teaser),
  body: wordsOf(draft.body),
  author: draft.author,
  image_url: optionalText(draft.image_url),
  // Empty: the route sets the day it is published.
  published_at: optionalText(draft.published_at),
  producer_ids: listOf(draft.producer_ids),
  product_ids: listOf(draft.product_ids),
})
