/**
 * The dataset schemas are the single description of the public records:
 * every field, nested ones included, carries a description for /data/ and
 * datapackage.json, and the seeds' datasets satisfy them.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DATASET_SCHEMAS } from '../../scripts/datasets/schema.ts';
import { seedResult } from '../helpers/seeds.ts';

/** Paths of object properties that have no description, anywhere in a JSON Schema. */
function undocumented(schema: Record<string, unknown>, path = ''): string[] {
  const missing: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, field] of Object.entries(properties)) {
    if (typeof field.description !== 'string' || field.description === '') missing.push(`${path}${name}`);
    missing.push(...undocumented(field, `${path}${name}.`));
  }
  const items = schema.items as Record<string, unknown> | undefined;
  if (items && typeof items === 'object') missing.push(...undocumented(items, path));
  return missing;
}

describe('dataset schemas', () => {
  for (const [name, record] of Object.entries(DATASET_SCHEMAS)) {
    it(`${name}: every field has a description in Chinese`, () => {
      const json = z.toJSONSchema(record) as Record<string, unknown>;
      expect(undocumented(json)).toEqual([]);
      const descriptions = Object.values(json.properties as Record<string, { description: string }>).map((f) => f.description);
      expect(descriptions.filter((d) => !/\p{Script=Han}/u.test(d))).toEqual([]);
    });
  }

  it('the seeds’ datasets satisfy their schemas', () => {
    const result = seedResult();
    for (const name of Object.keys(DATASET_SCHEMAS) as (keyof typeof DATASET_SCHEMAS)[]) {
      const parsed = z.array(DATASET_SCHEMAS[name]).safeParse(JSON.parse(JSON.stringify(result[name])));
      expect(parsed.error?.issues ?? [], name).toEqual([]);
    }
  });
});
