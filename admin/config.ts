import type { z } from 'astro/zod';
import { collections as registry, schemaFor, type CollectionSpec } from '../src/schemas/registry';
import type { BackendConfig } from './backend';
import { listView } from './list-views';
import { FILE_NAME_FIELD } from './file-names';

/**
 * The Decap CMS configuration, derived from the content registry and its zod schemas so the
 * editing forms cannot drift from what the build accepts. Pure: no file system, no browser.
 *
 * What the schemas cannot say by their zod type alone they say with `.meta()`:
 *   title   – field label (otherwise the first phrase of the `.describe()` text)
 *   format  – 'date' (YYYY-MM-DD text) or 'date-time' (ISO date and time with offset)
 *   widget  – 'image', 'file' (PDF upload), 'text', 'markdown' or 'string' to override the chosen widget
 *   labels  – key → label object of an enum (set by vocabEnum in src/schemas/fields.ts)
 *   formDefault – the value a new entry's form starts with, for a field the schema still requires
 *                 (e.g. "unknown" for facts an editor sets only once a source confirms them)
 */

type Schema = z.ZodType;
type Def = Record<string, any> & { type: string };

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

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  [option: string]: unknown;
}


export interface ConfigOptions {
  /** Decap's backend block for production (admin/backend.ts); git-gateway on main if not given. */
  backend?: BackendConfig;
  /** Drafts and review before publishing (Decap's editorial workflow). */
  editorialWorkflow?: boolean;
  /** Port of the local decap-server (`npm start`, `npm run dev`). */
  localBackendPort?: number;
  /** The public address of the site, shown as "view live" link in the CMS. */
  siteUrl?: string;
  /** File names (without extension) of collections that hold fixed files instead of entries. */
  fixedFiles?: Record<string, string[]>;
  /** Product groups (file name and name) for the label list's filters. */
  productGroups?: { id: string; name: string }[];
  /** The build's day in Germany (YYYY-MM-DD): seminars from this day on count as upcoming in the list. */
  today?: string;
  specs?: CollectionSpec[];
}

import { MEDIA_FOLDER, PUBLIC_FOLDER } from './folders';

export { MEDIA_FOLDER, PUBLIC_FOLDER };

/** The entry's title (or name) as a file name with umlauts spelled out, set before saving (admin/file-names.ts). */
const NAME = `{{fields.${FILE_NAME_FIELD}}}`;

/** File names per collection; everything else is named after its title. */
const SLUGS: Record<string, string> = {
  news: `{{fields.date}}-${NAME}`,
  competition: '{{fields.year}}',
};

function def(schema: Schema): Def {
  return (schema as any)._zod.def as Def;
}

function metaOf(schema: Schema): Record<string, any> {
  return ((schema as any).meta?.() as Record<string, any> | undefined) ?? {};
}

interface Unwrapped {
  inner: Schema;
  optional: boolean;
  defaultValue?: unknown;
  meta: Record<string, any>;
}

/** Peels optional/default/nullable/preprocess wrappers; metadata of outer wrappers wins. */
export function unwrap(schema: Schema): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  const metas: Record<string, any>[] = [];
  for (;;) {
    metas.push(metaOf(current));
    const d = def(current);
    if (d.type === 'optional' || d.type === 'nullable') {
      optional = true;
      current = d.innerType;
    } else if (d.type === 'default' || d.type === 'prefault') {
      optional = true;
      defaultValue = typeof d.defaultValue === 'function' ? d.defaultValue() : d.defaultValue;
      current = d.innerType;
    } else if (d.type === 'pipe') {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema that validates.
      current = def(d.in).type === 'transform' ? d.out : d.in;
    } else if (d.type === 'readonly' || d.type === 'catch') {
      current = d.innerType;
    } else break;
  }
  const meta = Object.assign({}, ...metas.reverse());
  return { inner: current, optional, defaultValue, meta };
}

function checks(schema: Schema): Def[] {
  return ((def(schema).checks ?? []) as any[]).map((c) => c._zod.def as Def);
}

