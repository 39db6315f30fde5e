/**
 * The PNG writer (src/lib/png.ts): valid chunks a decoder accepts, the exact
 * pixels back after inflating, and the overlay blended source-over on
 * premultiplied pixels the way resvg draws them.
 */
import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng, opaqueRows, pngSize } from '../../src/lib/png.ts';
import { rasterizePixels } from '../../src/lib/share-image.ts';

const image = (width: number, height: number, rgba: number[]) => ({ width, height, pixels: Uint8Array.from({ length: width * height * 4 }, (_, i) => rgba[i % 4]!) });

/** The chunks of a PNG: type, data, and whether the stored CRC matches. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    out.push({ type: body.toString('latin1', 0, 4), data: body.subarray(4), crcOk: crc32(body) === png.readUInt32BE(at + 8 + length) });
    at += length + 12;
  }
  return out;
}

describe('encodePng', () => {
  it('writes an 8-bit RGB PNG whose IDAT inflates to the pixels, each row led by filter 0', async () => {
    const png = await encodePng(image(3, 2, [10, 20, 30, 255]));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect([parts[0]!.data[8], parts[0]!.data[9]]).toEqual([8, 2]);
    const row = [0, 10, 20, 30, 10, 20, 30, 10, 20, 30];
    expect([...inflateSync(parts[1]!.data)]).toEqual([...row, ...row]);
  });

  it('lays a premultiplied overlay over the top-left corner, source over', () => {
    const base = image(2, 2, [200, 100, 0, 255]);
    // Half-transparent black (premultiplied: colour 0, alpha 128) and fully transparent: only the first darkens.
    const overlay = { width: 1, height: 1, pixels: Uint8Array.from([0, 0, 0, 128]) };
    const rows = opaqueRows(base, overlay);
    expect([...rows]).toEqual([0, 100, 50, 0, 200, 100, 0, 0, 200, 100, 0, 200, 100, 0]);
    const opaque = { width: 1, height: 1, pixels: Uint8Array.from([1, 2, 3, 255]) };
    expect([...opaqueRows(base, opaque).subarray(1, 4)]).toEqual([1, 2, 3]);
  });

  it('refuses an image that is not opaque, and an overlay larger than the image', async () => {
    await expect(encodePng(image(1, 1, [0, 0, 0, 0]))).rejects.toThrow(/not opaque/);
    await expect(encodePng(image(1, 1, [0, 0, 0, 255]), image(2, 1, [0, 0, 0, 0]))).rejects.toThrow(/larger/);
  });

  it('blends as resvg does: a layer drawn over the image in one SVG and the two layers composed differ by rounding only', async () => {
    const svg = (body: string, background = '') => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">${background}${body}</svg>`;
    const ground = '<rect width="40" height="20" fill="#fbfaf6"/><rect x="5" width="20" height="20" fill="#b3361d"/>';
    const top = '<circle cx="15" cy="10" r="8" fill="#1c1b19" fill-opacity="0.6"/>';
    const together = await rasterizePixels(svg(top, ground), [], '#fbfaf6', 40);
    const composed = opaqueRows(await rasterizePixels(svg('', ground), [], '#fbfaf6', 40), await rasterizePixels(svg(top), [], 'transparent', 40));
    const single = opaqueRows(together);
    const ground0 = opaqueRows(await rasterizePixels(svg('', ground), [], '#fbfaf6', 40));
    const diff = (a: Buffer, b: Buffer) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
    expect(diff(single, ground0)).toBeGreaterThan(50); // the circle is drawn
    expect(diff(composed, single)).toBeLessThanOrEqual(1);
  });
});
