/**
 * PNG bytes from the pixels resvg draws. resvg's own encoder (RenderedImage
 * .asPng) was the slowest step of a build: it writes RGBA with an adaptive
 * filter at a high compression level, about 100 ms per 1200x630 image, and
 * the share images' two-weight drawing (share-image.ts) went through it
 * twice, plus a decode. Here the layers are composed on the pixels and
 * written once as RGB (every image is drawn on an opaque ground), with no
 * row filter and zlib's default level: flat colour and text compress best
 * that way (a share image is about a third smaller than resvg's), and it
 * takes a fraction of the time. Same pixels in, same bytes out.
 */
import { crc32, deflateSync } from 'node:zlib';

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
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    let o = y * stride + 1;
    let p = y * width * 4;
    const over = overlay && y < overlay.height ? overlay : undefined;
    for (let x = 0; x < width; x++, p += 4, o += 3) {
      if (pixels[p + 3] !== 255) throw new Error(`opaqueRows: pixel ${x},${y} is not opaque (draw the image on an opaque background)`);
      let r = pixels[p]!;
      let g = pixels[p + 1]!;
      let b = pixels[p + 2]!;
      if (over && x < over.width) {
        const s = (y * over.width + x) * 4;
        const a = over.pixels[s + 3]!;
        if (a) {
          r = over.pixels[s]! + mul255(r, 255 - a);
          g = over.pixels[s + 1]! + mul255(g, 255 - a);
          b = over.pixels[s + 2]! + mul255(b, 255 - a);
        }
      }
      out[o] = r;
      out[o + 1] = g;
      out[o + 2] = b;
    }
  }
  return out;
}

/** A PNG of an opaque image, with `overlay` drawn over its top-left corner (see opaqueRows). */
export function encodePng(base: Pixels, overlay?: Pixels): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(base.width, 0);
  header.writeUInt32BE(base.height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB (compression, filter method and interlace stay 0)
  const data = deflateSync(opaqueRows(base, overlay), { level: 6 });
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('latin1', 12, 16) !== 'IHDR') throw new Error('pngSize: not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
