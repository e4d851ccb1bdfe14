/**
 * Producers' photos (`@genussnetz/producers/photos`): how an upload is read and re-encoded before
 * anything of it is stored. Product photos (marketplace plugin) use it; profile photos will too.
 */
export { PHOTO_CONTENT_TYPES, PHOTO_MAX_BYTES, PHOTO_MIN_WIDTH, PHOTO_WIDTHS, reencodePhoto, type PhotoSize, type ReencodedPhoto } from "./reencode"
export { readPhotoUpload, uploadedPhoto } from "./upload-body"
