/**
 * WOFF 1.0 -> SFNT (TrueType/OpenType): resvg reads only TrueType/OpenType
 * files, and @fontsource/noto-sans-sc ships WOFF slices (share-fonts.ts).
 */
import { inflateSync } from 'node:zlib';

export interface SfntTable {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

/** OpenType table checksum: the sum of the data as big-endian uint32 (zero-padded), mod 2^32. */
export function tableChecksum(data: Uint8Array): number {
  let sum = 0;
  const full = data.length & ~3;
  for (let i = 0; i < full; i += 4) sum = (sum + ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!)) >>> 0;
  if (full < data.length) {
    let last = 0;
    for (let i = 0; i < 4; i++) last = (last << 8) | (data[full + i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

const tagAt = (buf: Buffer, offset: number) => buf.toString('latin1', offset, offset + 4);

/**
 * Decode a WOFF 1.0 font into the SFNT it wraps (WOFF 1.0 spec, W3C 2012):
 * each table is zlib-compressed when its compressed length is shorter than
 * its original length, stored as is otherwise. The table directory keeps the
 * WOFF's order (sorted by tag) and its original checksums; tables are
 * 4-byte aligned and head.checkSumAdjustment is recomputed for the file.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < 44 || src.readUInt32BE(0) !== 0x774f4646) throw new Error('woffToSfnt: not a WOFF 1.0 file (no wOFF signature)');
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  if (44 + numTables * 20 > src.length) throw new Error('woffToSfnt: table directory runs past the end of the file');
  const tables: { tag: string; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    const tag = tagAt(src, entry);
    const offset = src.readUInt32BE(entry + 4);
    const compLength = src.readUInt32BE(entry + 8);
    const origLength = src.readUInt32BE(entry + 12);
    const checksum = src.readUInt32BE(entry + 16);
    if (offset + compLength > src.length) throw new Error(`woffToSfnt: table ${tag} runs past the end of the file`);
    const stored = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : Buffer.from(stored);
    if (data.length !== origLength) throw new Error(`woffToSfnt: table ${tag} is ${data.length} bytes, the directory says ${origLength}`);
    tables.push({ tag, checksum, data });
  }
  // SFNT header: searchRange etc. from the largest power of two <= numTables.
  let pow = 1;
  let log = 0;
  while (pow * 2 <= numTables) {
    pow *= 2;
    log++;
  }
  const headerSize = 12 + numTables * 16;
  const pad = (n: number) => (n + 3) & ~3;
  const total = tables.reduce((n, t) => n + pad(t.data.length), headerSize);
  const out = Buffer.alloc(total);
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(pow * 16, 6);
  out.writeUInt16BE(log, 8);
  out.writeUInt16BE(numTables * 16 - pow * 16, 10);
  let offset = headerSize;
  let headOffset = -1;
  tables.forEach((t, i) => {
    const record = 12 + i * 16;
    out.write(t.tag, record, 'latin1');
    out.writeUInt32BE(t.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(t.data.length, record + 12);
    t.data.copy(out, offset);
    if (t.tag === 'head') headOffset = offset;
    offset += pad(t.data.length);
  });
  if (headOffset >= 0 && headOffset + 12 <= out.length) {
    out.writeUInt32BE(0, headOffset + 8);
    out.writeUInt32BE((0xb1b0afba - tableChecksum(out)) >>> 0, headOffset + 8);
  }
  return out;
}

/** The table directory of an SFNT font (for checks and tests). */
export function sfntTables(sfnt: Uint8Array): SfntTable[] {
  const buf = Buffer.from(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const n = buf.readUInt16BE(4);
  return Array.from({ length: n }, (_, i) => {
    const r = 12 + i * 16;
    return { tag: tagAt(buf, r), checksum: buf.readUInt32BE(r + 4), offset: buf.readUInt32BE(r + 8), length: buf.readUInt32BE(r + 12) };
  });
}

/** The table directory of a WOFF font: tag and original checksum of each table. */
export function woffTables(woff: Uint8Array): { tag: string; checksum: number; length: number }[] {
  const buf = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  const n = buf.readUInt16BE(12);
  return Array.from({ length: n }, (_, i) => {
    const e = 44 + i * 20;
    return { tag: tagAt(buf, e), checksum: buf.readUInt32BE(e + 16), length: buf.readUInt32BE(e + 12) };
  });
}
