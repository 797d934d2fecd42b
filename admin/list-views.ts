import type { CollectionSpec } from '../src/schemas/registry';
import type { ConfigOptions } from './config';
import type { CmsField } from './field-widgets';
import { LIST_FIELD } from './file-names';

/**
 * Collection lists in the CMS (summary, sort fields, filters, groups), one job of the
 * configuration generator (admin/config.ts). Pure; tests/unit/cms-config.test.ts.
 */

/**
 * A regular expression matching YYYY-MM-DD… texts on or after `day` (digit by digit: same prefix,
 * then a greater digit). Decap's list filters compare by pattern only.
 */
export function onOrAfterPattern(day: string): string {
  const alternatives: string[] = [];
  for (let i = 0; i < day.length; i++) {
    const digit = Number(day[i]);
    if (day[i] === '-' || digit === 9) continue;
    const rest = day.slice(i + 1).replace(/\d/g, '\\d');
    alternatives.push(`${day.slice(0, i)}${digit === 8 ? '9' : `[${digit + 1}-9]`}${rest}`);
  }
  return `^(?:${[...alternatives, day].join('|')})`;
}

/** The same for texts before `day`. */
export function beforePattern(day: string): string {
  const alternatives: string[] = [];
  for (let i = 0; i < day.length; i++) {
    const digit = Number(day[i]);
    if (day[i] === '-' || digit === 0) continue;
    const rest = day.slice(i + 1).replace(/\d/g, '\\d');
    alternatives.push(`${day.slice(0, i)}${digit === 1 ? '0' : `[0-${digit - 1}]`}${rest}`);
  }
  return `^(?:${alternatives.join('|')})`;
}

const GERMAN_DATE = "date('DD.MM.YYYY')";

/** Matches a list field holding `value` as one item: Decap tests a list as its text, `List [ "a", "b-c" ]`. */
export function listItemPattern(value: string): string {
  return `(^|[\\s"',\\[])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s"',\\]])`;
}

/** One filter per option of a select field, labelled as the form labels the option. */
function optionFilters(fields: CmsField[], name: string): { label: string; field: string; pattern: string }[] {
  const field = fields.find((f) => f.name === name);
  const options = (field?.options as { label: string; value: string }[] | undefined) ?? [];
  return options.map((o) => ({ label: `${field!.label}: ${o.label}`, field: name, pattern: `^${o.value}$` }));
}

/**
 * The German labels of an entry's top-level choices (a select's stored key → its option label), as
 * the list summaries print them: Decap's summary templates print stored values as they are and
 * know no mapping (only upper, lower, date, default, ternary, truncate). The CMS adds these to an
 * entry's data in the helper field LIST_FIELD whenever it reads or saves a file (admin/cms.ts).
 */
export function summaryValues(fields: CmsField[], data: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const options = field.widget === 'select' && !field.multiple ? (field.options as { label: string; value: string }[] | undefined) : undefined;
    const option = options?.find((o) => o.value === data[field.name]);
    if (option) values[field.name] = option.label;
  }
  return values;
}

/** A select's German label in a summary template. */
const german = (name: string) => `{{fields.${LIST_FIELD}.${name}}}`;

/**
 * How each collection's list tells its entries apart: summary, sort fields, filters and groups.
 * Choices appear in summaries by their German labels (summaryValues) and as filters.
 */
export function listView(
  spec: CollectionSpec,
  identifier: string,
  fields: CmsField[],
  options: Pick<ConfigOptions, 'productGroups' | 'today'>,
): Record<string, unknown> {
  const has = (name: string) => fields.some((f) => f.name === name);
  const sortable = ['start', 'date', 'title', 'name', 'year', 'order', 'lastChecked'].filter(has);
  // `fields.` always reads the field: a bare {{year}} would be the year of Decap's inferred date field.
  const name = `{{fields.${identifier}}}`;
  const base = { summary: name, sortable_fields: sortable };
  switch (spec.name) {
    case 'seminars': {
      const today = options.today;
      return {
        ...base,
        summary: `{{fields.start | ${GERMAN_DATE}}}, {{fields.start | date('HH:mm')}} Uhr – {{title}} – ${german('status')}`,
        view_filters: [
          ...(today
            ? [
                { label: 'Kommende Seminare', field: 'start', pattern: onOrAfterPattern(today) },
                { label: 'Vergangene Seminare', field: 'start', pattern: beforePattern(today) },
              ]
            : []),
          ...optionFilters(fields, 'status'),
        ],
        view_groups: [{ label: 'Jahr', field: 'start', pattern: '^\\d{4}' }],
      };
    }
    case 'news':
      return {
        ...base,
        summary: `{{fields.date | ${GERMAN_DATE}}} – {{title}}`,
        view_filters: optionFilters(fields, 'topics').map((f) => ({ ...f, pattern: listItemPattern(f.pattern.slice(1, -1)) })),
        view_groups: [{ label: 'Jahr', field: 'date', pattern: '^\\d{4}' }],
      };
    case 'labels':
      return {
        ...base,
        summary: `{{name}} – ${german('status')} – geprüft am {{fields.lastChecked | ${GERMAN_DATE}}}`,
        view_filters: [
          ...optionFilters(fields, 'status'),
          ...(options.productGroups ?? []).map((g) => ({ label: `Produktgruppe: ${g.name}`, field: 'productGroups', pattern: listItemPattern(g.id) })),
        ],
      };
    case 'funding':
    case 'competition':
      return { ...base, summary: `${name} – ${german('status')}`, view_filters: optionFilters(fields, 'status') };
    default:
      return base;
  }
}