/** The message a check was given (`{ error: '…' }`), if it is a plain text. */
function messageOf(check: Def): string | undefined {
  if (typeof check.error !== 'function') return undefined;
  try {
    const result = check.error({});
    return typeof result === 'string' ? result : undefined;
  } catch {
    return undefined;
  }
}

/** Label from `.meta({ title })`, else the first phrase of the description, else the key. */
export function labelFor(name: string, meta: Record<string, any>): string {
  if (typeof meta.title === 'string') return meta.title;
  const description = typeof meta.description === 'string' ? meta.description : '';
  const phrase = description.split(/(?<=\?)\s|[.,:;(]\s?| –|, z\. B\./)[0]?.trim();
  return phrase && phrase.length <= 60 ? phrase : name;
}

const DATE_ONLY_SOURCE = String.raw`^\d{4}-\d{2}-\d{2}$`;

function stringKind(inner: Schema, meta: Record<string, any>): 'date' | 'date-time' | undefined {
  if (meta.format === 'date' || meta.format === 'date-time') return meta.format;
  const d = def(inner);
  if (d.format === 'date') return 'date';
  if (d.format === 'datetime') return 'date-time';
  if (checks(inner).some((c) => c.format === 'regex' && c.pattern?.source === DATE_ONLY_SOURCE)) return 'date';
  return undefined;
}

/** A Decap `pattern` ([regex, message]) for a string schema, where the schema has one. */
function patternFor(inner: Schema): [string, string] | undefined {
  const d = def(inner);
  if (d.type === 'union') {
    const parts = (d.options as Schema[]).map((o) => patternFor(unwrap(o).inner));
    if (parts.some((p) => !p)) return undefined;
    const sources = parts.map((p) => p![0].replace(/^\^/, '').replace(/\$$/, ''));
    return [`^(?:${sources.join('|')})$`, parts.map((p) => p![1]).join(' oder ')];
  }
  for (const c of [d, ...checks(inner)]) {
    const message = messageOf(c);
    if (c.format === 'url') {
      const protocol = c.protocol instanceof RegExp ? c.protocol.source.replace(/^\^|\$$/g, '') : 'https?';
      return [`^(?:${protocol})://\\S+$`, message ?? 'muss eine vollständige Webadresse sein'];
    }
    if (c.format === 'email') return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', message ?? 'muss eine E-Mail-Adresse sein'];
    if (c.format === 'regex' && c.pattern instanceof RegExp && !c.pattern.flags.includes('g')) {
      const source = c.pattern.flags.includes('i') ? caseInsensitive(c.pattern.source) : c.pattern.source;
      return [source, message ?? `muss dem Muster ${c.pattern.source} entsprechen`];
    }
  }
  return undefined;
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

function lengthLimits(schema: Schema): { min?: number; max?: number } {
  const limits: { min?: number; max?: number } = {};
  for (const c of checks(schema)) {
    if (c.check === 'min_length') limits.min = c.minimum;
    if (c.check === 'max_length') limits.max = c.maximum;
    if (c.check === 'length_equals') limits.min = limits.max = c.length;
  }
  return limits;
}

function numberOptions(schema: Schema): Record<string, unknown> {
  const all = checks(schema);
  const integer = all.some((c) => c.check === 'number_format' && /int/.test(c.format));
  // Decap's bounds are inclusive; an exclusive bound moves by one for whole numbers.
  const step = integer ? 1 : 0;
  const lows = all.filter((c) => c.check === 'greater_than').map((c) => (c.inclusive ? c.value : c.value + step));
  const highs = all.filter((c) => c.check === 'less_than').map((c) => (c.inclusive ? c.value : c.value - step));
  return {
    value_type: integer ? 'int' : 'float',
    ...(lows.length ? { min: Math.max(...lows) } : {}),
    ...(highs.length ? { max: Math.min(...highs) } : {}),
    ...(integer ? {} : { step: 0.1 }),
  };
}

/** Select options for an enum: labels from its `.meta({ labels })` (vocabEnum sets them), else the values. */
export function enumOptions(inner: Schema, meta: Record<string, any>): { label: string; value: string }[] {
  const values = Object.values(def(inner).entries as Record<string, string>).map(String);
  const labels: Record<string, string> | undefined = meta.labels;
  return values.map((value) => ({ label: labels?.[value] ?? value, value }));
}

function dateWidget(kind: 'date' | 'date-time', optional: boolean): Record<string, unknown> {
  const common = { widget: 'datetime', picker_utc: false };
  const format = kind === 'date'
    ? { format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false }
    : { format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' };
  // Decap's date picker starts empty; a required date starts at today so the form is valid sooner.
  return { ...common, ...format, ...(optional ? {} : { default: '{{now}}' }) };
}

interface Context {
  path: string;
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
  const shape = objectShape(spec.schema) ?? {};
  return ['title', 'name', 'year'].find((key) => key in shape) ?? Object.keys(shape)[0] ?? 'title';
}

function objectShape(schema: Schema): Record<string, Schema> | undefined {
  const { inner } = unwrap(schema);
  const d = def(inner);
  return d.type === 'object' ? (d.shape as Record<string, Schema>) : undefined;
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

/** Widget and options for one schema, without name, label, hint and required. */
function widgetFor(schema: Schema, ctx: Context): Record<string, unknown> {
  const { inner, meta } = unwrap(schema);
  const d = def(inner);
  // `labels[]` in the registry: every item of the list names an entry of another collection.
  const listReference = d.type === 'array' ? ctx.references.get(`${ctx.path}[]`) : undefined;
  if (listReference) return { ...relationWidget(listReference, ctx), multiple: true, ...lengthLimits(inner) };
  const reference = ctx.references.get(ctx.path);
  if (reference) return relationWidget(reference, ctx);
  // No pattern here: Decap tests an image pattern against its own intermediate value, not the
  // stored path, and refuses valid uploads. The check before saving enforces the schema's rule.
  if (meta.widget === 'image') return { widget: 'image', choose_url: false };
  if (meta.widget === 'file') return { widget: 'file', choose_url: false };

  switch (d.type) {
    case 'string':
    case 'union': {
      const kind = stringKind(inner, meta);
      // No "today" default inside list items: Decap would then start every list of a new entry
      // with one item holding only that date (e.g. an evidence entry without address).
      if (kind) return dateWidget(kind, unwrap(schema).optional || ctx.path.includes('[]'));
      const { min, max } = lengthLimits(inner);
      const long = (max !== undefined && max > 150) || (max === undefined && (min ?? 0) >= 20);
      const widget = meta.widget ?? (long ? 'text' : 'string');
      const pattern = patternFor(inner);
      return { widget, ...(pattern ? { pattern } : {}) };
    }
    case 'number':
      return { widget: 'number', ...numberOptions(inner) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
      return { widget: 'select', options: enumOptions(inner, meta) };
    case 'literal': {
      const values = (d.values as unknown[]).map(String);
      return { widget: 'select', options: values.map((v) => ({ label: v, value: v })) };
    }
    case 'object': {
      const optionalParent = ctx.optionalParent || unwrap(schema).optional;
      return { widget: 'object', collapsed: false, fields: fieldsOf(inner, { ...ctx, optionalParent }) };
    }
    case 'array': {
      // An optional list may be absent (the evidence of an unknown value); its minimum holds only
      // once it has items, which the check before saving enforces, so Decap gets no `min` for it.
      const { min, ...rest } = lengthLimits(inner);
      const limits = unwrap(schema).optional ? rest : { ...rest, ...(min !== undefined ? { min } : {}) };
      const element = unwrap(d.element as Schema);
      const elementType = def(element.inner).type;
      if (elementType === 'enum') {
        return { widget: 'select', multiple: true, options: enumOptions(element.inner, element.meta), ...limits };
      }
      const itemCtx = { ...ctx, path: `${ctx.path}[]`, optionalParent: false };
      if (elementType === 'object') {
        return { widget: 'list', collapsed: true, fields: fieldsOf(element.inner, itemCtx), ...limits };
      }
      const itemLabel = typeof element.meta.title === 'string' ? element.meta.title : 'Eintrag';
      return { widget: 'list', ...limits, field: { name: 'item', label: itemLabel, ...widgetFor(d.element, itemCtx) } };
    }
    default:
      throw new Error(`CMS-Konfiguration: Feld „${ctx.path}“ hat den zod-Typ „${d.type}“, für den es kein Eingabefeld gibt.`);
  }
}

function fieldFor(name: string, schema: Schema, ctx: Context): CmsField {
  const { optional, defaultValue, meta } = unwrap(schema);
  const options = widgetFor(schema, ctx);
  const field: CmsField = {
    name,
    label: labelFor(name, meta),
    widget: options.widget as string,
    required: !optional && !ctx.optionalParent,
    ...(typeof meta.description === 'string' ? { hint: meta.description } : {}),
    ...options,
  };
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) field.default = defaultValue;
  else if (meta.formDefault !== undefined) field.default = meta.formDefault;
  return field;
}

function fieldsOf(objectSchema: Schema, ctx: Context): CmsField[] {
  const shape = def(objectSchema).shape as Record<string, Schema>;
  return Object.entries(shape).map(([name, schema]) => fieldFor(name, schema, { ...ctx, path: ctx.path ? `${ctx.path}.${name}` : name }));
}

/** All form fields of a collection; Markdown collections end with the body text. */
export function collectionFields(spec: CollectionSpec, specs: CollectionSpec[] = registry): CmsField[] {
  const { inner } = unwrap(spec.schema);
  if (def(inner).type !== 'object') throw new Error(`CMS-Konfiguration: Das Schema von „${spec.name}“ ist kein Objekt.`);
  const references = new Map((spec.references ?? []).map((r) => [r.field, r.collection]));
  const fields = fieldsOf(inner, { path: '', references, specs });
  if (spec.format === 'md') {
    // sanitize_preview: the editor's preview runs raw HTML from the text through DOMPurify, as the build sanitises it (Decap's default, pinned).
    fields.push({ name: 'body', label: 'Text', widget: 'markdown', required: true, hint: 'Der Haupttext der Seite.', modes: ['rich_text', 'raw'], sanitize_preview: true });
  }
  return fields;
}

export function collectionConfig(spec: CollectionSpec, options: ConfigOptions = {}): CmsCollection {
  const specs = options.specs ?? registry;
  const fields = collectionFields(spec, specs);
  const base = { name: spec.name, label: spec.label, label_singular: spec.labelSingular };
  const format = spec.format === 'md' ? 'yaml-frontmatter' : 'json';
  if (spec.create === false) {
    const files = options.fixedFiles?.[spec.name] ?? spec.files ?? [];
    return {
      ...base,
      editor: { preview: false },
      files: files.map((file) => ({
        name: file,
        label: spec.fileSchemas ? (schemaFor(spec, file).description?.replace(/\.$/, '') ?? spec.labelSingular) : spec.labelSingular,
        file: `content/${spec.name}/${file}.${spec.format}`,
        format,
        fields: spec.fileSchemas ? collectionFields({ ...spec, schema: schemaFor(spec, file) }, specs) : fields,
      })),
    };
  }
  const identifier = identifierField(spec);
  return {
    ...base,
    folder: `content/${spec.name}`,
    extension: spec.format,
    format,
    create: true,
    delete: true,
    identifier_field: identifier,
    slug: SLUGS[spec.name] ?? NAME,
    ...listView(spec, identifier, fields, options),
    fields,
  };
}

export function cmsConfig(options: ConfigOptions = {}): Record<string, unknown> {
  const specs = options.specs ?? registry;
  const backend = options.backend ?? { name: 'git-gateway', branch: 'main' };
  const port = options.localBackendPort ?? 8081;
  return {
    load_config_file: false,
    locale: 'de',
    backend: {
      ...backend,
      commit_messages: {
        create: '{{collection}}: „{{slug}}“ angelegt',
        update: '{{collection}}: „{{slug}}“ geändert',
        delete: '{{collection}}: „{{slug}}“ gelöscht',
        uploadMedia: 'Medien: {{path}} hochgeladen',
        deleteMedia: 'Medien: {{path}} gelöscht',
      },
    },
    // Used only when the CMS runs on localhost and decap-server answers; see docs/cms.md.
    local_backend: { url: `http://127.0.0.1:${port}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] },
    ...(options.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: specs.map((spec) => collectionConfig(spec, { ...options, specs })),
  };
}
