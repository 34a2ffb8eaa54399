import type { Sharp, SharpOptions } from 'sharp';

type SharpFactory = (input: Uint8Array, options: SharpOptions) => Sharp;

// Loaded on first use: sharp's native binary comes from a platform-specific npm package, and a
// machine without it should still start (and store photos without thumbnails).
let loading: Promise<SharpFactory | undefined> | undefined;
function loadSharp(): Promise<SharpFactory | undefined> {
  loading ??= import('sharp').then(
    (m) => m.default,
    () => undefined,
  );
  return loading;
}

/** Thumbnails are stored beside their blob under this suffix (see FileStore.putDerived). */
export const THUMBNAIL_SUFFIX = 'thumb.jpg';
export const THUMBNAIL_SIZE = 320;

/** Makes list-sized previews of photos; undefined when the image cannot be decoded. */
export interface Thumbnailer {
  make(bytes: Uint8Array): Promise<Uint8Array | undefined>;
}

/**
 * sharp (libvips, prebuilt binaries from npm) thumbnails of JPEG, PNG and WebP. HEIC is not
 * decoded by the prebuilt libvips (HEVC is patent-encumbered), so HEIC photos get none.
 */
export const sharpThumbnailer: Thumbnailer = {
  async make(bytes) {
    const sharp = await loadSharp();
    if (!sharp) return undefined;
    try {
      return await sharp(bytes, { failOn: 'error' })
        // Phone photos are stored sideways with an EXIF orientation; apply it before resizing.
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        // JPEG has no transparency: transparent PNG areas would otherwise turn black.
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 78 })
        .toBuffer();
    } catch {
      // A file that passed the type check but does not decode is still kept as evidence, just without a preview.
      return undefined;
    }
  },
};
