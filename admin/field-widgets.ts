import { collections as registry, type CollectionSpec } from '../src/schemas/registry';
import { propertiesOf, readSchema, type Property, type Shape } from './schema-reader';

/**
 * One Decap form field per schema field: widget, label, hint, required flag, default and the
 * widget's options, from the shape admin/schema-reader.ts reads. Pure; tests/unit/cms-config.test.ts.
 */

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

/** Label from `.meta({ title })`, else the first phrase of the description, else the key. */
export function labelFor(name: string, shape: Pick<Shape, 'title' | 'description'>): string {
  if (shape.title !== undefined) return shape.title;
  const phrase = (shape.description ?? '').split(/(?<=\?)\s|[.,:;(]\s?| –|, z\. B\./)[0]?.trim();
  return phrase && phrase.length <= 60 ? phrase : name;
}

const DATE_ONLY_SOURCE = String.raw`^\d{4}-\d{2}-\d{2}$`;

function dateKind(shape: Shape): 'date' | 'date-time' | undefined {
  if (shape.format === 'date' || shape.format === 'date-time') return shape.format;
  if (shape.type === 'string' && shape.patterns.some((p) => p.source === DATE_ONLY_SOURCE)) return 'date';
  return undefined;
}

/** Messages for zod's own formats, where a schema gives none. */
const FORMAT_MESSAGES: Record<string, string> = { email: 'muss eine E-Mail-Adresse sein', uri: 'muss eine vollständige Webadresse sein' };

/** A Decap `pattern` ([regex, message]) for a string shape, where it has one. */
function patternFor(shape: Shape): [string, string] | undefined {
  if (shape.type === 'union') {
    const parts = shape.options.map(patternFor);
    if (parts.some((p) => !p)) return undefined;
    const sources = parts.map((p) => p![0].replace(/^\^/, '').replace(/\$$/, ''));
    return [`^(?:${sources.join('|')})$`, parts.map((p) => p![1]).join(' oder ')];
  }
  if (shape.type !== 'string') return undefined;
  const pattern = shape.patterns.find((p) => !p.flags.includes('g'));
  if (!pattern) return shape.format === 'uri' ? ['^(?:https?)://\\S+$', FORMAT_MESSAGES.uri] : undefined;
  const source = pattern.flags.includes('i') ? caseInsensitive(pattern.source) : pattern.source;
  return [source, pattern.message ?? FORMAT_MESSAGES[shape.format ?? ''] ?? `muss dem Muster ${pattern.source} entsprechen`];
}

/** Decap compiles patterns without flags; spell out both cases of every letter outside classes and escapes. */
function caseInsensitive(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + source[++i];
      continue;
    }
    if (ch === '[') inClass = true;
    if (ch === ']') inClass = false;
    out += !inClass && /[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch;
  }
  return out;
}

