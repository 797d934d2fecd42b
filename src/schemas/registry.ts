import type { z } from 'astro/zod';
import { competitionRoundSchema } from './competition';
import { contactSchema } from './contact';
import { exampleSchema } from './example';
import { fundingSchema } from './funding';
import { labelSchema } from './label';
import { normsSchema, thresholdsSchema, toolsSchema } from './law';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { productGroupSchema } from './productgroup';
import { programmeSchema } from './programme';
import { seminarSchema } from './seminar';
import { settingsSchema } from './settings';
import { stateSchema } from './state';
import { routes, sectionNames } from '../lib/routes';

/**
 * Every content type, once. The Astro collections, the content check and the CMS
 * configuration are all derived from this list, so a new type is added here only.
 */
export interface CollectionSpec {
  /** Collection name, also the folder under content/. */
  name: string;
  /** Label for editors (plural). */
  label: string;
  /** Label for one entry. */
  labelSingular: string;
  /** One file extension per folder. Markdown files carry front matter and a body. */
  format: 'md' | 'json';
  schema: z.ZodType;
  /**
   * The fields a new entry's file name is made of, joined by hyphens, e.g. date and title for news
   * (2026-11-20-neue-meldung). By default the title or name alone, umlauts spelled out.
   */
  fileName?: string[];
  /** Fields that must be unique across the collection, besides the file name. */
  unique?: string[];
  /** Fields (dot paths, `[]` for each list item) that hold the file name of an entry in another collection. */
  references?: { field: string; collection: string }[];
  /** Whether editors may add and delete entries (false for fixed files such as the settings). */
  create?: boolean;
  /** File names that would clash with the site's own routes or build output under the collection's address. */
  reservedIds?: string[];
  /** The address of an entry's own page, for collections whose entries have one (sitemap dates). */
  page?: (id: string) => string;
  /** For fixed files (create: false): the file names (without extension) the site needs; no others are allowed. */
  files?: string[];
  /** For fixed files of different shapes: the schema of each file (`schema` is the first one's). */
  fileSchemas?: Record<string, z.ZodType>;
}

/**
 * Names taken at the top of the site: its sections (from the routes module) and what the build
 * writes next to the pages (_astro/ assets, the Pagefind index, the CMS, uploads). Pages are
 * published at /<name>/, so none may be called so; tests/unit/content-check.test.ts compares the
 * list with src/pages/.
 */
export const RESERVED_TOP_LEVEL = [...sectionNames, '404', '_astro', 'admin', 'media', 'pagefind', 'robots', 'sitemap'].sort();

/** Keeps each entry's own name and schema type, so Astro can type every collection's data. */
function spec<const N extends string, S extends z.ZodType>(entry: CollectionSpec & { name: N; schema: S }) {
  return entry;
}

export const collections = [
  spec({
    name: 'programmes',
    page: routes.programme,
    label: 'Angebote',
    labelSingular: 'Angebot',
    format: 'md',
    schema: programmeSchema,
    unique: ['order'],
    references: [{ field: 'contact', collection: 'contacts' }],
  }),
  spec({
    name: 'news',
    page: routes.news,
    label: 'Meldungen',
    labelSingular: 'Meldung',
    format: 'md',
    schema: newsSchema,
    fileName: ['date', 'title'],
    references: [{ field: 'contact', collection: 'contacts' }],
  }),
  spec({
    name: 'competition',
    page: (id) => routes.round(Number(id)),
    label: 'Wettbewerbsrunden',
    labelSingular: 'Wettbewerbsrunde',
    format: 'json',
    schema: competitionRoundSchema,
    unique: ['year'],
  }),
  spec({
    name: 'funding',
    label: 'Förderprogramme',
    labelSingular: 'Förderprogramm',
    format: 'md',
    schema: fundingSchema,
    references: [{ field: 'contact', collection: 'contacts' }],
  }),
  spec({
    name: 'seminars',
    page: routes.seminar,
    label: 'Seminare',
    labelSingular: 'Seminar',
    format: 'md',
    schema: seminarSchema,
    reservedIds: ['archiv'],
    references: [
      { field: 'contact', collection: 'contacts' },
      { field: 'relatedProgramme', collection: 'programmes' },
      { field: 'productGroups[]', collection: 'productgroups' },
    ],
  }),
  spec({ name: 'contacts', label: 'Kontakte', labelSingular: 'Kontakt', format: 'json', schema: contactSchema }),
  spec({
    name: 'pages',
    page: routes.page,
    label: 'Seiten',
    labelSingular: 'Seite',
    format: 'md',
    schema: pageSchema,
    reservedIds: RESERVED_TOP_LEVEL,
  }),
  spec({
    name: 'labels',
    page: routes.label,
    label: 'Gütezeichen',
    labelSingular: 'Gütezeichen',
    format: 'json',
    schema: labelSchema,
    unique: ['name'],
    reservedIds: ['produktgruppe', 'vergleich'],
    references: [{ field: 'productGroups[]', collection: 'productgroups' }],
  }),
  spec({
    name: 'productgroups',
    page: routes.productGroup,
    label: 'Produktgruppen',
    labelSingular: 'Produktgruppe',
    format: 'json',
    schema: productGroupSchema,
    unique: ['name', 'order'],
  }),
  spec({
    name: 'examples',
    page: routes.example,
    label: 'Praxisbeispiele',
    labelSingular: 'Praxisbeispiel',
    format: 'json',
    schema: exampleSchema,
    references: [
      { field: 'state', collection: 'states' },
      { field: 'productGroups[]', collection: 'productgroups' },
      { field: 'labels[]', collection: 'labels' },
    ],
  }),
  spec({
    name: 'states',
    page: routes.state,
    label: 'Bundesländer',
    labelSingular: 'Bundesland',
    format: 'json',
    schema: stateSchema,
    unique: ['name', 'abbreviation'],
    references: [{ field: 'cemeteryStone.certificates[]', collection: 'labels' }],
  }),
  spec({
    name: 'law',
    label: 'Rechtsgrundlagen',
    labelSingular: 'Rechtsgrundlagen',
    format: 'json',
    schema: normsSchema,
    create: false,
    files: ['norms', 'thresholds', 'tools'],
    fileSchemas: { norms: normsSchema, thresholds: thresholdsSchema, tools: toolsSchema },
  }),
  spec({ name: 'settings', label: 'Einstellungen', labelSingular: 'Einstellungen', format: 'json', schema: settingsSchema, create: false, files: ['site'] }),
];

export type RegisteredSpec = (typeof collections)[number];

/** The schema one file of a collection must match. */
export function schemaFor(spec: CollectionSpec, id: string): z.ZodType {
  return spec.fileSchemas?.[id] ?? spec.schema;
}

export function collectionSpec(name: string): CollectionSpec {
  const found = collections.find((c) => c.name === name);
  if (!found) throw new Error(`Unbekannte Sammlung: ${name}`);
  return found;
}
