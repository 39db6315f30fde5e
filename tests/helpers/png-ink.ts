/**
 * How much ink a PNG carries: the summed darkness of its pixels, for tests
 * that compare renderings (a bold text carries clearly more than a regular
 * one). Reads 8-bit RGB or RGBA, non-interlaced PNGs (what src/lib/png.ts and resvg write).
 */
import { inflateSync } from 'node:zlib';

export function pngInk(png: Buffer): number {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (png[24] !== 8 || (png[25] !== 2 && png[25] !== 6) || png[28] !== 0) throw new Error('pngInk: only 8-bit RGB or RGBA, non-interlaced');
  const bpp = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * bpp;
  const prev = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? row[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      row[i] = (line[i]! + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
    for (let i = 0; i < stride; i += bpp) ink += (255 - (row[i]! + row[i + 1]! + row[i + 2]!) / 3) * (bpp === 4 ? row[i + 3]! / 255 : 1);
    row.copy(prev);
  }
  return ink;
}