function lengthLimits(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function numberOptions(shape: Extract<Shape, { type: 'number' }>): Record<string, unknown> {
  // Decap's bounds are inclusive; an exclusive bound moves by one for whole numbers.
  const step = shape.integer ? 1 : 0;
  const lows = [shape.minimum, shape.exclusiveMinimum === undefined ? undefined : shape.exclusiveMinimum + step].filter((v) => v !== undefined);
  const highs = [shape.maximum, shape.exclusiveMaximum === undefined ? undefined : shape.exclusiveMaximum - step].filter((v) => v !== undefined);
  return {
    value_type: shape.integer ? 'int' : 'float',
    ...(lows.length ? { min: Math.max(...lows) } : {}),
    ...(highs.length ? { max: Math.min(...highs) } : {}),
    ...(shape.integer ? {} : { step: 0.1 }),
  };
}

/** Select options for an enum: labels from its `.meta({ labels })` (vocabEnum sets them), else the values. */
export function enumOptions(shape: Extract<Shape, { type: 'enum' }>): { label: string; value: string }[] {
  return shape.values.map((value) => ({ label: shape.labels?.[value] ?? value, value }));
}

function dateWidget(kind: 'date' | 'date-time', optional: boolean): Record<string, unknown> {
  const common = { widget: 'datetime', picker_utc: false };
  const format =
    kind === 'date'
      ? { format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false }
      : { format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' };
  // Decap's date picker starts empty; a required date starts at today so the form is valid sooner.
  return { ...common, ...format, ...(optional ? {} : { default: '{{now}}' }) };
}

interface Context {
  path: string;
  /** Whether the field itself may be left empty. */
  optional: boolean;
  /**
   * Inside an optional object Decap would still demand its required fields, so they are
   * optional in the form; the pre-save check enforces "required once the object is filled in".
   */
  optionalParent?: boolean;
  references: Map<string, string>;
  specs: CollectionSpec[];
}

/** The field that names an entry in lists and relation pickers. */
export function identifierField(spec: CollectionSpec): string {
  const names = (propertiesOf(readSchema(spec.schema)) ?? []).map((p) => p.name);
  return ['title', 'name', 'year'].find((key) => names.includes(key)) ?? names[0] ?? 'title';
}

function relationWidget(target: string, ctx: Context): Record<string, unknown> {
  const spec = ctx.specs.find((s) => s.name === target);
  const display = spec ? identifierField(spec) : 'title';
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: [display],
    display_fields: [display],
  };
}

/** Widget and options for one shape, without name, label, hint and required. */
function widgetFor(shape: Shape, ctx: Context): Record<string, unknown> {
  // `labels[]` in the registry: every item of the list names an entry of another collection.
  const listReference = shape.type === 'array' ? ctx.references.get(`${ctx.path}[]`) : undefined;
  if (listReference && shape.type === 'array')
    return { ...relationWidget(listReference, ctx), multiple: true, ...lengthLimits(shape.minItems, shape.maxItems) };
  const reference = ctx.references.get(ctx.path);
  if (reference) return relationWidget(reference, ctx);
  // No pattern here: Decap tests an image pattern against its own intermediate value, not the
  // stored path, and refuses valid uploads. The check before saving enforces the schema's rule.
  if (shape.widget === 'image') return { widget: 'image', choose_url: false };
  if (shape.widget === 'file') return { widget: 'file', choose_url: false };

  switch (shape.type) {
    case 'string':
    case 'union': {
      const kind = dateKind(shape);
      // No "today" default inside list items: Decap would then start every list of a new entry
      // with one item holding only that date (e.g. an evidence entry without address).
      if (kind) return dateWidget(kind, ctx.optional || ctx.path.includes('[]'));
      const { min, max } = shape.type === 'string' ? { min: shape.minLength, max: shape.maxLength } : { min: undefined, max: undefined };
      const long = (max !== undefined && max > 150) || (max === undefined && (min ?? 0) >= 20);
      const widget = shape.widget ?? (long ? 'text' : 'string');
      const pattern = patternFor(shape);
      return { widget, ...(pattern ? { pattern } : {}) };
    }
    case 'number':
      return { widget: 'number', ...numberOptions(shape) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: enumOptions(shape) };
    case 'object': {
      const optionalParent = ctx.optionalParent || ctx.optional;
      return { widget: 'object', collapsed: false, fields: fieldsOf(shape.properties, { ...ctx, optionalParent }) };
    }
    case 'array': {
      // An optional list may be absent (the evidence of an unknown value); its minimum holds only
      // once it has items, which the check before saving enforces, so Decap gets no `min` for it.
      const limits = {
        ...(shape.maxItems !== undefined ? { max: shape.maxItems } : {}),
        ...(!ctx.optional && shape.minItems !== undefined ? { min: shape.minItems } : {}),
      };
      const element = shape.items;
      if (element.type === 'enum') return { widget: 'select', multiple: true, options: enumOptions(element), ...limits };
      const itemCtx = { ...ctx, path: `${ctx.path}[]`, optional: false, optionalParent: false };
      if (element.type === 'object') return { widget: 'list', collapsed: true, fields: fieldsOf(element.properties, itemCtx), ...limits };
      return { widget: 'list', ...limits, field: { name: 'item', label: element.title ?? 'Eintrag', ...widgetFor(element, itemCtx) } };
    }
  }
}

function fieldFor({ name, optional, shape }: Property, ctx: Context): CmsField {
  const options = widgetFor(shape, { ...ctx, optional });
  const field: CmsField = {
    name,
    label: labelFor(name, shape),
    widget: options.widget as string,
    required: !optional && !ctx.optionalParent,
    ...(shape.description !== undefined ? { hint: shape.description } : {}),
    ...options,
  };
  if (shape.default !== undefined && !(Array.isArray(shape.default) && shape.default.length === 0)) field.default = shape.default;
  else if (shape.formDefault !== undefined) field.default = shape.formDefault;
  return field;
}

function fieldsOf(properties: Property[], ctx: Context): CmsField[] {
  return properties.map((property) => fieldFor(property, { ...ctx, path: ctx.path ? `${ctx.path}.${property.name}` : property.name }));
}

/** All form fields of a collection; Markdown collections end with the body text. */
export function collectionFields(spec: CollectionSpec, specs: CollectionSpec[] = registry): CmsField[] {
  const properties = propertiesOf(readSchema(spec.schema));
  if (!properties) throw new Error(`CMS-Konfiguration: Das Schema von „${spec.name}“ ist kein Objekt.`);
  const references = new Map((spec.references ?? []).map((r) => [r.field, r.collection]));
  const fields = fieldsOf(properties, { path: '', optional: false, references, specs });
  if (spec.format === 'md') {
    // sanitize_preview: the editor's preview runs raw HTML from the text through DOMPurify, as the build sanitises it (Decap's default, pinned).
    fields.push({
      name: 'body',
      label: 'Text',
      widget: 'markdown',
      required: true,
      hint: 'Der Haupttext der Seite.',
      modes: ['rich_text', 'raw'],
      sanitize_preview: true,
    });
  }
  return fields;
}
