/**
 * Where the district map's names go. A facet names only its districts with the most cases, at most
 * `nameCap` of them (a reader of a small map needs the largest named; the rest are in the chart's data
 * table and CSV, which the map's note points to): without the cap, a corpus with cases in every district
 * every year names all of them, and the labels alone doubled the embed page's weight. A named district's
 * name goes inside its outline when it fits there; the others get a callout: a label in a column left of
 * the map joined to the district by a leader line. Callouts are fewer still: at most `calloutCap` a facet.
 * Neither ever names part of a tie (naming two of four districts with one case each would single them
 * out for no reason). Each facet places its own callouts, level with their districts, in the order that
 * keeps leaders from crossing.
 */
import { geoMercator, geoPath, polygonArea, type GeoProjection } from 'd3';
import polylabel from 'polylabel';
import type { DistrictFeature } from './geo.ts';
import { textWidth } from './theme.ts';

/** Room for the year label above each map. */
export const LABEL = 18;
/** Line height of the callout column, and the room between it and the map. */
const CALLOUT_LINE = 14;
const CALLOUT_GAP = 10;
/** Facet width per callout: a 150px facet (four years on a phone) names 2, a 300px one 4. */
const WIDTH_PER_CALLOUT = 72;
/** Facet width per named district: a 150px facet (four years) names 5, a 300px one (a single year) 11, every Guangzhou district. */
const WIDTH_PER_NAME = 27;

export const shortDistrict = (name: string) => name.replace(/区$/, '');
const calloutText = (name: string, count: number) => `${shortDistrict(name)} ${count}`;

/** A district that has cases in one facet. */
export interface Counted {
  name: string;
  count: number;
}

export interface Callout {
  /** [lon, lat] of the label's right end. */
  at: [number, number];
  /** [lon, lat] of the district's label point, where the leader line ends. */
  centre: [number, number];
}

export interface MapLabels {
  /** Per district, [lon, lat] of its label point: where its name goes inside, or its leader line ends. */
  points: Map<string, [number, number]>;
  /** Per facet (in the order given), the named districts whose name fits inside their outline. */
  inside: Set<string>[];
  /** Per facet (in the order given), its callouts by district name. */
  callouts: Map<string, Callout>[];
  /** Room kept left of the map for the callout column (the projection's left inset). */
  insetLeft: number;
  /** Districts with cases that a facet leaves unnamed (they are in the data table). */
  unnamed: number;
}

/** Callouts a facet of this width names at most. */
export function calloutCap(facetWidth: number): number {
  return Math.max(1, Math.floor(facetWidth / WIDTH_PER_CALLOUT));
}

/** Districts a facet of this width names at most, inside outlines and by callouts together. */
export function nameCap(facetWidth: number): number {
  return Math.max(2, Math.floor(facetWidth / WIDTH_PER_NAME));
}

/**
 * The districts to name (or call out): by count, most first, at most `cap`; a group of equal counts is named whole
 * or not at all, and after a group that is left out no smaller count is named (it would read as larger).
 */
export function chooseCallouts(candidates: readonly Counted[], cap: number): Counted[] {
  const byCount = [...candidates].sort((a, b) => b.count - a.count);
  const chosen: Counted[] = [];
  for (let i = 0; i < byCount.length; ) {
    const group = byCount.filter((c) => c.count === byCount[i]!.count);
    if (chosen.length + group.length > cap) break;
    chosen.push(...group);
    i += group.length;
  }
  return chosen;
}

type Point = [number, number];

/** Whether segments ab and cd cross (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * Which slot each district's label takes: of every order, the one with the fewest crossing leaders, then
 * the shortest leaders (a handful of callouts: at most a few hundred orders to try).
 */
export function assignSlots(x: number, slots: readonly number[], centres: readonly Point[]): number[] {
  const cost = (order: number[]) => {
    const ends = order.map((slot, i) => [[x, slots[slot]!] as Point, centres[i]!] as const);
    let crossings = 0;
    for (let i = 0; i < ends.length; i++) for (let j = i + 1; j < ends.length; j++) if (segmentsCross(ends[i]![0], ends[i]![1], ends[j]![0], ends[j]![1])) crossings++;
    const length = ends.reduce((n, [a, b]) => n + Math.hypot(b[0] - a[0], b[1] - a[1]), 0);
    return crossings * 1e6 + length;
  };
  const identity = centres.map((_, i) => i);
  if (centres.length > 6) return identity;
  return permutations(identity).reduce((best, order) => (cost(order) < cost(best) ? order : best), identity);
}

