import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import { fromJS } from 'immutable';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter';
import siteStyles from '../src/styles/site.scss?inline';
import { SESSION_HEADER } from '../src/lib/cms-api-policy';
import { berlinDay } from '../src/lib/seminars/dates';
import { collections } from '../src/schemas/registry';
import { showBuildStatus } from './build-status';
import { checkedOffer } from './checked-today';
import type { DecapEntry, EmbeddedConfig } from './decap-types';
import { identifierField, type CmsField } from './field-widgets';
import { FILE_NAME_FIELD, germanSlug, LIST_FIELD, SOURCE_FIELD, withoutHelperFields } from './file-names';
import { jsonFile, markdownFile } from './file-format';
import { inSchemaOrder } from './json-file';
import { summaryValues } from './list-views';
import { germanLocale } from './locale';
import { GenericPreview, previewTemplates } from './previews';
import { describeProblems, problemsBeforeSave, problemsOfField, withoutBlanks } from './validate';
import { registerCheckedWidgets } from './widgets';

/** The configuration is generated at build time by src/pages/admin/index.astro and embedded as JSON. */
const config = JSON.parse(document.getElementById('cms-config')!.textContent) as EmbeddedConfig;

// `?decap-port=NNNN` points the local backend at another local CMS server (tests run one on a free port).
const port = new URLSearchParams(location.search).get('decap-port');
if (port && /^\d{2,5}$/.test(port)) config.local_backend.url = `http://127.0.0.1:${port}/api/v1`;

// Each tab is one editing session for the local CMS server (scripts/cms-server.ts): it remembers
// which version of a file this tab loaded and refuses to overwrite one changed since. Decap's
// local backend sends no version of its own, so the tab names itself in a header.
const session = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const pageFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url !== config.local_backend.url) return pageFetch(input, init);
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  headers.set(SESSION_HEADER, session);
  return pageFetch(input, { ...init, headers });
};

const fieldsByCollection = new Map<string, CmsField[]>();
for (const collection of config.collections) {
  fieldsByCollection.set(collection.name, collection.fields ?? collection.files?.[0]?.fields ?? []);
}

/** A collection, found by the top-level field names Decap hands toFile in form order. */
function collectionByFields(names: unknown): { fields: CmsField[]; spec?: (typeof collections)[number] } {
  const wanted = Array.isArray(names) ? names.join('\n') : '';
  for (const [name, fields] of fieldsByCollection) {
    if (fields.map((f) => f.name).join('\n') === wanted) return { fields, spec: collections.find((c) => c.name === name) };
  }
  return { fields: [] };
}

/** The entry as its file holds it: the helper fields gone, untouched optional lists left out (json-file.ts). */
function entryToWrite(data: Record<string, unknown>, order: unknown) {
  const { fields, spec } = collectionByFields(order);
  const entry = withoutHelperFields(data);
  return { fields, entry: spec ? (inSchemaOrder(spec.schema, entry) as Record<string, unknown>) : entry };
}

// Decap's format names, written by admin/file-format.ts (schema order, the project's formatting,
// unchanged lines kept); the helper fields (file-names.ts) never reach a file.
const frontMatter = frontmatterYAML();
const formats: Record<string, { fromFile: (content: string) => Record<string, unknown>; toFile: (data: Record<string, unknown>, order: unknown) => string }> = {
  'yaml-frontmatter': {
    fromFile: (content) => ({ ...(frontMatter.fromFile(content) as Record<string, unknown>), [SOURCE_FIELD]: content }),
    toFile: (data, order) => {
      const { entry, fields } = entryToWrite(data, order);
      return markdownFile(entry, fields, typeof data[SOURCE_FIELD] === 'string' ? data[SOURCE_FIELD] : undefined);
    },
  },
  json: {
    fromFile: (content) => ({ ...(JSON.parse(content) as Record<string, unknown>), [SOURCE_FIELD]: content }),
    toFile: (data, order) => {
      const { entry, fields } = entryToWrite(data, order);
      return jsonFile(entry, fields, typeof data[SOURCE_FIELD] === 'string' ? data[SOURCE_FIELD] : undefined);
    },
  },
};
CMS.registerCustomFormat('yaml-frontmatter', 'md', formats['yaml-frontmatter']);
CMS.registerCustomFormat('json', 'json', formats.json);

