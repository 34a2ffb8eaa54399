import { crc32, deflateRawSync } from 'node:zlib';

/** One member of a hand-built zip. */
export interface ZipEntry {
  name: string;
  content: Buffer;
  /** Deflate the content (method 8) instead of storing it (method 0). */
  deflate?: boolean;
  /** The uncompressed size the headers declare; a hostile file may lie about it. Default: the real size. */
  declaredSize?: number;
  /** Flag the name as UTF-8 (general-purpose bit 11). */
  utf8Name?: boolean;
}

/**
 * A zip written byte by byte (local headers, central directory, end record), so tests control what
 * the headers say: enough structure for the type sniffer, which reads the central directory, and for
 * any unzip tool.
 */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const nameBytes = Buffer.from(entry.name);
    const data = entry.deflate ? deflateRawSync(entry.content) : entry.content;
    // The fields a local header (from byte 4) and a central one (from byte 6) share, in the same order.
    const writeShared = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed to extract
      header.writeUInt16LE(entry.utf8Name ? 0x0800 : 0, at + 2);
      header.writeUInt16LE(entry.deflate ? 8 : 0, at + 4);
      header.writeUInt32LE(crc32(entry.content), at + 10);
      header.writeUInt32LE(data.length, at + 14);
      header.writeUInt32LE(entry.declaredSize ?? entry.content.length, at + 18);
      header.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeShared(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeShared(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
