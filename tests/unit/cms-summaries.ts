import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromJS } from 'immutable';
import { compileStringTemplate } from 'decap-cms-lib-widgets/dist/esm/stringTemplate.js';
import type { CmsField } from '../../admin/config';
import { LIST_FIELD } from '../../admin/file-names';
import { summaryValues } from '../../admin/list-views';
import { parseEntryFile } from '../../src/lib/content-check';
import { root } from './helpers';

/**
 * List summaries as an editor sees them: Decap's own template engine over an entry's data with the
 * summary values the CMS adds when it reads a file (admin/cms.ts), for the fixture entries.
 */

export function renderSummary(template: string, fields: CmsField[], data: Record<string, unknown>): string {
  return compileStringTemplate(template, null, '', fromJS({ ...data, [LIST_FIELD]: summaryValues(fields, data) }));
}

export interface RenderedSummary {
  collection: string;
  file: string;
  /** The entry's own name (title, name or year), which the summary must show. */
  identifier: string;
  text: string;
}

/** Every list summary of the fixture content (tests/fixtures/content) under `config`'s collections with entries. */
export function fixtureSummaries(config: { collections: any[] }, template = (c: any) => c.summary as string): RenderedSummary[] {
  const out: RenderedSummary[] = [];
  for (const collection of config.collections.filter((c) => c.folder)) {
    const dir = join(root, 'tests/fixtures/content', collection.name);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(`.${collection.extension}`))) {
      const { data } = parseEntryFile(file, readFileSync(join(dir, file), 'utf8'), collection.extension);
      const record = data as Record<string, unknown>;
      out.push({
        collection: collection.name,
        file,
        identifier: String(record[collection.identifier_field]),
        text: renderSummary(template(collection), collection.fields, record),
      });
    }
  }
  return out;
}
