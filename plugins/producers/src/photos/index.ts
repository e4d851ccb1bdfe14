/**
 * Producers' photos (`@genussnetz/producers/photos`): how an upload is read and re-encoded before
 * anything of it is stored. Product photos (marketplace plugin) and claims' evidence (provenance) use it.
 */
export {
  DOCUMENT_MAX_SIDE,
  PHOTO_CONTENT_TYPES,
  PHOTO_MAX_BYTES,
  PHOTO_MIN_WIDTH,
  PHOTO_WIDTHS,
  reencodeDocumentImage,
  reencodePhoto,
  type PhotoSize,
  type ReencodedPhoto,
} from "./reencode"
export { readPhotoUpload, readUpload, uploadedFile, uploadedPhoto } from "./upload-body"
