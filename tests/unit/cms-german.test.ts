import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { cmsConfig, type CmsField } from '../../admin/config';
import { germanLocale } from '../../admin/locale';
import { fixtureSummaries } from './cms-summaries';

/**
 * What an editor reads in the CMS is German: Decap's own texts (the locale) and everything the
 * configuration generator writes from the schemas (labels, hints, options, list summaries).
 */

type Phrases = { [key: string]: string | Phrases };

function flat(phrases: Phrases, prefix = ''): [string, string][] {
  return Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : flat(value, `${prefix}${key}.`)));
}

/** Decap texts that English and German write alike. */
const SAME_IN_GERMAN = new Set(['editor.editorControl.field.optional', 'editor.editorToolbar.status', 'workflow.workflowCard.lastChangeNoAuthor']);

/** English words Decap's German locale left in place, and English words editors should not meet. */
const ENGLISH =
  /\b(Login|Logout|Oops|Rich Text|Download|Details|Backup|Entry|Entries|Save|Cancel|Delete|Close|Expand|Collapse|Notes?|Toggle|Quick|Widget|unknown|active|true|false)\b/;

/** Machine formats an editor need not know: ISO dates, date patterns, key = value. */
const MACHINE_FORMAT = /\d{4}-\d{2}-\d{2}|JJJJ|ISO[ -]?8601|T\d{2}:\d{2}|\b[a-z][A-Za-z]* = |Dateiname/;

interface Visible {
  where: string;
  text: string;
}

function visibleStrings(): { strings: Visible[]; keys: Set<string>; values: Set<string> } {
  const config = cmsConfig() as { collections: any[] };
  const strings: Visible[] = [];
  const keys = new Set<string>();
  const values = new Set<string>();
  const add = (where: string, text: unknown) => typeof text === 'string' && strings.push({ where, text });
  const walk = (field: CmsField, where: string) => {
    keys.add(field.name);
    add(`${where} (Beschriftung)`, field.label);
    add(`${where} (Hinweis)`, field.hint);
    if (field.pattern) add(`${where} (Musterfehler)`, field.pattern[1]);
    for (const option of (field.options as { label: string; value: string }[] | undefined) ?? []) {
      add(`${where} (Auswahl)`, option.label);
      // A stored value that its own label does not spell (e.g. "unknown" → "unbekannt") is English to an editor.
      if (!option.label.toLowerCase().includes(option.value.toLowerCase())) values.add(option.value);
    }
    for (const child of (field.fields as CmsField[] | undefined) ?? []) walk(child, `${where}.${child.name}`);
    if (field.field) walk(field.field as CmsField, `${where}[]`);
  };
  for (const collection of config.collections) {
    add(`${collection.name} (Name)`, collection.label);
    add(`${collection.name} (Name eines Eintrags)`, collection.label_singular);
    for (const view of [...(collection.view_filters ?? []), ...(collection.view_groups ?? [])]) add(`${collection.name} (Filter/Gruppe)`, view.label);
    const fields: CmsField[] =
      collection.fields ?? collection.files.flatMap((f: { label: string; fields: CmsField[] }) => (add(`${collection.name} (Datei)`, f.label), f.fields));
    for (const field of fields) walk(field, `${collection.name}.${field.name}`);
  }
  return { strings, keys, values };
}

/** What a text names that an editor should not read: schema keys, English vocabulary values, English words, machine formats. */
function problemsOf(strings: Visible[], keys: Set<string>, values: Set<string>): string[] {
  // Keys that are also German words as written (capitalised nouns never collide: keys are lower camel case).
  const patterns = [...keys, ...values].map((k) => ({ k, re: word(k) }));
  const problems: string[] = [];
  for (const { where, text } of strings) {
    for (const { k, re } of patterns) if (re.test(text)) problems.push(`${where}: „${text}“ nennt „${k}“`);
    if (ENGLISH.test(text)) problems.push(`${where}: „${text}“ ist Englisch`);
    if (MACHINE_FORMAT.test(text)) problems.push(`${where}: „${text}“ nennt ein Maschinenformat`);
  }
  return problems;
}

/** The list summaries of the fixture entries as Decap renders them, without the entry's own name (the editor's words). */
function summaryStrings(template?: (collection: any) => string): Visible[] {
  return fixtureSummaries(cmsConfig() as { collections: any[] }, template).map((s) => ({
    where: `${s.collection}/${s.file} (Listenzeile)`,
    text: s.text.replace(s.identifier, '…'),
  }));
}

const word = (w: string) => new RegExp(`(?<![\\p{L}\\d_])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d_])`, 'u');

describe('German CMS', () => {
  it('the German locale has a German text for every text of the English one', () => {
    const german = new Map(flat(germanLocale));
    const missing = flat(en as Phrases)
      .filter(([key, english]) => !SAME_IN_GERMAN.has(key) && (!german.has(key) || german.get(key) === english))
      .map(([key, english]) => `${key}: „${english}“`);
    expect(missing).toEqual([]);
  });

  it('the German locale contains no English Decap words', () => {
    expect(flat(germanLocale).filter(([, text]) => ENGLISH.test(text))).toEqual([]);
  });

  it('no label, hint, option or filter names a schema key, an English vocabulary value, an English word or a machine format', () => {
    const { strings, keys, values } = visibleStrings();
    expect(problemsOf(strings, keys, values)).toEqual([]);
  });

  it('every list summary, rendered by Decap for each fixture entry, names the entry and shows choices and dates in German', () => {
    const { keys, values } = visibleStrings();
    const summaries = fixtureSummaries(cmsConfig() as { collections: any[] });
    expect(new Set(summaries.map((s) => s.collection)).size).toBeGreaterThanOrEqual(8);
    for (const s of summaries) expect(s.text, `${s.collection}/${s.file}`).toContain(s.identifier);
    expect(problemsOf(summaryStrings(), keys, values)).toEqual([]);
  });

  it('the summary check finds a choice printed as its stored key (the seminar list showed „scheduled“)', () => {
    const { keys, values } = visibleStrings();
    const raw = summaryStrings((c) => (c.name === 'seminars' ? '{{title}} – {{fields.status}}' : c.summary));
    expect(problemsOf(raw, keys, values).some((p) => p.startsWith('seminars/'))).toBe(true);
  });

  it('the check finds what the issue reported', () => {
    const offending = [
      '„active“ = wird vergeben',
      'Unbekanntes bleibt „unknown“',
      'Dateiname in „Kontakte“',
      'z. B. 2027-02-10T09:00:00+01:00',
      'Login',
      'Oops, einige Felder',
    ];
    for (const text of offending) {
      const { keys, values } = visibleStrings();
      const hit = ENGLISH.test(text) || MACHINE_FORMAT.test(text) || [...keys, ...values].some((k) => word(k).test(text));
      expect(hit, text).toBe(true);
    }
  });
});
