/**
 * PNG bytes from the pixels resvg draws. resvg's own encoder (RenderedImage
 * .asPng) was the slowest step of a build: it writes RGBA with an adaptive
 * filter at a high compression level, about 100 ms per 1200x630 image, and
 * the share images' two-weight drawing (share-image.ts) went through it
 * twice, plus a decode. Here the layers are composed on the pixels and
 * written once as RGB (every image is drawn on an opaque ground), with no
 * row filter and zlib's level 3: on flat colour and text no filter compresses
 * best, and level 3 deflates four times faster than the default level 6 for
 * files a third larger, still smaller than resvg's (a case's share image:
 * 41 KB; 48 KB from resvg, 29 KB at level 6). Same pixels in, same bytes out.
 */
import { promisify } from 'node:util';
import { crc32, deflate, deflateSync } from 'node:zlib';

const deflateAsync = promisify(deflate);

/** Pixels as resvg's RenderedImage holds them: RGBA, premultiplied by alpha, row after row. */
export interface Pixels {
  pixels: Uint8Array;
  width: number;
  height: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** x·y/255 rounded to nearest, in integers (the blend tiny-skia, resvg's renderer, uses). */
const mul255 = (x: number, y: number) => {
  const v = x * y + 128;
  return (v + (v >> 8)) >> 8;
};

/**
 * An opaque image (`base`) with `overlay` (premultiplied, possibly
 * transparent, at most as large) drawn over its top-left corner, source over,
 * as 8-bit RGB rows each led by PNG's filter byte 0 (none): the IDAT payload
 * before compression.
 */
export function opaqueRows(base: Pixels, overlay?: Pixels): Buffer {
  const { width, height, pixels } = base;
  if (overlay && (overlay.width > width || overlay.height > height)) throw new Error(`opaqueRows: the overlay (${overlay.width}x${overlay.height}) is larger than the image (${width}x${height})`);
  const stride = width * 3 + 1;
  const out = Buffer.allocUnsafe(stride * height);
  let alpha = 255;
  for (let y = 0, p = 0; y < height; y++) {
    let o = y * stride;
    out[o++] = 0;
    for (let x = 0; x < width; x++, p += 4, o += 3) {
      out[o] = pixels[p]!;
      out[o + 1] = pixels[p + 1]!;
      out[o + 2] = pixels[p + 2]!;
      alpha &= pixels[p + 3]!;
    }
  }
  if (alpha !== 255) throw new Error(`opaqueRows: the ${width}x${height} image is not opaque (draw it on an opaque background)`);
  if (!overlay) return out;
  const src = overlay.pixels;
  for (let y = 0, s = 0; y < overlay.height; y++) {
    for (let x = 0, o = y * stride + 1; x < overlay.width; x++, s += 4, o += 3) {
      const a = src[s + 3]!;
      if (a === 0) continue;
      out[o] = src[s]! + mul255(out[o]!, 255 - a);
      out[o + 1] = src[s + 1]! + mul255(out[o + 1]!, 255 - a);
      out[o + 2] = src[s + 2]! + mul255(out[o + 2]!, 255 - a);
    }
  }
  return out;
}

/** The PNG file around deflated RGB rows (opaqueRows) of a width x height image. */
function pngFile(width: number, height: number, idat: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB (compression, filter method and interlace stay 0)
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))]);
}

const DEFLATE = { level: 3 };

/** A PNG of an opaque image, with `overlay` drawn over its top-left corner (see opaqueRows); deflated on a libuv worker thread. */
export async function encodePng(base: Pixels, overlay?: Pixels): Promise<Buffer> {
  return pngFile(base.width, base.height, await deflateAsync(opaqueRows(base, overlay), DEFLATE));
}

/** encodePng on the calling thread (the share images' drawing thread, raster.ts): the same bytes. */
export function encodePngSync(base: Pixels, overlay?: Pixels): Buffer {
  return pngFile(base.width, base.height, deflateSync(opaqueRows(base, overlay), DEFLATE));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('pngSize: not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
