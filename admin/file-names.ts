/**
 * File names of new entries, written the way the existing files are: German umlauts spelled out
 * (Einführung → einfuehrung, Grüner Knopf → gruener-knopf). Decap's own slug cleaning would drop
 * the dots (einfuhrung), so the CMS computes the name before saving, hands it to the slug template
 * in a helper field, and the file formats leave that field out of the file.
 */

/** The helper field the slug templates read; never written to a file. */
export const FILE_NAME_FIELD = '__fileName';

/** The helper field holding a file as it was loaded, so saving keeps its unchanged lines (file-format.ts). */
export const SOURCE_FIELD = '__source';

/** The helper field holding the German labels of an entry's choices for the list summaries (list-views.ts). */
export const LIST_FIELD = '__list';

const spelledOut: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function germanSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => spelledOut[ch])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Entry data without the helper fields, for checking and writing the entry. */
export function withoutHelperFields<T extends Record<string, unknown>>(data: T): Omit<T, typeof FILE_NAME_FIELD | typeof SOURCE_FIELD | typeof LIST_FIELD> {
  const { [FILE_NAME_FIELD]: _name, [SOURCE_FIELD]: _source, [LIST_FIELD]: _list, ...rest } = data;
  return rest;
}
