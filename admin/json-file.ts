import type { z } from 'astro/zod';
import { unwrap } from './config';

/**
 * How the CMS writes a JSON entry: keys in the schema's order at every level, two-space indent
 * and a final newline, so one changed value is a one-line diff however Decap ordered its form
 * data. An empty list in an optional field without default (e.g. the evidence of an unknown
 * value) is left out, as the schema wants it absent rather than empty.
 */

type Schema = z.ZodType;

function def(schema: Schema): Record<string, any> {
  return (schema as any)._zod.def;
}

export function inSchemaOrder(schema: Schema, value: unknown): unknown {
  const { inner } = unwrap(schema);
  const d = def(inner);
  if (d.type === 'array' && Array.isArray(value)) return value.map((item) => inSchemaOrder(d.element, item));
  if (d.type !== 'object' || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const shape = d.shape as Record<string, Schema>;
  const data = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of [...Object.keys(shape), ...Object.keys(data).filter((k) => !(k in shape))]) {
    if (!(key in data) || data[key] === undefined) continue;
    const field = shape[key];
    if (field) {
      const { optional, defaultValue } = unwrap(field);
      if (optional && defaultValue === undefined && Array.isArray(data[key]) && (data[key] as unknown[]).length === 0) continue;
    }
    out[key] = field ? inSchemaOrder(field, data[key]) : data[key];
  }
  return out;
}

export function toJsonFile(schema: Schema, data: unknown): string {
  return `${JSON.stringify(inSchemaOrder(schema, data), null, 2)}\n`;
}
