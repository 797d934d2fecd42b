import type { z } from 'astro/zod';
import { readSchema, type Shape } from './schema-reader';

/**
 * How the CMS writes a JSON entry: keys in the schema's order at every level, two-space indent
 * and a final newline, so one changed value is a one-line diff however Decap ordered its form
 * data. An empty list in an optional field without default (e.g. the evidence of an unknown
 * value) is left out, as the schema wants it absent rather than empty.
 */

function ordered(shape: Shape, value: unknown): unknown {
  if (shape.type === 'array' && Array.isArray(value)) return value.map((item) => ordered(shape.items, item));
  if (shape.type !== 'object' || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const fields = new Map(shape.properties.map((p) => [p.name, p]));
  const data = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of [...fields.keys(), ...Object.keys(data).filter((k) => !fields.has(k))]) {
    if (!(key in data) || data[key] === undefined) continue;
    const field = fields.get(key);
    if (field?.optional && field.shape.default === undefined && Array.isArray(data[key]) && (data[key] as unknown[]).length === 0) continue;
    out[key] = field ? ordered(field.shape, data[key]) : data[key];
  }
  return out;
}

export function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  return ordered(readSchema(schema), value);
}

export function toJsonFile(schema: z.ZodType, data: unknown): string {
  return `${JSON.stringify(inSchemaOrder(schema, data), null, 2)}\n`;
}