/** The entry's data with the German labels its list summary shows (list-views.ts), derived afresh. */
function withSummaryValues(collection: string, data: Record<string, unknown>): Record<string, unknown> {
  return { ...data, [LIST_FIELD]: summaryValues(fieldsByCollection.get(collection) ?? [], data) };
}

// Decap hands a format only the file's text. A format of its own per collection with entries
// lets reading a file add its summary values; writing stays the shared format's.
for (const collection of config.collections) {
  const format = collection.folder ? formats[collection.format] : undefined;
  if (!format) continue;
  collection.format = `${collection.format}:${collection.name}`;
  CMS.registerCustomFormat(collection.format, collection.extension, {
    fromFile: (content: string) => withSummaryValues(collection.name, format.fromFile(content)),
    toFile: format.toFile,
  });
}

/** The open entry's file as it was loaded (read once per file text: the form asks on every change). */
let loaded: { source: string; data: Record<string, unknown> } | undefined;
function asLoaded(format: 'md' | 'json', source: string): Record<string, unknown> {
  if (loaded?.source !== source) loaded = { source, data: withoutHelperFields(formats[format === 'md' ? 'yaml-frontmatter' : 'json'].fromFile(source)) };
  return loaded.data;
}

CMS.registerLocale('de', germanLocale);
// Each field checks the entry with the schema when Decap validates it, and shows what concerns it.
// A changed fact offers today's date for "Zuletzt geprüft" and its evidence, compared with the
// file as loaded (a new entry has none); today is the editor's day in Germany, by the browser's clock.
registerCheckedWidgets(
  (name, key, data) => {
    const spec = collections.find((c) => c.name === name);
    return spec ? problemsOfField(problemsBeforeSave(spec, fieldsByCollection.get(name) ?? [], data), key) : '';
  },
  (name, data) => {
    const spec = collections.find((c) => c.name === name);
    const source = data[SOURCE_FIELD];
    if (!spec || typeof source !== 'string') return undefined;
    return checkedOffer(asLoaded(spec.format, source), withoutHelperFields(data), berlinDay(new Date()), fieldsByCollection.get(name) ?? []);
  },
);

CMS.registerPreviewStyle(siteStyles, { raw: true });
for (const spec of collections) {
  CMS.registerPreviewTemplate(spec.name, previewTemplates[spec.name] ?? GenericPreview);
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: DecapEntry }) => {
    const name = entry.get('collection');
    const spec = collections.find((c) => c.name === name);
    if (!spec) return undefined;
    const data = entry.get('data').toJS();
    const problems = problemsBeforeSave(spec, fieldsByCollection.get(name) ?? [], data);
    if (problems.length > 0) throw new Error(`Bitte korrigieren: ${describeProblems(problems)}`);
    const cleaned = withoutBlanks(data) as Record<string, unknown>;
    if (spec.format === 'md') cleaned.body = typeof data.body === 'string' ? data.body : '';
    // The identifier field holds text, or a number for a year (field-widgets.ts).
    cleaned[FILE_NAME_FIELD] = germanSlug(String((data[identifierField(spec)] as string | number | undefined) ?? ''));
    return fromJS(withSummaryValues(name, cleaned));
  },
});

// admin/config.ts wrote it for Decap; Decap's CmsConfig has neither custom format names nor the project's field type.
CMS.init({ config: config as unknown as CmsConfig });

// On this machine (npm start) the local CMS server rebuilds the site after each change and reports how it went.
if (config.local_backend.allowed_hosts.includes(location.hostname)) showBuildStatus(config.local_backend.url.replace(/\/api\/v1$/, '/status'));
