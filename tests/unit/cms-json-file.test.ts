import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inSchemaOrder, toJsonFile } from '../../admin/json-file';
import { labelSchema } from '../../src/schemas/label';
import { root } from './helpers';

/** Keys of every object in reverse order, as Decap's form data may hand them over. */
function shuffled(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffled);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, shuffled(v)]),
    );
  return value;
}

describe('how the CMS writes label files', () => {
  const dir = join(root, 'tests/fixtures/content/labels');
  for (const file of readdirSync(dir).sort()) {
    it(`${file}: serialising the parsed file reproduces it byte for byte, whatever the key order`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const parsed = labelSchema.parse(JSON.parse(text));
      expect(toJsonFile(labelSchema, parsed)).toBe(text);
      expect(toJsonFile(labelSchema, shuffled(JSON.parse(text)))).toBe(text);
    });
  }

  it('leaves out an empty evidence list, but keeps empty lists that have a default', () => {
    const fact = inSchemaOrder(labelSchema, { assessments: [], criteria: { c29: { evidence: [], value: 'unknown' } } });
    expect(fact).toEqual({ criteria: { c29: { value: 'unknown' } }, assessments: [] });
    expect(Object.keys(fact as object)).toEqual(['criteria', 'assessments']);
  });
});
