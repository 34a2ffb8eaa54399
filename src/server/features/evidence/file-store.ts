import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface StoredBlob {
  sha256: string;
  size: number;
}

export interface BlobContent {
  stream: Readable;
  size: number;
}

/**
 * Content-addressed storage of evidence files: a blob's key is the sha256 of its bytes, so the same
 * file uploaded twice is stored once. Derived files (thumbnails) live beside their blob under a
 * suffix. The local implementation below can be joined by an S3-compatible one behind this interface.
 */
export interface FileStore {
  /** Stores the bytes under their sha256; storing bytes that are already there writes nothing. */
  put(bytes: Uint8Array): Promise<StoredBlob>;
  /** Stores a file derived from a blob, e.g. `putDerived(sha, 'thumb.jpg', jpeg)`. */
  putDerived(sha256: string, suffix: string, bytes: Uint8Array): Promise<void>;
  /** The blob (or its derived file) as a stream, or undefined when it is not stored. */
  get(sha256: string, suffix?: string): Promise<BlobContent | undefined>;
  has(sha256: string, suffix?: string): Promise<boolean>;
}

const SHA256 = /^[0-9a-f]{64}$/;
const SUFFIX = /^[a-z0-9]+(\.[a-z0-9]+)*$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Blobs under `<root>/<aa>/<bb>/<sha256>` (the root is `<dataDir>/files`), two levels to keep directories small. */
export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  /** Where a key lives. Keys are checked so that nothing can point outside the root. */
  pathOf(sha256: string, suffix?: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    if (suffix !== undefined && !SUFFIX.test(suffix)) throw new Error(`bad derived-file suffix: ${suffix}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), suffix ? `${sha256}.${suffix}` : sha256);
  }

  async put(bytes: Uint8Array): Promise<StoredBlob> {
    const sha256 = sha256Of(bytes);
    const target = this.pathOf(sha256);
    if (!(await exists(target))) await writeAtomically(target, bytes);
    return { sha256, size: bytes.byteLength };
  }

  async putDerived(sha256: string, suffix: string, bytes: Uint8Array): Promise<void> {
    await writeAtomically(this.pathOf(sha256, suffix), bytes);
  }

  async get(sha256: string, suffix?: string): Promise<BlobContent | undefined> {
    const file = this.pathOf(sha256, suffix);
    try {
      const { size } = await stat(file);
      return { stream: createReadStream(file), size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async has(sha256: string, suffix?: string): Promise<boolean> {
    return exists(this.pathOf(sha256, suffix));
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/**
 * Writes to a temporary file in the target's directory, flushes it, then renames it into place:
 * a crash mid-write leaves at most a stray `.tmp`, never a truncated blob under a valid key.
 */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const tmp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const file = await open(tmp, 'wx', 0o640);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable before the database row that points at the blob commits. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  }
}