/**
 * Labels for a map of `features` drawn in facets `width` × `height`, one facet per entry of `facets`
 * (the districts with cases there). Positions are worked out on the same Mercator fit Plot makes of the
 * facet (close to the pixel: the column only needs to clear the map) and handed to Plot as longitude
 * and latitude, so Plot projects labels, leaders and outlines alike.
 */
export function placeLabels(features: DistrictFeature[], width: number, height: number, facets: readonly Counted[][]): MapLabels {
  const collection = { type: 'FeatureCollection', features } as never;
  const fit = (insetLeft: number) => geoMercator().fitExtent([[insetLeft + 2, LABEL + 2], [width - 2, height - 2]], collection);
  const fitsInside = (f: DistrictFeature, path: ReturnType<typeof geoPath>) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f as never);
    return x1 - x0 >= textWidth(shortDistrict(f.properties.name)) + 14 && y1 - y0 >= 36;
  };
  const cap = calloutCap(width);
  const named = facets.map((counted) => chooseCallouts(counted, nameCap(width)));
  const choose = (insetLeft: number) => {
    const path = geoPath(fit(insetLeft));
    const outside = new Set(features.filter((f) => !fitsInside(f, path)).map((f) => f.properties.name));
    return { outside, chosen: named.map((counted) => chooseCallouts(counted.filter((c) => outside.has(c.name)), cap)) };
  };
  // The column takes room from the map, which can leave another district too small: settle in two rounds.
  let insetLeft = 0;
  for (let round = 0; round < 2; round++) {
    const widest = Math.max(0, ...choose(insetLeft).chosen.flat().map((c) => textWidth(calloutText(c.name, c.count))));
    insetLeft = widest ? Math.ceil(widest + CALLOUT_GAP) : 0;
  }
  const { outside, chosen } = choose(insetLeft);
  const projection = fit(insetLeft);
  const points = new Map(features.map((f) => [f.properties.name, projection.invert!(labelPoint(f, projection)) as [number, number]]));
  const callouts = chosen.map((named) => facetCallouts(projection, named.map((c) => points.get(c.name)!), named, insetLeft, height));
  const inside = named.map((counted) => new Set(counted.map((c) => c.name).filter((n) => !outside.has(n))));
  const unnamed = facets.reduce((n, counted, i) => n + counted.length - inside[i]!.size - chosen[i]!.length, 0);
  return { points, inside, callouts, insetLeft, unnamed };
}

/**
 * A district's label point in the facet's pixels: the point of its largest polygon farthest from every
 * edge (polylabel). The gazetteer's point is the district's seat, which can sit at its edge: 白云's, at
 * its southern tip, put its name over 越秀 and under the leader lines to the small central districts.
 */
function labelPoint(f: DistrictFeature, projection: GeoProjection): Point {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const projected = polygons.map((polygon) => polygon.map((ring) => ring.map((c) => projection(c as [number, number])!)));
  const largest = projected.reduce((a, b) => (Math.abs(polygonArea(b[0]!)) > Math.abs(polygonArea(a[0]!)) ? b : a));
  const [x, y] = polylabel(largest, 0.5);
  return [x, y];
}

/** One facet's callouts: each label level with its district, pushed down to clear the one above and back up from the bottom. */
function facetCallouts(projection: GeoProjection, lonLats: [number, number][], named: Counted[], insetLeft: number, height: number): Map<string, Callout> {
  const centres = lonLats.map((c) => projection(c)!);
  const ys: number[] = [];
  for (const [i, y] of centres.map((c) => c[1]).sort((a, b) => a - b).entries()) ys.push(Math.max(y, i ? ys[i - 1]! + CALLOUT_LINE : LABEL + CALLOUT_LINE));
  const over = Math.max(0, (ys.at(-1) ?? 0) - (height - 6));
  const slots = ys.map((y) => y - over);
  const x = insetLeft - CALLOUT_GAP + 4;
  const order = assignSlots(x, slots, centres);
  const lonLat = (xy: Point) => projection.invert!(xy) as [number, number];
  return new Map(named.map((c, i) => [c.name, { at: lonLat([x, slots[order[i]!]!]), centre: lonLats[i]! }] as const));
}
