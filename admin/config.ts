import { collections as registry, schemaFor, type CollectionSpec } from '../src/schemas/registry';
import type { BackendConfig } from './backend';
import { collectionFields, identifierField, type CmsField } from './field-widgets';
import { FILE_NAME_FIELD } from './file-names';
import { listView } from './list-views';
import { readSchema } from './schema-reader';

/**
 * The Decap CMS configuration: backend and one collection per registry entry, with the form
 * fields admin/field-widgets.ts derives from each zod schema (read as JSON Schema by
 * admin/schema-reader.ts), so the editing forms cannot drift from what the build accepts.
 * Pure: no file system, no browser.
 */

export { collectionFields, type CmsField };

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

/**
 * Decap's template for a new entry's file name: the registry's `fileName` fields (by default the
 * identifier alone) joined by hyphens, a text identifier (title, name) spelled as a file name.
 */
function slugTemplate(spec: CollectionSpec, identifier: string): string {
  const schema = readSchema(spec.schema);
  const isText = (name: string) => schema.type === 'object' && schema.properties.find((p) => p.name === name)?.shape.type === 'string';
  const parts = spec.fileName ?? [identifier];
  return parts.map((name) => (name === identifier && isText(name) ? NAME : `{{fields.${name}}}`)).join('-');
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
        label: spec.fileSchemas ? (readSchema(schemaFor(spec, file)).description?.replace(/\.$/, '') ?? spec.labelSingular) : spec.labelSingular,
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
    slug: slugTemplate(spec, identifier),
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
