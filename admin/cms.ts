import CMS from 'decap-cms-app';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import siteStyles from '../src/styles/site.scss?inline';
import { SESSION_HEADER } from '../src/lib/cms-api-policy';
import { collections } from '../src/schemas/registry';
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter';
import { showBuildStatus } from './build-status';
import { identifierField, type CmsField } from './config';
import { FILE_NAME_FIELD, germanSlug, withoutFileName } from './file-names';
import { GenericPreview, previewTemplates } from './previews';
import { jsonFormatName } from './config';
import { toJsonFile } from './json-file';
import { describeProblems, problemsBeforeSave, withoutBlanks } from './validate';

/** The configuration is generated at build time by src/pages/admin/index.astro and embedded as JSON. */
const config = JSON.parse(document.getElementById('cms-config')!.textContent!);

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

interface Formatter {
  fromFile(content: string): unknown;
  toFile(data: Record<string, unknown>, ...rest: unknown[]): string;
}

// Decap's own front-matter format under its own name, minus the file-name helper field (see file-names.ts).
function leavingOutFileName(format: Formatter): Formatter {
  return { fromFile: (content) => format.fromFile(content), toFile: (data, ...rest) => format.toFile(withoutFileName(data), ...rest) };
}
CMS.registerCustomFormat('yaml-frontmatter', 'md', leavingOutFileName(frontmatterYAML()));
// Each JSON collection writes its files in its schema's key order (admin/json-file.ts).
for (const spec of collections.filter((c) => c.format === 'json')) {
  CMS.registerCustomFormat(jsonFormatName(spec.name), 'json', { fromFile: (content) => JSON.parse(content), toFile: (data: Record<string, unknown>) => toJsonFile(spec.schema, withoutFileName(data)) });
}

CMS.registerPreviewStyle(siteStyles, { raw: true });
for (const spec of collections) {
  CMS.registerPreviewTemplate(spec.name, previewTemplates[spec.name] ?? GenericPreview);
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableMap<string, any> }) => {
    const name = entry.get('collection');
    const spec = collections.find((c) => c.name === name);
    if (!spec) return undefined;
    const data = entry.get('data').toJS() as Record<string, unknown>;
    const problems = problemsBeforeSave(spec, fieldsByCollection.get(name) ?? [], data);
    if (problems.length > 0) throw new Error(`Nicht gespeichert, bitte korrigieren: ${describeProblems(problems)}`);
    const cleaned = withoutBlanks(data) as Record<string, unknown>;
    if (spec.format === 'md') cleaned.body = typeof data.body === 'string' ? data.body : '';
    cleaned[FILE_NAME_FIELD] = germanSlug(String(data[identifierField(spec)] ?? ''));
    return fromJS(cleaned);
  },
});

CMS.init({ config });

// On this machine (npm start) the local CMS server rebuilds the site after each change and reports how it went.
if (config.local_backend.allowed_hosts.includes(location.hostname)) showBuildStatus(config.local_backend.url.replace(/\/api\/v1$/, '/status'));
