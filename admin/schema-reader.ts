import { z } from 'astro/zod';
import type { PatternRule } from '../src/schemas/fields';

/**
 * Reads a zod schema through its public JSON Schema (z.toJSONSchema) into the few facts the CMS
 * form needs, so nothing in admin/ depends on zod's internals. JSON Schema has no words for a
 * pattern's German message and flags, a vocabulary's labels or a field's widget; the schemas say
 * them with `.meta()`, whose fields z.toJSONSchema copies into the output:
 *   title   – field label (otherwise the first phrase of the `.describe()` text)
 *   format  – 'date' (YYYY-MM-DD text) or 'date-time' (ISO date and time with offset)
 *   widget  – 'image', 'file' (PDF upload), 'text', 'markdown' or 'string' to override the chosen widget
 *   labels  – key → label object of an enum (set by vocabEnum in src/schemas/fields.ts)
 *   patterns – pattern source → German message and flags (set by `matching` in src/schemas/fields.ts)
 *   formDefault – the value a new entry's form starts with, for a field the schema still requires
 *                 (e.g. "unknown" for facts an editor sets only once a source confirms them)
 */

/** A pattern the value must match, with the message an editor reads when it does not. */
export interface Pattern {
  source: string;
  flags: string;
  message?: string;
}

interface Common {
  title?: string;
  description?: string;
  widget?: string;
  format?: string;
  default?: unknown;
  formDefault?: unknown;
}

export type Shape = Common &
  (
    | { type: 'string'; minLength?: number; maxLength?: number; patterns: Pattern[] }
    | { type: 'union'; options: Shape[] }
    | { type: 'number'; integer: boolean; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number }
    | { type: 'boolean' }
    | { type: 'enum'; values: string[]; labels?: Record<string, string> }
    | { type: 'object'; properties: Property[] }
    | { type: 'array'; items: Shape; minItems?: number; maxItems?: number }
  );

export interface Property {
  name: string;
  /** Absent from the object, empty in the form: not required, or with a default. */
  optional: boolean;
  shape: Shape;
}

type Json = z.core.JSONSchema.JSONSchema;

/** zod's bounds of a plain `.int()` (the safe integers), not a rule of the schema. */
const SAFE = Number.MAX_SAFE_INTEGER;

function bound(value: unknown): number | undefined {
  return typeof value === 'number' && Math.abs(value) !== SAFE ? value : undefined;
}

function common(json: Json): Common {
  const out: Common = {};
  if (typeof json.title === 'string') out.title = json.title;
  if (typeof json.description === 'string') out.description = json.description;
  if (typeof json.widget === 'string') out.widget = json.widget;
  if (typeof json.format === 'string') out.format = json.format;
  if (json.default !== undefined) out.default = json.default;
  if (json.formDefault !== undefined) out.formDefault = json.formDefault;
  return out;
}

function patternsOf(json: Json): Pattern[] {
  const rules = (json.patterns ?? {}) as Record<string, PatternRule>;
  const sources = [json.pattern, ...(json.allOf ?? []).map((part) => typeof part === 'object' && part.pattern)].filter(
    (s): s is string => typeof s === 'string',
  );
  return sources.map((source) => ({ source, flags: rules[source]?.flags ?? '', message: rules[source]?.message }));
}

/** `.nullable()` is an `anyOf` with `{ type: 'null' }`; the form treats it as optional. */
const isNull = (option: Json) => option.type === 'null';
const nullable = (json: Json) => json.anyOf?.some(isNull) ?? false;

function shapeOf(json: Json, path: string): Shape {
  const base = common(json);
  if (json.anyOf) {
    const options = json.anyOf.filter((option) => !isNull(option)).map((option) => shapeOf(option, path));
    // A nullable field is its inner schema, with what the wrapper says on top.
    return options.length === 1 ? { ...options[0], ...base } : { ...base, type: 'union', options };
  }
  if (json.enum || json.const !== undefined) {
    const values = (json.enum ?? [json.const]).map(String);
    const labels = json.labels as Record<string, string> | undefined;
    return { ...base, type: 'enum', values, ...(labels ? { labels } : {}) };
  }
  switch (json.type) {
    case 'string':
      return { ...base, type: 'string', minLength: bound(json.minLength), maxLength: bound(json.maxLength), patterns: patternsOf(json) };
    case 'number':
    case 'integer':
      return {
        ...base,
        type: 'number',
        integer: json.type === 'integer',
        minimum: bound(json.minimum),
        maximum: bound(json.maximum),
        exclusiveMinimum: bound(json.exclusiveMinimum),
        exclusiveMaximum: bound(json.exclusiveMaximum),
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'array':
      return { ...base, type: 'array', items: shapeOf(json.items as Json, `${path}[]`), minItems: bound(json.minItems), maxItems: bound(json.maxItems) };
    case 'object': {
      const required = new Set(json.required ?? []);
      const properties = Object.entries(json.properties ?? {}).map(([name, child]) => {
        const shape = shapeOf(child as Json, path ? `${path}.${name}` : name);
        return { name, optional: !required.has(name) || shape.default !== undefined || nullable(child as Json), shape };
      });
      return { ...base, type: 'object', properties };
    }
    default:
      throw new Error(
        `CMS-Konfiguration: Feld „${path}“ hat einen zod-Typ, für den es kein Eingabefeld gibt (JSON Schema: ${JSON.stringify(json.type ?? Object.keys(json))}).`,
      );
  }
}

const cache = new WeakMap<z.ZodType, Shape>();

/**
 * The shape of a schema's output (`io: 'output'`, so a default stays a default instead of being
 * dropped where the field transforms its input, and a preprocessed field is read as the schema
 * it validates with). Types without a JSON Schema form throw.
 */
export function readSchema(schema: z.ZodType): Shape {
  let shape = cache.get(schema);
  if (!shape) {
    shape = shapeOf(z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw' }), '');
    cache.set(schema, shape);
  }
  return shape;
}

/** The fields of an object schema in their order; undefined for other schemas. */
export function propertiesOf(shape: Shape): Property[] | undefined {
  return shape.type === 'object' ? shape.properties : undefined;
}
